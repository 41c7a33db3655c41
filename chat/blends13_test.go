package chat

import (
	"slices"
	"testing"
)

func TestKeepAskedBlends(t *testing.T) {
	cases := []struct {
		msg        string
		onScreen   []string
		wantAvoid  []string
		wantGenres []string
	}{
		{"une comédie mais pas une comédie romantique svp", nil, []string{"Romance"}, []string{"Comedy"}},
		{"a comedy but not a romantic comedy", nil, []string{"Romance"}, []string{"Comedy"}},
		{"pas de comédies romantiques", []string{"Comedy"}, []string{"Romance"}, nil},
		{"pas de comédies romantiques", nil, []string{"Comedy", "Romance"}, nil},
		{"pas d'horreur", []string{"Horror"}, []string{"Horror"}, nil},
	}
	for _, c := range cases {
		m := parse(c.msg, parseOptions{})
		keepAskedBlends(&m, c.onScreen, nil)
		if !slices.Equal(m.AvoidGenres, c.wantAvoid) || !slices.Equal(m.Genres, c.wantGenres) {
			t.Errorf("%q on %v: avoid %v genres %v, want %v %v", c.msg, c.onScreen, m.AvoidGenres, m.Genres, c.wantAvoid, c.wantGenres)
		}
	}
}
