package search

import (
	"context"

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
	fr, en := themeLexiconFR, themeLexiconEN
	themeLexiconFR, themeLexiconEN = map[string]lexEntry{}, map[string]lexEntry{}
	defer func() { themeLexiconFR, themeLexiconEN = fr, en }()
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
