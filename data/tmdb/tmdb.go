package tmdb

import (
	"fmt"
	"io"
	"strconv"

	"github.com/bobine/bobine/data/internal/textio"
)

// Movie is one record of movies.csv. Zero values mean unknown.
type Movie struct {
	IMDbID           string // tconst
	TMDBID           int
	TitleFR          string
	OriginalLanguage string
	OverviewFR       string
	OverviewEN       string
	PosterPath       string
	Budget           int64
	Revenue          int64
	Countries        []string
	Keywords         []string
	Popularity       float64
	CollectionID     int
	ReleaseDate      string
	TrailerURL       string
}

var columns = []string{"imdb_id", "tmdb_id", "title_fr", "original_language", "overview_fr", "overview_en",
	"poster_path", "budget", "revenue", "production_countries", "keywords", "popularity",
	"collection_id", "release_date", "trailer_url"}

// Reader streams movies.csv. Not safe for concurrent use.
type Reader struct{ c *textio.CSV }

// NewReader reads the header of r (plain or gzipped); file names it in errors.
func NewReader(r io.Reader, file string) (*Reader, error) {
	c, err := textio.NewCSV(r, "tmdb", file, columns)
	if err != nil {
		return nil, err
	}
	return &Reader{c}, nil
}

// Line returns the first line of the record last returned or rejected.
func (r *Reader) Line() int { return r.c.Line() }

// File returns the file name used in errors.
func (r *Reader) File() string { return r.c.File() }

// Next returns the next record; see the package documentation for errors.
func (r *Reader) Next() (Movie, error) {
	f, err := r.c.Next()
	if err != nil {
		return Movie{}, err
	}
	if !isTconst(f[0]) {
		return Movie{}, r.c.Err("id", fmt.Errorf("imdb_id %q is not a tconst", f[0]))
	}
	m := Movie{IMDbID: f[0], TitleFR: f[2], OriginalLanguage: f[3], OverviewFR: f[4], OverviewEN: f[5],
		PosterPath: f[6], Countries: textio.SplitList(f[9], "|"), Keywords: textio.SplitList(f[10], "|"),
		ReleaseDate: f[13], TrailerURL: f[14]}
	ints := []struct {
		col int
		dst *int64
	}{{1, new(int64)}, {7, &m.Budget}, {8, &m.Revenue}, {12, new(int64)}}
	for _, in := range ints {
		if f[in.col] == "" {
			continue
		}
		n, err := strconv.ParseInt(f[in.col], 10, 64)
		if err != nil || n < 0 {
			return Movie{}, r.c.Err("number", fmt.Errorf("%s: %q is not a non-negative integer", columns[in.col], f[in.col]))
		}
		*in.dst = n
	}
	m.TMDBID, m.CollectionID = int(*ints[0].dst), int(*ints[3].dst)
	if f[11] != "" {
		p, err := strconv.ParseFloat(f[11], 64)
		if err != nil || p != p || p < 0 {
			return Movie{}, r.c.Err("number", fmt.Errorf("popularity: %q is not a non-negative number", f[11]))
		}
		m.Popularity = p
	}
	return m, nil
}

func isTconst(s string) bool {
	if len(s) < 9 || s[:2] != "tt" {
		return false
	}
	for _, c := range s[2:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
