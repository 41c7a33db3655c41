package search

import (
	"context"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/bobine/bobine/data"
)

// SearchText is the plain text search of keywords and synopses that
// SearchKeywords falls back on, for the theme benchmark's comparison.
func SearchText(x *Index, ctx context.Context, q string, limit int) ([]FilmMatch, error) {
	return x.searchText(ctx, q, limit)
}

// WithoutLexicon runs fn with the seed lexicon emptied, to measure what the
// theme model learnt from the data alone. Not safe alongside other tests
// using the index.
func WithoutLexicon(fn func()) {
	fr, en, sing := themeLexiconFR, themeLexiconEN, themeLexiconSingular
	themeLexiconFR, themeLexiconEN, themeLexiconSingular = map[string]lexEntry{}, map[string]lexEntry{}, map[string]lexEntry{}
	defer func() { themeLexiconFR, themeLexiconEN, themeLexiconSingular = fr, en, sing }()
	fn()
}

// RelearnThemes replaces x's theme model by one learnt from cat by this
// code, for tests that reuse Bleve files built earlier. Not safe alongside
// other uses of x.
func RelearnThemes(x *Index, cat *data.Catalogue) error {
	tm, err := buildThemeModel(context.Background(), cat, x.im)
	if err != nil {
		return err
	}
	x.themes = tm
	return nil
}

// MoreLikeThisByBleve runs the query MoreLikeThis builds for liked through
// Bleve's own disjunction searcher and scorer, hits ordered by score then
// id, liked films and films never answered left out: the reference that
// MoreLikeThis's in-memory scoring must reproduce.
func MoreLikeThisByBleve(x *Index, ctx context.Context, liked []string, limit int) ([]data.Scored, error) {
	clauses, exclude, err := x.mltQuery(liked)
	if err != nil || len(clauses) == 0 {
		return nil, err
	}
	should := make([]query.Query, len(clauses))
	for i, c := range clauses {
		should[i] = term(c.field, c.term, c.boost)
	}
	req := bleve.NewSearchRequestOptions(bleve.NewDisjunctionQuery(should...), limit+len(exclude)+len(x.films), 0, false)
	req.SortBy([]string{"-_score", "_id"})
	res, err := x.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	out := []data.Scored{}
	for _, h := range res.Hits {
		fi := x.cat.FilmIndex(h.ID)
		if fi < 0 || x.films[fi].skip || exclude[int32(fi)] {
			continue
		}
		out = append(out, data.Scored{ID: h.ID, Score: h.Score})
		if len(out) == limit {
			break
		}
	}
	return out, nil
}

// MLTDocFreqs returns, for each term more-like-this reads in the i-th film
// of the catalogue ("field:term"), the number of documents MoreLikeThis
// believes have it.
func MLTDocFreqs(x *Index, i int) (map[string]int, error) {
	out := map[string]int{}
	for _, ft := range x.filmTerms(&x.cat.Films()[i]) {
		p, err := x.mltPostingsOf(ft[0], ft[1])
		if err != nil {
			return nil, err
		}
		out[ft[0]+":"+ft[1]] = p.df
	}
	return out, nil
}

// BoundMLTCache sets the bounds of x's more-like-this caches (postings and
// films held) and returns a function reporting what they hold.
func BoundMLTCache(x *Index, postings, films int) func() (int, int) {
	m := &x.mlt
	m.mu.Lock()
	m.maxPostings, m.maxFilms = postings, films
	m.mu.Unlock()
	return func() (int, int) {
		m.mu.Lock()
		defer m.mu.Unlock()
		return m.postings, len(m.films)
	}
}
