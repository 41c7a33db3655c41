package search

import (
	"container/heap"
	"context"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// textIndex is an in-memory inverted index of short texts: the titles of
// films or the names of people, as the one normaliser of text.go reads
// them. Title and name resolution and autocompletion run on it instead of
// Bleve: their cost then follows what a query matches, not the size of the
// catalogue (Bleve scores every document of every posting list a
// disjunction touches, and at 70,000 films and 640,000 people that was most
// of the time of a resolution).
//
// Documents are numbered by rank, most popular first, so that every
// posting list runs from the most to the least popular document: taking
// the head of a long list keeps the documents a user most likely means,
// and a merge of lists can stop as soon as it has enough.
//
// It is built once and then read concurrently; it is safe for concurrent
// use.
type textIndex struct {
	words termList // folded words (titleWords or nameWords)
	keys  termList // joined keys (titleKeys or nameKeys)
	pos   []int32  // by rank: catalogue position
	// An index of documents with one key each, which keyOf computes again
	// from the catalogue (a person's name), holds no keys list: byKey
	// holds the ranks sorted by key, then rank, and a key is found by a
	// binary search that computes the keys it compares. At 7.1 M people
	// the keys list was 7.1 M strings with their offsets and postings
	// (about 190 MB); byKey is 28 MB, and a lookup costs some 23 keys.
	byKey []int32
	keyOf func(r int32) string
}

// termList is a sorted dictionary of terms with their posting lists.
//
// The terms are one string, text, cut at tOff: one object instead of one
// string per term (at 70,000 films and 637,000 people, a million of them).
type termList struct {
	text string   // the terms, sorted and unique, end to end
	tOff []int32  // term i is text[tOff[i]:tOff[i+1]]
	offs []int32  // postings of term i are post[offs[i]:offs[i+1]]
	post []int32  // ranks, ascending within a term
	sigs []uint32 // by term: see letterSig; nil in a list not fuzzy
	// byHead groups term indexes by first byte and length in runes, the
	// part of the dictionary a fuzzy lookup (first letter kept) reads; nil
	// in a list not fuzzy (see newTermList), where fuzzy finds nothing.
	byHead map[headLen][]int32
}

type headLen struct {
	head byte
	n    int
}

// newTextIndex indexes n documents. order lists catalogue positions most
// popular first (documents absent from it are not indexed); texts returns
// the words and keys of the document at a catalogue position.
func newTextIndex(ctx context.Context, order []int32, texts func(pos int32) (words, keys []string)) (*textIndex, error) {
	words := map[string][]int32{}
	keys := map[string][]int32{}
	add := func(m map[string][]int32, t string, r int32) {
		ps := m[t]
		if n := len(ps); n > 0 && ps[n-1] == r {
			return
		}
		m[t] = append(ps, r)
	}
	for r, p := range order {
		if r%cancelEvery == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		ws, ks := texts(p)
		for _, w := range ws {
			if w != "" {
				add(words, w, int32(r))
			}
		}
		for _, k := range ks {
			if k != "" {
				add(keys, k, int32(r))
			}
		}
	}
	w, err := newTermList(ctx, words, true)
	if err != nil {
		return nil, err
	}
	k, err := newTermList(ctx, keys, false)
	if err != nil {
		return nil, err
	}
	return &textIndex{words: w, keys: k, pos: order}, nil
}

// newKeyedTextIndex is newTextIndex for documents of one key each, which
// key returns for a catalogue position ("" for none) and must return the
// same on every call (see byKey).
func newKeyedTextIndex(ctx context.Context, order []int32, words func(pos int32) []string, key func(pos int32) string) (*textIndex, error) {
	t, err := newTextIndex(ctx, order, func(p int32) ([]string, []string) { return words(p), nil })
	if err != nil {
		return nil, err
	}
	t.keyOf = func(r int32) string { return key(order[r]) }
	keys := make([]string, len(order))
	t.byKey = make([]int32, len(order))
	for r, p := range order {
		if r%cancelEvery == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		keys[r] = key(p)
		t.byKey[r] = int32(r)
	}
	slices.SortFunc(t.byKey, func(a, b int32) int {
		if c := strings.Compare(keys[a], keys[b]); c != 0 {
			return c
		}
		return int(a - b)
	})
	return t, nil
}

// keyPostings returns the ranks of the documents whose key is k, most
// popular first.
func (t *textIndex) keyPostings(k string) []int32 {
	if t.byKey == nil {
		if i := t.keys.find(k); i >= 0 {
			return t.keys.postings(i)
		}
		return nil
	}
	if k == "" {
		return nil
	}
	lo := sort.Search(len(t.byKey), func(i int) bool { return t.keyOf(t.byKey[i]) >= k })
	hi := lo
	for hi < len(t.byKey) && t.keyOf(t.byKey[hi]) == k {
		hi++
	}
	return t.byKey[lo:hi]
}

// newTermList sorts the terms of m into a list. fuzzy says whether the list
// will be looked up within a typo budget (its words): only then does it
// need sigs and byHead, two more entries per term, which for the keys of
// 7.1 M people's names (one each) were about 60 MB of the heap. It stops
// with ctx's error once ctx ends.
func newTermList(ctx context.Context, m map[string][]int32, fuzzy bool) (termList, error) {
	terms := make([]string, 0, len(m))
	n, size := 0, 0
	for t, ps := range m {
		if len(terms)%cancelEvery == 0 && ctx.Err() != nil {
			return termList{}, ctx.Err()
		}
		terms = append(terms, t)
		n += len(ps)
		size += len(t)
	}
	sort.Strings(terms)
	var l termList
	var text strings.Builder
	text.Grow(size)
	l.tOff = make([]int32, 1, len(terms)+1)
	l.offs = make([]int32, 1, len(terms)+1)
	l.post = make([]int32, 0, n)
	if fuzzy {
		l.sigs = make([]uint32, len(terms))
		l.byHead = map[headLen][]int32{}
	}
	for i, t := range terms {
		if i%cancelEvery == 0 && ctx.Err() != nil {
			return termList{}, ctx.Err()
		}
		text.WriteString(t)
		l.tOff = append(l.tOff, int32(text.Len()))
		l.post = append(l.post, m[t]...)
		l.offs = append(l.offs, int32(len(l.post)))
		if fuzzy {
			l.sigs[i] = letterSig(t)
			hl := headLen{t[0], utf8.RuneCountInString(t)}
			l.byHead[hl] = append(l.byHead[hl], int32(i))
		}
	}
	l.text = text.String()
	for hl, is := range l.byHead {
		l.byHead[hl] = slices.Clip(is)
	}
	return l, nil
}

// len returns the number of terms.
func (l *termList) len() int { return len(l.tOff) - 1 }

// term returns term i.
func (l *termList) term(i int) string { return l.text[l.tOff[i]:l.tOff[i+1]] }

// search returns the index of the first term not less than t.
func (l *termList) search(t string) int {
	return sort.Search(l.len(), func(i int) bool { return l.term(i) >= t })
}

// share returns t as held by the list's text when it is a term, else t.
func (l *termList) share(t string) string {
	if i := l.find(t); i >= 0 {
		return l.term(i)
	}
	return t
}

// find returns the index of term t, or -1.
func (l *termList) find(t string) int {
	i := l.search(t)
	if i < l.len() && l.term(i) == t {
		return i
	}
	return -1
}

// postings returns the ranks of the documents holding term i, most popular
// first.
func (l *termList) postings(i int) []int32 { return l.post[l.offs[i]:l.offs[i+1]] }

// df is the number of documents holding term i.
func (l *termList) df(i int) int { return int(l.offs[i+1] - l.offs[i]) }

// prefixRange returns the indexes [lo, hi) of the terms starting with p.
func (l *termList) prefixRange(p string) (lo, hi int) {
	lo = l.search(p)
	hi = lo + sort.Search(l.len()-lo, func(i int) bool { return !strings.HasPrefix(l.term(lo+i), p) })
	return lo, hi
}

// fuzzy calls fn with every term within budget edits of w that shares its
// first byte (people rarely mistype the first letter, and it confines the
// search to a small part of the dictionary), and its distance. w itself is
// included, at distance 0, when the dictionary has it.
func (l *termList) fuzzy(w string, budget int, fn func(term, dist int)) {
	if w == "" {
		return
	}
	n := utf8.RuneCountInString(w)
	sig := letterSig(w)
	for m := n - budget; m <= n+budget; m++ {
		for _, i := range l.byHead[headLen{w[0], m}] {
			// One edit changes at most two letters of the set of letters a
			// word holds: a cheap bound that skips most of the bucket.
			if bits.OnesCount32(sig^l.sigs[i]) > 2*budget {
				continue
			}
			if d := editDistance(w, l.term(int(i)), budget); d <= budget {
				fn(int(i), d)
			}
		}
	}
}

// letterSig is the set of letters of w, digits and other runes as two
// more members.
func letterSig(w string) uint32 {
	var s uint32
	for _, r := range w {
		switch {
		case 'a' <= r && r <= 'z':
			s |= 1 << (r - 'a')
		case '0' <= r && r <= '9':
			s |= 1 << 26
		default:
			s |= 1 << 27
		}
	}
	return s
}

// idf weighs a term held by df of n documents.
func idf(n, df int) float64 { return math.Log(1 + float64(n)/float64(1+df)) }

// scorer accumulates candidate scores by rank, reusing dense arrays
// between queries.
type scorer struct {
	score   []float32
	touched []int32
}

var scorerPools sync.Map // document count -> *sync.Pool of *scorer

func getScorer(n int) *scorer {
	p, _ := scorerPools.LoadOrStore(n, &sync.Pool{New: func() any { return &scorer{score: make([]float32, n)} }})
	return p.(*sync.Pool).Get().(*scorer)
}

func (s *scorer) add(r int32, v float64) {
	if s.score[r] == 0 {
		s.touched = append(s.touched, r)
	}
	s.score[r] += float32(v)
}

// addOnly adds v to documents already scored.
func (s *scorer) addOnly(r int32, v float64) {
	if s.score[r] != 0 {
		s.score[r] += float32(v)
	}
}

// top returns the ranks of the k best scores, best first, ties to the more
// popular document, and releases the scorer.
func (s *scorer) top(k int) []int32 {
	out := append([]int32(nil), s.touched...)
	sort.Slice(out, func(a, b int) bool {
		sa, sb := s.score[out[a]], s.score[out[b]]
		if sa != sb {
			return sa > sb
		}
		return out[a] < out[b]
	})
	if len(out) > k {
		out = out[:k]
	}
	for _, r := range s.touched {
		s.score[r] = 0
	}
	s.touched = s.touched[:0]
	p, _ := scorerPools.Load(len(s.score))
	p.(*sync.Pool).Put(s)
	return out
}

// Candidate generation bounds: a term adds at most maxPostings new
// documents (its most popular), and a prefix at most maxPrefixPostings in
// all, so that a common word costs the same in any size of catalogue.
const (
	maxPostings       = 2000
	maxPrefixPostings = 2000
	keyBoost          = 4 // a whole-title (or whole-name) match, against one word's idf
	fuzzyWeight       = 0.7
	prefixWeight      = 0.5
)

// wordQuery is one typed word for candidate generation.
type wordQuery struct {
	w      string
	budget int  // typos allowed when the dictionary lacks w as typed
	prefix bool // also match words starting with w
	// nearToo also matches the words within the typo budget when the
	// dictionary knows w as typed: a surname misspelt into an obscure
	// namesake's (« bergmann » for Bergman).
	nearToo bool
}

// candidates returns the ranks of at most k documents most likely named by
// the words and keys, best first: each word (as typed when the dictionary
// knows it, else within its typo budget) scores its documents by idf, a
// whole key scores keyBoost times the idf of a rare word, and a prefix
// word scores, at half weight, the documents holding a word it starts.
func (t *textIndex) candidates(ws []wordQuery, keys []string, k int) []int32 {
	n := len(t.pos)
	s := getScorer(n)
	keyW := keyBoost * idf(n, 0)
	for _, key := range keys {
		for _, r := range firstN(t.keyPostings(key), maxPostings) {
			s.add(r, keyW)
		}
	}
	for _, q := range ws {
		addTerm := func(i int, weight float64) {
			ps := t.words.postings(i)
			v := weight * idf(n, len(ps))
			for _, r := range firstN(ps, maxPostings) {
				s.add(r, v)
			}
			for _, r := range ps[len(firstN(ps, maxPostings)):] {
				s.addOnly(r, v)
			}
		}
		i := t.words.find(q.w)
		if i >= 0 {
			addTerm(i, 1)
		}
		if q.budget > 0 && (i < 0 || q.nearToo) {
			t.words.fuzzy(q.w, q.budget, func(j, d int) {
				if j != i {
					addTerm(j, fuzzyWeight/float64(d))
				}
			})
		}
		if q.prefix {
			lo, hi := t.words.prefixRange(q.w)
			total := 0
			for i := lo; i < hi; i++ {
				total += t.words.df(i)
			}
			v := prefixWeight * idf(n, total)
			per := max(5, maxPrefixPostings/max(1, hi-lo))
			for i := lo; i < hi; i++ {
				for _, r := range firstN(t.words.postings(i), per) {
					s.add(r, v)
				}
			}
		}
	}
	return s.top(k)
}

func firstN(ps []int32, n int) []int32 {
	if len(ps) > n {
		return ps[:n]
	}
	return ps
}

// rankHeap merges posting lists by rank.
type rankHeap [][]int32

func (h rankHeap) Len() int           { return len(h) }
func (h rankHeap) Less(a, b int) bool { return h[a][0] < h[b][0] }
func (h rankHeap) Swap(a, b int)      { h[a], h[b] = h[b], h[a] }
func (h *rankHeap) Push(x any)        { *h = append(*h, x.([]int32)) }
func (h *rankHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// mergeRanks calls fn with the ranks of the union of lists, most popular
// first, each once, until fn returns false: the cost follows how far the
// caller reads, not how long the lists are.
func mergeRanks(lists [][]int32, fn func(r int32) bool) {
	h := make(rankHeap, 0, len(lists))
	for _, l := range lists {
		if len(l) > 0 {
			h = append(h, l)
		}
	}
	heap.Init(&h)
	last := int32(-1)
	for len(h) > 0 {
		r := h[0][0]
		if h[0] = h[0][1:]; len(h[0]) == 0 {
			heap.Pop(&h)
		} else {
			heap.Fix(&h, 0)
		}
		if r == last {
			continue
		}
		last = r
		if !fn(r) {
			return
		}
	}
}
