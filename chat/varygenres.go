package chat

import (
	"context"
	"slices"

	"github.com/bobine/bobine/recommend"
)

// varyShare is how many films of a list of five need not have a genre the
// customer said « pas que des … » about.
const varyShare = 2

// varyGenres mixes into recs films without any of the genres the customer
// does not want on every film (« pas que des polars, variez un peu », "not
// only action films, mix it up"): when every film has one of them, the
// last ones give way to the best films without them among a longer list.
func (e *Engine) varyGenres(ctx context.Context, s *session, exclude []string, recs []recommend.Recommendation, genres []string) []recommend.Recommendation {
	has := func(r recommend.Recommendation) bool {
		for _, g := range genres {
			if slices.Contains(r.Film.Genres, g) {
				return true
			}
		}
		return false
	}
	for _, r := range recs {
		if !has(r) {
			return recs
		}
	}
	more, err := e.recommend(ctx, s, exclude, 4*max(len(recs), e.o.Count))
	if err != nil {
		return recs
	}
	var other []recommend.Recommendation
	for _, r := range more {
		if !has(r) && !slices.ContainsFunc(recs, func(x recommend.Recommendation) bool { return x.Film.ID == r.Film.ID }) {
			other = append(other, r)
		}
	}
	n := min(varyShare, len(other), len(recs))
	out := slices.Clone(recs[:len(recs)-n])
	return append(out, other[:n]...)
}
