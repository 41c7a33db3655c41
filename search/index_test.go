package search_test

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// fixture is a small hand-written catalogue: two Kubrick films, a Lynch and
// a Villeneuve Dune, a famous film and its obscure exact homonym, a series
// and an episode sharing a film's title.
func fixture() *data.Catalogue {
	films := []data.Film{
		{ID: "tt0062622", Type: "movie", Title: "2001: A Space Odyssey", FrenchTitle: "2001 : L'Odyssée de l'espace", Year: 1968, Votes: 750000,
			Genres: []string{"Adventure", "Sci-Fi"}, Directors: []string{"nm0000040"}, Keywords: []string{"artificial intelligence", "space travel", "moon"},
			OverviewEN: "A spaceship crew travels to Jupiter while the computer HAL grows murderous.", Countries: []string{"GB", "US"}},
		{ID: "tt0081505", Type: "movie", Title: "The Shining", FrenchTitle: "Shining", Year: 1980, Votes: 1100000,
			Genres: []string{"Drama", "Horror"}, Directors: []string{"nm0000040"}, Keywords: []string{"hotel", "writer", "isolation"},
			Credits: []data.Credit{{PersonID: "nm0000197", Category: "actor", Ordering: 1}}, Countries: []string{"GB", "US"}},
		{ID: "tt0087182", Type: "movie", Title: "Dune", Year: 1984, Votes: 190000, Genres: []string{"Action", "Adventure", "Sci-Fi"},
			Directors: []string{"nm0000186"}, Keywords: []string{"desert", "spice", "space travel"}},
		{ID: "tt1160419", Type: "movie", Title: "Dune", OriginalTitle: "Dune: Part One", Year: 2021, Votes: 960000,
			Genres: []string{"Action", "Adventure", "Drama"}, Directors: []string{"nm0898288"}, Keywords: []string{"desert", "spice", "messiah"}},
		{ID: "tt0111161", Type: "movie", Title: "The Shawshank Redemption", FrenchTitle: "Les Évadés", Year: 1994, Votes: 3000000,
			Genres: []string{"Drama"}, Keywords: []string{"prison", "escape"}, OverviewFR: "Deux prisonniers se lient d'amitié et s'évadent."},
		{ID: "tt0139756", Type: "movie", Title: "The Fugitives", OriginalTitle: "Les évadés", FrenchTitle: "Les Évadés", Year: 1955, Votes: 79,
			Genres: []string{"Drama"}},
		{ID: "tt1675434", Type: "movie", Title: "The Intouchables", OriginalTitle: "Intouchables", Year: 2011, Votes: 980000,
			Genres: []string{"Comedy", "Drama"}, Credits: []data.Credit{{PersonID: "nm1082477", Category: "actor", Ordering: 1}}, Countries: []string{"FR"}},
		{ID: "tt0810077", Type: "movie", Title: "The Untouchable", FrenchTitle: "L'intouchable", Year: 2006, Votes: 346},
		{ID: "tt0145487", Type: "movie", Title: "Spider-Man", Year: 2002, Votes: 925000, Genres: []string{"Action"}},
		{ID: "tt0076759", Type: "movie", Title: "Star Wars: Episode IV - A New Hope", OriginalTitle: "Star Wars", FrenchTitle: "La Guerre des étoiles", Year: 1977, Votes: 1500000},
		{ID: "tt0080684", Type: "movie", Title: "Star Wars: Episode V - The Empire Strikes Back", FrenchTitle: "L'Empire contre-attaque", Year: 1980, Votes: 1400000},
		{ID: "tt0944947", Type: "tvSeries", Title: "Spider Man Adventures", Year: 2011, Votes: 2000000},
		{ID: "tt9999991", Type: "tvEpisode", Title: "Dune", Year: 2019, Votes: 5000000},
		{ID: "tt0211915", Type: "movie", Title: "Amélie", OriginalTitle: "Le Fabuleux Destin d'Amélie Poulain", Year: 2001, Votes: 820000,
			Genres: []string{"Comedy", "Romance"}, Credits: []data.Credit{{PersonID: "nm0851582", Category: "actress", Ordering: 1}}, Countries: []string{"FR"},
			Keywords: []string{"paris", "waitress"}},
	}
	people := []data.Person{
		{ID: "nm0000040", Name: "Stanley Kubrick", BirthYear: 1928, DeathYear: 1999, Professions: []string{"director", "writer"}, KnownFor: []string{"tt0062622", "tt0081505"}},
		{ID: "nm0000197", Name: "Jack Nicholson", BirthYear: 1937, Professions: []string{"actor"}, KnownFor: []string{"tt0081505"}},
		{ID: "nm0000186", Name: "David Lynch", BirthYear: 1946, Professions: []string{"director"}, KnownFor: []string{"tt0087182"}},
		{ID: "nm0898288", Name: "Denis Villeneuve", BirthYear: 1967, Professions: []string{"director"}, KnownFor: []string{"tt1160419"}},
		{ID: "nm1082477", Name: "Omar Sy", BirthYear: 1978, Professions: []string{"actor"}, KnownFor: []string{"tt1675434"}},
		{ID: "nm0851582", Name: "Audrey Tautou", BirthYear: 1976, Professions: []string{"actress"}, KnownFor: []string{"tt0211915"}},
		{ID: "nm0000001", Name: "Gavin Kubrik", Professions: []string{"actor"}},
	}
	return data.NewCatalogue(films, people)
}

func memIndex(t *testing.T) *search.Index {
	t.Helper()
	x, err := search.NewMemory(fixture())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	return x
}

func filmIDs(ms []search.FilmMatch) []string {
	ids := make([]string, len(ms))
	for i, m := range ms {
		ids[i] = m.Film.ID
	}
	return ids
}

func TestResolveFilm(t *testing.T) {
	x := memIndex(t)
	ctx := context.Background()
	tests := []struct {
		q    string
		want []string // first ids, in order
	}{
		{"les evades", []string{"tt0111161", "tt0139756"}},  // the famous film over the obscure exact homonym
		{"intouchable", []string{"tt1675434", "tt0810077"}}, // even with a typo against an exact match
		{"dune", []string{"tt1160419", "tt0087182"}},        // the episode is never returned
		{"dune 1984", []string{"tt0087182"}},                // a year picks the homonym
		{"spider man", []string{"tt0145487", "tt0944947"}},  // the film before a more-voted series
		{"spiderman", []string{"tt0145487"}},
		{"star wars 4", []string{"tt0076759"}},
		{"star wars episode v", []string{"tt0080684"}},
		{"le fabuleux destin d amelie poulain", []string{"tt0211915"}},
		{"amelei", []string{"tt0211915"}},
		{"l odyssee de l espace", []string{"tt0062622"}},
		{"shinning", []string{"tt0081505"}},
	}
	for _, tt := range tests {
		ms, err := x.ResolveFilm(ctx, tt.q, 5)
		if err != nil {
			t.Fatalf("%q: %v", tt.q, err)
		}
		got := filmIDs(ms)
		if len(got) < len(tt.want) || strings.Join(got[:len(tt.want)], ",") != strings.Join(tt.want, ",") {
			t.Errorf("ResolveFilm(%q) = %v, want first %v", tt.q, got, tt.want)
		}
		for _, id := range got {
			if id == "tt9999991" {
				t.Errorf("ResolveFilm(%q) returned an episode", tt.q)
			}
		}
	}
}

func TestResolveFilmConfidence(t *testing.T) {
	x := memIndex(t)
	ctx := context.Background()
	ms, err := x.ResolveFilm(ctx, "les evades", 3)
	if err != nil || len(ms) == 0 {
		t.Fatalf("les evades: %v %v", ms, err)
	}
	if ms[0].Confidence < search.ClearWinner {
		t.Errorf("les evades: confidence %.2f, want a clear winner (>= %.2f)", ms[0].Confidence, search.ClearWinner)
	}
	ms, err = x.ResolveFilm(ctx, "dune", 3)
	if err != nil || len(ms) < 2 {
		t.Fatalf("dune: %v %v", ms, err)
	}
	if ms[0].Confidence >= search.ClearWinner || ms[1].Confidence < ms[0].Confidence/3 {
		t.Errorf("dune: confidences %.2f and %.2f, want two comparable candidates and no clear winner", ms[0].Confidence, ms[1].Confidence)
	}
	for _, m := range ms {
		if m.Confidence < 0 || m.Confidence > 1 {
			t.Errorf("confidence %v out of [0,1]", m.Confidence)
		}
	}
}

func TestResolveFilmEmpty(t *testing.T) {
	x := memIndex(t)
	for _, q := range []string{"", "  ", "-- !"} {
		if _, err := x.ResolveFilm(context.Background(), q, 5); !errors.Is(err, data.ErrInvalid) {
			t.Errorf("ResolveFilm(%q) error = %v, want ErrInvalid", q, err)
		}
	}
	ms, err := x.ResolveFilm(context.Background(), "zzyzx qwv", 5)
	if err != nil || len(ms) != 0 {
		t.Errorf("no match: got %v, %v; want empty, nil", filmIDs(ms), err)
	}
}

func TestAutocomplete(t *testing.T) {
	x := memIndex(t)
	tests := []struct{ prefix, want string }{
		{"le fab", "tt0211915"},
		{"star w", "tt0076759"},
		{"spiderm", "tt0145487"},
		{"les eva", "tt0111161"},
		{"sh", "tt0111161"}, // the most voted among Shining and Shawshank
	}
	for _, tt := range tests {
		ms, err := x.Autocomplete(context.Background(), tt.prefix, 3)
		if err != nil {
			t.Fatal(err)
		}
		if got := filmIDs(ms); len(got) == 0 || got[0] != tt.want {
			t.Errorf("Autocomplete(%q) = %v, want %s first", tt.prefix, got, tt.want)
		}
	}
	// A lone elided article is no word at all: an invalid query, not a
	// crash.
	for _, q := range []string{"l ", "d'", "   "} {
		if _, err := x.Autocomplete(context.Background(), q, 3); !errors.Is(err, data.ErrInvalid) {
			t.Errorf("Autocomplete(%q) error = %v, want data.ErrInvalid", q, err)
		}
	}
	// An episode never completes a title, however popular ("Dune" the
	// episode has the most votes of the catalogue).
	ms, err := x.Autocomplete(context.Background(), "dun", 5)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range filmIDs(ms) {
		if id == "tt9999991" {
			t.Errorf("Autocomplete(dun) = %v, holds the episode tt9999991", filmIDs(ms))
		}
	}
}

func TestSearchPeople(t *testing.T) {
	x := memIndex(t)
	tests := []struct{ q, want string }{
		{"kubrick", "nm0000040"}, // exact surname before a typo'd one
		{"stanley kubrik", "nm0000040"},
		{"villeneuve", "nm0898288"},
		{"omar sy", "nm1082477"},
		{"audrey tautou", "nm0851582"},
	}
	for _, tt := range tests {
		ms, err := x.SearchPeople(context.Background(), tt.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(ms) == 0 || ms[0].Person.ID != tt.want {
			t.Errorf("SearchPeople(%q) = %v, want %s first", tt.q, ms, tt.want)
		}
	}
}

func TestSearchKeywords(t *testing.T) {
	x := memIndex(t)
	ms, err := x.SearchKeywords(context.Background(), "spice desert", 5)
	if err != nil {
		t.Fatal(err)
	}
	got := filmIDs(ms)
	if len(got) < 2 || !(got[0] == "tt1160419" && got[1] == "tt0087182") {
		t.Errorf("SearchKeywords(spice desert) = %v, want both Dunes, 2021 first", got)
	}
	ms, err = x.SearchKeywords(context.Background(), "prisonnier", 5)
	if err != nil || len(ms) == 0 || ms[0].Film.ID != "tt0111161" {
		t.Errorf("SearchKeywords(prisonnier) = %v, %v; want the Shawshank Redemption from its French synopsis", filmIDs(ms), err)
	}
}

func TestMoreLikeThis(t *testing.T) {
	x := memIndex(t)
	got, err := x.MoreLikeThis(context.Background(), []string{"tt0062622"}, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 || got[0].ID != "tt0081505" {
		t.Errorf("MoreLikeThis(2001) = %v, want The Shining (same director) first", got)
	}
	got, err = x.MoreLikeThis(context.Background(), []string{"tt0087182", "tt0062622"}, 10)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range got {
		if s.ID == "tt0087182" || s.ID == "tt0062622" {
			t.Errorf("MoreLikeThis returned a liked film %s", s.ID)
		}
		if i > 0 && s.Score > got[i-1].Score {
			t.Errorf("MoreLikeThis not sorted: %v", got)
		}
	}
	if len(got) == 0 || got[0].ID != "tt1160419" {
		t.Errorf("MoreLikeThis(Dune 1984, 2001) = %v, want Dune 2021 first", got)
	}
	if _, err := x.MoreLikeThis(context.Background(), []string{"tt0000000"}, 5); !errors.Is(err, data.ErrInvalid) {
		t.Errorf("MoreLikeThis(unknown) error = %v, want ErrInvalid", err)
	}
}

// TestMoreLikeThisIn: the answers by position are MoreLikeThis's, in its
// order, and a catalogue other than the index's is refused.
func TestMoreLikeThisIn(t *testing.T) {
	cat := fixture()
	x, err := search.NewMemory(cat)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	ctx := context.Background()
	for _, liked := range [][]string{{"tt0062622"}, {"tt0087182", "tt0062622"}, {"tt0111161"}} {
		want, err := x.MoreLikeThis(ctx, liked, 10)
		if err != nil {
			t.Fatal(err)
		}
		pos, err := x.MoreLikeThisIn(ctx, cat, liked, 10)
		if err != nil {
			t.Fatal(err)
		}
		got := make([]string, len(pos))
		for i, p := range pos {
			got[i] = cat.Films()[p].ID
		}
		wantIDs := make([]string, len(want))
		for i, s := range want {
			wantIDs[i] = s.ID
		}
		if len(want) == 0 || !slices.Equal(got, wantIDs) {
			t.Errorf("MoreLikeThisIn(%v) = %v, want MoreLikeThis's %v", liked, got, wantIDs)
		}
	}
	if _, err := x.MoreLikeThisIn(ctx, fixture(), []string{"tt0062622"}, 5); !errors.Is(err, data.ErrInvalid) {
		t.Errorf("MoreLikeThisIn(another catalogue) error = %v, want ErrInvalid", err)
	}
}

func TestMoreLikeThisConcurrent(t *testing.T) {
	// Each film's terms are cached on first use: goroutines asking at
	// once, before and after the cache is filled, get the same answer.
	ctx := context.Background()
	liked := [][]string{{"tt0062622"}, {"tt0087182", "tt0062622"}, {"tt0111161", "tt0087182"}}
	first := memIndex(t)
	var want [][]data.Scored
	for _, l := range liked {
		got, err := first.MoreLikeThis(ctx, l, 10)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, got)
	}
	x := memIndex(t)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 3 * len(liked) {
				i := (g + k) % len(liked)
				got, err := x.MoreLikeThis(ctx, liked[i], 10)
				if err != nil {
					t.Error(err)
					return
				}
				// Two indexes of the same films may sum a score's
				// terms in another order: the last digit may differ.
				same := len(got) == len(want[i])
				for j := 0; same && j < len(got); j++ {
					same = got[j].ID == want[i][j].ID && math.Abs(got[j].Score-want[i][j].Score) < 1e-9
				}
				if !same {
					t.Errorf("MoreLikeThis(%v) = %v, want %v", liked[i], got, want[i])
				}
			}
		}()
	}
	wg.Wait()
}

func TestMoreLikeThisBoundedCache(t *testing.T) {
	// A cache bounded far below what the queries read is emptied again and
	// again (a term read after emptying it stays, however long its postings):
	// it stays within its bounds and the answers do not change.
	ctx := context.Background()
	liked := [][]string{{"tt0062622"}, {"tt0087182", "tt0062622"}, {"tt0111161", "tt0087182"}, {"tt0081505"}}
	free := memIndex(t)
	x := memIndex(t)
	held := search.BoundMLTCache(x, 3, 1)
	for round := range 2 {
		for _, l := range liked {
			want, err := free.MoreLikeThis(ctx, l, 10)
			if err != nil {
				t.Fatal(err)
			}
			got, err := x.MoreLikeThis(ctx, l, 10)
			if err != nil {
				t.Fatal(err)
			}
			same := len(got) == len(want) && len(got) > 0
			for j := 0; same && j < len(got); j++ {
				same = got[j].ID == want[j].ID && math.Abs(got[j].Score-want[j].Score) < 1e-9
			}
			if !same {
				t.Errorf("round %d: MoreLikeThis(%v) with a small cache = %v, want %v", round, l, got, want)
			}
			if postings, films := held(); films > 1 || postings > max(3, len(fixture().Films())) {
				t.Errorf("round %d: the cache holds %d postings and %d films, bounds 3 and 1", round, postings, films)
			}
		}
	}
}

func TestBuildOpen(t *testing.T) {
	cat := fixture()
	dir := filepath.Join(t.TempDir(), "search")
	ctx := context.Background()
	if err := search.Build(ctx, dir, cat); err != nil {
		t.Fatal(err)
	}
	if err := search.Build(ctx, dir, cat); err == nil {
		t.Error("Build over an existing directory: want an error")
	}
	x, err := search.Open(dir, cat)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := x.ResolveFilm(ctx, "les evades", 1)
	if err != nil || len(ms) != 1 || ms[0].Film.ID != "tt0111161" {
		t.Errorf("after Open: ResolveFilm = %v, %v", filmIDs(ms), err)
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}

	// Another catalogue than the one indexed.
	if _, err := search.Open(dir, data.NewCatalogue(nil, nil)); err == nil || !strings.Contains(err.Error(), "bobine index") {
		t.Errorf("Open with another catalogue: error %v, want one telling to re-run bobine index", err)
	}
	// Another schema version.
	schema := filepath.Join(dir, "bobine_schema.json")
	if err := os.WriteFile(schema, []byte(`{"schema_version": 0, "films": 14, "people": 7}`), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = search.Open(dir, cat)
	if !errors.Is(err, search.ErrSchemaVersion) || !strings.Contains(err.Error(), "re-run `bobine index`") {
		t.Errorf("Open of an old schema: error %v, want ErrSchemaVersion telling to re-run bobine index", err)
	}
	os.Remove(schema)
	if _, err := search.Open(dir, cat); !errors.Is(err, search.ErrSchemaVersion) {
		t.Errorf("Open without schema file: error %v, want ErrSchemaVersion", err)
	}
}
