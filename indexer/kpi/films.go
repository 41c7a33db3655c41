package kpi

import (
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/bobine/bobine/data"
)

// Thresholds that keep averages meaningful.
const (
	// MinFilmsPerYear is how many films with a known runtime a year needs
	// to appear in RuntimeByYear.
	MinFilmsPerYear = 5
	// MinFilmsPerDecade is how many films a decade needs before a takeaway
	// compares it with another one.
	MinFilmsPerDecade = 10
)

// Types counts titles by IMDb title type (every type, not only films).
type Types struct {
	Head
	Total  int     `json:"total"`
	Counts []Count `json:"counts"`
}

func (c *ctx) types() *Types {
	m := map[string]int{}
	for _, t := range c.titles {
		m[t.Type]++
	}
	s := &Types{Head: Head{Title: "Titres par type"}, Total: len(c.titles), Counts: sortedCounts(m, TypeLabel)}
	switch {
	case len(s.Counts) == 0:
		s.Takeaway = "Aucun titre ne correspond au filtre."
	case len(s.Counts) == 1:
		s.Takeaway = fmt.Sprintf("Les %s titres sélectionnés sont tous de type « %s ».", frInt(s.Total), s.Counts[0].Label)
	default:
		a, b := s.Counts[0], s.Counts[1]
		s.Takeaway = fmt.Sprintf("%s titres : %s de type « %s » (%s), puis « %s » (%s).",
			frInt(s.Total), frInt(a.Count), a.Label, frPct(share(a.Count, s.Total)), b.Label, frInt(b.Count))
	}
	return s
}

// Genres counts films by genre; a film with several genres counts once in
// each, so the counts add up to more than Films.
type Genres struct {
	Head
	Films    int     `json:"films"`
	NoGenre  int     `json:"no_genre"`
	Counts   []Count `json:"counts"`
	Footnote string  `json:"footnote"`
}

func (c *ctx) genres() *Genres {
	m := map[string]int{}
	none := 0
	for _, f := range c.films {
		if len(f.Genres) == 0 {
			none++
		}
		for _, g := range f.Genres {
			m[g]++
		}
	}
	s := &Genres{Head: Head{Title: "Films par genre"}, Films: len(c.films), NoGenre: none,
		Counts: sortedCounts(m, data.GenreLabel), Footnote: "Un film peut avoir plusieurs genres."}
	switch {
	case len(c.films) == 0:
		s.Takeaway = noMatch
	case len(s.Counts) == 0:
		s.Takeaway = "Aucun genre connu pour ces films."
	case len(s.Counts) == 1:
		s.Takeaway = fmt.Sprintf("%s est le seul genre : %s films.", s.Counts[0].Label, frInt(s.Counts[0].Count))
	default:
		a, b := s.Counts[0], s.Counts[1]
		s.Takeaway = fmt.Sprintf("%s est le genre le plus fréquent (%s films, %s), devant %s (%s).",
			a.Label, frInt(a.Count), frPct(share(a.Count, s.Films)), b.Label, frPct(share(b.Count, s.Films)))
	}
	return s
}

// DecadeCount is the number of films of one decade (1990 = 1990-1999).
type DecadeCount struct {
	Decade int    `json:"decade"`
	Label  string `json:"label"`
	Count  int    `json:"count"`
}

// Decades counts films by decade of release.
type Decades struct {
	Head
	Counts  []DecadeCount `json:"counts"` // chronological, decades without films omitted
	Unknown int           `json:"unknown"`
}

func (c *ctx) decades() *Decades {
	m := map[int]int{}
	unknown := 0
	for _, f := range c.films {
		if f.Year == 0 {
			unknown++
			continue
		}
		m[decadeOf(f.Year)]++
	}
	s := &Decades{Head: Head{Title: "Films par décennie"}, Unknown: unknown}
	for d, n := range m {
		s.Counts = append(s.Counts, DecadeCount{Decade: d, Label: decadeLabel(d), Count: n})
	}
	slices.SortFunc(s.Counts, func(a, b DecadeCount) int { return a.Decade - b.Decade })
	if len(s.Counts) == 0 {
		s.Takeaway = noMatch
		return s
	}
	best := s.Counts[0]
	for _, d := range s.Counts {
		if d.Count > best.Count {
			best = d
		}
	}
	s.Takeaway = fmt.Sprintf("Les %s sont la décennie la plus représentée : %s films (%s).",
		best.Label, frInt(best.Count), frPct(share(best.Count, len(c.films))))
	return s
}

// Bin is one bar of a histogram: values in [From, To); To 0 means no
// upper bound.
type Bin struct {
	From  int    `json:"from"`
	To    int    `json:"to,omitempty"`
	Label string `json:"label"`
	Count int    `json:"count"`
}

// Runtime is the distribution of film runtimes, in minutes.
type Runtime struct {
	Head
	Films   int     `json:"films"`   // films with a known runtime
	Unknown int     `json:"unknown"` // films without one
	Bins    []Bin   `json:"bins"`    // < 40, 10-minute bins, >= 240
	Mean    float64 `json:"mean"`
	Median  float64 `json:"median"`
	P25     int     `json:"p25"`
	P75     int     `json:"p75"`
}

const (
	runtimeLow  = 40
	runtimeHigh = 240
	runtimeStep = 10
)

// percentile returns the nearest-rank p-th percentile (0 < p <= 1) of a
// sorted slice, 0 when empty.
func percentile(sorted []int, p float64) int {
	if len(sorted) == 0 {
		return 0
	}
	k := int(math.Ceil(p*float64(len(sorted)))) - 1
	k = max(0, min(k, len(sorted)-1))
	return sorted[k]
}

func (c *ctx) runtime() *Runtime {
	s := &Runtime{Head: Head{Title: "Distribution des durées (films)"}}
	s.Bins = append(s.Bins, Bin{From: 0, To: runtimeLow, Label: "< " + strconv.Itoa(runtimeLow)})
	for lo := runtimeLow; lo < runtimeHigh; lo += runtimeStep {
		s.Bins = append(s.Bins, Bin{From: lo, To: lo + runtimeStep, Label: fmt.Sprintf("%d-%d", lo, lo+runtimeStep-1)})
	}
	s.Bins = append(s.Bins, Bin{From: runtimeHigh, Label: "≥ " + strconv.Itoa(runtimeHigh)})
	var rts []int
	for _, f := range c.films {
		if f.Runtime <= 0 {
			s.Unknown++
			continue
		}
		rts = append(rts, f.Runtime)
		switch {
		case f.Runtime < runtimeLow:
			s.Bins[0].Count++
		case f.Runtime >= runtimeHigh:
			s.Bins[len(s.Bins)-1].Count++
		default:
			s.Bins[1+(f.Runtime-runtimeLow)/runtimeStep].Count++
		}
	}
	slices.Sort(rts)
	s.Films = len(rts)
	s.Mean = round(mean(rts), 1)
	s.Median = median(rts)
	s.P25 = percentile(rts, 0.25)
	s.P75 = percentile(rts, 0.75)
	if len(rts) == 0 {
		s.Takeaway = "Aucun film avec une durée connue ne correspond au filtre."
		return s
	}
	long := len(rts) - sortSearch(rts, 150)
	s.Takeaway = fmt.Sprintf("La moitié des films durent entre %d et %d min (médiane %s min) ; %s dépassent 2 h 30.",
		s.P25, s.P75, frDec(s.Median, 0), frPct(share(long, len(rts))))
	return s
}

// sortSearch returns the index of the first value > x in a sorted slice.
func sortSearch(sorted []int, x int) int {
	i, _ := slices.BinarySearch(sorted, x+1)
	return i
}

// YearRuntime is the runtime of the films of one year (or decade).
type YearRuntime struct {
	Year   int     `json:"year"`
	Films  int     `json:"films"`
	Mean   float64 `json:"mean"`
	Median float64 `json:"median"`
}

// RuntimeByYear is how the average and median runtime of films changed.
type RuntimeByYear struct {
	Head
	MinFilms int           `json:"min_films"` // films a year needs to be listed
	Years    []YearRuntime `json:"years"`
	Decades  []YearRuntime `json:"decades"` // Year is the decade; every decade with a film
}

func (c *ctx) runtimeByYear() *RuntimeByYear {
	byYear := map[int][]int{}
	byDecade := map[int][]int{}
	n := 0
	for _, f := range c.films {
		if f.Runtime <= 0 || f.Year == 0 {
			continue
		}
		n++
		byYear[f.Year] = append(byYear[f.Year], f.Runtime)
		byDecade[decadeOf(f.Year)] = append(byDecade[decadeOf(f.Year)], f.Runtime)
	}
	s := &RuntimeByYear{Head: Head{Title: "Durée moyenne et médiane des films par année"}, MinFilms: MinFilmsPerYear}
	row := func(y int, rts []int) YearRuntime {
		slices.Sort(rts)
		return YearRuntime{Year: y, Films: len(rts), Mean: round(mean(rts), 1), Median: median(rts)}
	}
	for y, rts := range byYear {
		if len(rts) >= MinFilmsPerYear {
			s.Years = append(s.Years, row(y, rts))
		}
	}
	for d, rts := range byDecade {
		s.Decades = append(s.Decades, row(d, rts))
	}
	byYr := func(a, b YearRuntime) int { return a.Year - b.Year }
	slices.SortFunc(s.Years, byYr)
	slices.SortFunc(s.Decades, byYr)

	var big []YearRuntime
	for _, d := range s.Decades {
		if d.Films >= MinFilmsPerDecade {
			big = append(big, d)
		}
	}
	switch {
	case len(big) >= 2:
		a, b := big[0], big[len(big)-1]
		s.Takeaway = fmt.Sprintf("La durée moyenne des films est passée de %s min dans les %s à %s min dans les %s.",
			frDec(a.Mean, 0), decadeLabel(a.Year), frDec(b.Mean, 0), decadeLabel(b.Year))
	case len(s.Years) >= 2:
		a, b := s.Years[0], s.Years[len(s.Years)-1]
		s.Takeaway = fmt.Sprintf("La durée moyenne des films est passée de %s min en %d à %s min en %d.",
			frDec(a.Mean, 0), a.Year, frDec(b.Mean, 0), b.Year)
	case n > 0:
		all := make([]int, 0, n)
		for _, rts := range byYear {
			all = append(all, rts...)
		}
		s.Takeaway = fmt.Sprintf("Durée moyenne : %s min sur %s films (trop peu par année pour une tendance).", frDec(mean(all), 0), frInt(n))
	default:
		s.Takeaway = "Aucun film daté avec une durée connue ne correspond au filtre."
	}
	return s
}

// FrenchDecade is the share of French productions among one decade's films.
type FrenchDecade struct {
	Decade int     `json:"decade"`
	Films  int     `json:"films"`
	French int     `json:"french"`
	Share  float64 `json:"share"`
}

// French is the share of French productions (data.Film.French) among films.
type French struct {
	Head
	Films    int            `json:"films"`
	French   int            `json:"french"`
	Share    float64        `json:"share"`
	ByDecade []FrenchDecade `json:"by_decade"`
}

func (c *ctx) french() *French {
	s := &French{Head: Head{Title: "Part des productions françaises"}, Films: len(c.films)}
	type fd struct{ films, french int }
	m := map[int]*fd{}
	for _, f := range c.films {
		fr := f.French()
		if fr {
			s.French++
		}
		if f.Year == 0 {
			continue
		}
		d := m[decadeOf(f.Year)]
		if d == nil {
			d = &fd{}
			m[decadeOf(f.Year)] = d
		}
		d.films++
		if fr {
			d.french++
		}
	}
	s.Share = round(share(s.French, s.Films), 4)
	for dec, d := range m {
		s.ByDecade = append(s.ByDecade, FrenchDecade{Decade: dec, Films: d.films, French: d.french, Share: round(share(d.french, d.films), 4)})
	}
	slices.SortFunc(s.ByDecade, func(a, b FrenchDecade) int { return a.Decade - b.Decade })
	if s.Films == 0 {
		s.Takeaway = noMatch
		return s
	}
	s.Takeaway = fmt.Sprintf("%s des films sont des productions françaises (%s sur %s)",
		frPct(s.Share), frInt(s.French), frInt(s.Films))
	var peak *FrenchDecade
	for i := range s.ByDecade {
		d := &s.ByDecade[i]
		if d.Films >= MinFilmsPerDecade && d.French > 0 && (peak == nil || d.Share > peak.Share) {
			peak = d
		}
	}
	if peak != nil && s.Share < 1 {
		s.Takeaway += fmt.Sprintf(", avec un pic dans les %s (%s).", decadeLabel(peak.Decade), frPct(peak.Share))
	} else {
		s.Takeaway += "."
	}
	return s
}
