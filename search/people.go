package search

import (
	"context"
	"fmt"
	"math"
	"sort"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/bobine/bobine/data"
)

// PersonMatch is a person found for a query; higher Score is better.
type PersonMatch struct {
	Person *data.Person
	Score  float64
}

// SearchPeople returns the people whose name matches q, best first, at most
// limit: full names before surnames alone, typos within the word budget,
// and, among equal matches, the person credited on the most-voted films
// ("depardieu" finds Gérard before Guillaume). An empty query is an error
// wrapping data.ErrInvalid.
func (x *Index) SearchPeople(ctx context.Context, q string, limit int) ([]PersonMatch, error) {
	ws := nameWords(q)
	if len(ws) == 0 {
		return nil, fmt.Errorf("search: search people %q: %w", q, data.ErrInvalid)
	}
	k := key(ws)
	var qs []query.Query
	for _, w := range ws {
		qs = append(qs, fuzzy(fName, w, typoBudget(w), 1))
	}
	qs = append(qs, fuzzy(fNameKey, k, typoBudget(k), 4))
	ids, err := x.hits(ctx, bleve.NewDisjunctionQuery(qs...), candidates, nil)
	if err != nil {
		return nil, fmt.Errorf("search: search people %q: %w", q, err)
	}
	var out []PersonMatch
	for _, id := range ids {
		p, err := x.cat.Person(id)
		if err != nil {
			continue
		}
		m := matchTitle(ws, k, newTitleInfo(p.Name, nameWords))
		if m < minMatch {
			continue
		}
		out = append(out, PersonMatch{Person: p, Score: m + x.personPop[id]})
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].Score != out[b].Score {
			return out[a].Score > out[b].Score
		}
		return out[a].Person.ID < out[b].Person.ID
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	for i := range out {
		out[i].Score = math.Round(out[i].Score*1e4) / 1e4
	}
	return out, nil
}
