package search

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"

	index "github.com/blevesearch/bleve_index_api"

	"github.com/bobine/bobine/data"
)

// mltField is a field MoreLikeThis draws terms from, with the weight of its
// terms against the others.
type mltField struct {
	field  string
	weight float64
}

// mltFields: people and keywords say most about a film; genre, era and
// country are broad; synopsis words are many and noisy.
var mltFields = []mltField{
	{fCrew, 1.5},
	{fTag, 1.2},
	{fGenre, 0.6},
	{fDecade, 0.4},
	{fCountry, 0.4},
	{fSynopsisEN, 0.5},
	{fSynopsisFR, 0.5},
}

// mltMaxDocShare: a term of more than this share of the films (drama,
// the 2010s, the United States) tells little about a film and makes the
// query walk a long posting list (Lucene's MoreLikeThis maxDocFreqPct).
// In a small catalogue every term is in many films: below mltBroadDocs
// films, a term is never too broad. In a large one, a tenth of the films
// is still a long list: at the full IMDb size (1.37 M films and series) a
// query summed 25 lists of up to 137,000 postings, half the time of a
// recommendation, so no term in more than mltMaxDocs films is queried
// either (a bound the catalogues under 250,000 films never reach).
const (
	mltMaxDocShare = 0.1
	mltBroadDocs   = 100
	mltMaxDocs     = 25000
)

// mltTerms is how many of the most distinctive terms a more-like-this
// query keeps.
const mltTerms = 25

// MoreLikeThis returns up to limit films that share the most distinctive
// traits of the liked ones (people, TMDB keywords, genres, decade, country,
// synopsis words), best first; the liked films themselves are left out, as
// are episodes and games. Each term of the liked films is weighted by tf-idf
// (document frequencies from the index's postings) times its field weight; the top 25 make a boosted disjunction, scored as Bleve
// scores one (see mltScore) and ordered by score, then id. Unknown ids are
// ignored; no known liked film is an error wrapping data.ErrInvalid.
// *Index satisfies recommend.Candidates.
func (x *Index) MoreLikeThis(ctx context.Context, liked []string, limit int) ([]data.Scored, error) {
	kept, err := x.moreLikeThis(ctx, liked, limit)
	if err != nil {
		return nil, err
	}
	films := x.cat.Films()
	out := make([]data.Scored, len(kept))
	for i, k := range kept {
		out[i] = data.Scored{ID: films[k.pos].ID, Score: k.score}
	}
	return out, nil
}

// MoreLikeThisIn is MoreLikeThis answering with the films' positions in
// cat, which must be the catalogue x was opened with (an error wrapping
// data.ErrInvalid otherwise): a caller that works with positions then reads
// no film it does not keep (at the full IMDb size, reading each answer's id
// and finding it again brought thousands of pages of the catalogue into
// memory per hundred requests). *Index satisfies recommend's
// positionCandidates.
func (x *Index) MoreLikeThisIn(ctx context.Context, cat *data.Catalogue, liked []string, limit int) ([]int32, error) {
	if cat != x.cat {
		return nil, fmt.Errorf("search: more like this: %w: another catalogue than the index's", data.ErrInvalid)
	}
	kept, err := x.moreLikeThis(ctx, liked, limit)
	if err != nil {
		return nil, err
	}
	out := make([]int32, len(kept))
	for i, k := range kept {
		out[i] = k.pos
	}
	return out, nil
}

func (x *Index) moreLikeThis(ctx context.Context, liked []string, limit int) ([]scoredPos, error) {
	clauses, exclude, err := x.mltQuery(liked)
	if err != nil {
		return nil, err
	}
	if len(clauses) == 0 {
		return nil, nil
	}
	if limit <= 0 {
		limit = 10
	}
	return x.mltScore(ctx, clauses, exclude, limit)
}

// scoredPos is a film's score, the film by its position in the catalogue.
type scoredPos struct {
	pos   int32
	score float64
}

// mltClause is a term of a more-like-this query with its boost.
type mltClause struct {
	*mltTerm
	boost float64
}

// mltQuery returns the clauses of the more-like-this query of liked, most
// weighty first, and the catalogue positions of the known liked films.
func (x *Index) mltQuery(liked []string) ([]mltClause, map[int32]bool, error) {
	var all []*mltTerm
	exclude := map[int32]bool{}
	for _, id := range liked {
		fi := x.cat.FilmIndex(id)
		if fi < 0 || exclude[int32(fi)] {
			continue
		}
		exclude[int32(fi)] = true
		terms, err := x.cachedFilmTerms(fi)
		if err != nil {
			return nil, nil, err
		}
		for i := range terms {
			all = append(all, &terms[i])
		}
	}
	known := len(exclude)
	if known == 0 {
		return nil, nil, fmt.Errorf("search: %w", data.Invalidf("more like this %v: no liked film in the catalogue", liked))
	}
	// Equal terms side by side: a term's count is how often the liked
	// films have it. (By field and term, not by postings: the cache may
	// have read a term's postings again between two liked films.)
	slices.SortFunc(all, func(a, b *mltTerm) int {
		if c := strings.Compare(a.field, b.field); c != 0 {
			return c
		}
		return strings.Compare(a.term, b.term)
	})
	ws := make([]mltClause, 0, len(all))
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && all[j].field == all[i].field && all[j].term == all[i].term {
			j++
		}
		t, c := all[i], float64(j-i)
		i = j
		if t.df <= 1 && known == 1 {
			continue // a term only this film has finds nothing else
		}
		ws = append(ws, mltClause{t, t.weight * math.Sqrt(c) * t.idf})
	}
	if len(ws) > mltTerms {
		// Only the terms that can make the cut are sorted with the full
		// order: the mltTerms-th weight, ties included, bounds them.
		w := make([]float64, len(ws))
		for i := range ws {
			w[i] = ws[i].boost
		}
		slices.Sort(w)
		cut := w[len(w)-mltTerms]
		ws = slices.DeleteFunc(ws, func(t mltClause) bool { return t.boost < cut })
	}
	slices.SortFunc(ws, func(a, b mltClause) int {
		if a.boost != b.boost {
			if a.boost > b.boost {
				return -1
			}
			return 1
		}
		if c := strings.Compare(a.field, b.field); c != 0 {
			return c
		}
		return strings.Compare(a.term, b.term)
	})
	if len(ws) > mltTerms {
		ws = ws[:mltTerms]
	}
	return ws, exclude, nil
}

// mltScore returns the limit best films matching clauses, leaving out
// exclude and the films never answered, best first, equal scores by id.
//
// A film's score is the one Bleve's default tf-idf model gives a
// disjunction of boosted term queries, computed here from the postings
// held in memory (mltPostings) because Bleve walks every posting of every
// clause through a heap of iterators and decodes each norm: at 70,000
// films that took 20 ms a request, where summing the same postings into an
// array takes a fraction of a millisecond. For clause i with boost b_i,
// Bleve's idf_i = 1 + ln(docs/(df_i+1)), query norm q = 1/sqrt(sum (b_i
// idf_i)^2) and a film with the term f times in a field of norm n,
//
//	score = (sum over matched i of sqrt(f) n idf_i · b_i idf_i q) × matched/clauses
//
// with the same floating-point steps, so the order is Bleve's (the test
// TestMLTScoreIsBleves holds them side by side). Unlike Bleve, which
// breaks ties by its internal document number, which changes when segments
// merge, every tie is broken by id over all the matches, so the answer is
// the same for every build of the index.
func (x *Index) mltScore(ctx context.Context, clauses []mltClause, exclude map[int32]bool, limit int) ([]scoredPos, error) {
	m := &x.mlt
	idf := make([]float64, len(clauses))
	sumSq := 0.0
	for i, c := range clauses {
		idf[i] = 1.0 + math.Log(float64(m.docTotal)/float64(uint64(c.post.df)+1.0))
		w := c.boost * idf[i]
		sumSq += w * w
	}
	qnorm := 1.0 / math.Sqrt(sumSq)
	acc := m.acc.Get().(*mltAcc)
	defer acc.release(m)
	for i, c := range clauses {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("search: more like this: %w", err)
		}
		qw := c.boost * idf[i] * qnorm
		p := c.post
		for j, fi := range p.pos {
			s := p.tfn[j] * idf[i]
			if qw != 1.0 {
				s = s * qw
			}
			if acc.matched[fi] == 0 {
				acc.touched = append(acc.touched, fi)
			}
			acc.matched[fi]++
			acc.score[fi] += s
		}
	}
	// Films are ranked by position, which is id order (Catalogue.Films),
	// and none is read: the matches of 25 clauses can be hundreds of
	// thousands of films, and reading each one's id would bring its record
	// and its id's page of the catalogue into memory (about 0.3 GB of the
	// resident set at the full IMDb size).
	// worse reports whether a ranks after b.
	worse := func(a, b scoredPos) bool {
		if a.score != b.score {
			return a.score < b.score
		}
		return a.pos > b.pos
	}
	total := float64(len(clauses))
	top := data.NewTopK(limit, worse)
	for _, fi := range acc.touched {
		if exclude[fi] || x.films[fi].skip {
			continue
		}
		top.Push(scoredPos{pos: fi, score: acc.score[fi] * (float64(acc.matched[fi]) / total)})
	}
	return top.Sorted(), nil
}

// mltIndex holds, for the terms more-like-this queries have used, their
// postings as Bleve stores them, and for the films liked, their weighed
// terms. Postings are read from the Bleve index the first time a liked
// film has the term, so that memory follows what customers like, not the
// vocabulary, and kept while the caches are within their bounds
// (mltCachePostings, mltCacheFilms): at the full IMDb size, a long-running
// server asked about films enough would otherwise end up holding the
// postings of the whole vocabulary. Past a bound, the cache is emptied and
// fills again with what is asked about now: a term's postings do not
// change in a read-only index, so a request gives the same answer either
// way. Safe for concurrent use.
type mltIndex struct {
	reader   index.IndexReader // one snapshot for the life of the Index
	docPos   []int32           // Bleve document number -> catalogue position, -1 for none
	docTotal uint64            // documents in the index, Bleve's for idf

	mu       sync.Mutex
	terms    map[[2]string]*mltPostings
	postings int                 // postings held by terms
	films    map[int32][]mltTerm // catalogue position -> cachedFilmTerms
	// maxPostings and maxFilms bound the caches (mltCachePostings,
	// mltCacheFilms; smaller in tests).
	maxPostings, maxFilms int

	acc sync.Pool // *mltAcc
}

// The bounds of the more-like-this caches: postings held (12 bytes each)
// and films whose terms are held (a few kB each). The development bundle
// (24,000 films) never reaches them; at the full IMDb size they hold the
// terms of the most liked films and about 100 MB.
const (
	mltCachePostings = 6 << 20
	mltCacheFilms    = 20000
)

// mltPostings is a term's postings: the films that have it, ascending by
// Bleve document number, and for each sqrt(term frequency) × field norm,
// the tf-idf factor Bleve stores.
type mltPostings struct {
	df int // documents with the term, Bleve's count
	// broad: the term is in too many films to be queried (mltMaxDocShare);
	// its postings are not read.
	broad bool
	pos   []int32
	tfn   []float64
}

// mltAcc is a more-like-this query's score sheet: by catalogue position,
// the sum of the matched clauses' scores and their number.
type mltAcc struct {
	score   []float64
	matched []uint16
	touched []int32 // positions with matched > 0
}

func (a *mltAcc) release(m *mltIndex) {
	for _, fi := range a.touched {
		a.score[fi], a.matched[fi] = 0, 0
	}
	a.touched = a.touched[:0]
	m.acc.Put(a)
}

// openMLT opens the snapshot the postings are read from and numbers its
// documents by catalogue position.
func (x *Index) openMLT(ctx context.Context) error {
	ix, err := x.bleve.Advanced()
	if err != nil {
		return fmt.Errorf("more like this: %w", err)
	}
	r, err := ix.Reader()
	if err != nil {
		return fmt.Errorf("more like this: %w", err)
	}
	m := &x.mlt
	m.reader = r
	m.terms = map[[2]string]*mltPostings{}
	m.films = map[int32][]mltTerm{}
	m.maxPostings, m.maxFilms = mltCachePostings, mltCacheFilms
	if m.docTotal, err = r.DocCount(); err != nil {
		return x.closeMLT(fmt.Errorf("more like this: %w", err))
	}
	ids, err := r.DocIDReaderAll()
	if err != nil {
		return x.closeMLT(fmt.Errorf("more like this: %w", err))
	}
	defer ids.Close()
	for n := 0; ; n++ {
		if n%cancelEvery == 0 && ctx.Err() != nil {
			return x.closeMLT(ctx.Err())
		}
		in, err := ids.Next()
		if err != nil {
			return x.closeMLT(fmt.Errorf("more like this: %w", err))
		}
		if in == nil {
			break
		}
		ext, err := r.ExternalID(in)
		if err != nil {
			return x.closeMLT(fmt.Errorf("more like this: %w", err))
		}
		num, err := docNum(in)
		if err != nil {
			return x.closeMLT(err)
		}
		for uint64(len(m.docPos)) <= num {
			m.docPos = append(m.docPos, -1)
		}
		m.docPos[num] = int32(x.cat.FilmIndex(ext))
	}
	n := len(x.cat.Films())
	m.acc.New = func() any { return &mltAcc{score: make([]float64, n), matched: make([]uint16, n)} }
	return nil
}

// closeMLT closes the snapshot openMLT opened and returns err.
func (x *Index) closeMLT(err error) error {
	if x.mlt.reader != nil {
		if cerr := x.mlt.reader.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("search: close: %w", cerr)
		}
		x.mlt.reader = nil
	}
	return err
}

// docNum reads Bleve's internal id of a document: its number in the
// snapshot, big-endian.
func docNum(in index.IndexInternalID) (uint64, error) {
	if len(in) != 8 {
		return 0, fmt.Errorf("more like this: internal document id %x is not 8 bytes", []byte(in))
	}
	return binary.BigEndian.Uint64(in), nil
}

// mltPostingsOf returns the postings of a term, reading them on first use.
// Its document frequency is counted on its postings: Bleve's field
// dictionaries cannot give it, because zapx's dictionary iterator reuses a
// postings list without clearing its one-document encoding, so every term
// after the first term of a single document reads as being in one
// document (on the development data, 52,329 of 52,444 people), and that
// made more-like-this drop most terms of a liked film and keep the broad
// ones.
func (x *Index) mltPostingsOf(field, term string) (*mltPostings, error) {
	m := &x.mlt
	m.mu.Lock()
	defer m.mu.Unlock()
	if p, ok := m.terms[[2]string{field, term}]; ok {
		return p, nil
	}
	tfr, err := m.reader.TermFieldReader(context.Background(), []byte(term), field, true, true, false)
	if err != nil {
		return nil, fmt.Errorf("search: more like this: postings of %s:%s: %w", field, term, err)
	}
	defer tfr.Close()
	p := &mltPostings{df: int(tfr.Count())}
	p.broad = p.df > mltMaxDocs || float64(p.df) > max(mltMaxDocShare*float64(x.nFilms), mltBroadDocs)
	var d index.TermFieldDoc
	for !p.broad {
		td, err := tfr.Next(d.Reset())
		if err != nil {
			return nil, fmt.Errorf("search: more like this: postings of %s:%s: %w", field, term, err)
		}
		if td == nil {
			break
		}
		num, err := docNum(td.ID)
		if err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		if num >= uint64(len(m.docPos)) || m.docPos[num] < 0 {
			continue // not a film of the catalogue
		}
		// Bleve's term scorer: tf = sqrt(freq) (its cache holds the same
		// values), times the norm.
		p.pos = append(p.pos, m.docPos[num])
		p.tfn = append(p.tfn, math.Sqrt(float64(td.Freq))*td.Norm)
	}
	if m.postings+len(p.pos) > m.maxPostings {
		clear(m.terms)
		m.postings = 0
	}
	m.terms[[2]string{field, term}] = p
	m.postings += len(p.pos)
	return p, nil
}

// mltTerm is a term of a film that MoreLikeThis may query, with what
// weighing it takes.
type mltTerm struct {
	field, term string
	weight      float64 // the field's
	idf         float64
	df          int
	post        *mltPostings
}

// cachedFilmTerms returns the terms of the catalogue's fi-th film that
// MoreLikeThis may query: filmTerms without the too broad ones, weighed.
// They are computed once per film: analysing two synopses costs more than
// the rest of a query, and the same popular films are liked again and
// again. Safe for concurrent use; two goroutines may both compute a film's
// terms, with the same result. The slice returned is never modified.
func (x *Index) cachedFilmTerms(fi int) ([]mltTerm, error) {
	m := &x.mlt
	m.mu.Lock()
	t, ok := m.films[int32(fi)]
	m.mu.Unlock()
	if ok {
		return t, nil
	}
	n := float64(x.nFilms)
	var out []mltTerm
	for _, ft := range x.filmTerms(&x.cat.Films()[fi]) {
		p, err := x.mltPostingsOf(ft[0], ft[1])
		if err != nil {
			return nil, err
		}
		df := p.df
		if p.broad {
			continue
		}
		t := mltTerm{field: ft[0], term: ft[1], df: df, idf: math.Log(1 + n/(1+float64(df))), post: p}
		for _, mf := range mltFields {
			if mf.field == t.field {
				t.weight = mf.weight
			}
		}
		out = append(out, t)
	}
	m.mu.Lock()
	if len(m.films) >= m.maxFilms {
		clear(m.films)
	}
	m.films[int32(fi)] = out
	m.mu.Unlock()
	return out, nil
}

// filmTerms returns the (field, term) pairs of a film in the fields
// MoreLikeThis weighs, analysed as the index analysed them.
func (x *Index) filmTerms(f *data.Film) [][2]string {
	var out [][2]string
	add := func(field string, terms ...string) {
		for _, t := range terms {
			if t != "" {
				out = append(out, [2]string{field, t})
			}
		}
	}
	add(fCrew, crewIDs(f)...)
	add(fTag, lowerAll(f.Keywords)...)
	add(fGenre, lowerAll(f.Genres)...)
	add(fDecade, decade(f.Year))
	add(fCountry, lowerAll(f.Countries)...)
	for _, s := range []struct{ field, analyzer, text string }{
		{fSynopsisEN, aEN, f.OverviewEN},
		{fSynopsisFR, aFR, f.OverviewFR},
	} {
		if s.text == "" {
			continue
		}
		seen := map[string]bool{}
		for _, t := range x.im.AnalyzerNamed(s.analyzer).Analyze([]byte(s.text)) {
			// Count a synopsis word once: tf within one short text is noise.
			if w := string(t.Term); !seen[w] {
				seen[w] = true
				add(s.field, w)
			}
		}
	}
	return out
}
