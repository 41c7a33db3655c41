package search

import (
	"slices"
	"testing"
)

func TestWidenThinLead(t *testing.T) {
	m := &themeModel{Films: 10000, Keywords: []themeKeyword{
		{Name: "venice", Stem: "venic", DF: 4},
		{Name: "venice, italy", Stem: "venic itali", DF: 21},
		{Name: "gondola", Stem: "gondola", DF: 3},
		{Name: "poker game", Stem: "poker game", DF: 7},
		{Name: "poker", Stem: "poker", DF: 19},
		{Name: "heist", Stem: "heist", DF: 80},
		{Name: "bank heist", Stem: "bank heist", DF: 30},
		{Name: "paris", Stem: "pari", DF: 7},
		{Name: "paris, texas", Stem: "pari texa", DF: 15},
		{Name: "paris, france", Stem: "pari franc", DF: 300},
		{Name: "toy", Stem: "toy", DF: 5},
		{Name: "based on toy", Stem: "base toy", DF: 40},
		{Name: "alternate reality", Stem: "altern realiti", DF: 3},
		{Name: "alternative reality", Stem: "altern realiti", DF: 12},
	}}
	m.index()
	x := &Index{themes: m}
	for _, c := range []struct {
		in, want []string
	}{
		// A thin lead gives way to the keyword spelling it out, most common first.
		{[]string{"venice", "gondola"}, []string{"venice, italy", "venice", "gondola"}},
		{[]string{"paris"}, []string{"paris, france", "paris"}},
		{[]string{"venice", "venice, italy"}, []string{"venice, italy", "venice"}},
		// A keyword made of some of the lead's words is no sibling.
		{[]string{"poker game"}, []string{"poker game"}},
		// A spelling of the same words, or the source a film is based on,
		// is no sibling.
		{[]string{"toy"}, []string{"toy"}},
		{[]string{"alternate reality", "alternative reality"}, []string{"alternate reality", "alternative reality"}},
		// A lead on enough films stands.
		{[]string{"heist", "bank heist"}, []string{"heist", "bank heist"}},
	} {
		got := x.widenThinLead(Theme{Keywords: c.in}, true)
		if !slices.Equal(got.Keywords, c.want) {
			t.Errorf("widenThinLead(%v) = %v, want %v", c.in, got.Keywords, c.want)
		}
	}
	if got := x.widenThinLead(Theme{Keywords: []string{"venice"}}, false); !slices.Equal(got.Keywords, []string{"venice"}) {
		t.Errorf("a theme not read was changed: %v", got.Keywords)
	}
}

func TestDropSettingPhrase(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"something that takes place in Paris", "something that in Paris"},
		{"a story taking place in chicago", "a story in chicago"},
		{"what happens in vegas", "what in vegas"},
		{"l'action se déroule à Chicago", "l'action à Chicago"},
		{"une histoire qui a lieu à Rome", "une histoire qui à Rome"},
		{"une place de village", "une place de village"}, // « place » alone is a word
		{"takes place", "takes place"},                   // nothing else left: kept
	} {
		if got := dropSettingPhrase(c.q); got != c.want {
			t.Errorf("dropSettingPhrase(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}
