package chat

import (
	"slices"
	"testing"
)

// TestDescribedSubjects checks the readings of themes8.go on the parser
// alone: a life or a story told is a theme, « moins de X » is none, a noun
// before the kind of film is a subject, and who a follow-up is for is
// neither a title nor a theme.
func TestDescribedSubjects(t *testing.T) {
	for _, c := range []struct {
		in     string
		themes []string // m.Themes
		soft   []string // m.SoftThemes
		cue    []string // m.CueThemes
		titles []string
		genres []string
		teen   bool
		family bool
	}{
		{in: "la vie d'un boulanger", themes: []string{"boulanger"}},
		{in: "La vie d'une danseuse étoile", themes: []string{"danseuse étoile"}},
		{in: "une histoire entre une mère et sa fille", themes: []string{"mère et sa fille"}},
		{in: "the life of a jazz musician", themes: []string{"jazz musician"}},
		{in: "a story between a grandmother and her granddaughter", themes: []string{"grandmother and her granddaughter"}},
		{in: "la vie d'adèle", titles: []string{"la vie d'adèle"}}, // a title: no article after « vie de »
		{in: "like Die Hard but with less explosions, a hostage story", titles: []string{"Die Hard"}, cue: []string{"hostage"}},
		{in: "a french heist film from the fifties", soft: []string{"heist"}},
		{in: "spy adventures", soft: []string{"spy"}, genres: []string{"Adventure"}},
		{in: "pirate adventures", soft: []string{"pirate"}, genres: []string{"Adventure"}}, // no one called Pirate
		{in: "kieslowski movies", themes: []string{"kieslowski"}},                          // read by the older rule, whose names the engine finds
		{in: "et pour son cousin de 16 ans qui aime la science-fiction ?", genres: []string{"Sci-Fi"}, teen: true},
		{in: "and for her brother who's 15 and likes action?", genres: []string{"Action"}, teen: true},
		{in: "et pour sa petite soeur de 7 ans ?", family: true},
	} {
		m := parse(c.in, parseOptions{})
		if !slices.Equal(m.Themes, c.themes) || !slices.Equal(m.SoftThemes, c.soft) || !slices.Equal(m.CueThemes, c.cue) ||
			!slices.Equal(m.Titles, c.titles) || !slices.Equal(m.Genres, c.genres) || m.Teen != c.teen || m.Family != c.family {
			t.Errorf("%q: themes %q soft %q cue %q titles %q genres %v teen %v family %v; want %q %q %q %q %v %v %v",
				c.in, m.Themes, m.SoftThemes, m.CueThemes, m.Titles, m.Genres, m.Teen, m.Family, c.themes, c.soft, c.cue, c.titles, c.genres, c.teen, c.family)
		}
	}
}

// TestCorrectionKeepsFrench checks that a French noun after an article is
// not corrected to an English lexicon word, while a typo still is.
func TestCorrectionKeepsFrench(t *testing.T) {
	for in, want := range map[string]string{
		"les momies":          "les momies",
		"des momies svp":      "des momies svp",
		"momies":              "movies", // no article: the lexicon's typo stands
		"une comdie":          "une comedie",
		"des films americian": "des films americain",
	} {
		if got := correctLexicon(fold(in)).s; got != want {
			t.Errorf("correctLexicon(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestParticipleClause checks that a plural noun and a participle with its
// object tell a plot, and that a title around an "-ing" word does not.
func TestParticipleClause(t *testing.T) {
	for in, want := range map[string]bool{
		"aliens invading earth":     true,
		"robots destroying cities":  true,
		"invading earth":            false, // no noun before
		"aliens":                    false,
		"the shining is terrifying": false,
		"rocky and raging bull":     false,
	} {
		if got := participleRe.MatchString(in); got != want {
			t.Errorf("subjectClauseRe(%q) = %v, want %v", in, got, want)
		}
	}
}
