package search_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// lossFixture is a catalogue whose films carry TMDB's keywords of grief: a
// dozen about a man whose wife died, a dozen about a widow, a dozen about
// a mother's death, films about a best friend's death, superhero films
// (the learnt reading of "man") and films on none.
func lossFixture() *data.Catalogue {
	var films []data.Film
	add := func(n int, prefix string, kws []string, fr, en string) {
		for i := 0; i < n; i++ {
			films = append(films, data.Film{ID: fmt.Sprintf("tt%s%02d", prefix, i), Type: "movie", Title: fmt.Sprintf("%s %d", prefix, i),
				Year: 1990 + i, Votes: 1000 * (i + 1), Rating: 7, Keywords: kws, OverviewFR: fr, OverviewEN: en})
		}
	}
	add(12, "8100", []string{"death of wife", "widower", "grief"}, "Un homme ne se remet pas de la mort de sa femme.", "A man cannot get over his wife's death.")
	add(12, "8200", []string{"death of husband", "widow", "grief"}, "Une veuve refait sa vie après la mort de son mari.", "A widow starts over after her husband's death.")
	add(12, "8300", []string{"death of mother", "loss of mother", "grief"}, "Une fille pleure sa mère.", "A girl mourns her mother.")
	add(6, "8400", []string{"death of best friend", "grief"}, "Un garçon pleure son meilleur ami.", "A boy mourns his best friend.")
	add(12, "8500", []string{"superhero", "man"}, "Un homme devient un héros masqué.", "A man becomes a masked superhero.")
	add(12, "8600", []string{"heist"}, "Une bande prépare un braquage.", "A crew plans a heist.")
	return data.NewCatalogue(films, nil)
}

// TestMatchThemeLoss checks that a relative lost, told in French or
// English, before or after the word of loss, reads as the catalogue's
// keywords of that loss, and that the customer's own loss or a request
// with no relative is left to the other readings.
func TestMatchThemeLoss(t *testing.T) {
	x, err := search.NewMemory(lossFixture())
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	ctx := context.Background()
	tests := []struct {
		q, lead string // lead "": not a loss reading
	}{
		{"un homme qui a perdu sa femme", "death of wife"},
		{"un vieux monsieur qui a perdu sa femme et qui reprend gout a la vie", "death of wife"},
		{"a man who lost his wife and learns to live again", "death of wife"},
		{"an old man grieving his wife", "death of wife"},
		{"une femme dont le mari meurt", "death of husband"},
		{"a woman who loses her husband", "death of husband"},
		{"une petite fille qui perd sa maman", "death of mother"},
		{"un garçon qui a perdu son meilleur ami", "death of best friend"},
		{"j'ai perdu mon mari l'an dernier", ""},
		{"un homme qui a perdu son chemin", ""},
		{"un braquage", ""},
	}
	for _, tt := range tests {
		th, ok, err := x.MatchTheme(ctx, tt.q)
		if err != nil {
			t.Fatal(err)
		}
		lead := ""
		if ok && len(th.Keywords) > 0 {
			lead = th.Keywords[0]
		}
		if tt.lead == "" {
			if isLoss(lead) {
				t.Errorf("MatchTheme(%q) leads with %q, want no loss reading", tt.q, lead)
			}
			continue
		}
		if lead != tt.lead {
			t.Errorf("MatchTheme(%q) leads with %q (%v), want %q", tt.q, lead, th.Keywords, tt.lead)
		}
	}
}

func isLoss(k string) bool {
	switch k {
	case "death of wife", "death of husband", "death of mother", "death of best friend", "widower", "widow":
		return true
	}
	return false
}
