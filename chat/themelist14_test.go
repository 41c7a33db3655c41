package chat

import (
	"slices"
	"testing"
)

// TestThemeList14 checks that a list of subjects typed with partitive
// articles stays one theme (no person, no title read from its items), that
// « par exemple », "for example" ending a clause are no name, and that a
// person asked with « du » and a capital, or alone, still is one.
func TestThemeList14(t *testing.T) {
	cases := []struct {
		msg        string
		themes     []string
		people     []string
		morePeople []string
		titles     []string
	}{
		{msg: "quelque chose avec de la boxe, du catch, de la lutte", themes: []string{"boxe, du catch, de la lutte"}},
		{msg: "un film avec du jazz, du swing, du blues", themes: []string{"jazz, du swing, du blues"}},
		{msg: "sur la mer, du surf, de la voile", themes: []string{"mer, du surf, de la voile"}},
		{msg: "un film sur la nature, les oiseaux, un documentaire par exemple", themes: []string{"nature, les oiseaux"}},
		{msg: "a documentary for example"},
		{msg: "des films de Rohmer par exemple", people: []string{"Rohmer"}},
		{msg: "que du pagnol", morePeople: []string{"pagnol"}},
		{msg: "un film avec de la boxe, du Ventura", themes: []string{"boxe"}, morePeople: []string{"Ventura"}},
	}
	for _, c := range cases {
		m := parse(c.msg, parseOptions{})
		if !slices.Equal(m.Themes, c.themes) {
			t.Errorf("%q: themes %q, want %q", c.msg, m.Themes, c.themes)
		}
		if !slices.Equal(m.People, c.people) {
			t.Errorf("%q: people %q, want %q", c.msg, m.People, c.people)
		}
		if !slices.Equal(m.MorePeople, c.morePeople) {
			t.Errorf("%q: more people %q, want %q", c.msg, m.MorePeople, c.morePeople)
		}
		if !slices.Equal(m.Titles, c.titles) {
			t.Errorf("%q: titles %q, want %q", c.msg, m.Titles, c.titles)
		}
	}
}
