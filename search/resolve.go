package search

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/bobine/bobine/data"
)

// FilmMatch is a film found for a query. Score orders the matches (higher
// is better, not comparable across queries). Confidence, in [0,1], is the
// share of belief that this film is the one meant: a top match with
// Confidence >= ClearWinner can be taken without asking; below it, ask
// which one.
type FilmMatch struct {
	Film       *data.Film
	Score      float64
	Confidence float64
}

// ClearWinner is the Confidence from which a top match can be taken as the
// film the user means.
const ClearWinner = 0.6

// candidates is how many Bleve hits a resolution rescores.
const candidates = 60

// temperature of the softmax that turns scores into confidences: a score gap
// of 0.1 (about a factor of 4.6 in IMDb votes between exact homonyms) gives
// odds of 2:1.
const temperature = 0.145

// originalBonus is added to a match on the film's original title.
const originalBonus = 0.08

// A candidate whose match is more than matchSlack below the best one loses
// a factor e per matchDecay of difference in confidence.
const (
	matchSlack = 0.1
	matchDecay = 0.05
)

// minMatch is the title-match quality below which a film is not returned.
const minMatch = 0.3

// titleQuery is a parsed title query: its words and keys, and a variant
// without a trailing or leading year ("dune 1984").
type titleQuery struct {
	words []string
	keys  [4]string
	year  int // the year the variant asks for, or 0
}

func parseTitleQuery(q string) []titleQuery {
	ws, raw := titleWords(q), nameWords(q)
	if len(ws) == 0 || len(ws) != len(raw) {
		return nil
	}
	out := []titleQuery{{words: ws, keys: makeKeys(ws, raw)}}
	// "sunset boulevard" is "Sunset Blvd.": a word titles spell short is
	// also tried so.
	if short, ok := shortWords(ws); ok {
		out = append(out, titleQuery{words: short, keys: makeKeys(short, shortRaw(raw))})
	}
	if len(ws) > 1 {
		for _, i := range []int{len(ws) - 1, 0} {
			if y := yearOf(ws[i]); y > 0 {
				cut := func(s []string) []string { return append(append([]string{}, s[:i]...), s[i+1:]...) }
				rest := cut(ws)
				out = append(out, titleQuery{words: rest, keys: makeKeys(rest, cut(raw)), year: y})
				break
			}
		}
	}
	return out
}

// titleShort are words some titles spell short ("Sunset Blvd.", "Mr.
// Smith Goes to Washington", "St. Elmo's Fire"), as typed in full.
var titleShort = map[string]string{"boulevard": "blvd", "mister": "mr", "doctor": "dr", "saint": "st",
	"mount": "mt", "versus": "vs", "volume": "vol", "mistress": "mrs"}

// shortWords returns ws with its words of titleShort spelt short, and
// whether any was.
func shortWords(ws []string) ([]string, bool) {
	var out []string
	changed := false
	for _, w := range ws {
		if s, ok := titleShort[w]; ok {
			w, changed = s, true
		}
		out = append(out, w)
	}
	return out, changed
}

func shortRaw(raw []string) []string { out, _ := shortWords(raw); return out }

// ResolveFilm returns the films a mention most likely names, best first,
// at most limit. Titles in any language the catalogue knows are matched,
// accents, case, articles, hyphens and typos aside (none in words under 4
// characters, one up to 7, two from 8); exact and whole-phrase matches rank
// above partial ones, and IMDb votes break ties so that the film everyone
// means wins over an obscure homonym. Films come before series; episodes
// and games are never returned. An empty query is an error wrapping
// data.ErrInvalid; no match is an empty slice.
func (x *Index) ResolveFilm(ctx context.Context, q string, limit int) ([]FilmMatch, error) {
	tqs := parseTitleQuery(q)
	if len(tqs) == 0 {
		return nil, fmt.Errorf("search: %w", data.Invalidf("resolve film %q: no title words", q))
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("search: resolve film %q: %w", q, err)
	}
	type cand struct {
		i            int
		match, score float64
	}
	var cs []cand
	var tb titleBuf
	for _, p := range x.titleCandidates(tqs) {
		i := int(p)
		if x.films[i].skip {
			continue
		}
		f := &x.cat.Films()[i]
		best := 0.0
		for _, tq := range tqs {
			m := 0.0
			for _, t := range x.titlesOf(i, &tb) {
				v := matchTitle(tq.words, tq.keys, t)
				if t.original {
					// The original title beats the same words as a
					// translation: "le diner de cons" is the 1998 film,
					// not its remake released in France under that title.
					v += originalBonus
				}
				m = math.Max(m, v)
			}
			if tq.year > 0 {
				switch d := f.Year - tq.year; {
				case d == 0:
					m += 0.25
				case d == 1 || d == -1:
					m += 0.1
				default:
					m -= 0.1
				}
			}
			best = math.Max(best, m)
		}
		if best < minMatch {
			continue
		}
		cs = append(cs, cand{i: i, match: best, score: best + x.films[i].prior})
	}
	sort.SliceStable(cs, func(a, b int) bool {
		if cs[a].score != cs[b].score {
			return cs[a].score > cs[b].score
		}
		return x.cat.Films()[cs[a].i].ID < x.cat.Films()[cs[b].i].ID
	})
	out := make([]FilmMatch, len(cs))
	scores := make([]float64, len(cs))
	for k, c := range cs {
		out[k] = FilmMatch{Film: &x.cat.Films()[c.i], Score: c.score}
		scores[k] = c.score
	}
	// Confidence: a softmax of the scores, where a film whose title matches
	// clearly worse than the best match loses belief fast, so that a tail
	// of partial matches does not dilute a clear winner.
	bestMatch := 0.0
	for _, c := range cs {
		bestMatch = math.Max(bestMatch, c.match)
	}
	for k, c := range cs {
		scores[k] -= temperature * math.Max(0, bestMatch-c.match-matchSlack) / matchDecay
	}
	for k, p := range softmax(scores, temperature) {
		out[k].Confidence = p * math.Min(1, cs[k].match)
	}
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// titleCandidates returns the catalogue positions of the films worth
// rescoring for a title query, at most candidates: each word of the title
// (within its typo budget when the index does not know it as typed;
// function words only when the title has nothing else), the whole title
// as one joined key, and the last word as a prefix. A mistyped whole
// title is found through its words; rescoring forgives typos in the
// joined title.
func (x *Index) titleCandidates(tqs []titleQuery) []int32 {
	var ws []wordQuery
	var keys []string
	seen := map[string]bool{}
	for _, tq := range tqs {
		content := 0
		for _, w := range tq.words {
			if !stopWords[w] {
				content++
			}
		}
		for _, w := range tq.words {
			if (content > 0 && stopWords[w]) || seen["w"+w] {
				continue
			}
			seen["w"+w] = true
			ws = append(ws, wordQuery{w: w, budget: TypoBudget(w)})
		}
		for _, k := range []string{tq.keys[0], tq.keys[2]} {
			if k != "" && !seen["k"+k] {
				seen["k"+k] = true
				keys = append(keys, k)
			}
		}
	}
	if qw := tqs[0].words; len(qw) > 0 {
		if last := qw[len(qw)-1]; len(last) >= 3 && !stopWords[last] {
			ws = append(ws, wordQuery{w: last, prefix: true})
		}
	}
	ranks := x.titles.candidates(ws, keys, candidates)
	for i, r := range ranks {
		ranks[i] = x.titles.pos[r]
	}
	return ranks
}

func term(field, w string, boost float64) query.Query {
	q := bleve.NewTermQuery(w)
	q.SetField(field)
	q.SetBoost(boost)
	return q
}

// Word-match values, on the 0-1 scale of matchTitle.
const (
	wordTypo   = 0.12 // lost per edit in a word
	wordPrefix = 0.7  // the last typed word is the start of a title word
	wordJoined = 0.95 // "spiderman" typed for "spider man"
	stopWeight = 0.3  // weight of a function word against a content word
	keyTypo    = 0.08 // lost per edit in a whole-title match
)

// matchTitle rates how well query words q (whose keys are qkeys) name title t,
// from 0 (nothing in common) to 1 (the same title, articles, case, accents
// and punctuation aside). A whole-title match with typos scores 1-0.08 per
// edit; otherwise the score is the weighted share of query words found
// (exact, with a typo, or as a prefix for the last word), raised when they
// come in order, contiguous, at the start of the title and cover most of
// it, up to 0.9.
func matchTitle(q []string, qkeys [4]string, t titleInfo) float64 {
	return match(q, qkeys, t).score
}

// matchResult is how a query matches a title: the score of matchTitle, how
// many content words of the query were found and with how many typos.
type matchResult struct {
	score        float64
	words, typos int
}

func match(q []string, qkeys [4]string, t titleInfo) matchResult {
	content := 0
	for _, w := range q {
		if !stopWords[w] {
			content++
		}
	}
	for _, qk := range qkeys {
		for _, tk := range t.keys {
			if qk != "" && qk == tk {
				return matchResult{score: 1, words: content}
			}
		}
	}
	best := matchResult{}
	for _, i := range []int{0, 2} {
		if i == 2 && qkeys[2] == qkeys[0] && t.keys[2] == t.keys[0] {
			break
		}
		if b := TypoBudget(qkeys[i]); b > 0 {
			if d := editDistance(qkeys[i], t.keys[i], b); d <= b && 1-keyTypo*float64(d) > best.score {
				best = matchResult{score: 1 - keyTypo*float64(d), words: content, typos: d}
			}
		}
	}
	if len(q) == 0 || len(t.words) == 0 {
		return best
	}
	var qw, qm, tw, tm float64
	var found, typos int
	matched := make([]bool, len(t.words))
	prevPos, inOrder, contiguous, start := -1, true, true, false
	for i, w := range q {
		wt := 1.0
		if stopWords[w] {
			wt = stopWeight
		}
		qw += wt
		m, pos, span, edits := 0.0, -1, 1, 0
		for j, tw := range t.words {
			v, s, e := 0.0, 1, 0
			switch {
			case w == tw:
				v = 1
			case j+1 < len(t.words) && len(w) > len(tw) && w == tw+t.words[j+1]:
				v, s = wordJoined, 2
			default:
				if b := TypoBudget(w); b > 0 && TypoBudget(tw) > 0 {
					if d := editDistance(w, tw, b); d <= b {
						v, e = 1-wordTypo*float64(d), d
					}
				}
				if i == len(q)-1 && len(w) >= 2 && strings.HasPrefix(tw, w) && v < wordPrefix {
					v, e = wordPrefix, 0
				}
			}
			// Prefer the first unused position at the best value.
			if v > m || (v == m && v > 0 && pos >= 0 && matched[pos] && !matched[j]) {
				m, pos, span, edits = v, j, s, e
			}
		}
		qm += wt * m
		if pos < 0 || m == 0 {
			inOrder, contiguous = false, false
			continue
		}
		if !stopWords[w] {
			found++
		}
		typos += edits
		if i == 0 {
			start = pos == 0 || pos == 1 && leadingArticles[t.words[0]]
		}
		if pos <= prevPos {
			inOrder = false
		}
		if prevPos >= 0 && pos != prevPos+1 {
			contiguous = false
		}
		for k := pos; k < pos+span; k++ {
			matched[k] = true
		}
		prevPos = pos + span - 1
	}
	for j, w := range t.words {
		wt := 1.0
		if stopWords[w] {
			wt = stopWeight
		}
		tw += wt
		if matched[j] {
			tm += wt
		}
	}
	qcov := qm / qw
	bonus := 0.70 + 0.08*tm/tw
	if inOrder {
		bonus += 0.04
		if contiguous {
			bonus += 0.04
			if start {
				bonus += 0.04
			}
		}
	}
	if v := qcov * bonus; v > best.score {
		return matchResult{score: v, words: found, typos: typos}
	}
	return best
}

// softmax returns exp(s/t) normalised to sum 1.
func softmax(s []float64, t float64) []float64 {
	out := make([]float64, len(s))
	if len(s) == 0 {
		return out
	}
	max := s[0]
	for _, v := range s {
		max = math.Max(max, v)
	}
	sum := 0.0
	for i, v := range s {
		out[i] = math.Exp((v - max) / t)
		sum += out[i]
	}
	for i := range out {
		out[i] /= sum
	}
	return out
}

// sortMatches orders matches by score, best first, then by id so that the
// order is deterministic.
func sortMatches(ms []FilmMatch) {
	sort.SliceStable(ms, func(a, b int) bool {
		if ms[a].Score != ms[b].Score {
			return ms[a].Score > ms[b].Score
		}
		return ms[a].Film.ID < ms[b].Film.ID
	})
}
