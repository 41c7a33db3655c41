package movielens_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/data/movielens"
)

func open(t testing.TB, name string) io.Reader {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return bytes.NewReader(b)
}

func drain[T any](t *testing.T, next func() (T, error)) (rows []T, rejected []string) {
	t.Helper()
	for {
		v, err := next()
		if err == io.EOF {
			return
		}
		var pe *data.ParseError
		if errors.As(err, &pe) {
			rejected = append(rejected, fmt.Sprintf("%d:%s", pe.Line, pe.Rule))
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		rows = append(rows, v)
	}
}

func TestReaders(t *testing.T) {
	tests := []struct {
		file     string
		read     func(t *testing.T, r io.Reader) (any, []string, error)
		want     any
		rejected []string
	}{
		{"movies.csv", func(t *testing.T, r io.Reader) (any, []string, error) {
			rd, err := movielens.NewMoviesReader(r, "movies.csv")
			if err != nil {
				return nil, nil, err
			}
			rows, rej := drain(t, rd.Next)
			return rows, rej, nil
		}, []movielens.Movie{
			{ID: 1, Title: "Toy Story (1995)", Genres: []string{"Adventure", "Animation", "Children", "Comedy", "Fantasy"}},
			{ID: 11, Title: "American President, The (1995)", Genres: []string{"Comedy", "Drama", "Romance"}},
			{ID: 176, Title: "Living in Oblivion (1995)"},
		}, []string{"4:number"}},
		{"links.csv", func(t *testing.T, r io.Reader) (any, []string, error) {
			rd, err := movielens.NewLinksReader(r, "links.csv")
			if err != nil {
				return nil, nil, err
			}
			rows, rej := drain(t, rd.Next)
			return rows, rej, nil
		}, []movielens.Link{
			{MovieID: 1, IMDbID: "tt0114709", TMDBID: 862},
			{MovieID: 2, IMDbID: "tt0113497"},
			{MovieID: 160438, IMDbID: "tt4824302", TMDBID: 406997},
		}, []string{"4:id"}},
		{"ratings.csv", func(t *testing.T, r io.Reader) (any, []string, error) {
			rd, err := movielens.NewRatingsReader(r, "ratings.csv")
			if err != nil {
				return nil, nil, err
			}
			rows, rej := drain(t, rd.Next)
			return rows, rej, nil
		}, []movielens.Rating{{User: 1, Movie: 1, Rating: 4, Time: 964982703}}, []string{"3:number", "4:column_count"}},
		{"tags.csv", func(t *testing.T, r io.Reader) (any, []string, error) {
			rd, err := movielens.NewTagsReader(r, "tags.csv")
			if err != nil {
				return nil, nil, err
			}
			rows, rej := drain(t, rd.Next)
			return rows, rej, nil
		}, []movielens.Tag{{User: 2, Movie: 60756, Tag: "funny", Time: 1445714994}, {User: 2, Movie: 60756, Tag: `Highly "quotable"`, Time: 1445714996}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			rows, rejected, err := tt.read(t, open(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(rows, tt.want) {
				t.Errorf("rows:\n got %+v\nwant %+v", rows, tt.want)
			}
			if !reflect.DeepEqual(rejected, tt.rejected) {
				t.Errorf("rejected %v, want %v", rejected, tt.rejected)
			}
		})
	}
}

func TestWrongHeader(t *testing.T) {
	// ratings.csv is not a links file: its header lacks imdbId.
	_, err := movielens.NewLinksReader(open(t, "ratings.csv"), "ratings.csv")
	if !errors.Is(err, data.ErrInvalid) {
		t.Fatalf("error %v, want a header error", err)
	}
}

func TestTitleID(t *testing.T) {
	for n, want := range map[uint32]string{114709: "tt0114709", 1: "tt0000001", 10872600: "tt10872600"} {
		if got := movielens.TitleID(n); got != want {
			t.Errorf("TitleID(%d) = %q, want %q", n, got, want)
		}
	}
}

func FuzzRatingsCSV(f *testing.F) {
	f.Add([]byte("userId,movieId,rating,timestamp\r\n1,1,4.0,964982703\r\n"))
	f.Add([]byte("movieId,imdbId,tmdbId\n1,0114709,862\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		for _, mk := range []func(io.Reader) (func() error, error){
			func(r io.Reader) (func() error, error) {
				rd, err := movielens.NewRatingsReader(r, "f")
				if err != nil {
					return nil, err
				}
				return func() error { _, err := rd.Next(); return err }, nil
			},
			func(r io.Reader) (func() error, error) {
				rd, err := movielens.NewLinksReader(r, "f")
				if err != nil {
					return nil, err
				}
				return func() error { _, err := rd.Next(); return err }, nil
			},
		} {
			next, err := mk(bytes.NewReader(in))
			if err != nil {
				continue
			}
			for i := 0; ; i++ {
				if i > 1100*len(in)+2 {
					t.Fatal("reader never ends")
				}
				err := next()
				var pe *data.ParseError
				if err == io.EOF || (err != nil && !errors.As(err, &pe)) {
					break
				}
			}
		}
	})
}
