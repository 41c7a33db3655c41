package kpi

import (
	"slices"

	"github.com/bobine/bobine/data"
)

// Version is the format version of a Report saved by Write. Load refuses
// any other version.
const Version = 1

// Filter selects the titles a Report describes. The zero Filter selects the
// whole catalogue.
type Filter struct {
	FromYear   int      `json:"from,omitempty"` // first year kept, 0 = no lower bound
	ToYear     int      `json:"to,omitempty"`   // last year kept, 0 = no upper bound
	Genres     []string `json:"genres,omitempty"`
	FrenchOnly bool     `json:"french_only,omitempty"`
}

// IsZero reports whether the filter keeps every title.
func (f Filter) IsZero() bool {
	return f.FromYear == 0 && f.ToYear == 0 && len(f.Genres) == 0 && !f.FrenchOnly
}

// Match reports whether a title passes the filter. A title with an unknown
// year fails any period bound; a title matches Genres when it has ANY of
// them; FrenchOnly keeps data.Film.French() titles.
func (f Filter) Match(t *data.Film) bool {
	if (f.FromYear != 0 || f.ToYear != 0) && t.Year == 0 {
		return false
	}
	if f.FromYear != 0 && t.Year < f.FromYear {
		return false
	}
	if f.ToYear != 0 && t.Year > f.ToYear {
		return false
	}
	if len(f.Genres) > 0 && !slices.ContainsFunc(t.Genres, func(g string) bool { return slices.Contains(f.Genres, g) }) {
		return false
	}
	if f.FrenchOnly && !t.French() {
		return false
	}
	return true
}

// Head is what every section has: a chart title and a one-line French
// takeaway computed from the section's figures.
type Head struct {
	Title    string `json:"title"`
	Takeaway string `json:"takeaway"`
}

// Report holds every KPI section for the titles selected by Filter.
// Sections about films (genres, decades, runtime, people, ratings, money)
// only count feature films (data.Film.IsFilm); Types counts every title.
type Report struct {
	Version       int            `json:"version"`
	Filter        Filter         `json:"filter"`
	Titles        int            `json:"titles"` // titles matching the filter, every type
	Films         int            `json:"films"`  // of which feature films
	Types         *Types         `json:"types"`
	Genres        *Genres        `json:"genres"`
	Decades       *Decades       `json:"decades"`
	Runtime       *Runtime       `json:"runtime"`
	RuntimeByYear *RuntimeByYear `json:"runtime_by_year"`
	French        *French        `json:"french"`
	Actors        *Actors        `json:"actors"`
	FilmsVsSeries *FilmsVsSeries `json:"films_vs_series"`
	Ages          *Ages          `json:"ages"`
	TopRated      *TopRated      `json:"top_rated"`
	Money         *Money         `json:"money"`
	Cube          *Cube          `json:"cube"`
	Quality       *Quality       `json:"quality,omitempty"` // whole build, never filtered
}

// Sections lists the section names in page order, as used by Section and
// by the JSON keys of Report.
var Sections = []string{
	"types", "genres", "decades", "runtime", "runtime_by_year", "french",
	"actors", "films_vs_series", "ages", "top_rated", "money", "cube", "quality",
}

// Section returns the named section (see Sections), or false for an
// unknown name or a section the report does not have (quality without a
// cleaning report).
func (r *Report) Section(name string) (any, bool) {
	var s any
	switch name {
	case "types":
		s = r.Types
	case "genres":
		s = r.Genres
	case "decades":
		s = r.Decades
	case "runtime":
		s = r.Runtime
	case "runtime_by_year":
		s = r.RuntimeByYear
	case "french":
		s = r.French
	case "actors":
		s = r.Actors
	case "films_vs_series":
		s = r.FilmsVsSeries
	case "ages":
		s = r.Ages
	case "top_rated":
		s = r.TopRated
	case "money":
		s = r.Money
	case "cube":
		s = r.Cube
	case "quality":
		if r.Quality == nil {
			return nil, false
		}
		return r.Quality, true
	default:
		return nil, false
	}
	return s, true
}

// Compute builds every section except Quality for the titles of cat that
// match f. It does not modify cat and is safe for concurrent use.
func Compute(cat *data.Catalogue, f Filter) *Report {
	all := cat.Films()
	c := &ctx{cat: cat, idx: indexOf(cat)}
	for i := range all {
		t := &all[i]
		if !f.Match(t) {
			continue
		}
		c.titles = append(c.titles, t)
		c.titlePos = append(c.titlePos, i)
		if t.IsFilm() {
			c.films = append(c.films, t)
			c.filmPos = append(c.filmPos, i)
		}
	}
	r := &Report{
		Version: Version,
		Filter:  f,
		Titles:  len(c.titles),
		Films:   len(c.films),
	}
	r.Types = c.types()
	r.Genres = c.genres()
	r.Decades = c.decades()
	r.Runtime = c.runtime()
	r.RuntimeByYear = c.runtimeByYear()
	r.French = c.french()
	r.Actors, r.FilmsVsSeries = c.people()
	r.Ages = c.ages()
	r.TopRated = c.topRated()
	r.Money = c.money()
	r.Cube = c.cube()
	return r
}

// ctx is the selection one Compute works on.
type ctx struct {
	cat      *data.Catalogue
	idx      *catIndex
	titles   []*data.Film // every type
	titlePos []int        // position of each title in cat.Films()
	films    []*data.Film // IsFilm only
	filmPos  []int
}

// person returns the person with the given id, or nil.
func (c *ctx) person(id string) *data.Person {
	p, err := c.cat.Person(id)
	if err != nil {
		return nil
	}
	return p
}

// Count is a labelled count: Key is the stable value (an IMDb genre or
// title type), Label its French name.
type Count struct {
	Key   string `json:"key"`
	Label string `json:"label"`
	Count int    `json:"count"`
}

// topK returns the k best items of xs by better (a total order: better(a,
// b) < 0 when a ranks first), best first, without sorting all of xs.
func topK[T any](xs []T, k int, better func(a, b T) int) []T {
	out := make([]T, 0, k+1)
	for _, x := range xs {
		if len(out) == k && better(x, out[k-1]) >= 0 {
			continue
		}
		i, _ := slices.BinarySearchFunc(out, x, better)
		out = slices.Insert(out, i, x)
		if len(out) > k {
			out = out[:k]
		}
	}
	return out
}

// sortedCounts turns a map into Counts, largest first, ties by key.
func sortedCounts(m map[string]int, label func(string) string) []Count {
	out := make([]Count, 0, len(m))
	for k, n := range m {
		out = append(out, Count{Key: k, Label: label(k), Count: n})
	}
	slices.SortFunc(out, func(a, b Count) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		if a.Key < b.Key {
			return -1
		}
		if a.Key > b.Key {
			return 1
		}
		return 0
	})
	return out
}

func decadeOf(year int) int { return year / 10 * 10 }

// median of an already sorted slice; 0 when empty.
func median(sorted []int) float64 {
	n := len(sorted)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return float64(sorted[n/2])
	}
	return float64(sorted[n/2-1]+sorted[n/2]) / 2
}

func medianF(sorted []float64) float64 {
	n := len(sorted)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return sorted[n/2]
	}
	return (sorted[n/2-1] + sorted[n/2]) / 2
}

func mean(xs []int) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0
	for _, x := range xs {
		s += x
	}
	return float64(s) / float64(len(xs))
}

// share returns part/whole, 0 when whole is 0.
func share(part, whole int) float64 {
	if whole == 0 {
		return 0
	}
	return float64(part) / float64(whole)
}

const noMatch = "Aucun film ne correspond au filtre."
