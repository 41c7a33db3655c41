package recommend

import (
	"context"
	"math"
	"slices"
	"strings"

	"github.com/bobine/bobine/data"
)

// familyAvoid are the genres a Family request never gets (data.Film.FamilySafe
// says the rest: a crime film only as a comedy, an animation or a family film).
var familyAvoid = []string{"Horror", "Thriller", "War"}

func hasGenre(f *data.Film, gs []string) bool {
	for _, g := range f.Genres {
		for _, w := range gs {
			if strings.EqualFold(g, w) {
				return true
			}
		}
	}
	return false
}

// filter says which films a request may get: it holds the constraints
// in the form they are tested in, and tests a film when a ranking reaches
// it. A request reads a few thousand films of its rankings; testing the
// whole catalogue up front cost a pass over every film per request (1.4
// million at the full IMDb size, 10-40 ms of a refined request).
type filter struct {
	r                *Recommender
	c                *Constraints
	simple, unknown  bool
	want, all, avoid []uint64
	allowed          map[int32]bool // nil: every film
	banned           map[int32]bool
}

// ok reports whether film fi may be recommended. Safe for concurrent use.
func (e *filter) ok(fi int32) bool {
	r := e.r
	if (!e.c.IncludeSeries && !r.isFilm[fi]) || (e.allowed != nil && !e.allowed[fi]) || e.banned[fi] {
		return false
	}
	return e.simple || (!e.unknown && r.satisfies(int(fi), e.c, e.want, e.all, e.avoid))
}

// byAudience returns up to n films that pass the filter, first by the
// audience prior. When the request names its films (Among, people), only
// those are looked at.
func (e *filter) byAudience(n int) []int32 {
	var out []int32
	if e.allowed != nil {
		for fi := range e.allowed {
			if e.ok(fi) {
				out = append(out, fi)
			}
		}
		at := e.r.audienceAt
		slices.SortFunc(out, func(a, b int32) int { return int(at[a] - at[b]) })
		return out[:min(n, len(out))]
	}
	for _, fi := range e.r.byAudience {
		if e.ok(fi) {
			out = append(out, fi)
			if len(out) == n {
				break
			}
		}
	}
	return out
}

// eligibility sets p.eligible (and fills p.people) from the constraints.
func (r *Recommender) eligibility(p *pool, banned map[int32]bool) {
	e := &filter{r: r, c: &p.req.Constraints, banned: banned}
	c := e.c
	if len(c.Among) > 0 {
		e.allowed = map[int32]bool{}
		for _, id := range c.Among {
			if fi := r.cat.FilmIndex(id); fi >= 0 {
				e.allowed[int32(fi)] = true
			}
		}
	}
	if len(c.People) > 0 {
		e.allowed = r.credited(p, e.allowed, c.People, anyRole, false)
	}
	if len(c.Cast) > 0 {
		e.allowed = r.credited(p, e.allowed, c.Cast, castRole, true)
	}
	if len(c.Directors) > 0 {
		e.allowed = r.credited(p, e.allowed, c.Directors, directorRole, true)
	}
	e.simple = len(c.Genres) == 0 && len(c.AllGenres) == 0 && len(c.AvoidGenres) == 0 && c.MinYear == 0 && c.MaxYear == 0 &&
		c.MinRuntime == 0 && c.MaxRuntime == 0 && c.Language == "" && !c.Family && !c.FrenchOnly &&
		len(c.Countries) == 0 && len(c.AvoidCountries) == 0 && c.MaxVotes == 0
	e.want, e.avoid = r.genres.set(c.Genres), r.genres.set(c.AvoidGenres)
	e.all = r.genres.set(c.AllGenres)
	for _, g := range c.AllGenres {
		if _, ok := r.genres.bit[strings.ToLower(g)]; !ok {
			e.unknown = true // a genre no film has: no film has them all
		}
	}
	if c.Family {
		e.avoid = r.genres.union(e.avoid, r.genres.set(familyAvoid))
	}
	p.filter, p.eligible = e, e.ok
}

// The roles a constraint on people accepts (credited).
const (
	anyRole      = iota // any credit, direction and writing included
	castRole            // acting, or appearing as oneself
	directorRole        // directing
)

// credited narrows allowed (nil: every film) to the films crediting the
// people ids in a role of kind role: one of them, or every one of them
// when all is set. It records in p.people who is credited on which film,
// for the reasons. It reads the people's roles (film positions) and the
// columns, not the films' records: a prolific actor's hundreds of films
// would bring back as many pages of records.
func (r *Recommender) credited(p *pool, allowed map[int32]bool, ids []string, role int, all bool) map[int32]bool {
	if p.people == nil {
		p.people = map[int32][]string{}
	}
	count := map[int32]int{}
	for _, pid := range ids {
		code := r.cat.PersonIndex(pid)
		if code < 0 {
			continue
		}
		seen := map[int32]bool{}
		r.cat.RoleFilms(code, func(film int) {
			fi := int32(film)
			if seen[fi] || (allowed != nil && !allowed[fi]) || !r.credits(fi, int32(code), role) {
				return
			}
			seen[fi] = true
			count[fi]++
		})
	}
	out := map[int32]bool{}
	for fi, n := range count {
		if all && n < len(ids) {
			continue
		}
		out[fi] = true
		for _, pid := range ids {
			if code, ok := r.cols.personCode(r.cat, pid); ok && !slices.Contains(p.people[fi], pid) && r.credits(fi, code, role) {
				p.people[fi] = append(p.people[fi], pid)
			}
		}
	}
	return out
}

// credits reports whether film fi credits the person of code p
// (filmColumns.code) in a role of kind role.
func (r *Recommender) credits(fi, p int32, role int) bool {
	c := &r.cols
	switch role {
	case castRole:
		return c.credited(fi, p, catActor, catActress, catSelf)
	case directorRole:
		return slices.Contains(c.directorsOf(fi), p) || c.credited(fi, p, catDirector)
	}
	people, _ := c.creditsOf(fi)
	return slices.Contains(c.directorsOf(fi), p) || slices.Contains(people, p) || slices.Contains(c.writersOf(fi), p)
}

// satisfies reports whether film i meets c, whose genres to have at least
// one of, to have all of and to avoid are the sets want, all and avoid.
//
// It runs on every film a request's rankings reach (filter.ok), thousands
// per request: c is passed by pointer and what it tests is read from r.cols
// (the countries alone from the film's record), not from the film records (when it ran on every film of a
// 70,000-film catalogue, copying the constraints and reading each record's
// year were most of the time of a refined request).
func (r *Recommender) satisfies(i int, c *Constraints, want, all, avoid []uint64) bool {
	f := &r.films[i]
	year, runtime := int(r.cols.year[i]), int(r.cols.runtime[i])
	switch {
	case len(c.Genres) > 0 && !r.genres.meets(i, want),
		len(c.AllGenres) > 0 && !r.genres.has(i, all),
		r.genres.meets(i, avoid),
		c.MinYear > 0 && (year == 0 || year < c.MinYear),
		c.MaxYear > 0 && (year == 0 || year > c.MaxYear),
		c.MaxRuntime > 0 && (runtime == 0 || runtime > c.MaxRuntime),
		c.MinRuntime > 0 && (runtime == 0 || runtime < c.MinRuntime),
		c.MaxVotes > 0 && f.Votes >= c.MaxVotes,
		c.Language != "" && !strings.EqualFold(r.language(int32(i)), c.Language),
		c.FrenchOnly && r.cols.flags[i]&madeInFrance == 0,
		len(c.Countries) > 0 && !madeInAny(f, c.Countries),
		len(c.AvoidCountries) > 0 && (slices.ContainsFunc(f.Countries, func(fc string) bool {
			return slices.ContainsFunc(c.AvoidCountries, func(a string) bool { return strings.EqualFold(a, fc) })
		}) || slices.ContainsFunc(c.AvoidCountries, f.MadeIn)), // no country known: its language says (« autre chose que du français »)
		c.Family && r.cols.flags[i]&familySafe == 0:
		return false
	}
	return true
}

// madeInAny reports whether a customer would call f a film of one of
// countries (data.Film.MadeIn: a co-producer's flag on a film in another
// language does not make it one of that country's films).
func madeInAny(f *data.Film, countries []string) bool {
	return slices.ContainsFunc(countries, f.MadeIn)
}

// filmColumns holds the fields that constraints, fusion and the selection
// read of every film a ranking reaches, one array each by catalogue index:
// reading them from the records would bring a page of records (and one of
// their lists) into memory per candidate, hundreds per request, most of the
// records' 1.6 GB after a thousand requests at the full IMDb size. Only the
// films shown (and the liked ones) are read from their records.
type filmColumns struct {
	year, runtime []int32
	votes         []uint32
	collection    []int32 // TMDB collection id, 0 for none
	// lang is each film's original language as an index into langs.
	lang  []uint16
	langs []string
	flags []uint8 // madeInFrance, familySafe
	// sagaHeads holds, for each film, a hash of the first folded word of
	// each of its saga titles (sagaTitles; 0 for none), 3 per film: two
	// films can be of one saga by their titles (sagaTaken) only when one
	// of those words is the same.
	sagaHeads []uint16
	// The directors of film i are directors[dirStart[i]:dirStart[i+1]],
	// as people's positions in the catalogue (a director absent from its
	// people gets a negative code of its own, kept in unknown).
	dirStart  []int32
	directors []int32
	// unknown gives the code of a person credited (director, writer,
	// principal) but absent from the catalogue's people; unknownIDs[-code-1]
	// is its id.
	unknown    map[string]int32
	unknownIDs []string
	reasonColumns
}

const (
	madeInFrance     = 1 << iota // data.Film.MadeIn("FR")
	familySafe                   // data.Film.FamilySafe
	familyGenre                  // a Family or Animation genre (the family reason)
	genresInRecord               // more genres, or more distinct genres, than reasonColumns holds
	ratingInRecord               // a rating that rating10 does not hold exactly
	keywordsInColumn             // the film has keywords (kwStart covers it)
)

func newFilmColumns(ctx context.Context, cat *data.Catalogue) (filmColumns, error) {
	films := cat.Films()
	n := len(films)
	c := filmColumns{year: make([]int32, n), runtime: make([]int32, n),
		votes: make([]uint32, n), collection: make([]int32, n), lang: make([]uint16, n),
		flags: make([]uint8, n), sagaHeads: make([]uint16, 3*n),
		dirStart: make([]int32, n+1), unknown: map[string]int32{}}
	rb := c.startReasons(n)
	langCode := map[string]uint16{}
	for i := range films {
		if i%cancelEvery == 0 && ctx.Err() != nil {
			return filmColumns{}, ctx.Err()
		}
		f := &films[i]
		c.year[i], c.runtime[i], c.votes[i] = int32(f.Year), int32(f.Runtime), uint32(max(f.Votes, 0))
		c.collection[i] = int32(f.CollectionID)
		code, ok := langCode[f.OriginalLanguage]
		if !ok {
			code = otherLanguage
			if len(c.langs) < otherLanguage {
				code = uint16(len(c.langs))
				langCode[f.OriginalLanguage] = code
				c.langs = append(c.langs, f.OriginalLanguage)
			}
		}
		c.lang[i] = code
		if f.MadeIn("FR") {
			c.flags[i] |= madeInFrance
		}
		if f.FamilySafe() {
			c.flags[i] |= familySafe
		}
		for k, t := range sagaTitles(f) {
			c.sagaHeads[3*i+k] = sagaHead(t)
		}
		for _, d := range f.Directors {
			c.directors = append(c.directors, c.code(cat, d))
		}
		c.dirStart[i+1] = int32(len(c.directors))
		c.addReasons(cat, i, f, rb)
	}
	rb.done(&c)
	return c, nil
}

// otherLanguage is the code of the languages past the first 65,535 (the
// catalogue holds a few hundred): their films' records say which.
const otherLanguage = math.MaxUint16

// sagaHead hashes (FNV-1a, into 1-65535) the first folded word of title t,
// or its first two words when the first has fewer than minSagaKey letters
// (« the », « la »: a saga key, of minSagaKey letters at least, that starts
// with such a word holds the next one too); 0 when t has no word.
func sagaHead(t string) uint16 {
	var head []string
	foldedWords(t, func(w string) {
		if len(head) == 0 || len(head) == 1 && len(head[0]) < minSagaKey {
			head = append(head, w)
		}
	})
	if len(head) == 0 {
		return 0
	}
	x := uint32(2166136261)
	for _, c := range []byte(strings.Join(head, " ")) {
		x = (x ^ uint32(c)) * 16777619
	}
	return uint16(x%math.MaxUint16) + 1
}

// language returns film i's original language.
func (r *Recommender) language(i int32) string {
	if code := r.cols.lang[i]; code != otherLanguage {
		return r.cols.langs[code]
	}
	return r.films[i].OriginalLanguage
}

// code is person id d's code in filmColumns.directors (and the other
// columns of people): its position among the catalogue's people, or a
// negative code of its own when it is not one of them.
func (c *filmColumns) code(cat *data.Catalogue, d string) int32 {
	if p := cat.PersonIndex(d); p >= 0 {
		return int32(p)
	}
	code, ok := c.unknown[d]
	if !ok {
		code = -int32(len(c.unknown)) - 1
		d = strings.Clone(d)
		c.unknown[d] = code
		c.unknownIDs = append(c.unknownIDs, d)
	}
	return code
}

// personCode is person id d's code in filmColumns.directors, false when no
// film credits d.
func (c *filmColumns) personCode(cat *data.Catalogue, d string) (int32, bool) {
	if p := cat.PersonIndex(d); p >= 0 {
		return int32(p), true
	}
	code, ok := c.unknown[d]
	return code, ok
}

// directorsOf returns the directors' codes of film fi.
func (c *filmColumns) directorsOf(fi int32) []int32 {
	return c.directors[c.dirStart[fi]:c.dirStart[fi+1]]
}

// genreSets numbers the catalogue's genres (case-insensitively) and holds
// each film's genres as a bit set of words words, so that a genre
// constraint costs a few AND per film instead of string comparisons.
type genreSets struct {
	bit   map[string]int
	words int
	film  []uint64 // film i's set is film[i*words : (i+1)*words]
}

func newGenreSets(films []data.Film) genreSets {
	g := genreSets{bit: map[string]int{}}
	for i := range films {
		for _, name := range films[i].Genres {
			k := strings.ToLower(name)
			if _, ok := g.bit[k]; !ok {
				g.bit[k] = len(g.bit)
			}
		}
	}
	g.words = max(1, (len(g.bit)+63)/64)
	g.film = make([]uint64, len(films)*g.words)
	for i := range films {
		for _, name := range films[i].Genres {
			b := g.bit[strings.ToLower(name)]
			g.film[i*g.words+b/64] |= 1 << (b % 64)
		}
	}
	return g
}

// set returns the set of the named genres; a genre no film has adds
// nothing.
func (g *genreSets) set(names []string) []uint64 {
	out := make([]uint64, g.words)
	for _, name := range names {
		if b, ok := g.bit[strings.ToLower(name)]; ok {
			out[b/64] |= 1 << (b % 64)
		}
	}
	return out
}

func (g *genreSets) union(a, b []uint64) []uint64 {
	for w := range a {
		a[w] |= b[w]
	}
	return a
}

// meets reports whether film i has one of the genres of set.
func (g *genreSets) meets(i int, set []uint64) bool {
	for w, bits := range set {
		if g.film[i*g.words+w]&bits != 0 {
			return true
		}
	}
	return false
}

// has reports whether film i has every genre of set.
func (g *genreSets) has(i int, set []uint64) bool {
	for w, bits := range set {
		if g.film[i*g.words+w]&bits != bits {
			return false
		}
	}
	return true
}
