package movielens

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/bobine/bobine/data/internal/textio"
)

// Movie is one record of movies.csv.
type Movie struct {
	ID     int
	Title  string // as given, usually ending with " (YYYY)"
	Genres []string
}

// Link is one record of links.csv.
type Link struct {
	MovieID int
	IMDbID  string // tconst: "tt" + imdbId, zero-padded to 7 digits
	TMDBID  int    // 0 when empty
}

// Rating is one record of ratings.csv.
type Rating struct {
	User   int
	Movie  int
	Rating float64
	Time   int64
}

// Tag is one record of tags.csv.
type Tag struct {
	User  int
	Movie int
	Tag   string
	Time  int64
}

type reader struct {
	c    *textio.CSV
	cols []string
}

// Line returns the first line of the record last returned or rejected.
func (r *reader) Line() int { return r.c.Line() }

// File returns the file name used in errors.
func (r *reader) File() string { return r.c.File() }

func newReader(rd io.Reader, file string, cols []string) (reader, error) {
	c, err := textio.NewCSV(rd, "movielens", file, cols)
	return reader{c, cols}, err
}

func (r *reader) int(f []string, i int) (int64, error) {
	n, err := strconv.ParseInt(f[i], 10, 64)
	if err != nil {
		return 0, r.c.Err("number", fmt.Errorf("%s: %q is not an integer", r.cols[i], f[i]))
	}
	return n, nil
}

// MoviesReader streams movies.csv. Not safe for concurrent use.
type MoviesReader struct{ reader }

// NewMoviesReader reads the header of a movies.csv file.
func NewMoviesReader(r io.Reader, file string) (*MoviesReader, error) {
	rd, err := newReader(r, file, []string{"movieId", "title", "genres"})
	if err != nil {
		return nil, err
	}
	return &MoviesReader{rd}, nil
}

// Next returns the next record; see the package documentation for errors.
func (r *MoviesReader) Next() (Movie, error) {
	f, err := r.c.Next()
	if err != nil {
		return Movie{}, err
	}
	id, err := r.int(f, 0)
	if err != nil {
		return Movie{}, err
	}
	m := Movie{ID: int(id), Title: f[1]}
	if f[2] != "(no genres listed)" {
		m.Genres = textio.SplitList(f[2], "|")
	}
	return m, nil
}

// LinksReader streams links.csv. Not safe for concurrent use.
type LinksReader struct{ reader }

// NewLinksReader reads the header of a links.csv file.
func NewLinksReader(r io.Reader, file string) (*LinksReader, error) {
	rd, err := newReader(r, file, []string{"movieId", "imdbId", "tmdbId"})
	if err != nil {
		return nil, err
	}
	return &LinksReader{rd}, nil
}

// Next returns the next record; see the package documentation for errors.
func (r *LinksReader) Next() (Link, error) {
	f, err := r.c.Next()
	if err != nil {
		return Link{}, err
	}
	id, err := r.int(f, 0)
	if err != nil {
		return Link{}, err
	}
	imdb, err := strconv.ParseUint(f[1], 10, 32)
	if err != nil || strings.HasPrefix(f[1], "+") {
		return Link{}, r.c.Err("id", fmt.Errorf("imdbId: %q is not a number", f[1]))
	}
	l := Link{MovieID: int(id), IMDbID: TitleID(uint32(imdb))}
	if f[2] != "" {
		t, err := r.int(f, 2)
		if err != nil {
			return Link{}, err
		}
		l.TMDBID = int(t)
	}
	return l, nil
}

// TitleID turns a links.csv imdbId number into a tconst: 114709 -> "tt0114709".
func TitleID(n uint32) string {
	s := strconv.FormatUint(uint64(n), 10)
	if len(s) < 7 {
		s = strings.Repeat("0", 7-len(s)) + s
	}
	return "tt" + s
}

// RatingsReader streams ratings.csv. Not safe for concurrent use.
type RatingsReader struct{ reader }

// NewRatingsReader reads the header of a ratings.csv file.
func NewRatingsReader(r io.Reader, file string) (*RatingsReader, error) {
	rd, err := newReader(r, file, []string{"userId", "movieId", "rating", "timestamp"})
	if err != nil {
		return nil, err
	}
	return &RatingsReader{rd}, nil
}

// Next returns the next record; see the package documentation for errors.
func (r *RatingsReader) Next() (Rating, error) {
	f, err := r.c.Next()
	if err != nil {
		return Rating{}, err
	}
	var n [2]int64
	for i := range n {
		if n[i], err = r.int(f, i); err != nil {
			return Rating{}, err
		}
	}
	score, err := strconv.ParseFloat(f[2], 64)
	if err != nil || score != score {
		return Rating{}, r.c.Err("number", fmt.Errorf("rating: %q is not a number", f[2]))
	}
	ts, err := r.int(f, 3)
	if err != nil {
		return Rating{}, err
	}
	return Rating{User: int(n[0]), Movie: int(n[1]), Rating: score, Time: ts}, nil
}

// TagsReader streams tags.csv. Not safe for concurrent use.
type TagsReader struct{ reader }

// NewTagsReader reads the header of a tags.csv file.
func NewTagsReader(r io.Reader, file string) (*TagsReader, error) {
	rd, err := newReader(r, file, []string{"userId", "movieId", "tag", "timestamp"})
	if err != nil {
		return nil, err
	}
	return &TagsReader{rd}, nil
}

// Next returns the next record; see the package documentation for errors.
func (r *TagsReader) Next() (Tag, error) {
	f, err := r.c.Next()
	if err != nil {
		return Tag{}, err
	}
	var n [2]int64
	for i := range n {
		if n[i], err = r.int(f, i); err != nil {
			return Tag{}, err
		}
	}
	ts, err := r.int(f, 3)
	if err != nil {
		return Tag{}, err
	}
	return Tag{User: int(n[0]), Movie: int(n[1]), Tag: f[2], Time: ts}, nil
}
