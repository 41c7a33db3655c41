package recommend

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bobine/bobine/data"
)

// pick selects count films from the fused ranking: maximal marginal
// relevance on content vectors, at most one film per saga (TMDB collection
// or sequel title, see sagaMarked and sagaPrefixes), at most maxPerDirector films by one
// director (see directorCaps), and,
// with several liked films, an interleave over the liked film each
// candidate is closest to: every film already picked for one interest
// lowers that interest's next candidates by o.Interleave (on a 0-1 scale
// where 1 is the best candidate), so that each interest gets its share.
func (r *Recommender) pick(p *pool, cs []*cand, o Options, count int) []*cand {
	if len(cs) == 0 {
		return nil
	}
	s := newSelector(r, p, cs, o)
	for len(s.out) < count {
		best, bestPer := s.next()
		if best < 0 {
			break
		}
		owner := -1
		if s.multi && count > 1 {
			best, owner = s.kindSlot(best, bestPer, count-len(s.out))
		}
		s.take(best, owner)
	}
	return s.out
}

// selector is the state of one selection: which candidates are taken, which
// sagas are represented, how many films each interest has had and which
// liked films' kinds are covered. Its methods are the steps of pick.
type selector struct {
	r     *Recommender
	p     *pool
	cs    []*cand
	o     Options
	top   float64 // best fused score, the 1 of the relevance scale
	multi bool    // several liked films

	used        []bool // per candidate
	collections map[int]bool
	// marked and prefixes: the saga keys of the films picked; keys, per
	// candidate, its own, computed when first needed.
	marked, prefixes map[string]bool
	keys             []sagaKey
	// directors counts the films picked per director; caps holds the
	// directors allowed more than maxPerDirector (directorCaps); both by
	// filmColumns code.
	directors map[int32]int
	caps      map[int32]int
	// heads: the sagaHeads of the films picked.
	heads   []uint16
	served  []int  // per interest (kind[li]), films picked for it
	covered []bool // per liked film: a film of its kind (ofKind) is in
	out     []*cand

	// distinct[li]: the li-th liked film is of a different kind from all
	// the other liked films; only those get the last-slot guarantee, so
	// that close tastes (two thrillers) are left to the fused ranking.
	distinct []bool
	// kind[li]: liked films of one kind (sameKind, transitively) share an
	// interest for the interleave: two thrillers are one interest, a
	// thriller and a western two.
	kind []int
	// specific[li]: the li-th liked film's genres but the broad ones
	// (Western, Comedy...) that its content neighbours agree on, which a
	// film of its kind shares: La Cité de la peur, a parody of horror
	// films, is of the comedies' kind, not of the horror films'.
	specific [][]uint64
}

func newSelector(r *Recommender, p *pool, cs []*cand, o Options) *selector {
	n := len(p.liked)
	s := &selector{r: r, p: p, cs: cs, o: o, top: cs[0].score, multi: n > 1,
		used: make([]bool, len(cs)), collections: map[int]bool{},
		marked: map[string]bool{}, prefixes: map[string]bool{}, keys: make([]sagaKey, len(cs)),
		directors: map[int32]int{}, caps: r.directorCaps(p),
		served: make([]int, n), covered: make([]bool, n),
		distinct: make([]bool, n), kind: make([]int, n), specific: make([][]uint64, n)}
	if s.top <= 0 {
		s.top = 1
	}
	for li, fi := range p.liked {
		var gs []string
		for _, g := range r.genresOf(fi) {
			if !slices.Contains(broadGenres, g) && r.neighboursAgree(p.content[li], g) {
				gs = append(gs, g)
			}
		}
		if len(gs) > 0 {
			s.specific[li] = r.genres.set(gs)
		}
	}
	for li := range s.kind {
		s.kind[li] = li
	}
	if s.multi && o.DistinctKind > 0 {
		for li, a := range p.liked {
			s.distinct[li] = r.hasContent(a)
			for lj, b := range p.liked {
				if lj != li && r.sameKind(a, b, o) {
					s.distinct[li] = false
					if lj < li {
						from, to := s.kind[li], s.kind[lj]
						for x := range s.kind {
							if s.kind[x] == from {
								s.kind[x] = to
							}
						}
					}
				}
			}
		}
	}
	return s
}

// next returns the available candidate with the best value (relevance,
// diversity, interleave), -1 if none, and per liked film the available
// candidate of its kind with the best fused score (-1 if none).
func (s *selector) next() (best int, bestPer []int) {
	best, bestPer = s.scan(true)
	if best < 0 {
		// Only films of directors at their cap are left: a short list
		// would be worse than a third film by one director.
		best, bestPer = s.scan(false)
	}
	return best, bestPer
}

// scan is next, with or without the directors' caps.
func (s *selector) scan(capped bool) (best int, bestPer []int) {
	r, o := s.r, s.o
	best, bestV := -1, 0.0
	bestPer = make([]int, len(s.p.liked))
	for li := range bestPer {
		bestPer[li] = -1
	}
	for i, c := range s.cs {
		if s.used[i] {
			continue
		}
		// Columns only: a candidate's record is read when it is picked,
		// or when its title may be of a saga a picked film is of.
		if col := int(r.cols.collection[c.film]); col != 0 && s.collections[col] {
			continue
		}
		if capped && s.atCap(c.film) || len(s.out) > 0 && s.sagaTaken(i) {
			continue
		}
		v := c.score / s.top
		if o.Diversity > 0 && len(s.out) > 0 && r.hasContent(c.film) {
			var sim float64
			for _, x := range s.out {
				if y := r.cosine(c.film, x.film); y > sim {
					sim = y
				}
			}
			// Only films closer than their kind count: two films of
			// one kind are not redundant, two near copies are.
			sim = max(0, sim-kindCosine) / (1 - kindCosine)
			v = (1-o.Diversity)*v - o.Diversity*sim
		}
		if s.multi && c.owner >= 0 {
			v -= o.Interleave * float64(s.served[s.kind[c.owner]])
		}
		for li := range s.p.liked {
			if bestPer[li] < 0 && r.ofKind(c, li, s.specific[li]) {
				bestPer[li] = i // cs is best first: the best fused score
			}
		}
		if best < 0 || v > bestV {
			best, bestV = i, v
		}
	}
	return best, bestPer
}

// kindSlot gives the last slots to the liked films whose kind has no film
// yet, if any: each gets its best film of its kind. At most
// maxKindSlots slots: forcing more costs accuracy (bobine eval), while the
// interleave penalty spreads the others. It returns the candidate to take
// and the liked film it serves (-1: best, for its own owner).
func (s *selector) kindSlot(best int, bestPer []int, left int) (int, int) {
	waiting, turn := 0, -1
	for li, i := range bestPer {
		if !s.distinct[li] || s.covered[li] || i < 0 {
			continue
		}
		waiting++
		if turn < 0 || i < bestPer[turn] {
			turn = li
		}
	}
	if turn >= 0 && left <= min(waiting, maxKindSlots) {
		return bestPer[turn], turn
	}
	return best, -1
}

// take adds candidate i, picked for the owner-th liked film (-1: its own
// owner), to the selection.
func (s *selector) take(i, owner int) {
	c := s.cs[i]
	s.used[i] = true
	if owner < 0 {
		owner = c.owner
	}
	if owner >= 0 {
		s.served[s.kind[owner]]++
	}
	for li := range s.p.liked {
		if s.r.ofKind(c, li, s.specific[li]) {
			s.covered[li] = true
		}
	}
	if col := int(s.r.cols.collection[c.film]); col != 0 {
		s.collections[col] = true
	}
	s.heads = append(s.heads, s.r.cols.sagaHeads[3*c.film:3*c.film+3]...)
	k := s.key(i, true)
	for _, m := range k.marked {
		s.marked[m] = true
	}
	for _, m := range k.prefixes {
		s.prefixes[m] = true
	}
	for _, d := range s.r.cols.directorsOf(c.film) {
		s.directors[d]++
	}
	s.out = append(s.out, c)
}

// atCap reports whether a director of film fi already has as many films
// picked as he may have.
func (s *selector) atCap(fi int32) bool {
	for _, d := range s.r.cols.directorsOf(fi) {
		limit, ok := s.caps[d]
		if !ok {
			limit = maxPerDirector
		}
		if limit > 0 && s.directors[d] >= limit {
			return true
		}
	}
	return false
}

// sagaTaken reports whether candidate i is of a saga a picked film is of,
// by its title (sagaMarked, sagaPrefixes); the TMDB collection is checked apart.
func (s *selector) sagaTaken(i int) bool {
	if !s.mayShareSaga(s.cs[i].film) {
		return false
	}
	k := s.key(i, false)
	for _, m := range k.marked {
		if s.prefixes[m] {
			return true
		}
	}
	if len(s.marked) == 0 {
		return false // no film picked is of a saga by its title: no prefix to compare
	}
	for _, m := range s.key(i, true).prefixes {
		if s.marked[m] {
			return true
		}
	}
	return false
}

// mayShareSaga reports whether a title of film fi starts as a title of a
// film picked does, by their sagaHeads (the first folded word, or two):
// both of sagaTaken's tests compare keys that start a title of each film,
// so that without such a start they fail, and the candidate's titles need
// not be read.
func (s *selector) mayShareSaga(fi int32) bool {
	for _, h := range s.r.cols.sagaHeads[3*fi : 3*fi+3] {
		if h != 0 && slices.Contains(s.heads, h) {
			return true
		}
	}
	return false
}

// sagaKey is a candidate's saga keys, each part computed when first needed.
type sagaKey struct {
	markedDone, prefixesDone bool
	marked, prefixes         []string
}

// key returns candidate i's saga keys: its marked keys, and its prefixes
// too when withPrefixes (most candidates never need them).
func (s *selector) key(i int, withPrefixes bool) *sagaKey {
	k := &s.keys[i]
	f := &s.r.films[s.cs[i].film]
	if !k.markedDone {
		k.marked, k.markedDone = sagaMarked(f), true
	}
	if withPrefixes && !k.prefixesDone {
		k.prefixes, k.prefixesDone = sagaPrefixes(f), true
	}
	return k
}

// maxPerDirector is how many of the films picked one director may sign: a
// customer who liked Intouchables wants other films than its directors'
// four others, two of them at most.
const maxPerDirector = 2

// directorCaps returns the directors of p allowed more than maxPerDirector
// films, with their cap (0: no cap): the people the constraints ask for
// (« un film de Chabrol ») have none, and a director of several liked films
// (the customer named two Melville films) gets one more.
func (r *Recommender) directorCaps(p *pool) map[int32]int {
	caps := map[int32]int{}
	c := p.req.Constraints
	for _, ids := range [][]string{c.People, c.Cast, c.Directors} {
		for _, id := range ids {
			if code, ok := r.cols.personCode(r.cat, id); ok {
				caps[code] = 0
			}
		}
	}
	liked := map[int32]int{}
	for _, fi := range p.liked {
		for _, d := range r.cols.directorsOf(fi) {
			liked[d]++
			if _, asked := caps[d]; liked[d] == 2 && !asked {
				caps[d] = maxPerDirector + 1
			}
		}
	}
	return caps
}

// broadGenres are too broad to tell two kinds of film apart.
var broadGenres = []string{"Drama", "Action", "Adventure"}

// sameKind reports whether liked films a and b are of one kind: their
// content cosine reaches o.DistinctKind, or they share a genre other than
// the broad ones, or (with o.DistinctAudience) their collaborative cosine
// reaches it. Two films are different kinds (a crime film and a western)
// only when all the signals agree.
func (r *Recommender) sameKind(a, b int32, o Options) bool {
	if r.cosine(a, b) >= o.DistinctKind {
		return true
	}
	if o.DistinctAudience > 0 && r.collabCosine(a, b) >= o.DistinctAudience {
		return true
	}
	gb := r.genresOf(b)
	for _, g := range r.genresOf(a) {
		if !slices.Contains(broadGenres, g) && slices.Contains(gb, g) {
			return true
		}
	}
	return false
}

// ofKind reports whether candidate c is of the kind of the li-th liked
// film: one of its nearest films in content and, when the liked film has
// genres other than the broad ones (specific, a genre set), sharing one.
// Without specific genres, only its nearest kindReserve films count.
func (r *Recommender) ofKind(c *cand, li int, specific []uint64) bool {
	rank := c.content[li]
	if rank == 0 {
		return false
	}
	if specific == nil {
		return rank <= kindReserve
	}
	return r.genres.meets(int(c.film), specific)
}

// kindNeighbours is how many of a liked film's nearest films in content
// vote on which of its genres make its kind.
const kindNeighbours = 20

// neighboursAgree reports whether at least a third of the first
// kindNeighbours films of near (a content ranking) have genre g; true when
// near is empty (nothing to disagree).
func (r *Recommender) neighboursAgree(near []int32, g string) bool {
	near = near[:min(len(near), kindNeighbours)]
	if len(near) == 0 {
		return true
	}
	n := 0
	set := r.genres.set([]string{g})
	for _, fi := range near {
		if r.genres.meets(int(fi), set) {
			n++
		}
	}
	return 3*n >= len(near)
}

// sagaTitles are the titles of f that the saga keys read: primary, French,
// original.
func sagaTitles(f *data.Film) [3]string {
	return [3]string{f.Title, f.FrenchTitle, f.OriginalTitle}
}

// sagaMarked returns, for each title of f, folded, the part before a colon
// without a trailing sequel number (« 3 », « II »), or the whole title
// without one. Two films are of one saga when a marked key of one is a
// prefix of the other (sagaPrefixes). Keys shorter than minSagaKey letters
// keep their number (« OSS 117 », not « OSS »). Most titles have neither a
// colon nor a number at their end: they are not folded at all.
func sagaMarked(f *data.Film) []string {
	var marked, words []string
	for _, t := range sagaTitles(f) {
		head, _, colon := strings.Cut(t, ":")
		if !colon && !endsWithSequelNumber(head) {
			continue
		}
		words = words[:0]
		foldedWords(head, func(w string) { words = append(words, w) })
		n := len(words)
		switch {
		case n > 1 && sequelNumber(words[n-1]) && sagaLetters(words[:n-1]) >= minSagaKey:
			addSagaKey(&marked, words[:n-1])
		case n > 0 && (colon || n > 1 && sequelNumber(words[n-1])):
			addSagaKey(&marked, words)
		}
	}
	return marked
}

// sagaPrefixes returns every start of each title of f, folded, word for
// word.
func sagaPrefixes(f *data.Film) []string {
	var prefixes, words []string
	for _, t := range sagaTitles(f) {
		if t == "" {
			continue
		}
		words = words[:0]
		foldedWords(t, func(w string) { words = append(words, w) })
		for n := 1; n <= len(words); n++ {
			addSagaKey(&prefixes, words[:n])
		}
	}
	return prefixes
}

// endsWithSequelNumber reports whether the last word of s, lower-cased,
// may number a sequel, before any folding: a cheap test that spares
// folding the titles that cannot be a saga's by their number.
func endsWithSequelNumber(s string) bool {
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	s = strings.TrimRightFunc(s, func(r rune) bool { return !word(r) })
	if i := strings.LastIndexFunc(s, func(r rune) bool { return !word(r) }); i >= 0 {
		_, size := utf8.DecodeRuneInString(s[i:])
		s = s[i+size:]
	}
	return sequelNumber(strings.ToLower(s))
}

// sagaLetters counts the letters of the words ws.
func sagaLetters(ws []string) int {
	n := 0
	for _, w := range ws {
		n += len(w)
	}
	return n
}

// addSagaKey adds the words ws, joined, to the keys in to, once, when they
// have minSagaKey letters at least.
func addSagaKey(to *[]string, ws []string) {
	if k := strings.Join(ws, " "); sagaLetters(ws) >= minSagaKey && !slices.Contains(*to, k) {
		*to = append(*to, k)
	}
}

// minSagaKey is the fewest letters of a saga key (sagaMarked, sagaPrefixes).
const minSagaKey = 4

// sequelNumber reports whether folded word w numbers a sequel: 2-99 or a
// roman numeral II-X.
func sequelNumber(w string) bool {
	switch w {
	case "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x":
		return true
	}
	if len(w) == 0 || len(w) > 2 || w[0] == '0' {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != "1"
}
