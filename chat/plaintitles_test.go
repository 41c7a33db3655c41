package chat

import (
	"strings"
	"testing"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// plainCatalogue holds short titles of everyday words beside distinctive
// ones, and synopses in which "day", "follows", "life" and « vie » are
// everyday words.
func plainCatalogue() *data.Catalogue {
	en := strings.Repeat("one day the life of a man follows his family. ", 1000)
	fr := strings.Repeat("un jour la vie d'un homme qui parle de sa famille. ", 1000)
	films := []data.Film{
		{ID: "tt1217637", Type: "movie", Title: "Anything for Her", FrenchTitle: "Pour elle", Year: 2008, Votes: 10000, OverviewEN: en, OverviewFR: fr},
		{ID: "tt1563738", Type: "movie", Title: "One Day", Year: 2011, Votes: 175000, OverviewEN: en, OverviewFR: fr},
		{ID: "tt0113277", Type: "movie", Title: "Heat", Year: 1995, Votes: 760000, OverviewEN: en, OverviewFR: fr},
		{ID: "tt3235888", Type: "movie", Title: "It Follows", Year: 2014, Votes: 390000, OverviewEN: en, OverviewFR: fr},
		{ID: "tt0781429", Type: "movie", Title: "Mes copines", Year: 2006, Votes: 315, OverviewEN: en, OverviewFR: fr},
		{ID: "tt0083543", Type: "movie", Title: "Koko: A Talking Gorilla", FrenchTitle: "Koko, le gorille qui parle", Year: 1978, Votes: 1500, OverviewEN: en, OverviewFR: fr},
		{ID: "tt0211915", Type: "movie", Title: "Amélie", FrenchTitle: "Le Fabuleux Destin d'Amélie Poulain", Year: 2001, Votes: 800000, OverviewEN: en + strings.Repeat(" amelie", 5), OverviewFR: fr + strings.Repeat(" amelie", 5)},
		{ID: "tt0062759", Type: "movie", Title: "The Diamond Arm", OriginalTitle: "Brilliantovaya ruka", Year: 1969, Votes: 17000, OverviewEN: en + " brilliant brilliant brilliant brilliant", OverviewFR: fr},
	}
	return data.NewCatalogue(films, nil)
}

func TestChatterTitle(t *testing.T) {
	cat := plainCatalogue()
	e := &Engine{cat: cat}
	film := func(id string) *data.Film {
		f, _ := cat.Film(id)
		return f
	}
	for _, c := range []struct {
		name, text, typed string
		id                string
		others            map[string]string // other mentions of the message: typed -> film id
		chatter           bool
	}{
		{name: "everyday words beside a genre", text: "ma petite fille a 7 ans, un dessin animé pour elle svp", typed: "pour elle", id: "tt1217637", chatter: true},
		{name: "everyday words beside an era", text: "one day I'd like a good war film from the 90s", typed: "one day", id: "tt1563738", chatter: true},
		{name: "a word close to a foreign title", text: "something brilliant and scary, a horror film", typed: "brilliant", id: "tt0062759", chatter: true},
		{name: "after a cue", text: "j'ai adoré pour elle, un thriller", typed: "pour elle", id: "tt1217637"},
		{name: "after a similarity cue", text: "des thrillers comme one day", typed: "one day", id: "tt1563738"},
		{name: "after « genre »", text: "des films japonais genre one day", typed: "one day", id: "tt1563738"},
		{name: "capitals inside a sentence", text: "un thriller dans le genre de Pour elle", typed: "Pour elle", id: "tt1217637"},
		{name: "capitals at the start of a sentence", text: "One day I'd like a good war film", typed: "One day", id: "tt1563738", chatter: true},
		{name: "with its year", text: "pour elle 2008, plutôt récent", typed: "pour elle", id: "tt1217637"},
		{name: "the whole message", text: "pour elle", typed: "pour elle", id: "tt1217637"},
		{name: "nothing else asked", text: "bonsoir, pour elle", typed: "pour elle", id: "tt1217637"},
		{name: "in a list beside a well-known title", text: "heat et it follows, plus récent", typed: "it follows", id: "tt3235888", others: map[string]string{"heat": "tt0113277"}},
		{name: "beside another plain title", text: "un film d'aventure pour elle et one day", typed: "one day", id: "tt1563738", others: map[string]string{"pour elle": "tt1217637"}, chatter: true},
		{name: "close to a little-known title", text: "un film d'aventure pour elle et ses copines", typed: "ses copines", id: "tt0781429", chatter: true},
		{name: "a little-known title typed exactly after a cue", text: "j'ai aimé mes copines, un film d'aventure", typed: "mes copines", id: "tt0781429"},
		{name: "an everyday word of a longer title", text: "ma mère est malade, un film qui en parle avec tact", typed: "parle", id: "tt0083543", chatter: true},
		{name: "a name of a longer title", text: "amelie, plus récent", typed: "amelie", id: "tt0211915"},
		{name: "a name of a longer title inside a sentence", text: "on cherche un film plus récent que amelie", typed: "amelie", id: "tt0211915"},
		{name: "a distinctive title", text: "heat, plus récent", typed: "heat", id: "tt0113277"},
	} {
		t.Run(c.name, func(t *testing.T) {
			mt := mention{Text: c.typed, Matches: []search.FilmMatch{{Film: film(c.id), Confidence: 1}}}
			all := []mention{mt}
			for typed, id := range c.others {
				all = append(all, mention{Text: typed, Matches: []search.FilmMatch{{Film: film(id), Confidence: 1}}})
			}
			p := &plan{m: parse(c.text, parseOptions{})}
			if got := e.chatterTitle(p, mt, all); got != c.chatter {
				t.Errorf("chatterTitle(%q in %q) = %v, want %v", c.typed, c.text, got, c.chatter)
			}
		})
	}
}

func TestSpanOf(t *testing.T) {
	for _, c := range []struct {
		s, t string
		a, b int
		ok   bool
	}{
		{"un dessin anime pour elle svp", "pour elle", 16, 25, true},
		{"pour elles et pour elle", "pour elle", 14, 23, true},
		{"mapour elle", "pour elle", 0, 0, false},
		{"heat", "", 0, 0, false},
	} {
		a, b, ok := spanOf(c.s, c.t)
		if a != c.a || b != c.b || ok != c.ok {
			t.Errorf("spanOf(%q, %q) = %d, %d, %v, want %d, %d, %v", c.s, c.t, a, b, ok, c.a, c.b, c.ok)
		}
	}
}
