package search_test

import (
	"context"
	"testing"

	"github.com/bobine/bobine/search"
)

// TestMatchThemeOccasion checks that when and in what mood the customer
// will watch (« pour ce soir », "for tonight", « un truc léger ») is no
// part of the theme nor of the label a reply shows.
func TestMatchThemeOccasion(t *testing.T) {
	x, err := search.NewMemory(themeFixture())
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	ctx := context.Background()
	for _, tt := range []struct{ q, lead, lang, label string }{
		{"un film de braquage pour ce soir", "heist", "fr", "braquage"},
		{"un braquage ce week-end, un truc léger", "heist", "fr", "braquage"},
		{"a light heist movie for tonight", "heist", "en", "heist"},
		{"des requins, pour ce soir svp", "shark", "fr", "requins"},
	} {
		th, ok, err := x.MatchTheme(ctx, tt.q)
		if err != nil {
			t.Fatalf("MatchTheme(%q): %v", tt.q, err)
		}
		if !ok || th.Keywords[0] != tt.lead {
			t.Errorf("MatchTheme(%q) = %v (ok %v), want %q first", tt.q, th.Keywords, ok, tt.lead)
			continue
		}
		if got := th.Label(tt.lang); got != tt.label {
			t.Errorf("MatchTheme(%q) label %q, want %q", tt.q, got, tt.label)
		}
	}
}
