package indexer_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/indexer"
)

const minidata = "testdata/minidata"

func readMini(t *testing.T, o indexer.Options) *indexer.Result {
	t.Helper()
	o.DataDir = minidata
	res, err := indexer.Read(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func film(t *testing.T, res *indexer.Result, id string) *data.Film {
	t.Helper()
	f, err := res.Catalogue.Film(id)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestReadJoins(t *testing.T) {
	res := readMini(t, indexer.Options{})
	want := data.Film{
		ID: "tt0000001", Type: "movie", Title: "The Film", OriginalTitle: "Le Film", FrenchTitle: "Le Film",
		Akas: []string{"The Movie"}, Year: 1995, Runtime: 95, Genres: []string{"Drama", "Comedy"}, Rating: 7.5, Votes: 1000,
		Directors: []string{"nm0000001"}, Writers: []string{"nm0000002"},
		Credits: []data.Credit{
			{PersonID: "nm0000001", Category: "actress", Characters: []string{"Alice", "Herself"}, Ordering: 1},
			{PersonID: "nm0000002", Category: "actor", Characters: []string{"Bob"}, Ordering: 2},
			{PersonID: "nm0000009", Category: "composer", Ordering: 4},
			{PersonID: "nm0000001", Category: "director", Ordering: 5},
		},
		TMDBID: 11, MovieLensID: 1, OriginalLanguage: "fr", OverviewFR: "Un film.\nSur deux lignes, avec \"guillemets\".",
		OverviewEN: "A film.", PosterPath: "/abc.jpg", Revenue: 2000000, Countries: []string{"FR", "DE"},
		Keywords: []string{"family", "paris"}, Popularity: 12.5, CollectionID: 77, ReleaseDate: "1995-03-01", TrailerURL: "https://youtu.be/x",
	}
	if got := film(t, res, "tt0000001"); !reflect.DeepEqual(*got, want) {
		gj, _ := json.MarshalIndent(got, "", " ")
		wj, _ := json.MarshalIndent(want, "", " ")
		t.Errorf("tt0000001:\n got %s\nwant %s", gj, wj)
	}

	var ids []string
	for _, f := range res.Catalogue.Films() {
		ids = append(ids, f.ID)
	}
	if want := []string{"tt0000001", "tt0000002", "tt0000003", "tt0000006", "tt0000007"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("kept %v, want %v (episode and adult title filtered, duplicate merged, broken row rejected)", ids, want)
	}

	tests := []struct {
		name string
		got  any
		want any
	}{
		{"implausible year dropped", film(t, res, "tt0000002").Year, 0},
		{"implausible film runtime dropped", film(t, res, "tt0000002").Runtime, 0},
		{"quote in a title is data", film(t, res, "tt0000002").Title, `Too "Long"`},
		{"mini-series keeps a long runtime", film(t, res, "tt0000003").Runtime, 700},
		{"series French title from akas", film(t, res, "tt0000003").FrenchTitle, "La Série"},
		{"series directors from crew", film(t, res, "tt0000003").Directors, []string{"nm0000003"}},
		{"French title from TMDB", film(t, res, "tt0000006").FrenchTitle, "Sans Titre"},
		{"year filled from MovieLens", film(t, res, "tt0000006").Year, 2001},
		{"genres filled from MovieLens", film(t, res, "tt0000006").Genres, []string{"Family", "Comedy"}},
		{"plausible budget kept", film(t, res, "tt0000006").Budget, int64(1000000)},
		{"MovieLens id", film(t, res, "tt0000006").MovieLensID, 2},
		{"zero runtime is unknown", film(t, res, "tt0000007").Runtime, 0},
	}
	for _, tt := range tests {
		if !reflect.DeepEqual(tt.got, tt.want) {
			t.Errorf("%s: got %#v, want %#v", tt.name, tt.got, tt.want)
		}
	}

	people := res.Catalogue.People()
	wantPeople := []data.Person{
		{ID: "nm0000001", Name: `Alice "Al" Doe`, Professions: []string{"actress", "director"}, KnownFor: []string{"tt0000001"}},
		{ID: "nm0000002", Name: "Bob Roe", BirthYear: 1950, Professions: []string{"actor", "writer"}, KnownFor: []string{"tt0000001"}}, // tt9999999 is not in the catalogue: dropped
		{ID: "nm0000003", Name: "Carol Poe"},
	}
	if !reflect.DeepEqual(people, wantPeople) {
		t.Errorf("people:\n got %+v\nwant %+v", people, wantPeople)
	}

	wantRatings := []data.Rating{
		{User: 1, Movie: 1, FilmID: "tt0000001", Score: 4, Time: 100},
		{User: 1, Movie: 2, FilmID: "tt0000006", Score: 3.5, Time: 200},
		{User: 2, Movie: 99, Score: 5, Time: 300},
		{User: 2, Movie: 4, FilmID: "tt0000004", Score: 2, Time: 500},
	}
	if !reflect.DeepEqual(res.Ratings, wantRatings) {
		t.Errorf("ratings:\n got %+v\nwant %+v", res.Ratings, wantRatings)
	}
}

func TestReport(t *testing.T) {
	rep := readMini(t, indexer.Options{}).Report
	files := []struct {
		file                 string
		rows, rejected, used int64
	}{
		{"imdb/title.ratings.tsv", 5, 1, 4},
		{"imdb/title.basics.tsv", 9, 1, 5},
		{"imdb/title.crew.tsv", 3, 0, 2},
		{"imdb/title.principals.tsv", 7, 1, 5},
		{"imdb/title.akas.tsv", 6, 0, 4},
		{"imdb/name.basics.tsv", 5, 0, 3},
		{"tmdb/movies.csv", 5, 1, 2},
		{"movielens/links.csv", 4, 0, 3},
		{"movielens/ratings.csv", 5, 0, 4},
	}
	for _, f := range files {
		got, ok := rep.File(f.file)
		if !ok || got.Rows != f.rows || got.Rejected != f.rejected || got.Used != f.used {
			t.Errorf("%s: got %+v (found %v), want rows %d rejected %d used %d", f.file, got, ok, f.rows, f.rejected, f.used)
		}
	}
	rules := []struct{ file, rule string }{
		{"imdb/title.basics.tsv", "column_count"},
		{"imdb/title.ratings.tsv", "number"},
		{"imdb/title.principals.tsv", "number"},
		{"tmdb/movies.csv", "column_count"},
	}
	for _, r := range rules {
		if n := rep.RejectedRows(r.file, r.rule); n != 1 {
			t.Errorf("%s %s: %d rejected rows, want 1", r.file, r.rule, n)
		}
	}
	for _, rj := range rep.Rejected {
		if len(rj.Examples) == 0 || !strings.HasPrefix(rj.Examples[0], rj.File+":") {
			t.Errorf("rejection %+v: examples should read file:line: message", rj)
		}
	}
	if ex := rep.Rejected[0].Examples[0]; ex != "imdb/title.basics.tsv:8: got 5 columns, want 9" {
		t.Errorf("first example %q", ex)
	}
	counts := []struct {
		m    map[string]int64
		key  string
		want int64
	}{
		{rep.Duplicates, "imdb/title.basics.tsv: tconst", 1},
		{rep.Duplicates, "imdb/name.basics.tsv: nconst", 1},
		{rep.Duplicates, "tmdb/movies.csv: imdb_id", 1},
		{rep.Duplicates, "imdb/title.crew.tsv: nconst repeated in a list", 1},
		{rep.Duplicates, "title.principals: same person and category in a title", 1},
		{rep.Duplicates, "movielens/links.csv: imdbId linked from several movieIds (lowest kept)", 1},
		{rep.Filtered, "title_type:tvEpisode", 1},
		{rep.Filtered, "adult", 1},
		{rep.Filtered, "tmdb/movies.csv: title not in the catalogue", 1},
		{rep.Fixed, "budget under 1,000 dollars (typed in millions) dropped", 1},
		{rep.Fixed, "runtime outside 1-600 min dropped (series exempt)", 1},
		{rep.Fixed, "French title: \" (year)\" suffix removed", 1},
		{rep.Fixed, "person birth year outside 1800-now dropped", 1},
		{rep.Fixed, "person death year impossible (before birth or in the future) dropped", 1},
		{rep.Fixed, "genre list duplicate removed", 1},
		{rep.Fixed, "duplicate country removed", 1},
		{rep.Fixed, "duplicate keyword removed", 1},
		{rep.Fixed, "poster URL turned into a TMDB path", 1},
		{rep.Fixed, "movielens/ratings.csv: rating outside 0.5-5 dropped", 1},
		{rep.Filled, "year from MovieLens title", 1},
		{rep.Filled, "genres from MovieLens", 1},
		{rep.Filled, "French title from TMDB", 1},
		{rep.Missing, "film runtime", 3},
		{rep.Missing, "film poster", 3},
		{rep.Missing, "person birth_year", 2},
		{rep.Missing, "credit person absent from name.basics", 1},
		{rep.Missing, "ratings: movie without an IMDb link", 1},
		{rep.Missing, "ratings: film not in the catalogue", 1},
	}
	for _, c := range counts {
		if c.m[c.key] != c.want {
			t.Errorf("report[%q] = %d, want %d", c.key, c.m[c.key], c.want)
		}
	}
	fixedYear := false
	for k := range rep.Fixed {
		fixedYear = fixedYear || strings.HasPrefix(k, "year outside 1870-")
	}
	if !fixedYear {
		t.Errorf("no year fix reported: %v", rep.Fixed)
	}
	if rep.Films != 5 || rep.People != 3 || rep.Ratings != 4 || rep.FilmsByType["tvMiniSeries"] != 1 {
		t.Errorf("totals: films %d people %d ratings %d by type %v", rep.Films, rep.People, rep.Ratings, rep.FilmsByType)
	}
	var buf bytes.Buffer
	if err := rep.Print(&buf); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Catalogue: 5 titles", "imdb/title.basics.tsv:8: got 5 columns, want 9", "Duplicates merged", "budget under 1,000 dollars"} {
		if !strings.Contains(buf.String(), s) {
			t.Errorf("printed report lacks %q:\n%s", s, buf.String())
		}
	}
}

func TestReadOptions(t *testing.T) {
	tests := []struct {
		name string
		o    indexer.Options
		want []string
	}{
		{"min votes", indexer.Options{MinVotes: 1000}, []string{"tt0000001", "tt0000003"}},
		{"adult included", indexer.Options{IncludeAdult: true, TitleTypes: []string{"movie"}}, []string{"tt0000001", "tt0000002", "tt0000005", "tt0000006", "tt0000007"}},
		{"episodes only", indexer.Options{TitleTypes: []string{"tvEpisode"}}, []string{"tt0000004"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := readMini(t, tt.o)
			var ids []string
			for _, f := range res.Catalogue.Films() {
				ids = append(ids, f.ID)
			}
			if !reflect.DeepEqual(ids, tt.want) {
				t.Errorf("kept %v, want %v", ids, tt.want)
			}
		})
	}
	// people are only those the kept titles reference
	res := readMini(t, indexer.Options{TitleTypes: []string{"tvEpisode"}})
	if p := res.Catalogue.People(); len(p) != 2 || p[0].ID != "nm0000003" || p[1].ID != "nm0000004" {
		t.Errorf("episode people %+v, want nm0000003 (crew) and nm0000004 (cast)", p)
	}
}

func TestReadErrors(t *testing.T) {
	_, err := indexer.Read(context.Background(), indexer.Options{DataDir: t.TempDir()})
	if !errors.Is(err, data.ErrNotFound) || !strings.Contains(err.Error(), "title.basics") {
		t.Errorf("empty data dir: %v, want not found naming title.basics", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var files []string
	_, err = indexer.Read(ctx, indexer.Options{DataDir: minidata, Progress: func(p indexer.Progress) {
		if p.Done {
			files = append(files, p.File)
			if strings.Contains(p.File, "title.basics") {
				cancel()
			}
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("read cancelled after title.basics: %v, want context.Canceled", err)
	}
	if want := []string{"imdb/title.ratings.tsv", "imdb/title.basics.tsv"}; !reflect.DeepEqual(files, want) {
		t.Errorf("files read before stopping: %v, want %v", files, want)
	}
}

// TestReadOptionalFilesAbsent: title.basics alone is enough; every other
// file is reported absent, not an error.
func TestReadOptionalFilesAbsent(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "imdb"), 0o755); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(minidata, "imdb", "title.basics.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "imdb", "title.basics.tsv"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := indexer.Read(context.Background(), indexer.Options{DataDir: dir})
	if err != nil {
		t.Fatalf("title.basics alone: %v", err)
	}
	if len(res.Catalogue.Films()) == 0 {
		t.Error("no film read from title.basics")
	}
	var absent []string
	for _, f := range res.Report.Files {
		if f.Absent {
			absent = append(absent, f.File)
		} else if f.File != "imdb/title.basics.tsv" {
			t.Errorf("%s reported present", f.File)
		}
	}
	if len(absent) != 9 {
		t.Errorf("absent files %v, want the 9 optional ones", absent)
	}
}
