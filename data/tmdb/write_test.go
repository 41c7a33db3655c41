package tmdb_test

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/bobine/bobine/data/tmdb"
)

// TestWriterRoundTrip: what Writer writes, Reader reads back unchanged,
// synopses with quotes, commas and line breaks included.
func TestWriterRoundTrip(t *testing.T) {
	in := []tmdb.Movie{
		{IMDbID: "tt0211915", TMDBID: 194, TitleFR: "Le Fabuleux Destin d'Amélie Poulain", OriginalLanguage: "fr",
			OverviewFR: "Amélie, une jeune serveuse\ndans un bar de Montmartre, \"observe\".", OverviewEN: "Amélie is a girl.",
			PosterPath: "/nSxDa3M9aMvGVLoItzWTepQ5h5d.jpg", Budget: 10000000, Revenue: 174000000,
			Countries: []string{"FR", "DE"}, Keywords: []string{"paris", "waitress"}, Popularity: 23.4567,
			CollectionID: 7, ReleaseDate: "2001-04-25", TrailerURL: "https://www.youtube.com/watch?v=HUECWi5pX7o"},
		{IMDbID: "tt0000417", TMDBID: 775},
	}
	var buf bytes.Buffer
	w := tmdb.NewWriter(&buf)
	for _, m := range in {
		if err := w.Write(m); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	r, err := tmdb.NewReader(&buf, "movies.csv")
	if err != nil {
		t.Fatal(err)
	}
	got, rejected, fatal := drain(r)
	if fatal != nil || len(rejected) > 0 {
		t.Fatalf("read back: rejected %v, error %v", rejected, fatal)
	}
	if !reflect.DeepEqual(got, in) {
		t.Errorf("read back\n got %+v\nwant %+v", got, in)
	}
}

func TestWriterListSeparatorAndBadID(t *testing.T) {
	var buf bytes.Buffer
	w := tmdb.NewWriter(&buf)
	if err := w.Write(tmdb.Movie{IMDbID: "tt0000001", Keywords: []string{"a|b", " ", "c"}}); err != nil {
		t.Fatal(err)
	}
	if err := w.Write(tmdb.Movie{IMDbID: "nm0000001"}); err == nil {
		t.Error("Write accepted a person id as imdb_id")
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), ",a b|c,") {
		t.Errorf("keywords not joined as a b|c: %q", buf.String())
	}
	var empty bytes.Buffer
	if err := tmdb.NewWriter(&empty).Flush(); err != nil {
		t.Fatal(err)
	}
	if _, err := tmdb.NewReader(&empty, "empty.csv"); err != nil {
		t.Errorf("an empty Writer's output is not a readable file: %v", err)
	}
}
