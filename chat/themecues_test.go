package chat

import (
	"slices"
	"testing"
)

func TestJoinThemes(t *testing.T) {
	a := &theme{labelFR: "pirates", labelEN: "pirates", keywords: []string{"pirate"}, films: []string{"t1", "t2", "t3", "t4", "t5"}}
	both := &theme{labelFR: "fantômes", labelEN: "ghosts", keywords: []string{"ghost"}, films: []string{"t9", "t4", "t2", "t1"}}
	j := joinThemes(a, both)
	if want := []string{"t1", "t2", "t4"}; !slices.Equal(j.films, want) {
		t.Errorf("films on both: got %v, want %v", j.films, want)
	}
	if j.labelFR != "pirates et fantômes" || j.labelEN != "pirates and ghosts" || j.and != both {
		t.Errorf("joined theme: %+v", j)
	}
	few := &theme{labelFR: "nazis", labelEN: "nazis", keywords: []string{"nazi"}, films: []string{"t8", "t2", "t7"}}
	if got, want := joinThemes(a, few).films, []string{"t1", "t8", "t2", "t3", "t7", "t4", "t5"}; !slices.Equal(got, want) {
		t.Errorf("too few on both, in turn: got %v, want %v", got, want)
	}
	p := &plan{}
	p.addTheme(a)
	p.addTheme(&theme{keywords: []string{"pirate"}, films: []string{"t1"}})
	if p.theme != a {
		t.Errorf("the same theme twice is not joined: %+v", p.theme)
	}
	p.addTheme(both)
	p.addTheme(few)
	if p.theme.and != both {
		t.Errorf("a third theme is left out: %+v", p.theme)
	}
}

func TestToneThemes(t *testing.T) {
	for _, c := range []struct {
		in     string
		themes []string
		genres []string
	}{
		{"une comédie noire des années 90", []string{darkComedy}, []string{"Comedy"}},
		{"a dark comedy", []string{darkComedy}, []string{"Comedy"}},
		{"an anime please", nil, []string{"Animation"}},
		{"un dessin animé", nil, []string{"Animation"}},
		{"des films animés", nil, []string{"Animation"}},
		{"a good comedy", nil, []string{"Comedy"}},
	} {
		m := parse(c.in, parseOptions{})
		if !slices.Equal(m.Themes, c.themes) || !slices.Equal(m.Genres, c.genres) {
			t.Errorf("%q: themes %q genres %v, want %q %v", c.in, m.Themes, m.Genres, c.themes, c.genres)
		}
	}
	if m := parse("any good anime movies?", parseOptions{}); !slices.Equal(m.Countries, []string{"JP"}) {
		t.Errorf("any good anime movies?: countries %v", m.Countries)
	}
	if m := parse("un film de Hong Kong", parseOptions{}); !slices.Equal(m.Countries, []string{"HK"}) || len(m.People) > 0 {
		t.Errorf("un film de Hong Kong: countries %v people %q", m.Countries, m.People)
	}
	if m := parse("un flim d'espionage", parseOptions{}); len(m.Titles) > 0 {
		t.Errorf("un flim d'espionage: titles %q", m.Titles)
	}
}
