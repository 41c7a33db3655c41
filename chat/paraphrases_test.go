package chat

import (
	"slices"
	"testing"
)

// TestParaphrases checks how nationalities, genres and children are read
// when customers say them in passing, on a phone, or by what the film does.
func TestParaphrases(t *testing.T) {
	for _, tc := range []struct {
		in                string
		countries, genres []string
		avoidCountries    []string
		avoidGenres       []string
		language          string
		family, french    bool
		titles            int // how many title mentions are left
	}{
		// elisions typed without their apostrophe
		{in: "un film d espagne", countries: []string{"ES"}},
		{in: "un film d horreur svp", genres: []string{"Horror"}},
		{in: "un film québécois avec l accent", countries: []string{"CA"}, language: "fr"},
		// regions, with or without the hyphen
		{in: "un drame sud americain", countries: []string{"XL"}, genres: []string{"Drama"}},
		{in: "du cinéma d'Europe de l'Est", countries: []string{"XE"}},
		{in: "something from Eastern Europe", countries: []string{"XE"}},
		// where the film comes from, whose side it tells
		{in: "un film qui vient de Corée", countries: []string{"KR"}},
		{in: "un drame tourné en Pologne", countries: []string{"PL"}, genres: []string{"Drama"}},
		{in: "un film de guerre vu côté japonais", countries: []string{"JP"}, genres: []string{"War"}},
		{in: "the war from the German side", countries: []string{"DE"}, genres: []string{"War"}},
		// nationality as a wish, a refusal; a refused language
		{in: "allemand ce serait parfait", countries: []string{"DE"}},
		{in: "no movies from the USA please", avoidCountries: []string{"US"}},
		{in: "en espagnol, pas en anglais", language: "es", avoidCountries: []string{"US", "GB"}},
		// genres said by what the film does, or in SMS
		{in: "un film ki fout les jetons", genres: []string{"Horror"}},
		{in: "un film où ça chante", genres: []string{"Musical"}},
		{in: "un truc qui bouge", genres: []string{"Action"}},
		{in: "un film avec de l'action", genres: []string{"Action"}},
		{in: "any gd comedy 4 tonight", genres: []string{"Comedy"}},
		{in: "a whodunit", genres: []string{"Mystery"}},
		{in: "je n'aime ni les comédies ni les films qui font peur", avoidGenres: []string{"Comedy", "Horror"}},
		// « marre » is no typo of a paraphrase's word
		{in: "j'en ai marre des films américains", avoidCountries: []string{"US"}},
		// noir beside another country than the US is a crime film
		{in: "un film noir français des années 50", genres: []string{"Crime"}, french: true},
		// children, their ages in brackets, and who loves what
		{in: "on a les petits-enfants (4 et 6 ans) ce week-end, des idées ?", family: true},
		{in: "the kids (8 and 10) are staying with us, any suggestions?", family: true},
		{in: "mon petit-fils adore les trains, un film pour lui ?", family: true, titles: 1},
		// "THX 1138" and « l a » stay titles
		{in: "THX 1138", titles: 1},
	} {
		m := parse(tc.in, parseOptions{})
		countries := m.Countries
		if !slices.Equal(countries, tc.countries) || !slices.Equal(m.AvoidCountries, tc.avoidCountries) {
			t.Errorf("%q: countries %v, avoid %v; want %v, avoid %v", tc.in, countries, m.AvoidCountries, tc.countries, tc.avoidCountries)
		}
		if genres := append(slices.Clone(m.Genres), m.AllGenres...); !slices.Equal(genres, tc.genres) || !slices.Equal(m.AvoidGenres, tc.avoidGenres) {
			t.Errorf("%q: genres %v, avoid %v; want %v, avoid %v", tc.in, genres, m.AvoidGenres, tc.genres, tc.avoidGenres)
		}
		if m.Language != tc.language || m.Family != tc.family || m.FrenchOnly != tc.french {
			t.Errorf("%q: language %q family %v french %v; want %q %v %v", tc.in, m.Language, m.Family, m.FrenchOnly, tc.language, tc.family, tc.french)
		}
		if len(m.Titles) != tc.titles {
			t.Errorf("%q: titles %q, want %d", tc.in, m.Titles, tc.titles)
		}
	}
}

// TestElided checks which words typed before a space get their apostrophe
// back.
func TestElided(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"un film d espagne", "un film d'espagne"},
		{"qu on regarde", "qu'on regarde"},
		{"s il vous plait", "s'il vous plait"},
		{"j ai aimé", "j'ai aime"},
		{"j edgar", "j edgar"},                   // a first name
		{"l a confidential", "l a confidential"}, // L.A.
		{"vitamine d", "vitamine d"},
		{"thx 1138", "thx 1138"},
		{"thx", "thanks"},
	} {
		if got := correctLexicon(fold(tc.in)).s; got != tc.want {
			t.Errorf("%q folded to %q, want %q", tc.in, got, tc.want)
		}
	}
}
