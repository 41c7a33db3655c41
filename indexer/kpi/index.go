package kpi

import (
	"math"
	"sync/atomic"

	"github.com/bobine/bobine/data"
)

// catIndex is what Compute precomputes once per catalogue so that a
// filtered report costs tens of milliseconds: people and genres as small
// integers, and each title's cast deduplicated.
type catIndex struct {
	cat      *data.Catalogue
	nPeople  int      // cat.NumPeople(): person numbers below are the catalogue's positions
	absentID []string // person number - nPeople -> nconst of a credited person absent from the catalogue
	birth    []int16  // person number -> birth year, 0 unknown
	actress  []bool   // person number -> first acting credit is "actress"
	genres   []string // genre number -> IMDb genre
	genreNum map[string]int
	cast     [][]int32 // title position in cat.Films() -> acting people (actor, actress), each once, in credit order
	titleGen [][]uint8 // title position -> genre numbers
}

// numPeople is the count of person numbers: the catalogue's people, then
// the credited people absent from it.
func (x *catIndex) numPeople() int { return x.nPeople + len(x.absentID) }

// personID returns the nconst of person number n.
func (x *catIndex) personID(n int32) string {
	if int(n) < x.nPeople {
		return x.cat.PersonID(int(n))
	}
	return x.absentID[int(n)-x.nPeople]
}

var lastIndex atomic.Pointer[catIndex]

// indexOf returns the index of cat, building it when cat is not the
// catalogue of the previous call. Safe for concurrent use: two goroutines
// may both build it, and either result is correct.
func indexOf(cat *data.Catalogue) *catIndex {
	if x := lastIndex.Load(); x != nil && x.cat == cat {
		return x
	}
	x := buildIndex(cat)
	lastIndex.Store(x)
	return x
}

// Forget drops the precomputed index of the last catalogue, so that its
// memory (hundreds of MB at min_votes 0) can go: `bobine index` calls it
// once the report is written.
func Forget() { lastIndex.Store(nil) }

func buildIndex(cat *data.Catalogue) *catIndex {
	nPeople := cat.NumPeople()
	films := cat.Films()
	x := &catIndex{cat: cat, genreNum: map[string]int{},
		nPeople: nPeople, birth: make([]int16, nPeople), actress: make([]bool, nPeople),
		cast: make([][]int32, len(films)), titleGen: make([][]uint8, len(films))}
	for i := range nPeople {
		if y := cat.PersonBirthYear(i); y > 0 && y <= math.MaxInt16 {
			x.birth[i] = int16(y)
		}
	}
	// People are found by the catalogue's own table (a map of them all
	// would cost hundreds of MB at min_votes 0); absent[] numbers the
	// credited people name.basics lacks.
	absent := map[string]int32{}
	num := func(id string) (int32, bool) {
		if n := cat.PersonIndex(id); n >= 0 {
			return int32(n), true
		}
		n, ok := absent[id]
		return n, ok
	}
	seenAt := map[int32]bool{}
	for i := range films {
		f := &films[i]
		for _, g := range f.Genres {
			n, ok := x.genreNum[g]
			if !ok && len(x.genres) < 255 {
				n = len(x.genres)
				x.genreNum[g] = n
				x.genres = append(x.genres, g)
				ok = true
			}
			if ok {
				x.titleGen[i] = append(x.titleGen[i], uint8(n))
			}
		}
		clear(seenAt)
		for _, cr := range f.Credits {
			if !isActing(cr) {
				continue
			}
			n, ok := num(cr.PersonID)
			if !ok {
				n = int32(x.numPeople())
				absent[cr.PersonID] = n
				x.absentID = append(x.absentID, cr.PersonID)
				x.birth = append(x.birth, 0)
				x.actress = append(x.actress, cr.Category == "actress")
			}
			if seenAt[n] {
				continue
			}
			seenAt[n] = true
			x.cast[i] = append(x.cast[i], n)
		}
	}
	// The category shown for a person is the one of their first acting
	// credit in catalogue order.
	done := make([]bool, x.numPeople())
	for i := range films {
		for _, cr := range films[i].Credits {
			if !isActing(cr) {
				continue
			}
			n, _ := num(cr.PersonID)
			if !done[n] {
				done[n] = true
				x.actress[n] = cr.Category == "actress"
			}
		}
	}
	return x
}
