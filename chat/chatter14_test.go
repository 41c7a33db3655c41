package chat

import (
	"slices"
	"strings"
	"testing"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// TestLifeTalk checks that the customer's life told around a request is
// no title, no theme and no person, and that the request is still read
// (chatter14.go).
func TestLifeTalk(t *testing.T) {
	cases := []struct {
		msg    string
		gone   []string // words that must be in no title, theme or person
		genres []string
		years  [2]int
	}{
		{msg: "une voisine m'a dit que Gérard Jugnot est drôle, vous avez quoi avec lui ?", gone: []string{"voisine", "dit"}},
		{msg: "my sister in Leeds says I must watch some war films", gone: []string{"sister", "says"}, genres: []string{"War"}},
		{msg: "a colleague of mine told me Cary Grant is the best, anything with him?", gone: []string{"colleague", "told"}},
		{msg: "on est en vacances chez des cousins à Royère, une comédie svp", gone: []string{"cousins", "vacances"}, genres: []string{"Comedy"}},
		{msg: "visiting family in Guéret this week, any thrillers?", gone: []string{"family", "visiting"}, genres: []string{"Thriller"}},
		{msg: "Ciao ! un western des années 60", gone: []string{"ciao"}, genres: []string{"Western"}, years: [2]int{1960, 1969}},
		{msg: "j'ai conduit des camions pendant trente ans, un film d'action", gone: []string{"camions", "trente"}, genres: []string{"Action"}},
		{msg: "vous m'aviez proposé des polars la dernière fois, cette fois je veux une comédie", gone: []string{"fois"}, genres: []string{"Comedy"}},
		{msg: "un film suédois, avec de la tendresse", gone: []string{}},
		{msg: "quelque chose avec de la boxe, de la lutte", gone: []string{}},
		{msg: "il est 2h du mat et je dors pas, un film d'horreur", gone: []string{"mat"}, genres: []string{"Horror"}},
		{msg: "des films de pirates comme ça pour la bande", gone: []string{"bande"}},
		{msg: "a fun cartoon we can all laugh along to", gone: []string{"laugh"}},
		{msg: "je dors pas, un polar svp", gone: []string{"dors"}, genres: []string{"Crime"}},
		{msg: "we can't decide, a comedy for tonight", gone: []string{"decide"}, genres: []string{"Comedy"}},
		{msg: "des films avec de funès svp"},
		{msg: "un film de leone"},
		{msg: "Les films de Claude Sautet, César et Rosalie par exemple", gone: []string{}},
		{msg: "exchange student from Lisbon here, I want to see some Pixar films", gone: []string{"exchange", "student"}},
		{msg: "Les films de Georges Lautner, Les Tontons flingueurs par exemple", gone: []string{}},
		{msg: "a French film the whole family can watch", gone: []string{"family"}},
		{msg: "le livre de la jungle, le film de 2016", gone: []string{}},
		{msg: "des films d'aventure, la jungle, les pirates et tout ça", gone: []string{"tout ca"}, genres: []string{"Adventure"}},
	}
	for _, c := range cases {
		m := parse(c.msg, parseOptions{})
		if c.gone == nil && len(m.People) != 1 {
			t.Errorf("%q: people %q, want the name", c.msg, m.People)
		}
		if !strings.Contains(c.msg, "livre") && slices.ContainsFunc(m.People, func(n string) bool { return articledNameRe.MatchString(fold(n).s) }) {
			t.Errorf("%q: people %q, want no noun after an article", c.msg, m.People)
		}
		if strings.Contains(c.msg, "livre") && len(m.CueThemes) > 0 {
			t.Errorf("%q: cue themes %q, want the title read", c.msg, m.CueThemes)
		}
		if strings.Contains(c.msg, "whole family") && !m.Family {
			t.Errorf("%q: no family audience", c.msg)
		}
		if strings.Contains(c.msg, "Tontons") && !slices.Contains(m.Titles, "Les Tontons flingueurs") {
			t.Errorf("%q: titles %q, want the example film", c.msg, m.Titles)
		}
		if strings.Contains(c.msg, "Rosalie") && !slices.Contains(m.Titles, "César et Rosalie") {
			t.Errorf("%q: titles %q, want the example film", c.msg, m.Titles)
		}
		spans := slices.Concat(m.Titles, m.Themes, m.SoftThemes, m.People)
		for _, s := range spans {
			for _, w := range c.gone {
				if strings.Contains(fold(s).s, w) {
					t.Errorf("%q: %q read from the chatter %q", c.msg, s, w)
				}
			}
		}
		if c.genres != nil && !slices.Equal(m.Genres, c.genres) {
			t.Errorf("%q: genres %q, want %q", c.msg, m.Genres, c.genres)
		}
		if c.years != [2]int{} && (m.MinYear != c.years[0] || m.MaxYear != c.years[1]) {
			t.Errorf("%q: years %d-%d, want %v", c.msg, m.MinYear, m.MaxYear, c.years)
		}
	}
}

// TestIndefiniteMention checks that a title told with an indefinite
// article none of its film's titles bears is read as the customer's words.
func TestIndefiniteMention(t *testing.T) {
	nuit := &data.Film{Title: "Sleepless Night", FrenchTitle: "Nuit blanche"}
	sep := &data.Film{Title: "A Separation", FrenchTitle: "Une séparation"}
	cases := []struct {
		raw, text string
		film      *data.Film
		want      bool
	}{
		{"encore une nuit blanche, un film triste", "nuit blanche", nuit, true},
		{"encore une nuit blanche, un film triste", "une nuit blanche", nuit, true},
		{"j'ai aimé nuit blanche", "nuit blanche", nuit, false},
		{"on a adoré une séparation", "une séparation", sep, false},
		{"on a adoré une séparation", "séparation", sep, false},
		{"un film qui ressemble a nuit blanche", "nuit blanche", nuit, false},
	}
	for _, c := range cases {
		mt := mention{Text: c.text, Matches: []search.FilmMatch{{Film: c.film}}}
		if got := indefiniteMention(fold(c.raw), mt); got != c.want {
			t.Errorf("%q in %q: %v, want %v", c.text, c.raw, got, c.want)
		}
	}
}
