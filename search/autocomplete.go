package search

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/bobine/bobine/data"
)

// autocompleteCandidates is how many of the most-voted matching films an
// autocompletion reranks.
const autocompleteCandidates = 50

// Autocomplete returns the films whose title starts with, or contains words
// starting with, what the user has typed so far, at most limit, most
// popular first among those whose title starts with the typed text. The
// last word may be incomplete ("le fab", "star w"); earlier words may carry
// typos within their budget. An empty prefix is an error wrapping
// data.ErrInvalid.
func (x *Index) Autocomplete(ctx context.Context, prefix string, limit int) ([]FilmMatch, error) {
	folded := fold(prefix)
	raw := splitWords(folded)
	if len(raw) == 0 {
		return nil, fmt.Errorf("search: %w", data.Invalidf("autocomplete %q: no words", prefix))
	}
	var tb titleBuf
	complete := raw
	last := ""
	if r := []rune(folded); isWordRune(r[len(r)-1]) {
		complete, last = raw[:len(raw)-1], raw[len(raw)-1]
	}
	var done []string
	for _, w := range complete {
		if strayElisions[w] {
			continue
		}
		done = append(done, numeral(w))
	}
	if len(done) == 0 && last == "" { // "l "
		return nil, fmt.Errorf("search: %w", data.Invalidf("autocomplete %q: no words", prefix))
	}

	// A film is a candidate when every complete content word is one of
	// its title words (within the word's typo budget) and the last word
	// starts one of them, or when its joined title starts with what was
	// typed ("spiderm" finds "Spider-Man").
	t := x.titles
	var conds []termSet
	for _, w := range done {
		if !stopWords[w] {
			conds = append(conds, t.words.wordSet(w, TypoBudget(w)))
		}
	}
	typedKey := key(done)
	if last != "" {
		lo, hi := t.words.prefixRange(last)
		c := termSet{words: &t.words, lo: lo, hi: hi}
		if n := numeral(last); n != last {
			c = c.with(t.words.find(n))
		}
		conds = append(conds, c)
		if len(done) == 1 && leadingArticles[done[0]] {
			typedKey = ""
		}
		typedKey += last
	}
	if len(conds) == 0 { // only function words typed: "the "
		conds = append(conds, termSet{words: &t.words}.with(t.words.find(done[len(done)-1])))
	}
	// The driver is the condition with the fewest documents; the others
	// are checked on each film's own words. Both merges stop once they
	// have enough films, most popular first.
	seen := map[int32]bool{}
	var cands []int32
	take := func(lists [][]int32, ok func(p int32) bool) {
		n := 0
		mergeRanks(lists, func(r int32) bool {
			p := t.pos[r]
			if x.films[p].skip || !ok(p) {
				return true
			}
			if !seen[p] {
				seen[p] = true
				cands = append(cands, p)
			}
			n++
			return n < autocompleteCandidates
		})
	}
	driver := 0
	for i, c := range conds {
		if c.size() < conds[driver].size() {
			driver = i
		}
	}
	take(conds[driver].lists(), func(p int32) bool {
		for i, c := range conds {
			if i != driver && !x.titlesHoldAny(int(p), c, &tb) {
				return false
			}
		}
		return true
	})
	if len(typedKey) >= 4 {
		// Shorter keys would expand to thousands of terms and find
		// nothing the words do not.
		lo, hi := t.keys.prefixRange(typedKey)
		take(termSet{words: &t.keys, lo: lo, hi: hi}.lists(), func(int32) bool { return true })
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("search: autocomplete %q: %w", prefix, err)
	}
	var out []FilmMatch
	var scores []float64
	for _, p := range cands {
		i := int(p)
		score := x.films[i].prior
		// A title that starts with what was typed comes first.
		for _, t := range x.titlesOf(i, &tb) {
			if typedKey != "" && (strings.HasPrefix(t.keys[0], typedKey) || strings.HasPrefix(t.keys[1], typedKey) || strings.HasPrefix(t.keys[2], typedKey)) {
				score += 0.5
				break
			}
		}
		out = append(out, FilmMatch{Film: &x.cat.Films()[i], Score: score})
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Score > out[b].Score })
	for _, m := range out {
		scores = append(scores, m.Score)
	}
	for k, p := range softmax(scores, temperature) {
		out[k].Confidence = p
	}
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// termSet is a set of terms of a dictionary: a range of it (the words
// starting with a prefix) and single terms (a word within its typo budget,
// a numeral).
type termSet struct {
	words  *termList
	lo, hi int
	extra  []int
}

// wordSet is the set of w as typed when the dictionary has it, else of the
// words within budget edits of it.
func (l *termList) wordSet(w string, budget int) termSet {
	s := termSet{words: l}
	if i := l.find(w); i >= 0 {
		return s.with(i)
	}
	l.fuzzy(w, budget, func(i, _ int) { s = s.with(i) })
	return s
}

func (s termSet) with(i int) termSet {
	if i >= 0 && (i < s.lo || i >= s.hi) {
		s.extra = append(s.extra, i)
	}
	return s
}

func (s termSet) each(fn func(i int)) {
	for i := s.lo; i < s.hi; i++ {
		fn(i)
	}
	for _, i := range s.extra {
		fn(i)
	}
}

// size is the number of postings of the set's terms.
func (s termSet) size() int {
	n := 0
	s.each(func(i int) { n += s.words.df(i) })
	return n
}

func (s termSet) lists() [][]int32 {
	out := make([][]int32, 0, s.hi-s.lo+len(s.extra))
	s.each(func(i int) { out = append(out, s.words.postings(i)) })
	return out
}

// titlesHoldAny reports whether a word of one of the titles of the film at
// catalogue position i is in the set s. On the title index's words it
// compares the titles' term references (titleRef) with the set's range, with
// no lookup; b is scratch space for another list.
func (x *Index) titlesHoldAny(i int, s termSet, b *titleBuf) bool {
	if s.words != &x.titles.words {
		return s.holdsAny(x.titlesOf(i, b))
	}
	fi := &x.films[i]
	for _, r := range x.titleRefs[fi.t0 : fi.t0+fi.nt] {
		for _, w := range x.titleWords[r.w0 : r.w0+r.nw] {
			t := int(w)
			switch {
			case w == -1:
				continue
			case w < -1:
				if t = s.words.find(x.titleExtra[-w-2]); t < 0 {
					continue
				}
			}
			if t >= s.lo && t < s.hi || slices.Contains(s.extra, t) {
				return true
			}
		}
	}
	return false
}

// holdsAny reports whether a word of one of the titles is in the set.
func (s termSet) holdsAny(titles []titleInfo) bool {
	for _, t := range titles {
		for _, w := range t.words {
			if i := s.words.find(w); i >= 0 {
				if i >= s.lo && i < s.hi {
					return true
				}
				for _, e := range s.extra {
					if e == i {
						return true
					}
				}
			}
		}
	}
	return false
}
