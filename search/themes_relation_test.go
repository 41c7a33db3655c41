package search_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// relationFixture is a catalogue whose films carry TMDB's relationship
// keywords: a dozen grandparent films (three of them about a grandmother
// and her granddaughter), a dozen father-daughter films, a dozen about a
// single father, a dozen about brothers, and films on none.
func relationFixture() *data.Catalogue {
	var films []data.Film
	add := func(n int, prefix string, kws []string, fr, en string) {
		for i := 0; i < n; i++ {
			films = append(films, data.Film{ID: fmt.Sprintf("tt%s%02d", prefix, i), Type: "movie", Title: fmt.Sprintf("%s %d", prefix, i),
				Year: 1990 + i, Votes: 1000 * (i + 1), Rating: 7, Keywords: kws, OverviewFR: fr, OverviewEN: en})
		}
	}
	add(12, "9100", []string{"grandparent grandchild relationship", "summer"}, "Un enfant passe l'été chez ses grands-parents.", "A boy spends the summer with his grandparents.")
	add(3, "9200", []string{"grandmother granddaughter relationship", "grandparent grandchild relationship"}, "Une grand-mère et sa petite-fille.", "A grandmother and her granddaughter.")
	add(12, "9300", []string{"father daughter relationship", "daughter"}, "Un père retrouve sa fille.", "A father finds his daughter again.")
	add(12, "9400", []string{"single father", "father daughter relationship"}, "Un père élève seul sa fille.", "A father raises his daughter alone.")
	add(12, "9500", []string{"brother brother relationship", "brother"}, "Deux frères se retrouvent.", "Two brothers meet again.")
	add(12, "9600", []string{"daughter", "grand"}, "Une fille devient grande.", "A girl grows up in a grand house.")
	add(12, "9700", []string{"heist"}, "Une bande prépare un braquage.", "A crew plans a heist.")
	return data.NewCatalogue(films, nil)
}

// TestMatchThemeRelation checks that two relatives, named in any register,
// read as the catalogue's relationship keyword, and that a request saying
// more than the two of them is left to the other readings.
func TestMatchThemeRelation(t *testing.T) {
	x, err := search.NewMemory(relationFixture())
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	ctx := context.Background()
	tests := []struct {
		q, lead string // lead "" : not a relationship reading
	}{
		{"une mamie et sa petite fille", "grandparent grandchild relationship"},
		{"un film avec un papy et ses petits-enfants", "grandparent grandchild relationship"},
		{"a story about a grandma and her grandson", "grandparent grandchild relationship"},
		{"kids and their grandparents", "grandparent grandchild relationship"},
		{"un papa et sa fille", "father daughter relationship"},
		{"a dad and his daughter", "father daughter relationship"},
		{"deux frères", "brother brother relationship"},
		{"two brothers", "brother brother relationship"},
		{"un papy qui raconte des histoires de braquage à ses petits-enfants pendant tout l'été", ""}, // more than the two of them
		{"un film de braquage", ""},
	}
	for _, tt := range tests {
		th, ok, err := x.MatchTheme(ctx, tt.q)
		if err != nil {
			t.Fatalf("MatchTheme(%q): %v", tt.q, err)
		}
		got := ""
		if ok && len(th.Keywords) > 0 {
			got = th.Keywords[0]
		}
		if tt.lead != "" && got != tt.lead {
			t.Errorf("MatchTheme(%q) leads with %q (%v), want %q", tt.q, got, th.Keywords, tt.lead)
		}
		if tt.lead == "" && len(got) > len(" relationship") && got[len(got)-len(" relationship"):] == " relationship" {
			t.Errorf("MatchTheme(%q) leads with %q, want no relationship reading", tt.q, got)
		}
	}
	// The French customer's words label the theme; the English keyword
	// labels it in English.
	th, _, _ := x.MatchTheme(ctx, "une mamie et sa petite fille")
	if th.LabelFR != "mamie et sa petite fille" || th.LabelEN != "grandparent grandchild relationship" {
		t.Errorf("labels %q / %q, want the customer's words / the keyword", th.LabelFR, th.LabelEN)
	}
	// The films: the grandparent films, the three about a grandmother and
	// her granddaughter among them, none of the films on « daughter » or
	// "grand" alone.
	ms, err := x.FilmsOnTheme(ctx, th, 5)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if m.Film.ID[:6] == "tt9600" {
			t.Errorf("FilmsOnTheme(%v) returns %s, a film on no relationship", th.Keywords, m.Film.Title)
		}
	}
}
