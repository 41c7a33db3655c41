package search

import (
	"context"
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/bobine/bobine/data"
)

// SearchKeywords returns the films about q, best first, at most limit.
// When q reads as a theme (MatchTheme), the films are those of
// FilmsOnTheme, well-known and well-rated first; otherwise q is matched,
// stemmed, against TMDB keywords, then the French and English synopses, and
// the popularity prior breaks near-ties. Series come after films; episodes
// and games are left out. An empty query is an error wrapping
// data.ErrInvalid.
func (x *Index) SearchKeywords(ctx context.Context, q string, limit int) ([]FilmMatch, error) {
	q = strings.TrimSpace(q)
	if q == "" {
		return nil, fmt.Errorf("search: search keywords: %w", data.ErrInvalid)
	}
	if limit <= 0 {
		limit = 10
	}
	th, ok, err := x.MatchTheme(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("search: search keywords: %w", err)
	}
	if ok {
		ms, err := x.FilmsOnTheme(ctx, th, limit)
		if err != nil {
			return nil, fmt.Errorf("search: search keywords: %w", err)
		}
		if len(ms) > 0 {
			return ms, nil
		}
	}
	return x.searchText(ctx, q, limit)
}

// searchText finds films whose keywords or synopses have the words of q.
func (x *Index) searchText(ctx context.Context, q string, limit int) ([]FilmMatch, error) {
	match := func(field string, boost float64) query.Query {
		m := bleve.NewMatchQuery(q)
		m.SetField(field)
		m.SetBoost(boost)
		return m
	}
	tag := bleve.NewTermQuery(strings.ToLower(q))
	tag.SetField(fTag)
	tag.SetBoost(3)
	dq := bleve.NewDisjunctionQuery(tag, match(fKeyword, 2), match(fSynopsisEN, 1), match(fSynopsisFR, 1))
	req := bleve.NewSearchRequestOptions(dq, 4*limit+20, 0, false)
	req.SortBy([]string{"-_score", "_id"}) // same answer whatever the segments
	res, err := x.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search: search keywords %q: %w", q, err)
	}
	if len(res.Hits) == 0 {
		return []FilmMatch{}, nil
	}
	top := res.Hits[0].Score
	var out []FilmMatch
	for _, h := range res.Hits {
		i := x.cat.FilmIndex(h.ID)
		if i < 0 || x.films[i].skip {
			continue
		}
		rel := h.Score / top
		out = append(out, FilmMatch{Film: &x.cat.Films()[i], Score: rel + 0.5*x.films[i].prior, Confidence: rel})
	}
	sortMatches(out)
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}
