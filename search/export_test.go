package search

import "context"

// SearchText is the plain text search of keywords and synopses that
// SearchKeywords falls back on, for the theme benchmark's comparison.
func SearchText(x *Index, ctx context.Context, q string, limit int) ([]FilmMatch, error) {
	return x.searchText(ctx, q, limit)
}
