package recommend

import (
	"slices"
	"strings"

	"github.com/bobine/bobine/data"
)

var familyAvoid = []string{"Horror", "Thriller", "Crime", "War"}

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

// eligibility fills p.eligible (and p.people) from the constraints.
func (r *Recommender) eligibility(p *pool, banned map[int32]bool) {
	c := p.req.Constraints
	p.eligible = make([]bool, len(r.films))
	var allowed map[int32]bool
	if len(c.Among) > 0 {
		allowed = map[int32]bool{}
		for _, id := range c.Among {
			if fi := r.cat.FilmIndex(id); fi >= 0 {
				allowed[int32(fi)] = true
			}
		}
	}
	if len(c.People) > 0 {
		among := allowed
		allowed = map[int32]bool{}
		p.people = map[int32][]string{}
		for _, pid := range c.People {
			for _, role := range r.cat.Roles(pid) {
				if fi := r.cat.FilmIndex(role.FilmID); fi >= 0 && (among == nil || among[int32(fi)]) {
					allowed[int32(fi)] = true
					if !slices.Contains(p.people[int32(fi)], pid) {
						p.people[int32(fi)] = append(p.people[int32(fi)], pid)
					}
				}
			}
		}
	}
	simple := len(c.Genres) == 0 && len(c.AvoidGenres) == 0 && c.MinYear == 0 && c.MaxYear == 0 &&
		c.MaxRuntime == 0 && c.Language == "" && !c.Family && !c.FrenchOnly &&
		len(c.Countries) == 0 && len(c.AvoidCountries) == 0
	want, avoid := r.genres.set(c.Genres), r.genres.set(c.AvoidGenres)
	if c.Family {
		avoid = r.genres.union(avoid, r.genres.set(familyAvoid))
	}
	for i := range r.films {
		fi := int32(i)
		if (!c.IncludeSeries && !r.isFilm[i]) || (allowed != nil && !allowed[fi]) {
			continue
		}
		p.eligible[i] = simple || r.satisfies(i, c, want, avoid)
	}
	for fi := range banned {
		p.eligible[fi] = false
	}
}

// satisfies reports whether film i meets c, whose genres to have at least
// one of and to avoid are the sets want and avoid.
func (r *Recommender) satisfies(i int, c Constraints, want, avoid []uint64) bool {
	f := &r.films[i]
	switch {
	case len(c.Genres) > 0 && !r.genres.meets(i, want),
		r.genres.meets(i, avoid),
		c.MinYear > 0 && (f.Year == 0 || f.Year < c.MinYear),
		c.MaxYear > 0 && (f.Year == 0 || f.Year > c.MaxYear),
		c.MaxRuntime > 0 && (f.Runtime == 0 || f.Runtime > c.MaxRuntime),
		c.Language != "" && !strings.EqualFold(f.OriginalLanguage, c.Language),
		c.FrenchOnly && !f.MadeIn("FR"),
		len(c.Countries) > 0 && !madeInAny(f, c.Countries),
		len(c.AvoidCountries) > 0 && slices.ContainsFunc(f.Countries, func(fc string) bool {
			return slices.ContainsFunc(c.AvoidCountries, func(a string) bool { return strings.EqualFold(a, fc) })
		}),
		c.Family && f.Adult:
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
