package recommend

import (
	"context"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"

	"github.com/bobine/bobine/data"
)

// Candidates proposes films like the liked ones from text: *search.Index
// satisfies it with a more-like-this query over its Bleve index. Liked films
// are not returned.
type Candidates interface {
	MoreLikeThis(ctx context.Context, liked []string, limit int) ([]data.Scored, error)
}

// Options are the fusion weights and knobs of a Recommender. The defaults
// of `bobine` (config keys recommend.*) were chosen by Evaluate; see the
// README, "How recommendations are made". Zero Count, RRFK, Neighbours and QualityVotes
// take the defaults noted; zero weights switch a signal off.
type Options struct {
	Count         int     // films per recommendation; default 5
	WeightMLT     float64 // weight of the more-like-this ranking (all liked films together)
	WeightContent float64 // weight of each liked film's content-vector ranking
	WeightCollab  float64 // weight of each liked film's collaborative-vector ranking
	WeightProfile float64 // weight of the collaborative ranking of all liked films together (sum of their vectors)
	// WeightTaste is the weight of the taste-profile score itself (the dot
	// product of a candidate's collaborative vector with the sum of the
	// liked films', divided by the best candidate's): unlike the rank
	// fusion it keeps how much better the first films are.
	WeightTaste   float64
	WeightOrder   float64 // weight of the taste-profile score when ordering the films picked (0 = fused score only)
	WeightQuality float64 // weight of the Bayesian-average quality ranking of the candidates
	WeightShared  float64 // weight of the liked films other than a candidate's closest one (0 = max only, 1 = sum)
	Diversity     float64 // MMR trade-off, 0 (relevance only) to 1
	Interleave    float64 // penalty per film already picked for the same liked film (0 = none, 1 = strict round-robin)
	// DistinctKind is the content cosine below which a liked film counts as
	// a different kind from another liked film (a western next to a crime
	// film), if they also share no genre but drama, action or adventure
	// and, with DistinctAudience, no audience. Only a film of a different
	// kind from all the others is guaranteed the last slot when none of
	// the others is of its kind, and liked films of one kind share one
	// interest in the interleave. 0 switches the guarantee off.
	DistinctKind float64
	// DistinctAudience is the cosine of the collaborative vectors at or
	// above which two liked films are of one kind whatever their content
	// and genres: the same people like both, so the fused ranking serves
	// both already. 0 = content and genres only.
	DistinctAudience float64
	// KindFloor is the share of the fused score of the film it would
	// displace that a liked film's best neighbour must reach to take the
	// last slot: a neighbour far weaker than the film it displaces is
	// seldom what the customer wanted. 0 = the guarantee always applies.
	KindFloor    float64
	RRFK         float64 // reciprocal rank fusion constant; default 60
	Neighbours   int     // length of each ranking before fusion; default 100
	QualityVotes float64 // votes at which the quality prior trusts a film's own IMDb rating half; default 10000
}

// DefaultOptions returns the options `bobine` uses when the configuration
// does not override them (the same values as config.Keys).
func DefaultOptions() Options {
	return Options{Count: 5, WeightMLT: 0.25, WeightContent: 0.25, WeightCollab: 1.5, WeightProfile: 0, WeightTaste: 0.01, WeightQuality: 1, WeightShared: 0.25, Diversity: 0.05, Interleave: 0.05, DistinctKind: 0.3, DistinctAudience: 0.2, KindFloor: 0, RRFK: 100, Neighbours: 100, QualityVotes: 10000}
}

func (o Options) withDefaults() Options {
	if o.Count <= 0 {
		o.Count = 5
	}
	if o.RRFK <= 0 {
		o.RRFK = 60
	}
	if o.Neighbours <= 0 {
		o.Neighbours = 100
	}
	if o.QualityVotes <= 0 {
		o.QualityVotes = 10000
	}
	return o
}

// Request is what a customer asks for: films like Liked (tconsts), never
// Liked or Exclude, within Constraints. Count 0 means Options.Count.
type Request struct {
	Liked, Exclude []string
	Constraints    Constraints
	Count          int
}

// Constraints restrict the films recommended. Zero values mean no
// constraint. A film whose year, runtime or language is unknown fails a
// constraint on it.
type Constraints struct {
	Genres      []string // at least one of these IMDb genres
	AvoidGenres []string // none of these IMDb genres
	MinYear     int
	MaxYear     int
	MaxRuntime  int    // minutes
	Language    string // original language, ISO 639-1
	Family      bool   // no Horror, Thriller, Crime or War, no adult film; Family and Animation preferred
	People      []string
	FrenchOnly  bool // French productions (data.Film.French)
	// Countries keeps films produced in at least one of these countries
	// (ISO 3166-1 alpha-2); AvoidCountries drops films produced in any of
	// them. A film whose countries are unknown fails Countries and passes
	// AvoidCountries.
	Countries      []string
	AvoidCountries []string
	// Among, when not empty, keeps only these films (IMDb ids): the films on
	// a theme, or on the cinema's programme.
	Among []string
	// IncludeSeries also allows series and other non-film titles; by
	// default only films (data.Film.IsFilm) are recommended.
	IncludeSeries bool
}

// Recommendation is one recommended film with its fused score and 1-3
// reasons, strongest first.
type Recommendation struct {
	Film    *data.Film
	Score   float64
	Reasons []Reason
}

// Reason explains a recommendation in French and English. Kind is one of
// director, writer, cast, keywords, genres, collaborative, quality,
// constraint.
type Reason struct {
	Kind string
	FR   string
	EN   string
}

// Recommender recommends films of one catalogue. It is read-only and safe
// for concurrent use.
type Recommender struct {
	cat   *data.Catalogue
	films []data.Film
	cand  Candidates
	o     Options

	cdims      int
	content    []float32 // one row per catalogue film, zero when unknown
	hasContent []bool

	fdims      int
	collab     []float32 // one row per film with a collaborative vector
	collabFilm []int32   // collab row -> catalogue index
	collabRow  []int32   // catalogue index -> collab row, or -1

	contentNear, collabNear nearLists

	isFilm    []bool
	genres    genreSets
	bayes     []float64 // Bayesian-average IMDb rating
	byQuality []int32   // catalogue indexes, best Bayesian average first (ties by index)
	qualityAt []int32   // catalogue index -> its place in byQuality
	meanVotes float64

	scores   sync.Pool // []float32 score buffers, one per film, reused between requests
	fuseBufs sync.Pool // *fuseBuf
}

// scoreBuf returns a score buffer of one float per film from the pool.
func (r *Recommender) scoreBuf() []float32 {
	if b, ok := r.scores.Get().([]float32); ok {
		return b
	}
	return make([]float32, len(r.films))
}

// Load reads the vectors Build wrote into dir and returns a Recommender over
// cat. c may be nil: then only the vector rankings are used.
func Load(dir string, cat *data.Catalogue, c Candidates, o Options) (*Recommender, error) {
	v, err := ReadVectors(dir)
	if err != nil {
		return nil, err
	}
	return New(cat, v, c, o), nil
}

// New returns a Recommender over cat using vectors v (from Compute or
// ReadVectors). Vectors of films absent from cat are ignored.
func New(cat *data.Catalogue, v *Vectors, c Candidates, o Options) *Recommender {
	films := cat.Films()
	r := &Recommender{cat: cat, films: films, cand: c, o: o.withDefaults()}
	r.cdims = v.Content.Dims
	r.content = make([]float32, len(films)*r.cdims)
	r.hasContent = make([]bool, len(films))
	for i, id := range v.Content.IDs {
		if fi := cat.FilmIndex(id); fi >= 0 {
			copy(r.content[fi*r.cdims:(fi+1)*r.cdims], v.Content.Row(i))
			r.hasContent[fi] = true
		}
	}
	r.contentNear = newNearLists(cat, &v.Content)
	r.collabNear = newNearLists(cat, &v.Collab)
	r.fdims = v.Collab.Dims
	r.collabRow = make([]int32, len(films))
	for i := range r.collabRow {
		r.collabRow[i] = -1
	}
	for i, id := range v.Collab.IDs {
		fi := cat.FilmIndex(id)
		if fi < 0 {
			continue
		}
		r.collabRow[fi] = int32(len(r.collabFilm))
		r.collabFilm = append(r.collabFilm, int32(fi))
		r.collab = append(r.collab, v.Collab.Row(i)...)
	}
	r.genres = newGenreSets(films)
	r.isFilm = make([]bool, len(films))
	var sum, n, votes float64
	for i := range films {
		r.isFilm[i] = films[i].IsFilm()
		if films[i].Votes > 0 {
			sum += films[i].Rating
			votes += float64(films[i].Votes)
			n++
		}
	}
	mean := 6.0
	if n > 0 {
		mean = sum / n
		r.meanVotes = votes / n
	}
	m := r.o.QualityVotes
	r.bayes = make([]float64, len(films))
	r.byQuality = make([]int32, len(films))
	for i := range films {
		v := float64(films[i].Votes)
		r.bayes[i] = (v*films[i].Rating + m*mean) / (v + m)
		r.byQuality[i] = int32(i)
	}
	sort.SliceStable(r.byQuality, func(a, b int) bool { return r.bayes[r.byQuality[a]] > r.bayes[r.byQuality[b]] })
	r.qualityAt = make([]int32, len(films))
	for at, fi := range r.byQuality {
		r.qualityAt[fi] = int32(at)
	}
	return r
}

// nearLists are a space's neighbour lists (Space.Near) in catalogue
// indexes: film i's are idx[off[i]:off[i+1]]. Empty when the space has
// none.
type nearLists struct {
	n   int
	off []int32
	idx []int32
}

func newNearLists(cat *data.Catalogue, s *Space) nearLists {
	if s.Near == nil {
		return nearLists{}
	}
	rowFilm := make([]int32, len(s.IDs))
	for i, id := range s.IDs {
		rowFilm[i] = int32(cat.FilmIndex(id))
	}
	films := len(cat.Films())
	l := nearLists{n: s.NearN, off: make([]int32, films+1)}
	start := make([]int32, films) // film -> its row's list in s.Near, -1 if none
	end := make([]int32, films)
	for i := range start {
		start[i] = -1
	}
	for row, fi := range rowFilm {
		if fi >= 0 {
			start[fi], end[fi] = s.NearOff[row], s.NearOff[row+1]
		}
	}
	for fi := range films {
		if start[fi] >= 0 {
			for _, row := range s.Near[start[fi]:end[fi]] {
				if f := rowFilm[row]; f >= 0 {
					l.idx = append(l.idx, f)
				}
			}
		}
		l.off[fi+1] = int32(len(l.idx))
	}
	return l
}

// ranking returns the first k eligible films of film fi's neighbour list,
// and false when they may not be its k nearest eligible films: the list
// is missing, or it was cut at n entries and ran out before k eligible
// ones. Then the ranking has to be computed.
func (l *nearLists) ranking(fi int32, k int, eligible []bool) ([]int32, bool) {
	if l.off == nil {
		return nil, false
	}
	list := l.idx[l.off[fi]:l.off[fi+1]]
	out := make([]int32, 0, min(k, len(list)))
	for _, f := range list {
		if eligible[f] {
			out = append(out, f)
			if len(out) == k {
				return out, true
			}
		}
	}
	return out, len(list) < l.n
}

// Options returns the options the Recommender runs with, defaults filled in.
func (r *Recommender) Options() Options { return r.o }

// Recommend returns up to Count films for req, best first. It fails with an
// error wrapping data.ErrNotFound when a liked film is not in the
// catalogue. With no liked film it returns the best-rated films (Bayesian
// average) that satisfy the constraints. The same request always gives the
// same films in the same order.
func (r *Recommender) Recommend(ctx context.Context, req Request) ([]Recommendation, error) {
	p, err := r.gather(ctx, req, r.o, false)
	if err != nil {
		return nil, err
	}
	count := req.Count
	if count <= 0 {
		count = r.o.Count
	}
	b, _ := r.fuseBufs.Get().(*fuseBuf)
	if b == nil {
		b = &fuseBuf{}
	}
	defer r.fuseBufs.Put(b)
	cs := r.fuse(p, r.o, b)
	picked := r.pick(p, cs, r.o, count)
	out := make([]Recommendation, len(picked))
	for i, c := range picked {
		out[i] = Recommendation{Film: &r.films[c.film], Score: c.score, Reasons: r.explain(p, c)}
	}
	return out, nil
}

// pool is everything gathered for one request before fusion: the rankings
// depend on the request only, so the evaluation fuses one pool with many
// weightings.
type pool struct {
	req      Request
	liked    []int32
	eligible []bool
	people   map[int32][]string // film -> requested people credited on it
	content  [][]int32          // per liked film, nearest first
	collab   [][]int32
	mlt      []int32
	profile  []int32   // collaborative ranking of all liked films together
	taste    []float32 // sum of the liked films' collaborative vectors, nil if none has one
	backfill []int32   // best-rated eligible films, when the rankings run short
}

// gather builds the rankings of req. all computes every ranking even when
// its weight is zero (for the evaluation).
func (r *Recommender) gather(ctx context.Context, req Request, o Options, all bool) (*pool, error) {
	p := &pool{req: req}
	banned := map[int32]bool{}
	for _, id := range req.Liked {
		fi := r.cat.FilmIndex(id)
		if fi < 0 {
			return nil, fmt.Errorf("recommend: liked film %q: %w", id, data.ErrNotFound)
		}
		if !banned[int32(fi)] {
			p.liked = append(p.liked, int32(fi))
		}
		banned[int32(fi)] = true
	}
	for _, id := range req.Exclude {
		if fi := r.cat.FilmIndex(id); fi >= 0 {
			banned[int32(fi)] = true
		}
	}
	r.eligibility(p, banned)
	k := o.Neighbours
	if len(p.liked) == 0 {
		for _, fi := range r.byQuality {
			if p.eligible[fi] {
				p.mlt = append(p.mlt, fi)
				if len(p.mlt) == 3*k {
					break
				}
			}
		}
		return p, nil
	}
	// Narrow constraints can leave few neighbours: the best-rated films
	// that satisfy them fill the list then.
	for _, fi := range r.byQuality {
		if p.eligible[fi] {
			p.backfill = append(p.backfill, fi)
			if len(p.backfill) == backfillSize {
				break
			}
		}
	}
	// The more-like-this query runs on the search index while the vector
	// rankings are computed.
	var mltRes []data.Scored
	var mltErr error
	var mltDone chan struct{}
	if r.cand != nil && (all || o.WeightMLT > 0) {
		ids := make([]string, len(p.liked))
		for i, fi := range p.liked {
			ids[i] = r.films[fi].ID
		}
		mltDone = make(chan struct{})
		go func() {
			defer close(mltDone)
			mltRes, mltErr = r.cand.MoreLikeThis(ctx, ids, k)
		}()
	}
	r.vectorRankings(p, o, all, mltDone != nil)
	if mltDone != nil {
		<-mltDone
		if mltErr != nil {
			return nil, fmt.Errorf("recommend: more like this: %w", mltErr)
		}
		for _, s := range mltRes {
			if fi := r.cat.FilmIndex(s.ID); fi >= 0 && p.eligible[fi] {
				p.mlt = append(p.mlt, int32(fi))
			}
		}
	}
	return p, nil
}

// vectorRankings fills the content and collaborative rankings of each
// liked film and the taste-profile ranking. The rankings are independent
// tasks spread over GOMAXPROCS goroutines; each task writes only its own
// slot, so the result does not depend on the scheduling.
func (r *Recommender) vectorRankings(p *pool, o Options, all, mltRunning bool) {
	k := o.Neighbours
	n := len(p.liked)
	p.content = make([][]int32, n)
	p.collab = make([][]int32, n)
	doCollab := all || o.WeightCollab > 0
	var profile []float32
	if all || o.WeightProfile > 0 || o.WeightTaste > 0 {
		// A taste profile: the sum of the liked films' collaborative
		// vectors, scored like a user factor in a matrix factorisation.
		q := make([]float32, r.fdims)
		m := 0
		for _, fi := range p.liked {
			if cr := r.collabRow[fi]; cr >= 0 {
				for c, v := range r.collab[int(cr)*r.fdims : int(cr+1)*r.fdims] {
					q[c] += v
				}
				m++
			}
		}
		if m > 0 {
			profile = q
			p.taste = q
		}
	}
	// Tasks 0..n-1: content ranking of liked film i; n..2n-1: its
	// collaborative ranking; 2n: the profile.
	task := func(t int, scores []float32) {
		switch {
		case t < n:
			fi := p.liked[t]
			// Content neighbours are always needed: they define each
			// liked film's kind for the multi-interest selection.
			if !r.hasContent[fi] {
				return
			}
			if list, ok := r.contentNear.ranking(fi, k, p.eligible); ok {
				p.content[t] = list
			} else {
				gemv(r.content, len(r.films), r.cdims, r.content[int(fi)*r.cdims:int(fi+1)*r.cdims], scores)
				p.content[t] = topK(scores, k, nil, p.eligible)
			}
		case t < 2*n:
			fi := p.liked[t-n]
			cr := r.collabRow[fi]
			if !doCollab || cr < 0 {
				return
			}
			if list, ok := r.collabNear.ranking(fi, k, p.eligible); ok {
				p.collab[t-n] = list
			} else {
				s := scores[:len(r.collabFilm)]
				gemv(r.collab, len(r.collabFilm), r.fdims, r.collab[int(cr)*r.fdims:int(cr+1)*r.fdims], s)
				p.collab[t-n] = topK(s, k, r.collabFilm, p.eligible)
			}
		default:
			if profile != nil {
				s := scores[:len(r.collabFilm)]
				gemv(r.collab, len(r.collabFilm), r.fdims, profile, s)
				p.profile = topK(s, k, r.collabFilm, p.eligible)
			}
		}
	}
	tasks := 2*n + 1
	// The more-like-this query, when it runs meanwhile, keeps a processor
	// busy: one worker fewer, so that it is not slowed down.
	procs := runtime.GOMAXPROCS(0)
	if mltRunning {
		procs = max(1, procs-1)
	}
	spread(tasks, procs, r.scoreBuf, r.scores.Put, task)
}

// spread runs task(0) to task(tasks-1) on up to workers goroutines (on the
// calling one when there is only one), each with its own score buffer
// from get, handed back to put at the end, and returns when all have run.
// Tasks are taken in order, so each must write only its own results for
// the outcome not to depend on the scheduling.
func spread(tasks, workers int, get func() []float32, put func(any), task func(t int, scores []float32)) {
	workers = min(workers, tasks)
	if workers <= 1 {
		scores := get()
		defer put(scores)
		for t := 0; t < tasks; t++ {
			task(t, scores)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			scores := get()
			defer put(scores)
			for {
				t := int(next.Add(1) - 1)
				if t >= tasks {
					return
				}
				task(t, scores)
			}
		}()
	}
	wg.Wait()
}

func gemv(a []float32, rows, cols int, x, y []float32) {
	blas32.Gemv(blas.NoTrans, 1,
		blas32.General{Rows: rows, Cols: cols, Stride: cols, Data: a},
		blas32.Vector{N: cols, Inc: 1, Data: x}, 0,
		blas32.Vector{N: rows, Inc: 1, Data: y[:rows]})
}

// topK returns the k entries with the highest positive scores, best first,
// ties broken by film. film maps a score index to its film (nil: the index
// is the film); eligible, when not nil, says which films may be kept.
func topK(scores []float32, k int, film []int32, eligible []bool) []int32 {
	type e struct {
		s float32
		f int32
	}
	if k <= 0 {
		return nil
	}
	worse := func(a, b e) bool { return a.s < b.s || (a.s == b.s && a.f > b.f) }
	h := make([]e, 0, k)
	// h is a min-heap on (score, -film): h[0] is the worst kept entry.
	down := func(i int) {
		for {
			l := 2*i + 1
			if l >= len(h) {
				return
			}
			m := l
			if r := l + 1; r < len(h) && worse(h[r], h[l]) {
				m = r
			}
			if !worse(h[m], h[i]) {
				return
			}
			h[i], h[m] = h[m], h[i]
			i = m
		}
	}
	for i, s := range scores {
		// Most scores lose to the worst kept one: test that before
		// looking the film up.
		if s <= 0 || (len(h) == k && s < h[0].s) {
			continue
		}
		f := int32(i)
		if film != nil {
			f = film[i]
		}
		if eligible != nil && !eligible[f] {
			continue
		}
		x := e{s, f}
		if len(h) < k {
			h = append(h, x)
			for j := len(h) - 1; j > 0; {
				p := (j - 1) / 2
				if !worse(h[j], h[p]) {
					break
				}
				h[j], h[p] = h[p], h[j]
				j = p
			}
			continue
		}
		if worse(h[0], x) {
			h[0] = x
			down(0)
		}
	}
	sort.Slice(h, func(i, j int) bool { return worse(h[j], h[i]) })
	out := make([]int32, len(h))
	for i, x := range h {
		out[i] = x.f
	}
	return out
}

var familyAvoid = []string{"Horror", "Thriller", "Crime", "War"}

func hasGenre(f *data.Film, gs []string) bool {
	for _, g := range f.Genres {
		for _, w := range gs {
			if strings.EqualFold(g, w) {
				return true
			}
		}
	}
	return false
}

// eligibility fills p.eligible (and p.people) from the constraints.
func (r *Recommender) eligibility(p *pool, banned map[int32]bool) {
	c := p.req.Constraints
	p.eligible = make([]bool, len(r.films))
	var allowed map[int32]bool
	if len(c.Among) > 0 {
		allowed = map[int32]bool{}
		for _, id := range c.Among {
			if fi := r.cat.FilmIndex(id); fi >= 0 {
				allowed[int32(fi)] = true
			}
		}
	}
	if len(c.People) > 0 {
		among := allowed
		allowed = map[int32]bool{}
		p.people = map[int32][]string{}
		for _, pid := range c.People {
			for _, role := range r.cat.Roles(pid) {
				if fi := r.cat.FilmIndex(role.FilmID); fi >= 0 && (among == nil || among[int32(fi)]) {
					allowed[int32(fi)] = true
					if !slices.Contains(p.people[int32(fi)], pid) {
						p.people[int32(fi)] = append(p.people[int32(fi)], pid)
					}
				}
			}
		}
	}
	simple := len(c.Genres) == 0 && len(c.AvoidGenres) == 0 && c.MinYear == 0 && c.MaxYear == 0 &&
		c.MaxRuntime == 0 && c.Language == "" && !c.Family && !c.FrenchOnly &&
		len(c.Countries) == 0 && len(c.AvoidCountries) == 0
	want, avoid := r.genres.set(c.Genres), r.genres.set(c.AvoidGenres)
	if c.Family {
		avoid = r.genres.union(avoid, r.genres.set(familyAvoid))
	}
	for i := range r.films {
		fi := int32(i)
		if (!c.IncludeSeries && !r.isFilm[i]) || (allowed != nil && !allowed[fi]) {
			continue
		}
		p.eligible[i] = simple || r.satisfies(i, c, want, avoid)
	}
	for fi := range banned {
		p.eligible[fi] = false
	}
}

// satisfies reports whether film i meets c, whose genres to have at least
// one of and to avoid are the sets want and avoid.
func (r *Recommender) satisfies(i int, c Constraints, want, avoid []uint64) bool {
	f := &r.films[i]
	switch {
	case len(c.Genres) > 0 && !r.genres.meets(i, want),
		r.genres.meets(i, avoid),
		c.MinYear > 0 && (f.Year == 0 || f.Year < c.MinYear),
		c.MaxYear > 0 && (f.Year == 0 || f.Year > c.MaxYear),
		c.MaxRuntime > 0 && (f.Runtime == 0 || f.Runtime > c.MaxRuntime),
		c.Language != "" && !strings.EqualFold(f.OriginalLanguage, c.Language),
		c.FrenchOnly && !f.French(),
		len(c.Countries) > 0 && !sharesCountry(f.Countries, c.Countries),
		len(c.AvoidCountries) > 0 && sharesCountry(f.Countries, c.AvoidCountries),
		c.Family && f.Adult:
		return false
	}
	return true
}

// sharesCountry reports whether have and want share a country code.
func sharesCountry(have, want []string) bool {
	for _, c := range have {
		for _, w := range want {
			if strings.EqualFold(c, w) {
				return true
			}
		}
	}
	return false
}

// genreSets numbers the catalogue's genres (case-insensitively) and holds
// each film's genres as a bit set of words words, so that a genre
// constraint costs a few AND per film instead of string comparisons.
type genreSets struct {
	bit   map[string]int
	words int
	film  []uint64 // film i's set is film[i*words : (i+1)*words]
}

func newGenreSets(films []data.Film) genreSets {
	g := genreSets{bit: map[string]int{}}
	for i := range films {
		for _, name := range films[i].Genres {
			k := strings.ToLower(name)
			if _, ok := g.bit[k]; !ok {
				g.bit[k] = len(g.bit)
			}
		}
	}
	g.words = max(1, (len(g.bit)+63)/64)
	g.film = make([]uint64, len(films)*g.words)
	for i := range films {
		for _, name := range films[i].Genres {
			b := g.bit[strings.ToLower(name)]
			g.film[i*g.words+b/64] |= 1 << (b % 64)
		}
	}
	return g
}

// set returns the set of the named genres; a genre no film has adds
// nothing.
func (g *genreSets) set(names []string) []uint64 {
	out := make([]uint64, g.words)
	for _, name := range names {
		if b, ok := g.bit[strings.ToLower(name)]; ok {
			out[b/64] |= 1 << (b % 64)
		}
	}
	return out
}

func (g *genreSets) union(a, b []uint64) []uint64 {
	for w := range a {
		a[w] |= b[w]
	}
	return a
}

// meets reports whether film i has one of the genres of set.
func (g *genreSets) meets(i int, set []uint64) bool {
	for w, bits := range set {
		if g.film[i*g.words+w]&bits != 0 {
			return true
		}
	}
	return false
}

// cand is one fused candidate.
type cand struct {
	film    int32
	score   float64
	owner   int // index in pool.liked of the closest liked film, -1 if none
	per     []float64
	content []int32 // rank+1 in each liked film's content ranking, 0 if absent
	collab  []int32
}

// fuse scores every film of the pool's rankings by weighted reciprocal rank
// fusion, best first (ties by catalogue index, that is by id).
func (r *Recommender) fuse(p *pool, o Options, b *fuseBuf) []*cand {
	k := o.RRFK
	n := len(p.liked)
	size := len(p.mlt) + len(p.profile) + len(p.backfill)
	for li := range p.liked {
		size += len(p.content[li]) + len(p.collab[li])
	}
	if b == nil {
		b = &fuseBuf{}
	}
	b.reset(size, n)
	byFilm, cs, store, perBuf, rankBuf := b.byFilm, b.cs, b.store, b.per, b.ranks
	get := func(fi int32) *cand {
		c := byFilm[fi]
		if c == nil {
			store = append(store, cand{film: fi, owner: -1})
			c = &store[len(store)-1]
			c.per = perBuf[len(perBuf) : len(perBuf)+n : len(perBuf)+n]
			perBuf = perBuf[:len(perBuf)+n]
			c.content = rankBuf[len(rankBuf) : len(rankBuf)+n : len(rankBuf)+n]
			c.collab = rankBuf[len(rankBuf)+n : len(rankBuf)+2*n : len(rankBuf)+2*n]
			rankBuf = rankBuf[:len(rankBuf)+2*n]
			byFilm[fi] = c
			cs = append(cs, c)
		}
		return c
	}
	if len(p.liked) == 0 {
		for rank, fi := range p.mlt {
			get(fi).score = 1 / (k + float64(rank+1))
		}
	} else {
		for li := range p.liked {
			for rank, fi := range p.content[li] {
				c := get(fi)
				c.per[li] += o.WeightContent / (k + float64(rank+1))
				c.content[li] = int32(rank + 1)
			}
			if o.WeightCollab > 0 {
				for rank, fi := range p.collab[li] {
					c := get(fi)
					c.per[li] += o.WeightCollab / (k + float64(rank+1))
					c.collab[li] = int32(rank + 1)
				}
			}
		}
		for _, c := range cs {
			var best, sum float64
			for li, s := range c.per {
				sum += s
				if s > best {
					best, c.owner = s, li
				}
			}
			c.score = best + o.WeightShared*(sum-best)
		}
		if o.WeightProfile > 0 {
			for rank, fi := range p.profile {
				get(fi).score += o.WeightProfile / (k + float64(rank+1))
			}
		}
		if o.WeightTaste > 0 && len(p.profile) > 0 {
			if top := r.taste(p, p.profile[0]); top > 0 {
				for _, c := range cs {
					c.score += o.WeightTaste * max(r.taste(p, c.film), 0) / top
				}
			}
		}
		if o.WeightMLT > 0 {
			for rank, fi := range p.mlt {
				get(fi).score += o.WeightMLT / (k + float64(rank+1))
			}
		}
		if o.WeightQuality > 0 {
			q := append(b.q[:0], cs...)
			b.q = q
			slices.SortFunc(q, func(a, b *cand) int { return int(r.qualityAt[a.film] - r.qualityAt[b.film]) })
			for rank, c := range q {
				c.score += o.WeightQuality / (k + float64(rank+1))
			}
		}
	}
	if p.req.Constraints.Family {
		for _, c := range cs {
			if hasGenre(&r.films[c.film], []string{"Family", "Animation"}) {
				c.score *= 1.25
			}
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		return cs[i].score > cs[j].score || (cs[i].score == cs[j].score && cs[i].film < cs[j].film)
	})
	for _, fi := range p.backfill {
		if byFilm[fi] == nil {
			get(fi) // appended after the fused films, in quality order
		}
	}
	if len(cs) > pickWindow {
		// Each liked film's nearest films in content stay reachable for
		// the multi-interest selection, after the window.
		in := b.in
		for _, c := range cs[:pickWindow] {
			in[c.film] = true
		}
		keep := cs[:pickWindow:pickWindow]
		for _, c := range cs[pickWindow:] {
			for _, rank := range c.content {
				if rank > 0 && rank <= kindReserve && !in[c.film] {
					keep = append(keep, c)
					in[c.film] = true
				}
			}
		}
		cs = keep
	}
	r.assignOwners(p, cs)
	return cs
}

// fuseBuf is fuse's working memory, kept between requests in a pool: a
// request from ten liked films fuses a few thousand candidates.
type fuseBuf struct {
	byFilm map[int32]*cand
	in     map[int32]bool
	store  []cand // the candidates; cap is never exceeded, so pointers into it stay valid
	per    []float64
	ranks  []int32
	cs, q  []*cand
}

// reset empties b for size candidates of n liked films.
func (b *fuseBuf) reset(size, n int) {
	if b.byFilm == nil {
		b.byFilm, b.in = make(map[int32]*cand, size), map[int32]bool{}
	}
	clear(b.byFilm)
	clear(b.in)
	if cap(b.store) < size {
		b.store = make([]cand, 0, size)
		b.cs = make([]*cand, 0, size)
	}
	if cap(b.per) < size*n {
		b.per = make([]float64, size*n)
		b.ranks = make([]int32, 2*size*n)
	}
	// Slots are handed out zeroed.
	clear(b.per[:size*n])
	clear(b.ranks[:2*size*n])
	b.store, b.cs, b.per, b.ranks = b.store[:0], b.cs[:0], b.per[:0], b.ranks[:0]
}

// backfillSize is how many best-rated films are kept in reserve.
const backfillSize = 50

// pickWindow bounds how deep in the fused ranking the selection looks.
const pickWindow = 300

// kindReserve is how many of each liked film's content neighbours are kept
// after the pick window, for the multi-interest slot.
const kindReserve = 20

// pick selects count films from the fused ranking: maximal marginal
// relevance on content vectors, at most one film per TMDB collection, and,
// with several liked films, an interleave over the liked film each
// candidate is closest to: every film already picked for one interest
// lowers that interest's next candidates by o.Interleave (on a 0-1 scale
// where 1 is the best candidate), so that each interest gets its share.
func (r *Recommender) pick(p *pool, cs []*cand, o Options, count int) []*cand {
	if len(cs) == 0 {
		return nil
	}
	top := cs[0].score
	if top <= 0 {
		top = 1
	}
	used := make([]bool, len(cs))
	collections := map[int]bool{}
	served := make([]int, len(p.liked))
	covered := make([]bool, len(p.liked)) // a film of this liked film's kind (ofKind) is in
	var out []*cand
	multi := len(p.liked) > 1
	// distinct[li]: the li-th liked film is of a different kind from all
	// the other liked films; only those get the last-slot guarantee, so
	// that close tastes (two thrillers) are left to the fused ranking.
	// kind[li]: liked films of one kind (sameKind, transitively) share an
	// interest for the interleave: two thrillers are one interest, a
	// thriller and a western two.
	distinct := make([]bool, len(p.liked))
	// specific[li]: the li-th liked film's genres but the broad ones
	// (Western, Comedy...), which a film of its kind shares.
	specific := make([][]uint64, len(p.liked))
	for li, fi := range p.liked {
		var gs []string
		for _, g := range r.films[fi].Genres {
			if !slices.Contains(broadGenres, g) {
				gs = append(gs, g)
			}
		}
		if len(gs) > 0 {
			specific[li] = r.genres.set(gs)
		}
	}
	kind := make([]int, len(p.liked))
	for li := range kind {
		kind[li] = li
	}
	if multi && o.DistinctKind > 0 {
		for li, a := range p.liked {
			distinct[li] = r.hasContent[a]
			for lj, b := range p.liked {
				if lj != li && r.sameKind(a, b, o) {
					distinct[li] = false
					if lj < li {
						from, to := kind[li], kind[lj]
						for x := range kind {
							if kind[x] == from {
								kind[x] = to
							}
						}
					}
				}
			}
		}
	}
	for len(out) < count {
		// best overall, and best among the liked films not served yet.
		best, bestV := -1, 0.0
		// bestPer[li]: among the li-th liked film's content neighbours (its
		// kind), the available film with the best fused score.
		bestPer := make([]int, len(p.liked))
		for li := range bestPer {
			bestPer[li] = -1
		}
		for i, c := range cs {
			if used[i] {
				continue
			}
			f := &r.films[c.film]
			if f.CollectionID != 0 && collections[f.CollectionID] {
				continue
			}
			v := c.score / top
			if o.Diversity > 0 && len(out) > 0 && r.hasContent[c.film] {
				var sim float64
				for _, s := range out {
					if x := r.cosine(c.film, s.film); x > sim {
						sim = x
					}
				}
				// Only films closer than their kind count: two films of
				// one kind are not redundant, two near copies are.
				sim = max(0, sim-kindCosine) / (1 - kindCosine)
				v = (1-o.Diversity)*v - o.Diversity*sim
			}
			if multi && c.owner >= 0 {
				v -= o.Interleave * float64(served[kind[c.owner]])
			}
			for li := range p.liked {
				if bestPer[li] < 0 && r.ofKind(c, li, specific[li]) {
					bestPer[li] = i // cs is best first: the best fused score
				}
			}
			if best < 0 || v > bestV {
				best, bestV = i, v
			}
		}
		if best < 0 {
			break
		}
		// The last slots go to the liked films whose kind has no film
		// yet, if any: each gets its best film of its kind, unless that
		// one's fused score is under o.KindFloor times the film it would
		// displace. At most maxKindSlots slots: forcing more costs
		// accuracy (bobine eval), while the interleave penalty spreads the
		// others.
		owner := -1
		if multi && count > 1 {
			waiting, turn := 0, -1
			for li, i := range bestPer {
				if !distinct[li] || covered[li] || i < 0 {
					continue
				}
				waiting++
				if turn < 0 || i < bestPer[turn] {
					turn = li
				}
			}
			if left := count - len(out); turn >= 0 && left <= min(waiting, maxKindSlots) && cs[bestPer[turn]].score >= o.KindFloor*cs[best].score {
				best, owner = bestPer[turn], turn
			}
		}
		c := cs[best]
		used[best] = true
		if owner < 0 {
			owner = c.owner
		}
		if owner >= 0 {
			served[kind[owner]]++
		}
		for li := range p.liked {
			if r.ofKind(c, li, specific[li]) {
				covered[li] = true
			}
		}
		if id := r.films[c.film].CollectionID; id != 0 {
			collections[id] = true
		}
		out = append(out, c)
	}
	r.order(p, out, o)
	return out
}

// order sorts the picked films for display: by fused score, plus
// o.WeightOrder times their taste-profile score (relative to the best
// picked film's), so that among films chosen for their fused score the one
// liked by the most similar audiences comes first.
func (r *Recommender) order(p *pool, out []*cand, o Options) {
	if o.WeightOrder <= 0 || p.taste == nil || len(out) < 2 {
		return
	}
	top, topTaste := 0.0, 0.0
	taste := make(map[int32]float64, len(out))
	for _, c := range out {
		top = max(top, c.score)
		t := max(r.taste(p, c.film), 0)
		taste[c.film] = t
		topTaste = max(topTaste, t)
	}
	if top <= 0 || topTaste <= 0 {
		return
	}
	key := func(c *cand) float64 { return c.score/top + o.WeightOrder*taste[c.film]/topTaste }
	sort.SliceStable(out, func(i, j int) bool {
		ki, kj := key(out[i]), key(out[j])
		return ki > kj || (ki == kj && out[i].film < out[j].film)
	})
}

// assignOwners ties each candidate to the liked film it is closest to in
// content: its kind (a western, a comedy...), which the interleave shares
// out. A candidate without content vector keeps the liked film whose
// rankings gave it the highest score.
func (r *Recommender) assignOwners(p *pool, cs []*cand) {
	if len(p.liked) < 2 {
		return
	}
	for _, c := range cs {
		if !r.hasContent[c.film] {
			continue
		}
		best := 0.0
		for li, l := range p.liked {
			if x := r.cosine(l, c.film); x > best {
				best, c.owner = x, li
			}
		}
	}
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
	for _, g := range r.films[a].Genres {
		if !slices.Contains(broadGenres, g) && slices.Contains(r.films[b].Genres, g) {
			return true
		}
	}
	return false
}

// kindCosine is the content cosine above which two films are close enough
// for the diversity penalty to count them as near copies.
const kindCosine = 0.3

// maxKindSlots is how many of the last slots may go to liked films whose
// kind has no film yet.
const maxKindSlots = 2

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

func (r *Recommender) cosine(a, b int32) float64 {
	if !r.hasContent[a] || !r.hasContent[b] {
		return 0
	}
	x := r.content[int(a)*r.cdims : int(a+1)*r.cdims]
	y := r.content[int(b)*r.cdims : int(b+1)*r.cdims]
	return float64(blas32.Dot(blas32.Vector{N: r.cdims, Inc: 1, Data: x}, blas32.Vector{N: r.cdims, Inc: 1, Data: y}))
}

// collabCosine is the cosine of the collaborative vectors of a and b, 0
// when either has none.
func (r *Recommender) collabCosine(a, b int32) float64 {
	ra, rb := r.collabRow[a], r.collabRow[b]
	if ra < 0 || rb < 0 {
		return 0
	}
	x := r.collab[int(ra)*r.fdims : int(ra+1)*r.fdims]
	y := r.collab[int(rb)*r.fdims : int(rb+1)*r.fdims]
	n := math.Sqrt(dot32(x, x) * dot32(y, y))
	if n == 0 {
		return 0
	}
	return dot32(x, y) / n
}

// taste is the dot product of film fi's collaborative vector with the
// pool's taste profile, 0 without vector.
func (r *Recommender) taste(p *pool, fi int32) float64 {
	cr := r.collabRow[fi]
	if cr < 0 || p.taste == nil {
		return 0
	}
	return dot32(p.taste, r.collab[int(cr)*r.fdims:int(cr+1)*r.fdims])
}
