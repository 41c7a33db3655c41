package recommend_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"text/tabwriter"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/recommend"
	"github.com/bobine/bobine/search"
	"github.com/bobine/bobine/web/webtest/devstack"
)

// The judged rules (testdata/judged_rules_fr.txt, format at its top, and
// its held-out part judged_rules_fr_heldout.txt) judge the five films
// answered to French liked films by checks on facts, the way a French
// cinema-goer judges them: a comedy gives comedies, a classic films of its
// era, never the same director more than twice unless several of his films
// were named, a saga once, films one may have heard of.

// ruleCheck is one check of a judged rule request.
type ruleCheck struct {
	kind   string   // genre, without, french, years, votes, director, titled, saga
	genres []string // genre, without
	words  string   // titled: folded words
	from   int      // years
	to     int      // years
	v      int      // votes: the votes; director, titled: the most allowed
	n      int      // genre, without, french, years, votes: at least n of the five
}

// ruleRequest is one request of the judged rules.
type ruleRequest struct {
	file   string
	line   int
	liked  []string
	part   string
	family string
	label  string
	checks []ruleCheck
}

var (
	ruleHead   = regexp.MustCompile(`^== liked ((?:tt\d{7,8} ?)+)\| part=(tune|heldout) \| family=([a-z]+) \| (.+)$`)
	ruleFamily = []string{"comedie", "polar", "auteur", "drame", "animation", "classique", "recent"}
)

// parseRules reads judged rules; every malformed line is reported, with its
// file and line, in the returned error.
func parseRules(name string, r io.Reader) ([]ruleRequest, error) {
	var out []ruleRequest
	var errs []string
	bad := func(n int, format string, args ...any) {
		errs = append(errs, fmt.Sprintf("%s:%d: %s", name, n, fmt.Sprintf(format, args...)))
	}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "=="):
			m := ruleHead.FindStringSubmatch(line)
			if m == nil || !slices.Contains(ruleFamily, m[3]) {
				bad(n, "malformed request or unknown family: %q", line)
				continue
			}
			out = append(out, ruleRequest{file: name, line: n, liked: strings.Fields(m[1]), part: m[2], family: m[3], label: m[4]})
		case strings.HasPrefix(line, "? "):
			if len(out) == 0 {
				bad(n, "check outside a request: %q", line)
				continue
			}
			c, err := parseRuleCheck(strings.Fields(line[2:]))
			if err != nil {
				bad(n, "%v: %q", err, line)
				continue
			}
			out[len(out)-1].checks = append(out[len(out)-1].checks, c)
		default:
			bad(n, "a line starts with ==, ? or #, got %q", line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for i := range out {
		r := &out[i]
		has := func(kind string) bool {
			return slices.ContainsFunc(r.checks, func(c ruleCheck) bool { return c.kind == kind })
		}
		if !has("genre") && !has("years") && !has("without") {
			bad(r.line, "request %s has no genre, without or years check", r.label)
		}
		if !has("director") {
			r.checks = append(r.checks, ruleCheck{kind: "director", v: 2})
		}
		if !has("votes") {
			r.checks = append(r.checks, ruleCheck{kind: "votes", v: 1000, n: 4})
		}
		r.checks = append(r.checks, ruleCheck{kind: "saga"})
	}
	if len(out) == 0 && len(errs) == 0 {
		errs = append(errs, name+": no request")
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("judged rules: %d malformed line(s):\n%s", len(errs), strings.Join(errs, "\n"))
	}
	return out, nil
}

func parseRuleCheck(f []string) (ruleCheck, error) {
	if len(f) < 2 {
		return ruleCheck{}, fmt.Errorf("too few fields")
	}
	nums := func(fs []string) ([]int, error) {
		var out []int
		for _, s := range fs {
			x, err := strconv.Atoi(s)
			if err != nil || x < 0 {
				return nil, fmt.Errorf("want a number, got %q", s)
			}
			out = append(out, x)
		}
		return out, nil
	}
	c := ruleCheck{kind: f[0]}
	want := map[string]int{"genre": 3, "without": 3, "french": 2, "years": 4, "votes": 3, "director": 2}
	if w, ok := want[c.kind]; ok && len(f) != w {
		return c, fmt.Errorf("%s takes %d fields", c.kind, w-1)
	}
	switch c.kind {
	case "genre", "without":
		c.genres = strings.Split(f[1], "|")
		x, err := nums(f[2:])
		if err != nil {
			return c, err
		}
		c.n = x[0]
	case "french", "director":
		x, err := nums(f[1:])
		if err != nil {
			return c, err
		}
		c.n, c.v = x[0], x[0]
	case "years":
		x, err := nums(f[1:])
		if err != nil {
			return c, err
		}
		c.from, c.to, c.n = x[0], x[1], x[2]
		if c.from > c.to {
			return c, fmt.Errorf("years %d > %d", c.from, c.to)
		}
	case "votes":
		x, err := nums(f[1:])
		if err != nil {
			return c, err
		}
		c.v, c.n = x[0], x[1]
	case "titled":
		x, err := nums(f[len(f)-1:])
		if err != nil {
			return c, err
		}
		c.words, c.v = search.Fold(strings.Join(f[1:len(f)-1], " ")), x[0]
	default:
		return c, fmt.Errorf("unknown check %q", c.kind)
	}
	if c.n > 5 {
		return c, fmt.Errorf("at least %d of five", c.n)
	}
	return c, nil
}

// holds reports whether check c holds for films answered to liked films,
// and a short account of what it saw.
func (c ruleCheck) holds(films []*data.Film, liked []*data.Film) (bool, string) {
	count := func(ok func(f *data.Film) bool) int {
		n := 0
		for _, f := range films {
			if ok(f) {
				n++
			}
		}
		return n
	}
	hasAny := func(f *data.Film) bool {
		return slices.ContainsFunc(f.Genres, func(g string) bool { return slices.Contains(c.genres, g) })
	}
	var got int
	switch c.kind {
	case "genre":
		got = count(hasAny)
	case "without":
		got = count(func(f *data.Film) bool { return !hasAny(f) })
	case "french":
		got = count((*data.Film).French)
	case "years":
		got = count(func(f *data.Film) bool { return f.Year >= c.from && f.Year <= c.to })
	case "votes":
		got = count(func(f *data.Film) bool { return f.Votes >= c.v })
	case "director":
		per := map[string]int{}
		for _, f := range films {
			for _, d := range f.Directors {
				per[d]++
				got = max(got, per[d])
			}
		}
		return got <= c.v, fmt.Sprintf("director %d: most %d", c.v, got)
	case "titled":
		got = count(func(f *data.Film) bool {
			for _, t := range []string{f.Title, f.FrenchTitle, f.OriginalTitle} {
				if t != "" && strings.Contains(" "+search.Fold(t)+" ", " "+c.words+" ") {
					return true
				}
			}
			return false
		})
		return got <= c.v, fmt.Sprintf("titled %q: %d", c.words, got)
	case "saga":
		per := map[int]int{}
		for _, l := range liked {
			if l.CollectionID != 0 {
				per[l.CollectionID] = 0
			}
		}
		for _, f := range films {
			if f.CollectionID != 0 {
				per[f.CollectionID]++
				got = max(got, per[f.CollectionID])
			}
		}
		return got <= 1, fmt.Sprintf("saga: most %d", got)
	}
	return got >= c.n, fmt.Sprintf("%s %v%s: %d/%d", c.kind, c.genres, c.words, got, c.n)
}

// readRules parses both parts of the judged rules.
func readRules(tb testing.TB) []ruleRequest {
	tb.Helper()
	var all []ruleRequest
	for _, name := range []string{"testdata/judged_rules_fr.txt", "testdata/judged_rules_fr_heldout.txt"} {
		f, err := os.Open(name)
		if err != nil {
			tb.Fatal(err)
		}
		rs, err := parseRules(name, f)
		f.Close()
		if err != nil {
			tb.Fatal(err)
		}
		want := "tune"
		if strings.Contains(name, "heldout") {
			want = "heldout"
		}
		for _, r := range rs {
			if r.part != want {
				tb.Errorf("%s:%d: part=%s in the %s file", name, r.line, r.part, want)
			}
		}
		all = append(all, rs...)
	}
	return all
}

// TestJudgedRulesShape checks what the judged rules promise without the
// data: both parts hold every family and requests of one, two and three
// liked films, and no liked film is in both parts.
func TestJudgedRulesShape(t *testing.T) {
	rs := readRules(t)
	seen := map[string]string{}
	count := map[string]int{}
	for _, r := range rs {
		count[r.part+"/"+r.family]++
		count[r.part+"/"+strconv.Itoa(len(r.liked))]++
		for _, id := range r.liked {
			if p, ok := seen[id]; ok && p != r.part {
				t.Errorf("%s:%d: %s is liked in both parts", r.file, r.line, id)
			}
			seen[id] = r.part
		}
	}
	for _, part := range []string{"tune", "heldout"} {
		for _, k := range append(slices.Clone(ruleFamily), "1", "2", "3") {
			if count[part+"/"+k] == 0 {
				t.Errorf("part %s has no request of %s", part, k)
			}
		}
	}
}

// TestParseRulesErrors checks that every malformed line is reported with
// its line.
func TestParseRulesErrors(t *testing.T) {
	in := "== liked tt0108500 | part=tune | family=western | x\n" +
		"== liked tt0108500 | part=tune | family=comedie | x\n" +
		"? genre Comedy\n? years 2000 1990 3\n? colour 3\nfoo\n"
	_, err := parseRules("t", strings.NewReader(in))
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"t:1:", "t:3:", "t:4:", "t:5:", "t:6:", "6 malformed"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not report %s", err, want)
		}
	}
}

// TestDevJudgedRules answers every request of the judged rules (five films,
// no constraint) and reports the share of checks held and of requests
// whose every check holds, per part and family. It prints the five films
// of the tune part with their failed checks; the held-out part is only
// ever reported in totals. It fails when a liked film is missing and below
// the floor at its end.
func TestDevJudgedRules(t *testing.T) {
	if testing.Short() {
		t.Skip("dev dataset: skipped in -short mode")
	}
	rs := readRules(t)
	st := devstack.Dev(t)
	rec := st.Recommender(recommend.DefaultOptions())
	ctx := context.Background()
	type score struct{ requests, whole, checks, held int }
	scores := map[string]*score{}
	var order []string
	add := func(k string, held, checks int) {
		if scores[k] == nil {
			scores[k] = &score{}
			order = append(order, k)
		}
		s := scores[k]
		s.requests++
		s.checks += checks
		s.held += held
		if held == checks {
			s.whole++
		}
	}
	var tune strings.Builder
	for _, r := range rs {
		var liked []*data.Film
		for _, id := range r.liked {
			f, err := st.Catalogue.Film(id)
			if err != nil {
				t.Fatalf("%s:%d: liked %s: %v", r.file, r.line, id, err)
			}
			liked = append(liked, f)
		}
		recs, err := rec.Recommend(ctx, recommend.Request{Liked: r.liked, Count: 5})
		if err != nil {
			t.Fatalf("%s:%d: %v", r.file, r.line, err)
		}
		var films []*data.Film
		for _, x := range recs {
			films = append(films, x.Film)
		}
		held := 0
		var failed []string
		for _, c := range r.checks {
			if ok, what := c.holds(films, liked); ok {
				held++
			} else {
				failed = append(failed, what)
			}
		}
		add(r.part+"\tall", held, len(r.checks))
		add(r.part+"\t"+r.family, held, len(r.checks))
		add(r.part+"\t"+strconv.Itoa(len(r.liked))+" liked", held, len(r.checks))
		if r.part != "tune" {
			continue
		}
		fmt.Fprintf(&tune, "%s [%s] %d/%d checks\n", r.label, r.family, held, len(r.checks))
		for _, f := range films {
			fmt.Fprintf(&tune, "    %s (%d) %v %s %d votes\n", f.DisplayTitle("fr"), f.Year, f.Genres, strings.Join(f.Countries, ","), f.Votes)
		}
		for _, w := range failed {
			fmt.Fprintf(&tune, "  ✗ %s\n", w)
		}
	}
	slices.Sort(order)
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "part\tgroup\trequests\tchecks held\trequests wholly held\t")
	for _, k := range order {
		s := scores[k]
		fmt.Fprintf(tw, "%s\t%d\t%.3f\t%.3f\t\n", k, s.requests, float64(s.held)/float64(s.checks), float64(s.whole)/float64(s.requests))
	}
	tw.Flush()
	t.Logf("judged rules, tune part:\n%s\n%s", tune.String(), b.String())
	// Floor a customer would notice falling through: 95 % of the checks of
	// the tune part (0.905 before the director cap, the title sagas and the
	// tone coherence; 0.968 after).
	if s := scores["tune\tall"]; s != nil && float64(s.held) < 0.95*float64(s.checks) {
		t.Errorf("tune: %d of %d checks hold, want at least 95 %%", s.held, s.checks)
	}
}
