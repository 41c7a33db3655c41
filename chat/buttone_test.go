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

// TestTrimStopTail: the words that end a name or a subject are not part of
// it, so a chip never reads « sans le thème : super héros finalement ».
func TestTrimStopTail(t *testing.T) {
	for in, want := range map[string]string{
		"super héros finalement": "super héros",
		"isabelle huppert again": "isabelle huppert",
		"zombies encore":         "zombies",
		"de funès plutôt":        "de funès",
		"le coup de foudre":      "le coup de foudre",
	} {
		if got := trimStopTail(in); got != want {
			t.Errorf("trimStopTail(%q) = %q, want %q", in, got, want)
		}
	}
}
