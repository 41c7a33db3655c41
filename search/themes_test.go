package search_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// themeFixture is a small catalogue with three themes: heists (French
// synopses say "braquage" and, in three films, "magot", a word the seed
// lexicon does not know), time travel and sharks, and films on none.
func themeFixture() *data.Catalogue {
	heist := []string{"heist", "bank robbery"}
	films := []data.Film{
		{ID: "tt0113277", Type: "movie", Title: "Heat", Year: 1995, Votes: 760000, Rating: 8.3, Keywords: heist,
			OverviewFR: "Une bande prépare le braquage d'une banque et partage le magot.", OverviewEN: "A crew plans a bank heist."},
		{ID: "tt0105236", Type: "movie", Title: "Reservoir Dogs", Year: 1992, Votes: 1100000, Rating: 8.3, Keywords: []string{"heist", "betrayal"},
			OverviewFR: "Après un braquage raté, des truands se disputent le magot.", OverviewEN: "A heist goes wrong."},
		{ID: "tt0240772", Type: "movie", Title: "Ocean's Eleven", Year: 2001, Votes: 600000, Rating: 7.7, Keywords: []string{"heist", "casino"},
			OverviewFR: "Onze hommes montent le braquage de trois casinos pour un magot énorme.", OverviewEN: "Eleven men rob three casinos."},
		{ID: "tt0000001", Type: "movie", Title: "Obscure Heist", Year: 2015, Votes: 300, Rating: 5.1, Keywords: heist,
			OverviewFR: "Un petit braquage en province.", OverviewEN: "A small heist."},
		{ID: "tt0000002", Type: "tvEpisode", Title: "The Heist Episode", Year: 2016, Votes: 9000000, Keywords: heist,
			OverviewFR: "Un épisode de braquage."},
		{ID: "tt0088763", Type: "movie", Title: "Back to the Future", FrenchTitle: "Retour vers le futur", Year: 1985, Votes: 1300000, Rating: 8.5,
			Keywords: []string{"time travel", "time machine"}, OverviewFR: "Un adolescent voyage dans le temps à bord d'une voiture."},
		{ID: "tt0114746", Type: "movie", Title: "12 Monkeys", FrenchTitle: "L'Armée des douze singes", Year: 1995, Votes: 650000, Rating: 8.0,
			Keywords: []string{"time travel", "virus"}, OverviewFR: "Un prisonnier est envoyé dans le passé par un voyage dans le temps."},
		{ID: "tt0099088", Type: "movie", Title: "Back to the Future Part III", Year: 1990, Votes: 500000, Rating: 7.4,
			Keywords: []string{"time travel", "western"}, OverviewFR: "Marty voyage dans le temps jusqu'au Far West."},
		{ID: "tt0073195", Type: "movie", Title: "Jaws", FrenchTitle: "Les Dents de la mer", Year: 1975, Votes: 690000, Rating: 8.1,
			Keywords: []string{"shark", "beach"}, OverviewFR: "Un requin terrorise une station balnéaire."},
		{ID: "tt4052882", Type: "movie", Title: "The Shallows", FrenchTitle: "Instinct de survie", Year: 2016, Votes: 150000, Rating: 6.3,
			Keywords: []string{"shark", "surfing"}, OverviewFR: "Une surfeuse face à un requin."},
		{ID: "tt0120591", Type: "movie", Title: "Deep Blue Sea", FrenchTitle: "Peur bleue", Year: 1999, Votes: 140000, Rating: 5.9,
			Keywords: []string{"shark", "laboratory"}, OverviewFR: "Des requins génétiquement modifiés attaquent un laboratoire."},
		{ID: "tt0211915", Type: "movie", Title: "Amélie", Year: 2001, Votes: 820000, Rating: 8.3, Keywords: []string{"paris", "waitress"},
			OverviewFR: "Une serveuse de Montmartre décide de faire le bonheur des autres."},
		{ID: "tt1675434", Type: "movie", Title: "The Intouchables", Year: 2011, Votes: 980000, Rating: 8.5, Keywords: []string{"friendship", "paris"},
			OverviewFR: "Un aristocrate tétraplégique engage un jeune de banlieue."},
		{ID: "tt0110413", Type: "movie", Title: "Léon", Year: 1994, Votes: 1200000, Rating: 8.5, Keywords: []string{"hitman", "friendship", "paris"},
			OverviewFR: "Un tueur à gages recueille une fillette."},
	}
	return data.NewCatalogue(films, nil)
}

func TestMatchTheme(t *testing.T) {
	x, err := search.NewMemory(themeFixture())
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	ctx := context.Background()
	tests := []struct {
		q                string
		ok               bool
		keyword          string // Keywords[0]
		labelFR, labelEN string
		exact            bool // Score 1
	}{
		{"un film de braquage", true, "heist", "braquage", "heist", true}, // seed lexicon
		{"Braquages !", true, "heist", "braquages", "heist", true},        // plural, capitals (label as typed)
		{"a heist movie", true, "heist", "braquage", "heist", false},      // the keyword itself, French label from the lexicon; on 4 films only, not sure
		{"something about time travel", true, "time travel", "voyage dans le temps", "time travel", false},
		{"des années 90", false, "", "", "", false},                       // an era
		{"moins de 2h", false, "", "", "", false},                         // a duration
		{"un film avec un magot", true, "heist", "magot", "heist", false}, // learnt from the French synopses only
		{"voyage dans le temps", true, "time travel", "voyage dans le temps", "time travel", true},
		{"des requins", true, "shark", "requins", "shark", true},
		{"bonjour", false, "", "", "", false},
		{"un film", false, "", "", "", false},
		{"", false, "", "", "", false},
	}
	for _, tt := range tests {
		th, ok, err := x.MatchTheme(ctx, tt.q)
		if err != nil {
			t.Fatalf("MatchTheme(%q): %v", tt.q, err)
		}
		if ok != tt.ok {
			t.Errorf("MatchTheme(%q) ok = %v (%+v), want %v", tt.q, ok, th, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		if len(th.Keywords) == 0 || th.Keywords[0] != tt.keyword {
			t.Errorf("MatchTheme(%q).Keywords = %v, want %q first", tt.q, th.Keywords, tt.keyword)
		}
		if th.LabelFR != tt.labelFR || th.LabelEN != tt.labelEN {
			t.Errorf("MatchTheme(%q) labels = %q / %q, want %q / %q", tt.q, th.LabelFR, th.LabelEN, tt.labelFR, tt.labelEN)
		}
		if (th.Score == 1) != tt.exact || th.Score <= 0 || th.Score > 1 {
			t.Errorf("MatchTheme(%q).Score = %v, exact %v", tt.q, th.Score, tt.exact)
		}
	}
}

func TestFilmsOnTheme(t *testing.T) {
	x, err := search.NewMemory(themeFixture())
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	ctx := context.Background()
	th, ok, err := x.MatchTheme(ctx, "un film de braquage")
	if err != nil || !ok {
		t.Fatalf("MatchTheme: %v %v", ok, err)
	}
	ms, err := x.FilmsOnTheme(ctx, th, 10)
	if err != nil {
		t.Fatal(err)
	}
	got := filmIDs(ms)
	// Every heist film but the episode, the famous and well-rated first.
	want := []string{"tt0105236", "tt0113277", "tt0240772", "tt0000001"}
	if len(got) != len(want) {
		t.Fatalf("FilmsOnTheme(heist) = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("FilmsOnTheme(heist) = %v, want %v", got, want)
		}
	}
	if ms, err := x.FilmsOnTheme(ctx, th, 2); err != nil || len(ms) != 2 {
		t.Errorf("FilmsOnTheme(limit 2) = %d films, %v", len(ms), err)
	}
	if _, err := x.FilmsOnTheme(ctx, search.Theme{LabelEN: "nothing"}, 5); !errors.Is(err, data.ErrInvalid) {
		t.Errorf("FilmsOnTheme(no keywords) error = %v, want data.ErrInvalid", err)
	}
	// The keyword search of the API and of `bobine search -keywords` ranks alike.
	ks, err := x.SearchKeywords(ctx, "braquage", 4)
	if err != nil {
		t.Fatal(err)
	}
	if g := filmIDs(ks); len(g) == 0 || g[0] != want[0] {
		t.Errorf("SearchKeywords(braquage) = %v, want %s first", g, want[0])
	}
}

// TestThemeModelOnDisk checks that what Build learns is written into the
// index directory and read back by Open.
func TestThemeModelOnDisk(t *testing.T) {
	cat := themeFixture()
	dir := filepath.Join(t.TempDir(), "search")
	ctx := context.Background()
	if err := search.Build(ctx, dir, cat); err != nil {
		t.Fatal(err)
	}
	x, err := search.Open(dir, cat)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	th, ok, err := x.MatchTheme(ctx, "le magot")
	if err != nil || !ok || th.Keywords[0] != "heist" {
		t.Errorf("MatchTheme(le magot) after Open = %+v, %v, %v; want heist", th, ok, err)
	}
}

// TestMatchThemeFromSynopses: words too rare for the model to learn
// anything from (each in one synopsis) are read through the films whose
// synopses have them, when those films share a theme far above chance; a
// theme is still not read from words no film shares one for.
func TestMatchThemeFromSynopses(t *testing.T) {
	films := themeFixture().Films()
	lighthouse := []string{"lighthouse", "island"}
	films = append(films,
		data.Film{ID: "tt0000101", Type: "movie", Title: "The Keeper", Year: 2001, Votes: 20000, Rating: 7, Keywords: lighthouse,
			OverviewFR: "Un gardien solitaire veille sur la côte."},
		data.Film{ID: "tt0000102", Type: "movie", Title: "The Light", Year: 2005, Votes: 30000, Rating: 7, Keywords: lighthouse,
			OverviewFR: "Une nuit de tempête sur un rocher."},
		data.Film{ID: "tt0000103", Type: "movie", Title: "Finistère", Year: 2010, Votes: 10000, Rating: 6.5, Keywords: []string{"lighthouse", "brittany"},
			OverviewFR: "Un marin breton revient au pays."},
		data.Film{ID: "tt0000104", Type: "movie", Title: "Ar Men", Year: 2012, Votes: 5000, Rating: 6.8, Keywords: lighthouse,
			OverviewFR: "Un gardien et sa femme, face à la tempête."},
	)
	// Other films, so that four films are far more than chance.
	for i := 0; i < 20; i++ {
		films = append(films, data.Film{ID: fmt.Sprintf("tt00002%02d", i), Type: "movie", Title: fmt.Sprintf("Other %d", i), Year: 2000 + i,
			Votes: 1000, Keywords: []string{fmt.Sprintf("topic %d", i%5)}, OverviewFR: "Une famille se retrouve à la campagne."})
	}
	x, err := search.NewMemory(data.NewCatalogue(films, nil))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	ctx := context.Background()
	th, ok, err := x.MatchTheme(ctx, "un gardien, une tempête, un breton")
	if err != nil || !ok || th.Keywords[0] != "lighthouse" || th.Score >= 1 {
		t.Errorf("MatchTheme(gardien, tempête, breton) = %+v, %v, %v; want lighthouse first, not sure", th, ok, err)
	}
	if th.LabelFR != "gardien, une tempête, un breton" || th.LabelEN != "lighthouse" {
		t.Errorf("labels %q / %q, want the customer's words in French, the keyword in English", th.LabelFR, th.LabelEN)
	}
	if th, ok, err := x.MatchTheme(ctx, "une serveuse solitaire"); err != nil || ok {
		t.Errorf("MatchTheme(une serveuse solitaire) = %+v, %v, %v; want no theme (Amélie and The Keeper share none)", th, ok, err)
	}
}

// TestMatchThemeList: a list of nouns naming one theme is read item by
// item, the keyword the items' films share leading, and the films
// carrying most of the list's concepts come first: before a far more
// famous film carrying only the lead keyword (Dumbo), and before a famous
// film carrying only the first noun's (a clown slasher).
func TestMatchThemeList(t *testing.T) {
	films := themeFixture().Films()
	films = append(films,
		data.Film{ID: "tt0000301", Type: "movie", Title: "Killer Clowns", Year: 2019, Votes: 900000, Rating: 7.9, Keywords: []string{"clown", "slasher"},
			OverviewFR: "Un clown tueur terrorise une petite ville."},
		data.Film{ID: "tt0000302", Type: "movie", Title: "Big Top", Year: 1952, Votes: 40000, Rating: 7.2, Keywords: []string{"circus", "clown", "acrobat"},
			OverviewFR: "La vie d'un cirque ambulant, ses clowns et ses acrobates."},
		data.Film{ID: "tt0000303", Type: "movie", Title: "Trapeze", Year: 1956, Votes: 30000, Rating: 7.0, Keywords: []string{"circus", "acrobat"},
			OverviewFR: "Deux acrobates d'un cirque parisien rivalisent."},
		data.Film{ID: "tt0000304", Type: "movie", Title: "Dumbo", Year: 1941, Votes: 5000000, Rating: 7.2, Keywords: []string{"circus", "elephant"},
			OverviewFR: "Un éléphanteau aux grandes oreilles fait rire le cirque."},
		data.Film{ID: "tt0000305", Type: "movie", Title: "The Clown Within", Year: 2005, Votes: 20000, Rating: 6.0, Keywords: []string{"clown"},
			OverviewFR: "Un clown triste se souvient."},
	)
	x, err := search.NewMemory(data.NewCatalogue(films, nil))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	ctx := context.Background()
	q := "des clowns, des acrobates, la vie du cirque"
	th, ok, err := x.MatchTheme(ctx, q)
	if err != nil || !ok || th.Keywords[0] != "circus" {
		t.Fatalf("MatchTheme(%q) = %+v, %v, %v; want circus first", q, th, ok, err)
	}
	ms, err := x.FilmsOnTheme(ctx, th, 3)
	if err != nil {
		t.Fatal(err)
	}
	if got := filmIDs(ms); len(got) == 0 || got[0] != "tt0000302" || slices.Contains(got, "tt0000301") {
		t.Errorf("FilmsOnTheme(%q) = %v, want Big Top (circus, clown, acrobat) first and not the clown slasher", q, got)
	}
	// One noun alone is no list: the clowns.
	if th, ok, err := x.MatchTheme(ctx, "des clowns"); err != nil || !ok || th.Keywords[0] != "clown" {
		t.Errorf("MatchTheme(des clowns) = %+v, %v, %v; want clown first", th, ok, err)
	}
	// A list whose other items are filler is read as its one item.
	if th, ok, err := x.MatchTheme(ctx, "un film de braquage, un truc de ce genre"); err != nil || !ok || th.Keywords[0] != "heist" {
		t.Errorf("MatchTheme(braquage, filler) = %+v, %v, %v; want heist", th, ok, err)
	}
}
