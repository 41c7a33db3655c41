package search_test

import (
	"context"
	"testing"
)

// TestDevThinAndClauseThemes checks, on the development data, the readings
// of themes_thin.go and themes_clause.go: a place read by TMDB's bare
// keyword of a few films leads with its "city, country" keyword; a setting
// phrase ("takes place in") names nothing; a French clause naming the
// theme after a head naming nobody in particular leads.
func TestDevThinAndClauseThemes(t *testing.T) {
	if testing.Short() {
		t.Skip("dev dataset: skipped in -short mode")
	}
	x := devIndex(t)
	ctx := context.Background()
	for _, c := range []struct{ q, lead string }{
		{"a story in Venice", "venice, italy"},
		{"a film set in Paris", "paris, france"},
		{"something taking place in rome", "rome, italy"},
		{"une jeune fille qui veut se suicider", "suicide"},
		{"un couple qui divorce", "divorce"},
	} {
		th, ok, err := x.MatchTheme(ctx, c.q)
		if err != nil {
			t.Fatal(err)
		}
		if !ok || len(th.Keywords) == 0 || th.Keywords[0] != c.lead {
			t.Errorf("MatchTheme(%q) = %v (ok %v), want %q first", c.q, th.Keywords, ok, c.lead)
		}
	}
}
