package search_test

import (
	"context"
	"slices"
	"testing"
)

// TestDevPeriodThemes checks, on the development data, what a customer
// would notice of the period a story is set in: the decade or century is
// read into TMDB's keyword and its films come back; a decade said as the
// films' years is no theme; a theme named beside a period joins it, and
// alone makes the theme beside a broad one (« un film d'époque sur … »).
func TestDevPeriodThemes(t *testing.T) {
	if testing.Short() {
		t.Skip("dev dataset: skipped in -short mode")
	}
	x := devIndex(t)
	ctx := context.Background()
	for _, c := range []struct {
		q     string
		ok    bool
		lead  string // first keyword
		also  string // another keyword the theme must hold
		films bool   // the top five all carry the first keyword
	}{
		{"un film qui se passe dans les années 30", true, "1930s", "", true},
		{"au XVIIe siècle", true, "17th century", "", true},
		{"set in the 1600s", true, "17th century", "", true},
		{"une histoire qui se passe en 1942", true, "1940s", "", false},
		{"des années 80", false, "", "", false},
		{"from the 90s", false, "", "", false},
		{"80s movies", false, "", "", false},
		{"les sixties, l'époque des hippies", true, "1960s", "hippie", false},
		{"un film d'époque sur la cour de Versailles", true, "versailles", "", false},
	} {
		th, ok, err := x.MatchTheme(ctx, c.q)
		if err != nil {
			t.Fatal(err)
		}
		if ok != c.ok || ok && (th.Keywords[0] != c.lead || c.also != "" && !slices.Contains(th.Keywords, c.also)) {
			t.Errorf("MatchTheme(%q) = %v (ok %v), want ok %v, %q first and %q", c.q, th.Keywords, ok, c.ok, c.lead, c.also)
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
			if !slices.Contains(m.Film.Keywords, c.lead) {
				t.Errorf("FilmsOnTheme(%q): %s does not carry %q", c.q, m.Film.Title, c.lead)
			}
		}
	}
}
