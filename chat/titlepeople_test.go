package chat

import (
	"context"
	"slices"
	"testing"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// TestDislikedTitles checks that a title followed by the customer's
// dislike is read as a film not wanted, its comment dropped, and that a
// liked title with praise after it is left alone.
func TestDislikedTitles(t *testing.T) {
	for in, want := range map[string][]string{
		"la haine j'ai pas aimé du tout, trop dur":          {"pas la haine"},
		"le mépris m'a ennuyée à mourir":                    {"pas le mépris"},
		"totoro c'était nul pour nous":                      {"pas totoro"},
		"Amour, I didn't like it at all, too sad":           {"pas Amour"},
		"the piano, I hated it":                             {"pas the piano"},
		"la haine, j'ai adoré":                              {"la haine"},
		"j'ai adoré le mépris, vous avez d'autres godard ?": {"le mépris"},
	} {
		m := parse(in, parseOptions{})
		if !slices.Equal(m.Titles, want) {
			t.Errorf("parse(%q).Titles = %q, want %q", in, m.Titles, want)
		}
	}
}

// TestNotWhose checks that « pas celui avec X » names who is not in the
// film meant, and is no person asked for.
func TestNotWhose(t *testing.T) {
	for in, want := range map[string]string{
		"ocean's eleven avec sinatra, pas celui avec clooney":   "clooney",
		"fanfan la tulipe, pas la version avec vincent perez":   "vincent perez",
		"beauty and the beast, not the one with emma watson":    "emma watson",
		"la belle et la bête, pas celle de christophe gans svp": "christophe gans",
	} {
		m := parse(in, parseOptions{})
		if !slices.Equal(m.NotWhose, []string{want}) || slices.Contains(m.People, want) {
			t.Errorf("parse(%q): NotWhose %q People %q, want NotWhose [%q] and not among People", in, m.NotWhose, m.People, want)
		}
	}
	if m := parse("pas avec clavier", parseOptions{}); len(m.NotWhose) != 0 {
		t.Errorf("« pas avec clavier » is a person not wanted, not a version: NotWhose %q", m.NotWhose)
	}
}

// TestTitledByPeople checks that the people typed after a title without a
// preposition pick the film they are credited on, and that words which are
// not its people pick nothing.
func TestTitledByPeople(t *testing.T) {
	films := []data.Film{
		{ID: "tt0038348", Type: "movie", Title: "Beauty and the Beast", FrenchTitle: "La Belle et la Bête", Year: 1946, Directors: []string{"nm1"}, Votes: 30000},
		{ID: "tt2316801", Type: "movie", Title: "Beauty and the Beast", FrenchTitle: "La Belle et la Bête", Year: 2014, Directors: []string{"nm2"},
			Credits: []data.Credit{{PersonID: "nm3", Category: "actress"}, {PersonID: "nm4", Category: "actor"}}, Votes: 30000},
		{ID: "tt0050709", Type: "movie", Title: "Les Misérables", Year: 1958, Directors: []string{"nm5"}, Votes: 2000},
	}
	people := []data.Person{{ID: "nm1", Name: "Jean Cocteau"}, {ID: "nm2", Name: "Christophe Gans"},
		{ID: "nm3", Name: "Léa Seydoux"}, {ID: "nm4", Name: "Vincent Cassel"}, {ID: "nm5", Name: "Jean-Paul Le Chanois"}}
	cat := data.NewCatalogue(films, people)
	e := &Engine{cat: cat}
	matches := func(ids ...string) []search.FilmMatch {
		var ms []search.FilmMatch
		for _, id := range ids {
			f, err := cat.Film(id)
			if err != nil {
				t.Fatal(err)
			}
			ms = append(ms, search.FilmMatch{Film: f, Confidence: 0.4})
		}
		return ms
	}
	for _, tt := range []struct {
		in   string
		ms   []search.FilmMatch
		want string
	}{
		{"la belle et la bête léa seydoux vincent cassel", matches("tt0038348", "tt2316801"), "tt2316801"},
		{"la belle et la bete cocteau", matches("tt2316801", "tt0038348"), "tt0038348"},
		{"beauty and the beast by cocteau", matches("tt2316801", "tt0038348"), "tt0038348"},
		{"la belle et la bête", matches("tt0038348", "tt2316801"), ""},
		{"la belle et la bête magnifique", matches("tt0038348", "tt2316801"), ""},
		{"les misérables, le", matches("tt0050709"), ""}, // an article, though Le Chanois directed it
		{"la belle et la bête. cassel", matches("tt0038348", "tt2316801"), ""},
	} {
		got := ""
		if f := e.titledByPeople(tt.in, tt.ms); f != nil {
			got = f.ID
		}
		if got != tt.want {
			t.Errorf("titledByPeople(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestLooseSecond checks which short parts beside a confident title are
// the customer's comment.
func TestLooseSecond(t *testing.T) {
	vengeance := &data.Film{ID: "tt1", Title: "Vengeance", Year: 2022, Votes: 40000}
	mamere := &data.Film{ID: "tt2", Title: "Ma mère", Year: 2004, Votes: 8000}
	oncle := &data.Film{ID: "tt3", Title: "My Uncle", FrenchTitle: "Mon oncle", Year: 1958, Votes: 20000}
	super := &data.Film{ID: "tt4", Title: "Super", Year: 2010, Votes: 90000}
	intouchables := &data.Film{ID: "tt5", Title: "The Intouchables", FrenchTitle: "Intouchables", Year: 2011, Votes: 980000}
	m := func(text string, f *data.Film) mention {
		return mention{Text: text, Matches: []search.FilmMatch{{Film: f, Confidence: 0.9}}}
	}
	for _, tt := range []struct {
		m    mention
		raw  string
		want bool
	}{
		{m("la vengeance", vengeance), "la vengeance", true},
		{m("vengeance", vengeance), "vengeance", false},
		{m("ma mere", mamere), "ma mere adore", true},
		{m("ma mere", mamere), "ma mere", false},
		{m("mon oncle", oncle), "mon oncle", false},
		{m("super", super), "super", true},
		{m("les intouchables", intouchables), "les intouchables", false},
	} {
		if got := looseSecond(tt.m, tt.raw); got != tt.want {
			t.Errorf("looseSecond(%q, raw %q) = %v, want %v", tt.m.Text, tt.raw, got, tt.want)
		}
	}
}

// TestKeepTypedTitleUnchanged checks that a message the patterns read as a
// request is not taken for a title, with no lookup at all.
func TestKeepTypedTitleUnchanged(t *testing.T) {
	e, _ := newTestEngine(Options{})
	for _, in := range []string{"une comédie romantique", "heat", "plus récent svp"} {
		m := parse(in, parseOptions{})
		got, err := e.keepTypedTitle(context.Background(), in, m)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got.Titles, m.Titles) {
			t.Errorf("keepTypedTitle(%q) titles %q, want %q", in, got.Titles, m.Titles)
		}
	}
}
