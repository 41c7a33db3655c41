package synth

import (
	"bytes"
	"math"
	"strconv"
)

// This file writes the six IMDb files: gzipped TSV, a header, \N for null.

const null = `\N`

func appendIntOrNull(b []byte, n int) []byte {
	if n == 0 {
		return append(b, null...)
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// breakRow turns the row in w.buf into a malformed one: a missing column,
// an extra column, or (when badNumber is given) an unparsable number.
func (w *rowWriter) breakRow(badNumber func()) {
	switch k := w.r.intn(3); {
	case k == 2 && badNumber != nil:
		badNumber()
	case k == 1:
		w.buf = append(w.buf, "\textra"...)
	default:
		if i := bytes.LastIndexByte(w.buf, '\t'); i >= 0 {
			w.buf = w.buf[:i]
		} else {
			w.buf = append(w.buf, "\textra"...)
		}
	}
}

func (g *gen) basics(w *rowWriter) error {
	for i := 0; i < g.titles && !w.stop(); i++ {
		t := g.title(i)
		b := tconst(w.buf, i)
		b = append(b, '\t')
		b = append(b, t.typ...)
		b = append(b, '\t')
		start := len(b)
		b = appendTitleText(b, &t.r)
		primary := b[start:]
		b = append(b, '\t')
		if t.r.chance(0.2) {
			b = appendTitleText(b, &t.r)
		} else {
			b = append(b, primary...)
		}
		if t.adult {
			b = append(b, "\t1\t"...)
		} else {
			b = append(b, "\t0\t"...)
		}
		yearAt := len(b)
		b = appendIntOrNull(b, t.year)
		yearEnd := len(b)
		b = append(b, '\t')
		end := 0
		if (t.typ == "tvSeries" || t.typ == "tvMiniSeries") && t.year > 0 && t.r.chance(0.5) {
			end = t.year + t.r.intn(12)
		}
		b = appendIntOrNull(b, end)
		b = append(b, '\t')
		b = appendIntOrNull(b, t.runtime)
		b = append(b, '\t')
		if t.r.chance(0.06) {
			b = append(b, null...)
		} else {
			n := 1 + t.r.intn(3)
			first := t.r.intn(len(genres) - n + 1)
			for k := 0; k < n; k++ { // sorted, as IMDb lists them
				if k > 0 {
					b = append(b, ',')
				}
				b = append(b, genres[first+k]...)
			}
		}
		w.buf = b
		if w.malformed() {
			w.breakRow(func() {
				// startYear becomes junk; the rest stays.
				tail := append([]byte(nil), w.buf[yearEnd:]...)
				w.buf = append(append(w.buf[:yearAt], "19x7"...), tail...)
			})
		}
		w.row()
	}
	return nil
}

func (g *gen) akas(w *rowWriter) error {
	for i := 0; i < g.titles && !w.stop(); i++ {
		n := 1 + w.r.intn(8) // mean 4.5
		for k := 1; k <= n && !w.stop(); k++ {
			b := tconst(w.buf, i)
			b = append(b, '\t')
			orderAt := len(b)
			b = strconv.AppendInt(b, int64(k), 10)
			b = append(b, '\t')
			switch {
			case k == 1:
				b = g.primaryTitle(b, i)
				b = append(b, "\t\\N\t\\N\toriginal\t\\N\t1"...)
			default:
				region := pick(&w.r, regions)
				if k == 2 && w.r.chance(0.5) {
					region = "FR"
				}
				lang := -1
				if region == "FR" {
					lang = languageOf("fr")
				}
				b = appendTitleIn(b, &w.r, lang)
				b = append(b, '\t')
				b = append(b, region...)
				b = append(b, '\t')
				if w.r.chance(0.3) {
					b = append(b, pick(&w.r, languages)...)
				} else {
					b = append(b, null...)
				}
				b = append(b, '\t')
				if w.r.chance(0.4) {
					b = append(b, pick(&w.r, akaTypes)...)
				} else {
					b = append(b, null...)
				}
				b = append(b, '\t')
				if w.r.chance(0.05) {
					b = append(b, "literal English title"...)
				} else {
					b = append(b, null...)
				}
				b = append(b, "\t0"...)
			}
			w.buf = b
			if w.malformed() {
				w.breakRow(func() { w.buf = append(w.buf[:orderAt], append([]byte("x"), w.buf[orderAt:]...)...) })
			}
			w.row()
		}
	}
	return nil
}

func (g *gen) principals(w *rowWriter) error {
	for i := 0; i < g.titles && !w.stop(); i++ {
		n := 3 + w.r.intn(11) // mean 8
		for k := 1; k <= n && !w.stop(); k++ {
			b := tconst(w.buf, i)
			b = append(b, '\t')
			orderAt := len(b)
			b = strconv.AppendInt(b, int64(k), 10)
			b = append(b, '\t')
			b = nconst(b, g.personIndex(&w.r))
			b = append(b, '\t')
			cat := pick(&w.r, categories)
			b = append(b, cat...)
			b = append(b, '\t')
			switch {
			case cat == "writer" && w.r.chance(0.5):
				b = append(b, "screenplay"...)
			case cat == "producer":
				b = append(b, "executive producer"...)
			default:
				b = append(b, null...)
			}
			b = append(b, '\t')
			if (cat == "actor" || cat == "actress" || cat == "self") && !w.r.chance(0.15) {
				b = append(b, `["`...)
				if w.r.chance(0.01) {
					b = append(b, `Mr. \"Big\"`...)
				} else {
					b = append(b, pick(&w.r, characterNames)...)
				}
				if w.r.chance(0.1) {
					b = append(b, `","`...)
					b = append(b, pick(&w.r, characterNames)...)
				}
				b = append(b, `"]`...)
			} else {
				b = append(b, null...)
			}
			w.buf = b
			if w.malformed() {
				w.breakRow(func() { w.buf = append(w.buf[:orderAt], append([]byte("#"), w.buf[orderAt:]...)...) })
			}
			w.row()
		}
	}
	return nil
}

func (g *gen) crew(w *rowWriter) error {
	list := func(b []byte, p float64) []byte {
		if !w.r.chance(p) {
			return append(b, null...)
		}
		n := 1 + w.r.intn(3)
		for k := 0; k < n; k++ {
			if k > 0 {
				b = append(b, ',')
			}
			b = nconst(b, g.personIndex(&w.r))
		}
		return b
	}
	for i := 0; i < g.titles && !w.stop(); i++ {
		b := tconst(w.buf, i)
		b = append(b, '\t')
		b = list(b, 0.7)
		b = append(b, '\t')
		b = list(b, 0.55)
		w.buf = b
		if w.malformed() {
			w.breakRow(nil)
		}
		w.row()
	}
	return nil
}

func (g *gen) ratings(w *rowWriter) error {
	for i := 0; i < g.titles && !w.stop(); i++ {
		p := 0.09
		if t := g.title(i); t.typ == "movie" || t.typ == "tvSeries" {
			p = 0.6
		}
		if !w.r.chance(p) {
			continue
		}
		b := tconst(w.buf, i)
		b = append(b, '\t')
		tenths := 10 + w.r.intn(91)
		b = strconv.AppendInt(b, int64(tenths/10), 10)
		b = append(b, '.')
		b = strconv.AppendInt(b, int64(tenths%10), 10)
		b = append(b, '\t')
		votesAt := len(b)
		// Votes: heavy-tailed like the dump's: 5 to ~3M, median ~5, about
		// 9% of rated titles at 1,000 votes or more.
		u := w.r.float()
		votes := int(5 * math.Exp(13.3*u*u*u*u*u*u*u*u*u*u))
		b = strconv.AppendInt(b, int64(votes), 10)
		w.buf = b
		if w.malformed() {
			w.breakRow(func() { w.buf = append(w.buf[:votesAt], "12k"...) })
		}
		w.row()
	}
	return nil
}

func (g *gen) names(w *rowWriter) error {
	for i := 0; i < g.people && !w.stop(); i++ {
		b := nconst(w.buf, i)
		b = append(b, '\t')
		b = appendName(b, &w.r)
		b = append(b, '\t')
		birthAt := len(b)
		birth := 0
		if w.r.chance(0.3) {
			birth = 1850 + w.r.intn(160)
		}
		b = appendIntOrNull(b, birth)
		b = append(b, '\t')
		death := 0
		if birth > 0 && birth < 1960 && w.r.chance(0.5) {
			death = birth + 20 + w.r.intn(80)
		}
		b = appendIntOrNull(b, death)
		b = append(b, '\t')
		if w.r.chance(0.2) {
			b = append(b, null...)
		} else {
			n := 1 + w.r.intn(3)
			for k := 0; k < n; k++ {
				if k > 0 {
					b = append(b, ',')
				}
				b = append(b, pick(&w.r, professions)...)
			}
		}
		b = append(b, '\t')
		if w.r.chance(0.1) {
			b = append(b, null...)
		} else {
			n := 1 + w.r.intn(4)
			for k := 0; k < n; k++ {
				if k > 0 {
					b = append(b, ',')
				}
				// May name a title beyond the set, as the real file does.
				b = tconst(b, w.r.intn(g.titles+g.titles/20+1))
			}
		}
		w.buf = b
		if w.malformed() {
			w.breakRow(func() { w.buf = append(w.buf[:birthAt], append([]byte("c."), w.buf[birthAt:]...)...) })
		}
		w.row()
	}
	return nil
}
