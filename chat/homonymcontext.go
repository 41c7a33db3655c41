package chat

import (
	"slices"

	"github.com/bobine/bobine/data"
)

// Homonyms decided by the rest of a long message (issue 10 item 3).
//
// « mes petites-filles ont adoré Aladdin et La Reine des neiges, un autre
// dessin animé », « Chantons sous la pluie et West Side Story, une comédie
// musicale de cette époque », « Dune et Blade Runner 2049 »: one title
// among several is borne by several films, and the message says which one
// is meant (the genre or the audience asked for, the years asked for, the
// years of the other films named, one version far better known than the
// others). Asking first would put the rest of the message on hold for a
// question the customer already answered.

const (
	// eraMargin: the homonym nearest the other films' years is meant when
	// every other homonym is at least this many years further.
	eraMargin = 15
	// dominantVotes: beside other titles, a homonym with this many times
	// the IMDb votes of each other one is the one meant.
	dominantVotes = 4.0
)

// pickByMessage returns the one film of films (homonyms of an ambiguous
// mention) that the rest of the message picks, or nil. others are the
// other films the message names; the vote rule needs some, so that a title
// typed alone is still asked about.
func pickByMessage(m message, films, others []*data.Film) *data.Film {
	if f := onlyOne(films, func(f *data.Film) bool { return wantsGenres(m, f) }); f != nil {
		return f
	}
	if m.Family || m.Audience == "kids" {
		if f := onlyOne(films, func(f *data.Film) bool { return slices.Contains(f.Genres, "Animation") }); f != nil {
			return f
		}
	}
	if m.MinYear != 0 || m.MaxYear != 0 {
		if f := onlyOne(films, func(f *data.Film) bool {
			return (m.MinYear == 0 || f.Year >= m.MinYear) && (m.MaxYear == 0 || f.Year <= m.MaxYear)
		}); f != nil {
			return f
		}
	}
	if len(others) == 0 {
		return nil
	}
	if f := nearestEra(films, others); f != nil {
		return f
	}
	top := slices.MaxFunc(films, func(a, b *data.Film) int { return a.Votes - b.Votes })
	for _, f := range films {
		if f != top && float64(top.Votes) < dominantVotes*float64(f.Votes) {
			return nil
		}
		if f != top && f.MadeIn("FR") && !top.MadeIn("FR") {
			// « Les Misérables »: a French film of that title is never
			// passed over for a better-known foreign one (frenchHomonym).
			return nil
		}
	}
	return top
}

// wantsGenres reports whether the message asks for genres and f has them
// all.
func wantsGenres(m message, f *data.Film) bool {
	want := append(slices.Clone(m.Genres), m.AllGenres...)
	if len(want) == 0 {
		return false
	}
	for _, g := range want {
		if !slices.Contains(f.Genres, g) {
			return false
		}
	}
	return true
}

// onlyOne returns the one film of films that ok holds for, or nil.
func onlyOne(films []*data.Film, ok func(*data.Film) bool) *data.Film {
	var pick *data.Film
	for _, f := range films {
		if ok(f) {
			if pick != nil {
				return nil
			}
			pick = f
		}
	}
	return pick
}

// nearestEra returns the homonym nearest the median year of others when
// every other homonym is eraMargin years further, or nil.
func nearestEra(films, others []*data.Film) *data.Film {
	var years []int
	for _, o := range others {
		if o.Year > 0 {
			years = append(years, o.Year)
		}
	}
	if len(years) == 0 {
		return nil
	}
	slices.Sort(years)
	mid := years[len(years)/2]
	dist := func(f *data.Film) int {
		if f.Year == 0 {
			return 1 << 20
		}
		return max(f.Year-mid, mid-f.Year)
	}
	best := slices.MinFunc(films, func(a, b *data.Film) int { return dist(a) - dist(b) })
	for _, f := range films {
		if f != best && dist(f)-dist(best) < eraMargin {
			return nil
		}
	}
	return best
}

// otherFilms are the films of the message besides the mention being
// classified: those resolved so far and the later mentions that name one
// film.
func otherFilms(p *plan) []*data.Film {
	others := slices.Clone(p.films)
	for _, mt := range p.todo {
		if mt.Theme != nil || mt.Person != nil || mt.Not {
			continue
		}
		if out, fs := classify(mt); out == resolved {
			others = append(others, fs[0])
		}
	}
	return others
}
