package chat

import (
	"slices"
	"testing"
)

func TestButTones(t *testing.T) {
	for _, c := range []struct {
		msg    string
		genre  string
		titles []string
	}{
		{"des zombis mais drôle", "Comedy", []string{"des zombis"}},
		{"zombies but funny please", "Comedy", []string{"zombies"}},
		{"des vampires mais plutôt comique", "Comedy", []string{"des vampires"}},
	} {
		m := parse(c.msg, parseOptions{})
		if !slices.Contains(m.Genres, c.genre) || !slices.Equal(m.Titles, c.titles) {
			t.Errorf("%q: genres %v titles %q, want %s and %q", c.msg, m.Genres, m.Titles, c.genre, c.titles)
		}
	}
}
