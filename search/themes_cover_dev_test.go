package search_test

import (
	"context"
	"slices"
	"testing"
)

// TestDevThemeCover checks, on the development data, readings a customer
// would notice: a kind of story named by a genre word and a modifier is
// TMDB's compound keyword for it, not the modifier's broad keyword or a
// false friend; a keyword explaining every word of a descriptive request
// leads over one explaining a single word; and the films on it carry it.
func TestDevThemeCover(t *testing.T) {
	if testing.Short() {
		t.Skip("dev dataset: skipped in -short mode")
	}
	x := devIndex(t)
	ctx := context.Background()
	for _, c := range []struct {
		q, lead string
		films   int // of the top five carrying the lead keyword, at least
	}{
		{"un thriller psychologique", "psychological thriller", 4},
		{"une comédie pour ados", "teen comedy", 4},
		{"un dessin animé pour adultes", "adult animation", 3},
		{"des skinheads néo-nazis", "neo-nazism", 1},
		{"une soirée d'anciens élèves du lycée", "high school reunion", 4},
		{"un supervilain qui veut détruire la ville", "super villain", 3},
	} {
		th, ok, err := x.MatchTheme(ctx, c.q)
		if err != nil {
			t.Fatal(err)
		}
		if !ok || th.Keywords[0] != c.lead {
			t.Errorf("MatchTheme(%q) = %v (ok %v), want %q first", c.q, th.Keywords, ok, c.lead)
			continue
		}
		ms, err := x.FilmsOnTheme(ctx, th, 5)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, m := range ms {
			if slices.Contains(m.Film.Keywords, c.lead) {
				n++
			}
		}
		if n < c.films {
			t.Errorf("FilmsOnTheme(%q): %d of the top five carry %q, want at least %d", c.q, n, c.lead, c.films)
		}
	}
}
