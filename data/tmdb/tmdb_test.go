package tmdb_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/data/tmdb"
)

func read(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func drain(r *tmdb.Reader) (rows []tmdb.Movie, rejected []string, fatal error) {
	for {
		m, err := r.Next()
		if err == io.EOF {
			return
		}
		var pe *data.ParseError
		if errors.As(err, &pe) {
			rejected = append(rejected, fmt.Sprintf("%d:%s", pe.Line, pe.Rule))
			continue
		}
		if err != nil {
			return rows, rejected, err
		}
		rows = append(rows, m)
	}
}

func TestReader(t *testing.T) {
	want := []tmdb.Movie{
		{IMDbID: "tt0000417", TMDBID: 775},
		{IMDbID: "tt0211915", TMDBID: 194, TitleFR: "Le Fabuleux Destin d'Amélie Poulain", OriginalLanguage: "fr",
			OverviewFR: "Amélie, une jeune serveuse\ndans un bar de Montmartre, \"observe\".", OverviewEN: "Amélie is a girl.",
			PosterPath: "/nSxDa3M9aMvGVLoItzWTepQ5h5d.jpg", Budget: 10000000, Revenue: 174000000,
			Countries: []string{"FR", "DE"}, Keywords: []string{"paris", "waitress"}, Popularity: 23.4,
			ReleaseDate: "2001-04-25", TrailerURL: "https://www.youtube.com/watch?v=HUECWi5pX7o"},
		{IMDbID: "tt0000007", Budget: 5, Countries: []string{"US"}, Popularity: 0.6, CollectionID: 10},
	}
	// Lines: the multi-line record spans lines 3-4, so later records are one further.
	wantRejected := []string{"5:column_count", "6:number", "7:quote", "8:id"}
	for _, zipped := range []bool{false, true} {
		t.Run(fmt.Sprint("gzip=", zipped), func(t *testing.T) {
			in := read(t, "movies.csv")
			if zipped {
				var buf bytes.Buffer
				zw := gzip.NewWriter(&buf)
				zw.Write(in)
				zw.Close()
				in = buf.Bytes()
			}
			r, err := tmdb.NewReader(bytes.NewReader(in), "movies.csv")
			if err != nil {
				t.Fatal(err)
			}
			rows, rejected, fatal := drain(r)
			if fatal != nil {
				t.Fatal(fatal)
			}
			if !reflect.DeepEqual(rows, want) {
				t.Errorf("rows:\n got %+v\nwant %+v", rows, want)
			}
			if !reflect.DeepEqual(rejected, wantRejected) {
				t.Errorf("rejected %v, want %v", rejected, wantRejected)
			}
		})
	}
}

func TestHeaderErrors(t *testing.T) {
	for _, name := range []string{"empty.csv", "wrongheader.csv"} {
		_, err := tmdb.NewReader(bytes.NewReader(read(t, name)), name)
		if err == nil || !errors.Is(err, data.ErrInvalid) || !strings.Contains(err.Error(), name) {
			t.Errorf("%s: error %v, want a header error naming the file", name, err)
		}
	}
}

func TestTruncatedGzip(t *testing.T) {
	var b strings.Builder
	b.WriteString("imdb_id,tmdb_id,title_fr,original_language,overview_fr,overview_en,poster_path,budget,revenue,production_countries,keywords,popularity,collection_id,release_date,trailer_url\r\n")
	for i := 1; i <= 3000; i++ {
		fmt.Fprintf(&b, "tt%07d,%d,Titre %d,fr,\"Un résumé, sur\ndeux lignes\",,/p%d.jpg,%d,0,FR,,1.5,,2000-01-01,\r\n", i, i, i, i, i*1000)
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(b.String()))
	zw.Close()
	cut := buf.Bytes()[:buf.Len()/2]
	r, err := tmdb.NewReader(bytes.NewReader(cut), "movies.csv.gz")
	if err != nil {
		t.Fatal(err)
	}
	rows, _, fatal := drain(r)
	if fatal == nil || !errors.Is(fatal, io.ErrUnexpectedEOF) || !strings.Contains(fatal.Error(), "movies.csv.gz") {
		t.Fatalf("after %d rows: error %v, want a fatal unexpected EOF naming the file", len(rows), fatal)
	}
	if _, err := r.Next(); err == nil || err.Error() != fatal.Error() {
		t.Errorf("fatal error not sticky: %v", err)
	}
}

func FuzzMoviesCSV(f *testing.F) {
	f.Add(read(f, "movies.csv"))
	f.Add(read(f, "wrongheader.csv"))
	f.Add([]byte("imdb_id,tmdb_id,title_fr,original_language,overview_fr,overview_en,poster_path,budget,revenue,production_countries,keywords,popularity,collection_id,release_date,trailer_url\n\"unterminated"))
	f.Fuzz(func(t *testing.T, in []byte) {
		r, err := tmdb.NewReader(bytes.NewReader(in), "fuzz.csv")
		if err != nil {
			return
		}
		last := r.Line()
		for i := 0; ; i++ {
			if i > 1100*len(in)+2 {
				t.Fatal("reader never ends")
			}
			_, err := r.Next()
			if err == io.EOF {
				return
			}
			var pe *data.ParseError
			if err != nil && !errors.As(err, &pe) {
				if _, err2 := r.Next(); err2 == nil {
					t.Fatalf("fatal error %v then a row", err)
				}
				return
			}
			if r.Line() < last {
				t.Fatalf("line went back from %d to %d", last, r.Line())
			}
			last = r.Line()
		}
	})
}
