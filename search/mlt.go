package search

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

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

func mltFieldNames() []string {
	out := make([]string, len(mltFields))
	for i, mf := range mltFields {
		out[i] = mf.field
	}
	return out
}

// mltMaxDocShare: a term of more than this share of the films (drama,
// the 2010s, the United States) tells little about a film and makes the
// query walk a long posting list (Lucene's MoreLikeThis maxDocFreqPct).
// In a small catalogue every term is in many films: below mltBroadDocs
// films, a term is never too broad.
const (
	mltMaxDocShare = 0.1
	mltBroadDocs   = 100
)

// mltTerms is how many of the most distinctive terms a more-like-this
// query keeps.
const mltTerms = 25

// MoreLikeThis returns up to limit films that share the most distinctive
// traits of the liked ones (people, TMDB keywords, genres, decade, country,
// synopsis words), best first; the liked films themselves are left out, as
// are episodes and games. Each term of the liked films is weighted by tf-idf
// (document frequencies from the index dictionaries, cached at open) times
// its field weight; the top 25 make a boosted disjunction. Unknown ids are
// ignored; no known liked film is an error wrapping data.ErrInvalid.
// *Index satisfies recommend.Candidates.
func (x *Index) MoreLikeThis(ctx context.Context, liked []string, limit int) ([]data.Scored, error) {
	var all []*mltTerm
	exclude := map[string]bool{}
	known := 0
	for _, id := range liked {
		fi := x.cat.FilmIndex(id)
		if fi < 0 {
			continue
		}
		known++
		exclude[id] = true
		terms := x.cachedFilmTerms(fi)
		for i := range terms {
			all = append(all, &terms[i])
		}
	}
	if known == 0 {
		return nil, fmt.Errorf("search: %w", data.Invalidf("more like this %v: no liked film in the catalogue", liked))
	}
	// Equal terms side by side: a term's count is how often the liked
	// films have it.
	slices.SortFunc(all, func(a, b *mltTerm) int { return int(a.id - b.id) })
	type weighted struct {
		*mltTerm
		w float64
	}
	ws := make([]weighted, 0, len(all))
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && all[j].id == all[i].id {
			j++
		}
		t, c := all[i], float64(j-i)
		i = j
		if t.df <= 1 && known == 1 {
			continue // a term only this film has finds nothing else
		}
		ws = append(ws, weighted{t, t.weight * math.Sqrt(c) * t.idf})
	}
	if len(ws) > mltTerms {
		// Only the terms that can make the cut are sorted with the full
		// order: the mltTerms-th weight, ties included, bounds them.
		w := make([]float64, len(ws))
		for i := range ws {
			w[i] = ws[i].w
		}
		slices.Sort(w)
		cut := w[len(w)-mltTerms]
		ws = slices.DeleteFunc(ws, func(t weighted) bool { return t.w < cut })
	}
	slices.SortFunc(ws, func(a, b weighted) int {
		if a.w != b.w {
			if a.w > b.w {
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
	if len(ws) == 0 {
		return []data.Scored{}, nil
	}
	should := make([]query.Query, len(ws))
	for i, w := range ws {
		should[i] = term(w.field, w.term, w.w)
	}
	if limit <= 0 {
		limit = 10
	}
	// The liked films are dropped from the hits below rather than by a
	// must-not clause, which would wrap the disjunction in a boolean
	// searcher visiting every match twice.
	req := bleve.NewSearchRequestOptions(bleve.NewDisjunctionQuery(should...), limit+len(exclude)+20, 0, false)
	res, err := x.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search: more like this: %w", err)
	}
	// Equal scores are common (films sharing the same few terms); Bleve
	// orders them by their place in its segments, which depends on when it
	// merged them. Ordering by id makes the answer the same every time
	// (sorting by id inside Bleve costs a third more per query).
	hits := res.Hits
	sort.SliceStable(hits, func(a, b int) bool {
		if hits[a].Score != hits[b].Score {
			return hits[a].Score > hits[b].Score
		}
		return hits[a].ID < hits[b].ID
	})
	out := make([]data.Scored, 0, limit)
	for _, h := range hits {
		i := x.cat.FilmIndex(h.ID)
		if i < 0 || x.films[i].skip || exclude[h.ID] {
			continue
		}
		out = append(out, data.Scored{ID: h.ID, Score: h.Score})
		if len(out) == limit {
			break
		}
	}
	return out, nil
}

// mltTerm is a term of a film that MoreLikeThis may query, with what
// weighing it takes.
type mltTerm struct {
	id          int32 // the same for the same field and term in every film
	field, term string
	weight      float64 // the field's
	idf         float64
	df          int
}

// cachedFilmTerms returns the terms of the catalogue's fi-th film that
// MoreLikeThis may query: filmTerms without the too broad ones, weighed.
// They are computed once per film: analysing two synopses costs more than
// the rest of a query, and the same popular films are liked again and
// again. Safe for concurrent use; two goroutines may both compute a film's
// terms, with the same result.
func (x *Index) cachedFilmTerms(fi int) []mltTerm {
	if t := x.mltTerms[fi].Load(); t != nil {
		return *t
	}
	n := float64(x.nFilms)
	var out []mltTerm
	for _, ft := range x.filmTerms(&x.cat.Films()[fi]) {
		df := x.dicts[ft[0]][ft[1]]
		if float64(df) > max(mltMaxDocShare*n, mltBroadDocs) {
			continue
		}
		t := mltTerm{field: ft[0], term: ft[1], df: df, idf: math.Log(1 + n/(1+float64(df)))}
		for _, mf := range mltFields {
			if mf.field == t.field {
				t.weight = mf.weight
			}
		}
		t.id = x.mltTermID(ft)
		out = append(out, t)
	}
	x.mltTerms[fi].Store(&out)
	return out
}

// mltTermID numbers the (field, term) pairs of more-like-this terms.
func (x *Index) mltTermID(ft [2]string) int32 {
	x.mltMu.Lock()
	defer x.mltMu.Unlock()
	id, ok := x.mltIDs[ft]
	if !ok {
		id = int32(len(x.mltIDs))
		x.mltIDs[ft] = id
	}
	return id
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
