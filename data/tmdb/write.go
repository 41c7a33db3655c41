package tmdb

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Writer writes movies.csv in the format Reader reads: the header, then one
// record per Write, CRLF line ends. Not safe for concurrent use.
type Writer struct {
	c      *csv.Writer
	header bool
}

// NewWriter returns a Writer on w; the header is written with the first
// record (or by Flush when there is none).
func NewWriter(w io.Writer) *Writer {
	c := csv.NewWriter(w)
	c.UseCRLF = true
	return &Writer{c: c}
}

// Write writes one record. Zero values are written as empty fields (0 for
// budget and revenue, as the TMDB API gives them), lists are joined by "|"
// after dropping any "|" inside an item.
func (w *Writer) Write(m Movie) error {
	if !isTconst(m.IMDbID) {
		return fmt.Errorf("tmdb: write: imdb_id %q is not a tconst", m.IMDbID)
	}
	if err := w.writeHeader(); err != nil {
		return err
	}
	num := func(n int64) string {
		if n <= 0 {
			return ""
		}
		return strconv.FormatInt(n, 10)
	}
	pop := ""
	if m.Popularity > 0 {
		pop = strconv.FormatFloat(m.Popularity, 'f', -1, 64)
	}
	rec := []string{m.IMDbID, num(int64(m.TMDBID)), m.TitleFR, m.OriginalLanguage, m.OverviewFR, m.OverviewEN,
		m.PosterPath, strconv.FormatInt(max(m.Budget, 0), 10), strconv.FormatInt(max(m.Revenue, 0), 10),
		joinList(m.Countries), joinList(m.Keywords), pop, num(int64(m.CollectionID)), m.ReleaseDate, m.TrailerURL}
	if err := w.c.Write(rec); err != nil {
		return fmt.Errorf("tmdb: write: %w", err)
	}
	return nil
}

// Flush writes any buffered data (and the header of an empty file) and
// reports the first write error.
func (w *Writer) Flush() error {
	if err := w.writeHeader(); err != nil {
		return err
	}
	w.c.Flush()
	if err := w.c.Error(); err != nil {
		return fmt.Errorf("tmdb: write: %w", err)
	}
	return nil
}

func (w *Writer) writeHeader() error {
	if w.header {
		return nil
	}
	w.header = true
	if err := w.c.Write(columns); err != nil {
		return fmt.Errorf("tmdb: write header: %w", err)
	}
	return nil
}

func joinList(items []string) string {
	out := make([]string, 0, len(items))
	for _, s := range items {
		s = strings.Join(strings.Fields(strings.ReplaceAll(s, "|", " ")), " ")
		if s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, "|")
}
