package search_test

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestDevThemeNarrowing checks, on the development data, readings a
// customer would notice: a modifier narrows a broad theme to TMDB's own
// keyword for it, and its films come before famous films that only share
// the broad one; a war's ordinal is no modifier; a French word the data
// and its translation agree on is read as the keyword it names.
func TestDevThemeNarrowing(t *testing.T) {
	if testing.Short() {
		t.Skip("dev dataset: skipped in -short mode")
	}
	x := devIndex(t)
	ctx := context.Background()
	for _, c := range []struct {
		q, lead string // lead: a word of the first keyword
		films   bool   // the top five all carry the first keyword
	}{
		{"la pègre russe", "russian", true},
		{"un film sur la Première Guerre mondiale", "world war i", true},
		{"un aristocrate", "aristocrat", false},
	} {
		th, ok, err := x.MatchTheme(ctx, c.q)
		if err != nil {
			t.Fatal(err)
		}
		if !ok || !strings.Contains(th.Keywords[0], c.lead) || c.lead == "world war i" && th.Keywords[0] != c.lead {
			t.Errorf("MatchTheme(%q) = %v (ok %v), want %q first", c.q, th.Keywords, ok, c.lead)
			continue
		}
		if !c.films {
			continue
		}
		ms, err := x.FilmsOnTheme(ctx, th, 5)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range ms {
			if !slices.Contains(m.Film.Keywords, th.Keywords[0]) {
				t.Errorf("FilmsOnTheme(%q): %s does not carry %q", c.q, m.Film.Title, th.Keywords[0])
			}
		}
	}
}
