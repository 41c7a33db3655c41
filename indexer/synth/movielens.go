package synth

import (
	"bytes"
	"strconv"
)

// This file writes the MovieLens files: movies, links, ratings and tags.

// MovieLens genres, with its own vocabulary.
var mlGenres = []string{"Action", "Adventure", "Animation", "Children", "Comedy", "Crime", "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "IMAX", "Musical", "Mystery", "Romance", "Sci-Fi", "Thriller", "War", "Western"}

func (g *gen) mlMovies(w *rowWriter) error {
	var field []byte
	for k, ti := range g.mlTitles {
		if w.stop() {
			break
		}
		t := g.title(int(ti))
		b := strconv.AppendInt(w.buf, int64(k+1), 10)
		b = append(b, ',')
		field = appendTitleText(field[:0], &t.r)
		// MovieLens moves a leading English article to the end.
		if rest, ok := bytes.CutPrefix(field, []byte("The ")); ok {
			field = append(append([]byte(nil), rest...), ", The"...)
		}
		if t.year > 0 {
			field = append(field, " ("...)
			field = strconv.AppendInt(field, int64(t.year), 10)
			field = append(field, ')')
		}
		b = appendCSV(b, field)
		b = append(b, ',')
		if w.r.chance(0.01) {
			b = append(b, "(no genres listed)"...)
		} else {
			n := 1 + w.r.intn(4)
			first := w.r.intn(len(mlGenres) - n + 1)
			for j := 0; j < n; j++ {
				if j > 0 {
					b = append(b, '|')
				}
				b = append(b, mlGenres[first+j]...)
			}
		}
		w.buf = b
		if w.malformed() {
			w.breakCSVRow(-1)
		}
		w.row()
	}
	return nil
}

func (g *gen) mlLinks(w *rowWriter) error {
	for k, ti := range g.mlTitles {
		if w.stop() {
			break
		}
		b := strconv.AppendInt(w.buf, int64(k+1), 10)
		b = append(b, ',')
		b = appendPadded(b, int(ti)+1, 7) // imdbId without "tt"
		b = append(b, ',')
		if w.r.chance(0.99) {
			b = strconv.AppendInt(b, int64(ti)*3+11, 10)
		}
		w.buf = b
		if w.malformed() {
			w.breakCSVRow(-1)
		}
		w.row()
	}
	return nil
}

// mlUsers is how many users rate: ml-latest-small has 610 for 9,742 movies.
func (g *gen) mlUsers() int { return max(1, len(g.mlTitles)/16) }

func (g *gen) mlRatings(w *rowWriter) error {
	m := len(g.mlTitles)
	if m == 0 {
		return nil
	}
	for u := 1; u <= g.mlUsers() && !w.stop(); u++ {
		n := 20 + w.r.intn(min(m, 270)) // mean ~155 per user
		start := w.r.intn(m)
		step := 1 + w.r.intn(7)
		if m%step == 0 {
			step = 1 // keep (user, movie) pairs unique
		}
		ts := 900_000_000 + w.r.intn(640_000_000)
		for k := 0; k < n && k < m && !w.stop(); k++ {
			movie := (start+k*step)%m + 1
			b := strconv.AppendInt(w.buf, int64(u), 10)
			b = append(b, ',')
			b = strconv.AppendInt(b, int64(movie), 10)
			b = append(b, ',')
			ratingAt := len(b)
			half := 1 + w.r.intn(10)
			b = strconv.AppendInt(b, int64(half/2), 10)
			if half%2 == 1 {
				b = append(b, ".5"...)
			} else {
				b = append(b, ".0"...)
			}
			b = append(b, ',')
			b = strconv.AppendInt(b, int64(ts+w.r.intn(86_400)), 10)
			w.buf = b
			if w.malformed() {
				w.breakCSVRow(ratingAt)
			}
			w.row()
		}
	}
	return nil
}

func (g *gen) mlTags(w *rowWriter) error {
	m := len(g.mlTitles)
	if m == 0 {
		return nil
	}
	for u := 1; u <= g.mlUsers() && !w.stop(); u++ {
		if !w.r.chance(0.1) {
			continue
		}
		n := 1 + w.r.intn(60)
		for k := 0; k < n && !w.stop(); k++ {
			b := strconv.AppendInt(w.buf, int64(u), 10)
			b = append(b, ',')
			b = strconv.AppendInt(b, int64(1+w.r.intn(m)), 10)
			b = append(b, ',')
			tag := pick(&w.r, tags)
			if w.r.chance(0.05) {
				tag = "funny, sad"
			}
			b = appendCSV(b, []byte(tag))
			b = append(b, ',')
			b = strconv.AppendInt(b, int64(1_100_000_000+w.r.intn(440_000_000)), 10)
			w.buf = b
			if w.malformed() {
				w.breakCSVRow(-1)
			}
			w.row()
		}
	}
	return nil
}
