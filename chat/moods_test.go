package chat

import (
	"slices"
	"testing"
)

// TestParseMoodsAgesLanguages checks the moods of moods.go, the children's
// and elders' ages, the nations and the subtitles refused (subtitles.go):
// what the message asks for, and that none of its words is left to be
// looked up as a title, a person or a theme.
func TestParseMoodsAgesLanguages(t *testing.T) {
	tests := []struct {
		in        string
		genres    []string // among the message's genres
		family    bool
		teen      bool
		audience  string
		language  string
		countries []string
		avoid     []string // countries refused
		french    bool
		chatter   bool // words of chatter may be left, which the dialogue drops (« need a »)
	}{
		// Moods, never a person or a title.
		{in: "je veux un truc léger ce soir", genres: []string{"Comedy"}},
		{in: "un film leger et pas trop long stp", genres: []string{"Comedy"}},
		{in: "quelque chose qui fait sourire", genres: []string{"Comedy"}},
		{in: "un film qui donne la pêche", genres: []string{"Comedy"}},
		{in: "un film pour pleurer un bon coup", genres: []string{"Drama"}},
		{in: "need a comfort movie after a long week", genres: []string{"Comedy"}, chatter: true},
		{in: "something light and sweet", genres: []string{"Comedy"}},
		{in: "I want a film that makes me have a good cry", genres: []string{"Drama"}, chatter: true},
		{in: "une comédie romantique pas trop niaise", genres: []string{"Comedy"}},
		// Children's ages anywhere.
		{in: "mon fils (15 ans) veut un film de science fiction", genres: []string{"Sci-Fi"}, teen: true},
		{in: "un film pour elle (10 ans)", family: true},
		{in: "rainy sunday, kids 5 and 8, something we can all watch?", family: true, chatter: true},
		{in: "having the grandkids over (4 and 7), any ideas?", family: true},
		{in: "pas trop effrayant svp, la plus jeune a 9 ans", family: true, audience: "gentle"},
		{in: "an action film, the eldest is 15 and the other 14", genres: []string{"Action"}, teen: true},
		{in: "film pr ce soir avc les petits 4 et 7 ans stp", family: true},
		// An old parent's age.
		{in: "quelque chose pour ma mère qui a 80 ans", audience: "elders"},
		{in: "a film for my dad who's 85", audience: "elders"},
		{in: "un film avec ma mère", audience: "parents"},
		// Nations and languages.
		{in: "vous avez des films flamands ?", countries: []string{"BE"}},
		{in: "any Welsh films?", countries: []string{"GB"}},
		{in: "a crime film, British rather than American", genres: []string{"Crime"}, countries: []string{"GB"}, avoid: []string{"US"}},
		{in: "des drames anglais plutôt qu'américains", genres: []string{"Drama"}, countries: []string{"GB"}, avoid: []string{"US"}},
		{in: "une comédie romantique avec des actrices françaises", genres: []string{"Comedy"}, french: true},
		{in: "a thriller with a British cast", genres: []string{"Thriller"}, countries: []string{"GB"}},
		{in: "he's seen all the American ones, British films please", countries: []string{"GB"}, avoid: []string{"US"}},
		{in: "fine, give us a comedy then, Scottish if you can", genres: []string{"Comedy"}, countries: []string{"GB"}, chatter: true},
		{in: "une comédie facile à suivre", genres: []string{"Comedy"}},
		{in: "pas de sous-titres, mon père n'arrive pas à les lire. Un polar", genres: []string{"Crime"}, language: "fr"},
		{in: "no subtitles please, my wife hates reading them. A good thriller", genres: []string{"Thriller"}, language: "en"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			m := parse(tc.in, parseOptions{})
			for _, g := range tc.genres {
				if !slices.Contains(m.Genres, g) && !slices.Contains(m.AllGenres, g) {
					t.Errorf("genres %v %v, want %s", m.Genres, m.AllGenres, g)
				}
			}
			if m.Family != tc.family || m.Teen != tc.teen {
				t.Errorf("family %v teen %v, want %v %v", m.Family, m.Teen, tc.family, tc.teen)
			}
			if m.Audience != tc.audience {
				t.Errorf("audience %q, want %q", m.Audience, tc.audience)
			}
			if m.FrenchOnly != tc.french {
				t.Errorf("french %v, want %v", m.FrenchOnly, tc.french)
			}
			if m.Language != tc.language {
				t.Errorf("language %q, want %q", m.Language, tc.language)
			}
			if !slices.Equal(m.Countries, tc.countries) || !slices.Equal(m.AvoidCountries, tc.avoid) {
				t.Errorf("countries %v avoid %v, want %v %v", m.Countries, m.AvoidCountries, tc.countries, tc.avoid)
			}
			if !tc.chatter && len(m.Titles) > 0 || len(m.People) > 0 || len(m.Themes) > 0 || len(m.SoftThemes) > 0 || len(m.CueThemes) > 0 {
				t.Errorf("left titles %q, people %q, themes %q %q %q", m.Titles, m.People, m.Themes, m.SoftThemes, m.CueThemes)
			}
		})
	}
}
