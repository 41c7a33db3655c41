package chat

import (
	"slices"
	"testing"
)

// TestThemes13 checks the subjects refused with their cue, the subjects
// told in chatter and pointed back to, the sentence's first capital before
// "films like", and the tones left over (themes13.go).
func TestThemes13(t *testing.T) {
	cases := []struct {
		msg    string
		themes []string
		avoid  []string
		titles []string
		genres []string
	}{
		{msg: "un film de guerre mais pas sur la Corée, on en a assez vu", avoid: []string{"Corée"}, titles: []string{}, genres: []string{"War"}},
		{msg: "an action film but nothing about aliens", avoid: []string{"aliens"}, titles: []string{}, genres: []string{"Action"}},
		{msg: "un polar, rien sur la drogue", avoid: []string{"drogue"}, titles: []string{}, genres: []string{"Crime"}},
		{msg: "pas de vampires elle en a peur", avoid: []string{"vampires"}, titles: []string{}},
		{msg: "mon oncle a la maladie de Parkinson, un film qui en parle ?", themes: []string{"maladie de Parkinson"}, titles: []string{}},
		{msg: "mon fils subit du racket au collège, vous avez un film sur le sujet ?", themes: []string{"racket"}, titles: []string{}},
		{msg: "my mum has dementia, is there a film about it?", themes: []string{"dementia"}, titles: []string{}},
		{msg: "ma tante a une comédie préférée, Les Bronzés", themes: nil},
		{msg: "on a vu Rocky, d'autres films sur ce sujet ?", themes: nil, titles: []string{"Rocky"}},
		{msg: "Jaws, the first one. Shark films like that", themes: []string{"Shark"}},
		{msg: "une comédie pas trop déprimante", titles: []string{}, genres: []string{"Comedy"}},
	}
	for _, c := range cases {
		m := parse(c.msg, parseOptions{})
		titles := m.Titles
		if titles == nil {
			titles = []string{}
		}
		if !slices.Equal(m.Themes, c.themes) || !slices.Equal(m.AvoidThemes, c.avoid) || c.titles != nil && !slices.Equal(titles, c.titles) ||
			c.genres != nil && !slices.Equal(m.Genres, c.genres) {
			t.Errorf("%q: themes %q avoid %q titles %q genres %q, want %q %q %q %q", c.msg, m.Themes, m.AvoidThemes, m.Titles, m.Genres, c.themes, c.avoid, c.titles, c.genres)
		}
	}
}

// TestUnionThemes: either theme's films in turn, each once, and the
// keywords of both.
func TestUnionThemes(t *testing.T) {
	a := &theme{labelFR: "échecs", labelEN: "chess", keywords: []string{"chess"}, films: []string{"a1", "x", "a2"}}
	b := &theme{labelFR: "poker", labelEN: "poker", keywords: []string{"poker", "chess"}, films: []string{"b1", "x", "b2", "b3"}}
	u := unionThemes(a, b)
	if want := []string{"a1", "b1", "x", "a2", "b2", "b3"}; !slices.Equal(u.films, want) {
		t.Errorf("films %q, want %q", u.films, want)
	}
	if want := []string{"chess", "poker"}; !slices.Equal(u.keywords, want) {
		t.Errorf("keywords %q, want %q", u.keywords, want)
	}
	if u.label("fr") != "échecs ou poker" || u.label("en") != "chess or poker" {
		t.Errorf("labels %q %q", u.label("fr"), u.label("en"))
	}
	for _, c := range []struct {
		t    string
		a, b string
	}{{"chess or poker, games of the mind", "chess", "poker"}, {"la boxe ou bien la lutte", "la boxe", "la lutte"}, {"sailing", "", ""}} {
		m := orSplitRe.FindStringSubmatch(c.t)
		if c.a == "" && m != nil || c.a != "" && (m == nil || m[1] != c.a || m[2] != c.b) {
			t.Errorf("%q: split %q, want %q / %q", c.t, m, c.a, c.b)
		}
	}
}
