package recommend

import (
	"math"
	"slices"

	"github.com/bobine/bobine/data"
)

// reasonColumns holds what the reasons (explain.go) compare of the films
// shown and the films liked, by catalogue index: the principals (people's
// codes, as in filmColumns.directors, and their categories), the writers,
// the keywords and the genres in the records' order, the rating. Reading
// them from the records brought back, per request, the pages of ten
// records and of their credit, writer, keyword and genre lists (with the
// kernel's fault-around, about 12 MB at the full IMDb size): over a
// thousand requests, most of the records' 1.6 GB. Only the liked films'
// titles, when a reason cites them, are read from their records.
type reasonColumns struct {
	// Film i's principals are credits[credStart[i]:credStart[i+1]], in the
	// record's order, with their categories in category (an index into
	// categories: catActor, catActress, catSelf, catComposer, catDirector first, the
	// 256th and later categories all catOther).
	credStart  []int32
	credits    []int32
	category   []uint8
	categories []string
	// Film i's writers are writers[wrStart[i]:wrStart[i+1]].
	wrStart []int32
	writers []int32
	// The keywords of film i, when flags[i] has keywordsInColumn, are
	// keywords[kwStart[k]:kwStart[k+1]] for its rank k among the films
	// with keywords (kwRank[i]), as indexes into keywordNames: few films
	// have keywords (TMDB's), so their starts are not kept for every film.
	kwRank       []int32
	kwStart      []int32
	keywords     []int32
	keywordNames []string
	// Film i's genres, in the record's order, are genreList[3i:3i+3]:
	// indexes+1 into genreNames, 0 past the last (a film with more, or
	// past the 255th distinct genre, has genresInRecord).
	genreList  []uint8
	genreNames []string
	// rating10 is film i's IMDb rating in tenths (ratingInRecord when that
	// is not exact).
	rating10 []uint16
}

// The first categories of reasonColumns.categories: the ones the reasons
// test.
const (
	catActor uint8 = iota
	catActress
	catSelf
	catComposer
	catDirector
	catOther = math.MaxUint8
)

// maxColumnGenres is how many genres of a film reasonColumns holds (IMDb
// gives three at most).
const maxColumnGenres = 3

// reasonsBuilder holds the vocabularies while the columns are built.
type reasonsBuilder struct {
	category map[string]uint8
	keyword  map[string]int32
	genre    map[string]uint8
}

func (c *filmColumns) startReasons(n int) *reasonsBuilder {
	c.credStart = make([]int32, n+1)
	c.wrStart = make([]int32, n+1)
	c.kwRank = make([]int32, n)
	c.kwStart = []int32{0}
	c.genreList = make([]uint8, maxColumnGenres*n)
	c.rating10 = make([]uint16, n)
	c.categories = []string{"actor", "actress", "self", "composer", "director"}
	b := &reasonsBuilder{category: map[string]uint8{}, keyword: map[string]int32{}, genre: map[string]uint8{}}
	for i, x := range c.categories {
		b.category[x] = uint8(i)
	}
	return b
}

// addReasons sets the reason columns of film i, f, which follows film i-1.
func (c *filmColumns) addReasons(cat *data.Catalogue, i int, f *data.Film, b *reasonsBuilder) {
	for k := range f.Credits {
		cr := &f.Credits[k]
		code, ok := b.category[cr.Category]
		if !ok {
			code = catOther
			if len(c.categories) < catOther {
				code = uint8(len(c.categories))
				c.categories = append(c.categories, cr.Category)
				b.category[cr.Category] = code
			}
		}
		c.credits = append(c.credits, c.code(cat, cr.PersonID))
		c.category = append(c.category, code)
	}
	c.credStart[i+1] = int32(len(c.credits))
	for _, w := range f.Writers {
		c.writers = append(c.writers, c.code(cat, w))
	}
	c.wrStart[i+1] = int32(len(c.writers))
	if len(f.Keywords) > 0 {
		c.flags[i] |= keywordsInColumn
		c.kwRank[i] = int32(len(c.kwStart) - 1)
		for _, kw := range f.Keywords {
			code, ok := b.keyword[kw]
			if !ok {
				code = int32(len(c.keywordNames))
				b.keyword[kw] = code
				c.keywordNames = append(c.keywordNames, kw)
			}
			c.keywords = append(c.keywords, code)
		}
		c.kwStart = append(c.kwStart, int32(len(c.keywords)))
	}
	if len(f.Genres) > maxColumnGenres {
		c.flags[i] |= genresInRecord
	}
	for k, g := range f.Genres[:min(len(f.Genres), maxColumnGenres)] {
		code, ok := b.genre[g]
		if !ok {
			if len(c.genreNames) == math.MaxUint8 {
				c.flags[i] |= genresInRecord
				break
			}
			c.genreNames = append(c.genreNames, g)
			code = uint8(len(c.genreNames))
			b.genre[g] = code
		}
		c.genreList[maxColumnGenres*i+k] = code
	}
	if hasGenre(f, []string{"Family", "Animation"}) {
		c.flags[i] |= familyGenre
	}
	if t := math.Round(f.Rating * 10); t >= 0 && t <= math.MaxUint16 && t/10 == f.Rating {
		c.rating10[i] = uint16(t)
	} else {
		c.flags[i] |= ratingInRecord
	}
}

// done trims the columns once every film is in.
func (b *reasonsBuilder) done(c *filmColumns) {
	c.credits, c.category = slices.Clip(c.credits), slices.Clip(c.category)
	c.writers, c.keywords = slices.Clip(c.writers), slices.Clip(c.keywords)
	c.kwStart, c.keywordNames = slices.Clip(c.kwStart), slices.Clip(c.keywordNames)
	c.unknownIDs = slices.Clip(c.unknownIDs)
}

// creditsOf returns the principals' codes of film fi and their categories.
func (c *filmColumns) creditsOf(fi int32) ([]int32, []uint8) {
	lo, hi := c.credStart[fi], c.credStart[fi+1]
	return c.credits[lo:hi], c.category[lo:hi]
}

// writersOf returns the writers' codes of film fi.
func (c *filmColumns) writersOf(fi int32) []int32 {
	return c.writers[c.wrStart[fi]:c.wrStart[fi+1]]
}

// keywordsOf returns film fi's keywords as indexes into keywordNames.
func (c *filmColumns) keywordsOf(fi int32) []int32 {
	if c.flags[fi]&keywordsInColumn == 0 {
		return nil
	}
	k := c.kwRank[fi]
	return c.keywords[c.kwStart[k]:c.kwStart[k+1]]
}

// castOf returns the codes of film fi's actors and actresses, each once,
// in the order of its principals.
func (c *filmColumns) castOf(fi int32) []int32 {
	var out []int32
	people, cats := c.creditsOf(fi)
	for k, p := range people {
		if (cats[k] == catActor || cats[k] == catActress) && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// credited reports whether film fi credits person code p among its
// principals in a category of cats.
func (c *filmColumns) credited(fi, p int32, cats ...uint8) bool {
	people, cs := c.creditsOf(fi)
	for k, x := range people {
		if x == p && slices.Contains(cats, cs[k]) {
			return true
		}
	}
	return false
}

// genresOf returns film fi's genres in its record's order.
func (r *Recommender) genresOf(fi int32) []string {
	if r.cols.flags[fi]&genresInRecord != 0 {
		return r.films[fi].Genres
	}
	var out []string
	for _, g := range r.cols.genreList[maxColumnGenres*fi : maxColumnGenres*fi+maxColumnGenres] {
		if g == 0 {
			break
		}
		out = append(out, r.cols.genreNames[g-1])
	}
	return out
}

// rating returns film fi's IMDb rating.
func (r *Recommender) rating(fi int32) float64 {
	if r.cols.flags[fi]&ratingInRecord != 0 {
		return r.films[fi].Rating
	}
	return float64(r.cols.rating10[fi]) / 10
}

// codeName returns the name of the person of code p (filmColumns.code),
// its id when the catalogue has no name for it.
func (r *Recommender) codeName(p int32) string {
	if p < 0 {
		return r.cols.unknownIDs[-p-1]
	}
	if name := r.cat.PersonName(int(p)); name != "" {
		return name
	}
	return r.cat.PersonID(int(p))
}
