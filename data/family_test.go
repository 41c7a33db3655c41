package data_test

import (
	"testing"

	"github.com/bobine/bobine/data"
)

func TestFamilySafe(t *testing.T) {
	for _, tc := range []struct {
		name   string
		f      data.Film
		family bool
	}{
		{"a comedy", data.Film{Genres: []string{"Comedy"}}, true},
		{"a gendarme comedy filed crime", data.Film{Genres: []string{"Comedy", "Crime"}}, true},
		{"an animated caper", data.Film{Genres: []string{"Animation", "Crime"}}, true},
		{"a crime drama", data.Film{Genres: []string{"Crime", "Drama"}}, false},
		{"a war comedy", data.Film{Genres: []string{"Comedy", "War"}}, false},
		{"an animated horror", data.Film{Genres: []string{"Animation", "Horror"}}, false},
		{"a comedy thriller", data.Film{Genres: []string{"Comedy", "Thriller"}}, false},
		{"an adult comedy", data.Film{Genres: []string{"Comedy"}, Adult: true}, false},
	} {
		if got := tc.f.FamilySafe(); got != tc.family {
			t.Errorf("%s %v: FamilySafe %v, want %v", tc.name, tc.f.Genres, got, tc.family)
		}
	}
}
