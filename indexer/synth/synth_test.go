package synth_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bobine/bobine/indexer/synth"
)

// The official headers, written out here rather than taken from the package
// so that a change there is caught.
var official = map[string]string{
	"imdb/title.basics.tsv.gz":     "tconst	titleType	primaryTitle	originalTitle	isAdult	startYear	endYear	runtimeMinutes	genres",
	"imdb/title.akas.tsv.gz":       "titleId	ordering	title	region	language	types	attributes	isOriginalTitle",
	"imdb/title.principals.tsv.gz": "tconst	ordering	nconst	category	job	characters",
	"imdb/title.crew.tsv.gz":       "tconst	directors	writers",
	"imdb/title.ratings.tsv.gz":    "tconst	averageRating	numVotes",
	"imdb/name.basics.tsv.gz":      "nconst	primaryName	birthYear	deathYear	primaryProfession	knownForTitles",
	"tmdb/movies.csv":              "imdb_id,tmdb_id,title_fr,original_language,overview_fr,overview_en,poster_path,budget,revenue,production_countries,keywords,popularity,collection_id,release_date,trailer_url",
	"movielens/movies.csv":         "movieId,title,genres",
	"movielens/links.csv":          "movieId,imdbId,tmdbId",
	"movielens/ratings.csv":        "userId,movieId,rating,timestamp",
	"movielens/tags.csv":           "userId,movieId,tag,timestamp",
}

// numeric lists, per TSV file, the columns that hold a number or \N.
var numeric = map[string][]int{
	"imdb/title.basics.tsv.gz":     {4, 5, 6, 7},
	"imdb/title.akas.tsv.gz":       {1, 7},
	"imdb/title.principals.tsv.gz": {1},
	"imdb/title.crew.tsv.gz":       nil,
	"imdb/title.ratings.tsv.gz":    {1, 2},
	"imdb/name.basics.tsv.gz":      {2, 3},
}

func generate(t *testing.T, o synth.Options) map[string]synth.File {
	t.Helper()
	files, err := synth.Generate(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]synth.File{}
	for _, f := range files {
		m[f.Name] = f
	}
	if len(m) != len(official) {
		t.Fatalf("generated %d files, want %d", len(m), len(official))
	}
	return m
}

func readTSV(t *testing.T, path string) (header string, rows [][]string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.ContainsAny(line, "\r") {
			t.Fatalf("%s: CR in a TSV line", path)
		}
		if header == "" {
			header = line
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return header, rows
}

func TestGenerateIMDb(t *testing.T) {
	const titles = 3000
	dir := t.TempDir()
	files := generate(t, synth.Options{Dir: dir, Titles: titles, Seed: 42, Bad: 0.01})

	types := map[string]int{}
	var nulls, nonASCII, bareQuotes, escapedQuotes int
	for name, cols := range numeric {
		header, rows := readTSV(t, filepath.Join(dir, name))
		if header != official[name] {
			t.Errorf("%s header = %q", name, header)
		}
		width := strings.Count(header, "\t") + 1
		f := files[name]
		if int64(len(rows)) != f.Rows {
			t.Errorf("%s: %d rows, reported %d", name, len(rows), f.Rows)
		}
		var bad int64
		prev := ""
		for i, r := range rows {
			if len(r) != width {
				bad++
				continue
			}
			ok := true
			for _, c := range cols {
				if r[c] == `\N` {
					continue
				}
				if _, err := strconv.ParseFloat(r[c], 64); err != nil {
					ok = false
				}
			}
			if !ok {
				bad++
				continue
			}
			if r[0] < prev {
				t.Errorf("%s row %d: ids not sorted (%s after %s)", name, i+2, r[0], prev)
			}
			prev = r[0]
			for _, v := range r {
				if v == `\N` {
					nulls++
				}
				if !utf8.ValidString(v) {
					t.Fatalf("%s row %d: invalid UTF-8", name, i+2)
				}
				for _, c := range v {
					if c > 127 {
						nonASCII++
						break
					}
				}
			}
			switch name {
			case "imdb/title.basics.tsv.gz":
				types[r[1]]++
				if strings.Contains(r[2], `"`) {
					bareQuotes++
				}
			case "imdb/title.principals.tsv.gz":
				checkID(t, name, r[0], "tt", titles)
				checkID(t, name, r[2], "nm", synth.People(titles))
				if strings.Contains(r[5], `\"`) {
					escapedQuotes++
				}
			case "imdb/title.ratings.tsv.gz", "imdb/title.crew.tsv.gz", "imdb/title.akas.tsv.gz":
				checkID(t, name, r[0], "tt", titles)
			}
		}
		if bad != f.Bad {
			t.Errorf("%s: %d malformed rows found, %d reported", name, bad, f.Bad)
		}
		if f.Rows > 1000 && (bad == 0 || float64(bad) > 0.03*float64(f.Rows)) {
			t.Errorf("%s: %d malformed rows of %d for a 1%% setting", name, bad, f.Rows)
		}
	}

	for name, want := range map[string][2]int{
		"imdb/title.basics.tsv.gz":     {titles, titles},
		"imdb/title.crew.tsv.gz":       {titles, titles},
		"imdb/name.basics.tsv.gz":      {3500, 3500},
		"imdb/title.principals.tsv.gz": {7 * titles, 9 * titles},
		"imdb/title.akas.tsv.gz":       {4 * titles, 5 * titles},
		"imdb/title.ratings.tsv.gz":    {titles / 20, titles / 4},
	} {
		if got := files[name].Rows; got < int64(want[0]) || got > int64(want[1]) {
			t.Errorf("%s: %d rows, want %d-%d", name, got, want[0], want[1])
		}
	}
	good := 0
	for _, n := range types {
		good += n
	}
	if share := float64(types["tvEpisode"]) / float64(good); share < 0.6 {
		t.Errorf("tvEpisode share %.2f, want most rows", share)
	}
	if share := float64(types["movie"]) / float64(good); share < 0.05 || share > 0.09 {
		t.Errorf("movie share %.3f, want ~7%%", share)
	}
	if nulls == 0 || nonASCII == 0 || bareQuotes == 0 || escapedQuotes == 0 {
		t.Errorf("missing dirt: %d nulls, %d non-ASCII, %d bare quotes in titles, %d escaped quotes in characters", nulls, nonASCII, bareQuotes, escapedQuotes)
	}
}

func checkID(t *testing.T, file, id, prefix string, n int) {
	t.Helper()
	rest, ok := strings.CutPrefix(id, prefix)
	v, err := strconv.Atoi(rest)
	if !ok || err != nil || len(rest) < 7 || v < 1 || v > n {
		t.Errorf("%s: id %q is not one of the %d generated %s ids", file, id, n, prefix)
	}
}

func TestGenerateCSV(t *testing.T) {
	const titles = 8000
	dir := t.TempDir()
	files := generate(t, synth.Options{Dir: dir, Titles: titles, Seed: 7, Bad: 0.005})

	// Movie ids of title.basics, to check the references (a malformed
	// basics row still names its id and type).
	_, basics := readTSV(t, filepath.Join(dir, "imdb/title.basics.tsv.gz"))
	movies := map[string]bool{}
	for _, r := range basics {
		if len(r) >= 2 && r[1] == "movie" {
			movies[r[0]] = true
		}
	}
	for _, tc := range []struct {
		name     string
		numeric  []int
		tconst   func(r []string) string
		minRows  int64
		multline bool
	}{
		{"tmdb/movies.csv", []int{1, 7, 8, 11, 12}, func(r []string) string { return r[0] }, 200, true},
		{"movielens/movies.csv", []int{0}, nil, 50, false},
		{"movielens/links.csv", []int{0, 1, 2}, func(r []string) string { return "tt" + r[1] }, 50, false},
		{"movielens/ratings.csv", []int{0, 1, 2, 3}, nil, 150, false},
		{"movielens/tags.csv", []int{0, 1, 3}, nil, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(dir, tc.name))
			if err != nil {
				t.Fatal(err)
			}
			header, _, _ := bytes.Cut(raw, []byte("\r\n"))
			if string(header) != official[tc.name] {
				t.Errorf("header %q", header)
			}
			if !tc.multline && bytes.Count(raw, []byte("\n")) != bytes.Count(raw, []byte("\r\n")) {
				t.Errorf("line ends are not all CRLF")
			}
			cr := csv.NewReader(bytes.NewReader(raw))
			cr.FieldsPerRecord = -1
			recs, err := cr.ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			width := len(recs[0])
			recs = recs[1:]
			f := files[tc.name]
			if int64(len(recs)) != f.Rows || f.Rows < tc.minRows {
				t.Errorf("%d records, reported %d, want >= %d", len(recs), f.Rows, tc.minRows)
			}
			var bad int64
			for _, r := range recs {
				ok := len(r) == width
				for _, c := range tc.numeric {
					if ok && r[c] != "" {
						if _, err := strconv.ParseFloat(r[c], 64); err != nil {
							ok = false
						}
					}
				}
				if !ok {
					bad++
					continue
				}
				if tc.tconst != nil && !movies[tc.tconst(r)] {
					t.Errorf("record %v names %s, not a movie of title.basics", r[:2], tc.tconst(r))
				}
			}
			if bad != f.Bad {
				t.Errorf("%d malformed records found, %d reported", bad, f.Bad)
			}
		})
	}
}

func TestGenerateDeterministic(t *testing.T) {
	a, b, c := t.TempDir(), t.TempDir(), t.TempDir()
	generate(t, synth.Options{Dir: a, Titles: 500, Seed: 3, Bad: 0.01, Workers: 1})
	generate(t, synth.Options{Dir: b, Titles: 500, Seed: 3, Bad: 0.01, Workers: 8})
	generate(t, synth.Options{Dir: c, Titles: 500, Seed: 4, Bad: 0.01})
	for name := range official {
		x, y, z := readAll(t, a, name), readAll(t, b, name), readAll(t, c, name)
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs with the same seed", name)
		}
		if bytes.Equal(x, z) && strings.HasPrefix(name, "imdb/") {
			t.Errorf("%s identical with another seed", name)
		}
	}
	for _, e := range mustReadDir(t, filepath.Join(a, "imdb")) {
		if strings.HasSuffix(e, ".tmp") {
			t.Errorf("temporary file %s left", e)
		}
	}
}

func TestGenerateErrors(t *testing.T) {
	for _, o := range []synth.Options{
		{Titles: 10},
		{Dir: t.TempDir(), Titles: 0},
		{Dir: t.TempDir(), Titles: 10, Bad: 0.9},
	} {
		if _, err := synth.Generate(context.Background(), o); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
	// Cancelled midway: an error, and no file left, complete or not.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	dir := t.TempDir()
	_, err := synth.Generate(ctx, synth.Options{Dir: dir, Titles: 100_000, Workers: 1,
		Progress: func(synth.Progress) { cancel() }})
	if err == nil {
		t.Error("cancelled context: no error")
	}
	for _, sub := range []string{"imdb", "tmdb", "movielens"} {
		if left := mustReadDir(t, filepath.Join(dir, sub)); len(left) > 0 {
			t.Errorf("cancelled run left %s/%v", sub, left)
		}
	}
}

func readAll(t *testing.T, dir, name string) []byte {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		r = zr
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustReadDir(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}
