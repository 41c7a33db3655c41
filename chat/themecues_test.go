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

func TestThemesInMessages(t *testing.T) {
	for _, c := range []struct {
		in                  string
		themes, cue, titles []string
		sameEra             bool
	}{
		// One theme told as a list of nouns: the nouns stay together.
		{in: "un film sur la boulangerie, des artisans, un fournil", themes: []string{"boulangerie, des artisans, un fournil"}},
		{in: "a film about horses, ranches and cowboys", themes: []string{"horses, ranches and cowboys"}},
		{in: "a rowing film, rivers, oars", themes: []string{"rowing film, rivers, oars"}},
		// A list stops at what is not a noun of it.
		{in: "un film sur les pompiers, pas américain", themes: []string{"pompiers"}},
		{in: "un film avec des espions et de l'action", themes: []string{"espions"}},
		{in: "a Hitchcock film, colour films only", themes: []string{"Hitchcock"}},
		// Places and periods are a theme or nothing, never a title.
		{in: "un film à Lisbonne dans les années 60", cue: []string{"Lisbonne"}},
		{in: "Tchao pantin, j'aime quand ça se passe à Paris", titles: []string{"Tchao pantin"}, cue: []string{"Paris"}},
		{in: "un film de pirates pendant la prohibition", cue: []string{"la prohibition"}},
		{in: "un film à voir en famille"},
		// A theme referred back to: the one named, else the liked film's era.
		{in: "le pianiste, sous l'occupation. d'autres de cette époque", titles: []string{"le pianiste"}, cue: []string{"occupation"}},
		{in: "Les Tontons flingueurs. d'autres films de cette époque", titles: []string{"Les Tontons flingueurs"}, sameEra: true},
		{in: "Le Cercle des poètes disparus. d'autres sur ce sujet, l'internat ?", titles: []string{"Le Cercle des poètes disparus"}, cue: []string{"internat"}},
		{in: "I loved Rocky, the boxing and the training. more on this theme?", titles: []string{"Rocky"}, cue: []string{"the boxing and the training"}},
		{in: "j'ai aimé heat, alien. d'autres sur ce sujet", titles: []string{"heat, alien"}},
		// A theme told as a story, with a genre noun, or a sentence of nouns.
		{in: "a survival story in the jungle", cue: []string{"survival", "the jungle"}},
		{in: "a classic heist western", cue: []string{"heist western"}},
		{in: "something in the jungle. snakes, rivers, explorers", cue: []string{"the jungle. snakes, rivers, explorers"}},
	} {
		m := parse(c.in, parseOptions{})
		if !slices.Equal(m.Themes, c.themes) || !slices.Equal(m.CueThemes, c.cue) || !slices.Equal(m.Titles, c.titles) || m.SameEra != c.sameEra {
			t.Errorf("%q: themes %q cue %q titles %q same era %v; want %q %q %q %v", c.in, m.Themes, m.CueThemes, m.Titles, m.SameEra, c.themes, c.cue, c.titles, c.sameEra)
		}
	}
}

// TestShotPlaces checks where a film was shot: a place the nation rules do
// not know is the film's setting, a known country stays where the film is
// from unless pointed back at, and a language or a colour is no place.
func TestShotPlaces(t *testing.T) {
	for _, c := range []struct {
		in        string
		cue       []string
		countries []string
	}{
		{in: "un film tourné au maroc, ou qui se passe là-bas", cue: []string{"maroc"}},
		{in: "un film tourné en Grèce, ou qui se passe là-bas", cue: []string{"Grèce"}},
		{in: "a film shot in Patagonia", cue: []string{"Patagonia"}},
		{in: "a comedy shot in Chile", countries: []string{"CL"}},
		{in: "a film shot in Morocco, or set there", cue: []string{"Morocco"}},
		{in: "une comédie tournée en italie", countries: []string{"IT"}},
		{in: "un film tourné en langue allemande"},
		{in: "un film tourné en noir et blanc"},
	} {
		m := parse(c.in, parseOptions{})
		if !slices.Equal(m.CueThemes, c.cue) || !slices.Equal(m.Countries, c.countries) {
			t.Errorf("%q: places %q, countries %v; want %q, %v", c.in, m.CueThemes, m.Countries, c.cue, c.countries)
		}
	}
}
