package chat

import (
	"slices"
	"testing"

	"github.com/bobine/bobine/data"
)

// TestChatThemes12 checks the chatter that is no theme and no title, and
// the subjects told as a life led somewhere or before a genre noun
// (themes12.go).
func TestChatThemes12(t *testing.T) {
	cases := []struct {
		msg    string
		themes []string
		soft   []string
		titles []string
		genres []string
	}{
		{msg: "quelque chose qui plaise à toute la famille, un film d'animation", titles: []string{}, genres: []string{"Animation"}},
		{msg: "something we'd both enjoy, a comedy please", titles: []string{}, genres: []string{"Comedy"}},
		{msg: "on est deux retraités de la SNCF, on aime les westerns", titles: []string{}, genres: []string{"Western"}},
		{msg: "On est belges, en vacances au lac de Vassivière, des films avec Benoît Poelvoorde", titles: []string{}},
		{msg: "On est nostalgiques avec mon frère : SOS Fantômes, Retour vers le futur", titles: []string{"SOS Fantômes, Retour vers le futur"}},
		{msg: "my husband drives a tractor all day and he loves westerns", titles: []string{}, genres: []string{"Western"}},
		{msg: "je suis fan de Belmondo", titles: []string{}},
		{msg: "la vie dans un pensionnat de garçons", themes: []string{"pensionnat de garçons"}, titles: []string{}},
		{msg: "life in an english boarding school", themes: []string{"english boarding school"}, titles: []string{}},
		{msg: "heist comedies where nothing goes to plan", soft: []string{"heist"}},
		{msg: "romantic comedies", titles: []string{}},
		{msg: "la vie en rose, the edith piaf movie", themes: nil},
		{msg: "un film qui ressemble à Amélie Poulain", titles: []string{"Amélie Poulain"}},
	}
	for _, c := range cases {
		m := parse(c.msg, parseOptions{})
		titles := m.Titles
		if titles == nil {
			titles = []string{}
		}
		if !slices.Equal(m.Themes, c.themes) || !slices.Equal(m.SoftThemes, c.soft) || c.titles != nil && !slices.Equal(titles, c.titles) ||
			c.genres != nil && !slices.Equal(m.Genres, c.genres) {
			t.Errorf("%q: themes %q soft %q titles %q genres %q, want %q %q %q %q", c.msg, m.Themes, m.SoftThemes, m.Titles, m.Genres, c.themes, c.soft, c.titles, c.genres)
		}
	}
}

// TestCueTypo: a cue noun mistyped after an article is read, a real word
// one edit away is not.
func TestCueTypo(t *testing.T) {
	for _, c := range []struct{ w, prev, want string }{
		{"flm", "un", "film"}, {"movi", "a", "movie"}, {"fiilm", "the", "film"},
		{"fils", "un", ""}, {"momies", "les", ""}, {"move", "a", ""}, {"flm", "mon", ""}, {"film", "un", ""},
	} {
		if got := filmNounTypo(c.w, c.prev); got != c.want {
			t.Errorf("filmNounTypo(%q, %q) = %q, want %q", c.w, c.prev, got, c.want)
		}
	}
}

// TestThinTitle: a long span sharing one word with a title tells a subject;
// a title typed with a word left out, or the film and a comment, do not.
func TestThinTitle(t *testing.T) {
	life := &data.Film{Title: "Life"}
	wonderful := &data.Film{Title: "It's a Wonderful Life"}
	for _, c := range []struct {
		span string
		f    *data.Film
		want bool
	}{
		{"dinosaurs brought back to life on an island", life, true},
		{"life in a convent, nuns, a novice who doubts", life, false}, // read by lifeInRe
		{"apocalypse now m'a plu mais je ne", &data.Film{Title: "Apocalypse Now"}, false},
		{"on est fans de chabrol, le boucher surtout", &data.Film{Title: "Le Boucher"}, false},
		{"fantomas 1964 avec louis de funes et jean marais", &data.Film{Title: "Fantomas"}, false},
		{"its a wonderful life, we watch it every christmas", wonderful, false},
		{"wonderful life", wonderful, false},
		{"les ripoux !! noiret et lhermitte", &data.Film{Title: "Les ripoux"}, false},
		{"les 400 coups de truffaut, on l'etudie au lycee avec mon fils", &data.Film{Title: "Les 400 coups"}, false},
		{"a lighthouse keeper on a lonely island", &data.Film{Title: "The Lighthouse"}, true},
	} {
		if got := thinSpan(c.span, c.f); got != c.want {
			t.Errorf("thinSpan(%q, %q) = %v, want %v", c.span, c.f.Title, got, c.want)
		}
	}
}

// TestToneOnly: tone words and genres alone are no title.
func TestToneOnly(t *testing.T) {
	for s, want := range map[string]bool{"bien long": true, "serious drama": true, "le grand bain": false, "serious man": false, "le bon": false, "bon": false} {
		if got := toneOnly(s); got != want {
			t.Errorf("toneOnly(%q) = %v, want %v", s, got, want)
		}
	}
}
