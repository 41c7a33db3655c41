package synth

import (
	"bytes"
	"strconv"
)

// This file writes the TMDB export, tmdb/movies.csv, and the CSV helpers
// MovieLens shares.

// appendCSV appends one RFC 4180 field, quoted when needed.
func appendCSV(b []byte, s []byte) []byte {
	if bytes.ContainsAny(s, ",\"\r\n") {
		b = append(b, '"')
		for _, c := range s {
			if c == '"' {
				b = append(b, '"')
			}
			b = append(b, c)
		}
		return append(b, '"')
	}
	return append(b, s...)
}

// breakCSVRow drops the last field of the row, or puts junk in a number.
func (w *rowWriter) breakCSVRow(numberAt int) {
	if numberAt >= 0 && w.r.chance(0.5) {
		w.buf = append(w.buf[:numberAt], append([]byte("n/a"), w.buf[numberAt:]...)...)
		return
	}
	if i := bytes.LastIndexByte(w.buf, ','); i >= 0 {
		w.buf = w.buf[:i]
	}
}

func (g *gen) tmdb(w *rowWriter) error {
	var field []byte
	for i := 0; i < g.titles && !w.stop(); i++ {
		t := g.title(i)
		if t.typ != "movie" || !w.r.chance(0.5) {
			continue
		}
		b := tconst(w.buf, i)
		b = append(b, ',')
		if w.r.chance(0.8) {
			b = strconv.AppendInt(b, int64(i*3+11), 10)
		}
		b = append(b, ',')
		if w.r.chance(0.75) {
			field = appendTitleIn(field[:0], &w.r, languageOf("fr"))
			b = appendCSV(b, field)
		}
		b = append(b, ',')
		if w.r.chance(0.7) {
			b = append(b, pick(&w.r, languages)...)
		}
		for _, p := range []float64{0.45, 0.65} { // overview_fr, overview_en
			b = append(b, ',')
			if w.r.chance(p) {
				field = append(field[:0], "A story of "...)
				field = appendTitleText(field, &w.r)
				field = append(field, ", with \"quotes\", commas"...)
				if w.r.chance(0.05) {
					field = append(field, "\nand a second line."...)
				}
				b = appendCSV(b, field)
			}
		}
		b = append(b, ',')
		if w.r.chance(0.85) {
			b = append(b, '/')
			for k := 0; k < 27; k++ {
				b = append(b, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[w.r.intn(62)])
			}
			b = append(b, ".jpg"...)
		}
		b = append(b, ',')
		budgetAt := len(b)
		for k := 0; k < 2; k++ { // budget, revenue; 0 = unknown
			if k > 0 {
				b = append(b, ',')
			}
			if w.r.chance(0.35) {
				b = strconv.AppendInt(b, int64(1_000+w.r.intn(300_000_000)), 10)
			} else {
				b = append(b, '0')
			}
		}
		b = append(b, ',')
		if w.r.chance(0.55) {
			n := 1 + w.r.intn(3)
			for k := 0; k < n; k++ {
				if k > 0 {
					b = append(b, '|')
				}
				b = append(b, pick(&w.r, countries)...)
			}
		}
		b = append(b, ',')
		if w.r.chance(0.45) {
			n := 1 + w.r.intn(5)
			first := w.r.intn(len(keywords) - n + 1)
			for k := 0; k < n; k++ {
				if k > 0 {
					b = append(b, '|')
				}
				b = append(b, keywords[first+k]...)
			}
		}
		b = append(b, ',')
		if w.r.chance(0.9) {
			b = strconv.AppendFloat(b, float64(w.r.intn(2_700_000))/1000, 'f', -1, 64)
		}
		b = append(b, ',')
		if w.r.chance(0.07) {
			b = strconv.AppendInt(b, int64(10+w.r.intn(500_000)), 10)
		}
		b = append(b, ',')
		if t.year > 0 && w.r.chance(0.6) {
			b = strconv.AppendInt(b, int64(t.year), 10)
			b = append(b, '-')
			b = appendPadded(b, 1+w.r.intn(12), 2)
			b = append(b, '-')
			b = appendPadded(b, 1+w.r.intn(28), 2)
		}
		b = append(b, ',')
		if w.r.chance(0.22) {
			b = append(b, "https://www.youtube.com/watch?v="...)
			b = strconv.AppendUint(b, w.r.next()%1e11, 36)
		}
		w.buf = b
		if w.malformed() {
			w.breakCSVRow(budgetAt)
		}
		w.row()
	}
	return nil
}
