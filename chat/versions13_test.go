package chat

import (
	"slices"
	"testing"

	"github.com/bobine/bobine/data"
)

// The other versions of a film are the films bearing one of its titles
// that share a writer, a director or two genres with it.
func TestVersionsByTitle(t *testing.T) {
	films := []data.Film{
		{ID: "lion94", Type: "movie", Title: "The Lion King", Writers: []string{"w1"}, Genres: []string{"Animation"}},
		{ID: "lion19", Type: "movie", Title: "The Lion King", Writers: []string{"w1", "w2"}, Genres: []string{"Adventure"}},
		{ID: "capra", Type: "movie", Title: "It's a Wonderful Life", FrenchTitle: "La vie est belle", Genres: []string{"Drama", "Family"}},
		{ID: "benigni", Type: "movie", Title: "Life Is Beautiful", FrenchTitle: "La vie est belle", Genres: []string{"Comedy", "Drama"}},
		{ID: "jouet", Type: "movie", Title: "The Toy", OriginalTitle: "Le jouet", Writers: []string{"veber"}},
		{ID: "toy", Type: "movie", Title: "The Toy", Writers: []string{"veber", "other"}},
		{ID: "series", Type: "tvSeries", Title: "The Toy", Writers: []string{"veber"}},
	}
	got := versionsByTitle(films)
	for id, want := range map[string][]string{"lion94": {"lion19"}, "lion19": {"lion94"}, "jouet": {"toy"}, "capra": nil, "benigni": nil} {
		if !slices.Equal(got[id], want) {
			t.Errorf("versions of %s = %v, want %v", id, got[id], want)
		}
	}
}

// The words of the homonyms' own titles are left out of what tells them
// apart.
func TestWithoutTitleWords(t *testing.T) {
	films := []*data.Film{
		{Title: "Le Dîner de cons"},
		{Title: "Dinner for Schmucks", FrenchTitle: "Le dîner de cons"},
	}
	if got := withoutTitleWords("we loved the dinner game (le diner de cons), more", films); got != "we loved the game more" {
		t.Errorf("withoutTitleWords = %q", got)
	}
}
