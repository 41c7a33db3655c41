package chat

import (
	"slices"
	"testing"
)

// TestParseSayings checks the eras, lengths and nationalities as customers
// say them inside a message (constraints14.go).
func TestParseSayings(t *testing.T) {
	type want struct {
		minYear, maxYear       int
		minRuntime, maxRuntime int
		recent, shorter        bool
		countries              []string
		genres                 []string
	}
	tests := []struct {
		in   string
		want want
	}{
		// The customer's life is no era.
		{"je suis espagnol, je vis en Creuse depuis 2016, un film espagnol svp", want{countries: []string{"ES"}}},
		{"on est à la retraite depuis 2018 et on aime les films irlandais", want{countries: []string{"IE"}}},
		{"been living in France since 2015, but I'd like an Italian film", want{countries: []string{"IT"}}},
		{"des films sortis depuis 2010", want{minYear: 2010}},
		// This century.
		{"une comédie de ce siècle svp", want{minYear: 2000, genres: []string{"Comedy"}}},
		{"something newer, this century", want{minYear: 2000}},
		{"un film d'aventure du 21e siècle", want{minYear: 2000, genres: []string{"Adventure"}}},
		// Old films beside a wish for newer ones are refused.
		{"une comédie récente, les vieux ça les ennuie", want{recent: true, genres: []string{"Comedy"}}},
		{"something recent please, not the old black and white", want{recent: true}},
		{"plus récent que 2010, les vieux les gosses veulent pas", want{minYear: 2011}},
		{"pas plus vieux que 1960, et plus récent", want{maxYear: 1959, recent: false}},
		{"older than 1970", want{maxYear: 1969}},
		{"un vieux western", want{maxYear: oldFilmYear, genres: []string{"Western"}}},
		// Long means at least.
		{"A long epic, three hours, we've got the whole evening", want{minRuntime: 150}},
		{"une grande fresque, dans les 3h", want{minRuntime: 150}},
		{"3h du mat, un film très long, plus de 2h30", want{minRuntime: 151}},
		{"un film long mais pas plus de 3h", want{maxRuntime: 180, minRuntime: longFilmMinutes}},
		{"on a trois heures devant nous", want{maxRuntime: 180}},
		{"pas plus long que 2h", want{maxRuntime: 120}},
		{"un film de guerre très long, 2h45 minimum", want{minRuntime: 165, genres: []string{"War"}}},
		{"a sci-fi film, long, two and a half hours or more", want{minRuntime: 150, genres: []string{"Sci-Fi"}}},
		{"something long, three hours max", want{maxRuntime: 180, minRuntime: longFilmMinutes}},
		{"a comedy with a short duration please", want{shorter: true, genres: []string{"Comedy"}}},
		{"ceux des années 70 d'abord", want{minYear: 1970, maxYear: 1979}},
		// Nationalities.
		{"mon collègue est argentin, il voudrait un film de chez lui", want{countries: []string{"AR"}}},
		{"a Latino film please", want{countries: []string{"XL"}}},
		{"Sci fi from before 1975 please", want{maxYear: 1974, genres: []string{"Sci-Fi"}}},
	}
	for _, tt := range tests {
		m := parse(tt.in, parseOptions{})
		got := want{m.MinYear, m.MaxYear, m.MinRuntime, m.MaxRuntime, m.Recent, m.Shorter, m.Countries, m.Genres}
		if got.minYear != tt.want.minYear || got.maxYear != tt.want.maxYear || got.minRuntime != tt.want.minRuntime ||
			got.maxRuntime != tt.want.maxRuntime || got.recent != tt.want.recent || got.shorter != tt.want.shorter ||
			!slices.Equal(got.countries, tt.want.countries) || !slices.Equal(got.genres, tt.want.genres) {
			t.Errorf("parse(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}
