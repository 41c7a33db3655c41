package recommend

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/bobine/bobine/data"
)

// A judged set is a hand-written audience benchmark: films a customer might
// name, each with the films such a customer would welcome, split into a
// part tuned on and a held-out part that is only reported. The format is
// documented at the top of recommend/testdata/judged_fr.txt:
//
//	# comment
//	== tt0108500 Les Visiteurs (1993) | part=tune | family=comedy
//	+ tt0119038 Le Dîner de cons (1998)
//
// Programs read only the ids, the part and the family; titles and years are
// there for the reader.

// The parts of a judged set.
const (
	JudgedTune    = "tune"
	JudgedHeldOut = "heldout"
)

// JudgedTitle is one film named in a judged set, as written there.
type JudgedTitle struct {
	ID    string // IMDb tconst
	Title string // for the reader
	Year  int    // for the reader
	Line  int    // 1-based line of the set
}

// JudgedLiked is one liked film of a judged set and the films welcome after
// it.
type JudgedLiked struct {
	JudgedTitle
	Part    string // JudgedTune or JudgedHeldOut
	Family  string // comedy, polar, auteur...: groups the figures
	Welcome []JudgedTitle
	welcome map[string]bool
}

// Welcomes reports whether the film id is welcome after the liked film.
func (l *JudgedLiked) Welcomes(id string) bool { return l.welcome[id] }

// JudgedSet is a parsed judged set, liked films in file order.
type JudgedSet struct {
	Liked []JudgedLiked
}

// Part returns the liked films of one part, in file order.
func (s JudgedSet) Part(part string) []JudgedLiked {
	var out []JudgedLiked
	for _, l := range s.Liked {
		if l.Part == part {
			out = append(out, l)
		}
	}
	return out
}

var (
	judgedHead  = regexp.MustCompile(`^(tt\d{7,8}) (.+) \((\d{4})\)$`)
	judgedKey   = regexp.MustCompile(`^(part|family)=([a-z][a-z0-9-]*)$`)
	errJudgedNo = errors.New("no liked film")
)

// ParseJudged reads a judged set. It reads the whole input and reports every
// malformed line at once, each as a *data.ParseError (File "judged set")
// naming its line, joined with errors.Join; the set is then empty. A set
// with no liked film, a liked film without welcome films, a liked film
// listed twice, a welcome film listed twice in a block or equal to its
// liked film are errors too.
func ParseJudged(r io.Reader) (JudgedSet, error) {
	var (
		set   JudgedSet
		errs  []error
		liked = map[string]int{} // id -> line
		cur   *JudgedLiked
		n     int
	)
	bad := func(line int, rule string, format string, args ...any) {
		errs = append(errs, &data.ParseError{File: "judged set", Line: line, Rule: rule, Err: fmt.Errorf(format, args...)})
	}
	closeBlock := func() {
		if cur != nil && len(cur.Welcome) == 0 {
			bad(cur.Line, "no_welcome", "liked film %s has no welcome film", cur.ID)
		}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "=="):
			closeBlock()
			cur = nil
			fields := strings.Split(strings.TrimSpace(line[2:]), "|")
			t, ok := parseJudgedTitle(strings.TrimSpace(fields[0]), n)
			if !ok {
				bad(n, "liked_title", "want %q, got %q", "== <tconst> <title> (<year>) | part=... | family=...", line)
				continue
			}
			l := JudgedLiked{JudgedTitle: t, welcome: map[string]bool{}}
			ok = true
			for _, kv := range fields[1:] {
				m := judgedKey.FindStringSubmatch(strings.TrimSpace(kv))
				switch {
				case m == nil:
					bad(n, "liked_field", "want part=... or family=..., got %q", strings.TrimSpace(kv))
					ok = false
				case m[1] == "part":
					l.Part = m[2]
				default:
					l.Family = m[2]
				}
			}
			if l.Part != JudgedTune && l.Part != JudgedHeldOut {
				bad(n, "part", "part of %s is %q, want %q or %q", t.ID, l.Part, JudgedTune, JudgedHeldOut)
				ok = false
			}
			if l.Family == "" {
				bad(n, "family", "liked film %s has no family", t.ID)
				ok = false
			}
			if first, dup := liked[t.ID]; dup {
				bad(n, "duplicate_liked", "liked film %s already listed on line %d", t.ID, first)
				ok = false
			}
			if !ok {
				continue
			}
			liked[t.ID] = n
			set.Liked = append(set.Liked, l)
			cur = &set.Liked[len(set.Liked)-1] // valid until the next append, at the next block
		case strings.HasPrefix(line, "+"):
			t, ok := parseJudgedTitle(strings.TrimSpace(line[1:]), n)
			switch {
			case !ok:
				bad(n, "welcome_title", "want %q, got %q", "+ <tconst> <title> (<year>)", line)
			case cur == nil:
				bad(n, "orphan_welcome", "welcome film %s is not under a valid liked film", t.ID)
			case t.ID == cur.ID:
				bad(n, "welcome_is_liked", "welcome film %s is the liked film itself", t.ID)
			case cur.welcome[t.ID]:
				bad(n, "duplicate_welcome", "welcome film %s listed twice for %s", t.ID, cur.ID)
			default:
				cur.welcome[t.ID] = true
				cur.Welcome = append(cur.Welcome, t)
			}
		default:
			bad(n, "unknown_line", "a line starts with ==, + or #, got %q", line)
		}
	}
	if err := sc.Err(); err != nil {
		return JudgedSet{}, fmt.Errorf("recommend: reading judged set: %w", err)
	}
	closeBlock()
	if len(set.Liked) == 0 && len(errs) == 0 {
		errs = append(errs, &data.ParseError{File: "judged set", Line: n, Rule: "empty", Err: errJudgedNo})
	}
	if len(errs) > 0 {
		return JudgedSet{}, fmt.Errorf("recommend: judged set: %d malformed line(s): %w", len(errs), errors.Join(errs...))
	}
	return set, nil
}

// parseJudgedTitle reads "<tconst> <title> (<year>)".
func parseJudgedTitle(s string, line int) (JudgedTitle, bool) {
	m := judgedHead.FindStringSubmatch(s)
	if m == nil {
		return JudgedTitle{}, false
	}
	year, _ := strconv.Atoi(m[3])
	return JudgedTitle{ID: m[1], Title: strings.TrimSpace(m[2]), Year: year, Line: line}, true
}

// JudgedRecommender is what the judged evaluation needs: films for a
// request. *Recommender satisfies it.
type JudgedRecommender interface {
	Recommend(ctx context.Context, req Request) ([]Recommendation, error)
}

// JudgedCase is the answer to one liked film of a judged set.
type JudgedCase struct {
	Liked   *JudgedLiked
	French  bool         // the liked film is a French production
	Films   []*data.Film // the films answered, best first
	Welcome []bool       // per film: welcome after the liked film
}

// JudgedScore sums up the cases of a group (a part, a family of a part, or
// all). Precision is the judged precision@K: welcome films among the K
// answered, over K (a missing film counts as not welcome). French is the
// share of French productions (data.Film.French) among the films answered;
// FrenchOfFrench the same over the cases whose liked film is French (NaN
// when there is none).
type JudgedScore struct {
	Part, Family              string // "" = all
	Liked, FrenchLiked        int
	Precision                 float64
	French, FrenchOfFrench    float64
	welcome, answered, french int
	answeredFR, frenchFR      int
}

// JudgedReport is the result of EvaluateJudged.
type JudgedReport struct {
	K      int
	Cases  []JudgedCase  // in set order
	Scores []JudgedScore // per part (all families, then each family), then all
}

// EvaluateJudged asks rec for k films (k <= 0: 5) from each liked film of
// set alone, with no constraint, and scores the answers. cat tells which
// liked films are French. It fails when a request fails, a liked film not
// in the catalogue included: a judged set that does not fit the catalogue
// would give figures that mean nothing.
func EvaluateJudged(ctx context.Context, rec JudgedRecommender, cat *data.Catalogue, set JudgedSet, k int) (*JudgedReport, error) {
	if k <= 0 {
		k = 5
	}
	rep := &JudgedReport{K: k}
	for i := range set.Liked {
		l := &set.Liked[i]
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		f, err := cat.Film(l.ID)
		if err != nil {
			return nil, fmt.Errorf("recommend: judged set line %d: liked film %s: %w", l.Line, l.ID, err)
		}
		recs, err := rec.Recommend(ctx, Request{Liked: []string{l.ID}, Count: k})
		if err != nil {
			return nil, fmt.Errorf("recommend: judged set line %d: recommending from %s: %w", l.Line, l.ID, err)
		}
		c := JudgedCase{Liked: l, French: f.French()}
		for j, r := range recs {
			if j == k {
				break
			}
			c.Films = append(c.Films, r.Film)
			c.Welcome = append(c.Welcome, l.Welcomes(r.Film.ID))
		}
		rep.Cases = append(rep.Cases, c)
	}
	rep.score()
	return rep, nil
}

// score fills Scores from Cases.
func (r *JudgedReport) score() {
	type key struct{ part, family string }
	groups := map[key]*JudgedScore{}
	var order []key
	add := func(k key, c JudgedCase) {
		s := groups[k]
		if s == nil {
			s = &JudgedScore{Part: k.part, Family: k.family}
			groups[k] = s
			order = append(order, k)
		}
		s.Liked++
		for i, f := range c.Films {
			s.answered++
			if c.Welcome[i] {
				s.welcome++
			}
			if f.French() {
				s.french++
			}
			if c.French {
				s.answeredFR++
				if f.French() {
					s.frenchFR++
				}
			}
		}
		if c.French {
			s.FrenchLiked++
		}
	}
	for _, c := range r.Cases {
		add(key{c.Liked.Part, ""}, c)
		add(key{c.Liked.Part, c.Liked.Family}, c)
		add(key{"", ""}, c)
	}
	rank := func(k key) (int, string) {
		p := map[string]int{JudgedTune: 0, JudgedHeldOut: 1, "": 2}[k.part]
		return p, k.family
	}
	sort.SliceStable(order, func(i, j int) bool {
		pi, fi := rank(order[i])
		pj, fj := rank(order[j])
		if pi != pj {
			return pi < pj
		}
		return fi < fj // "" (all families) first
	})
	r.Scores = r.Scores[:0]
	for _, k := range order {
		s := groups[k]
		s.Precision = float64(s.welcome) / float64(s.Liked*r.K)
		s.French = ratio(s.french, s.answered)
		s.FrenchOfFrench = ratio(s.frenchFR, s.answeredFR)
		r.Scores = append(r.Scores, *s)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return math.NaN()
	}
	return float64(a) / float64(b)
}

// Score returns the score of a part and family ("" = all), and whether the
// report has that group.
func (r *JudgedReport) Score(part, family string) (JudgedScore, bool) {
	for _, s := range r.Scores {
		if s.Part == part && s.Family == family {
			return s, true
		}
	}
	return JudgedScore{}, false
}

// WriteTable prints one aligned row per part and family, then the whole set.
func (r *JudgedReport) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "part\tfamily\tliked\tP@%d\tFrench\tFrench (French liked)\t\n", r.K)
	for _, s := range r.Scores {
		part, family := s.Part, s.Family
		if part == "" {
			part = "all"
		}
		if family == "" {
			family = "all"
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.3f\t%s\t%s\t\n", part, family, s.Liked, s.Precision, pct(s.French), pct(s.FrenchOfFrench))
	}
	return tw.Flush()
}

func pct(x float64) string {
	if math.IsNaN(x) {
		return "-"
	}
	return fmt.Sprintf("%.0f %%", 100*x)
}

// WriteTuneCases prints, for each liked film of the tune part only, the
// films answered, each marked + (welcome) or - (not welcome) and FR when a
// French production, with French titles. The held-out cases are never
// printed: nobody should tune on what they have seen of them.
func (r *JudgedReport) WriteTuneCases(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for _, c := range r.Cases {
		if c.Liked.Part != JudgedTune {
			continue
		}
		hits := 0
		for _, ok := range c.Welcome {
			if ok {
				hits++
			}
		}
		fmt.Fprintf(bw, "%s (%d) [%s] %d/%d\n", c.Liked.Title, c.Liked.Year, c.Liked.Family, hits, r.K)
		for i, f := range c.Films {
			mark, fr := "-", ""
			if c.Welcome[i] {
				mark = "+"
			}
			if f.French() {
				fr = " FR"
			}
			fmt.Fprintf(bw, "  %s %s (%d)%s\n", mark, f.DisplayTitle("fr"), f.Year, fr)
		}
	}
	return bw.Flush()
}
