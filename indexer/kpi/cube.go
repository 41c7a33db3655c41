package kpi

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/bobine/bobine/data"
)

// ScatterCap is how many films, the most voted, the 3D scatter shows: enough
// to see the shape, few enough for a page that loads in well under a second.
const ScatterCap = 1500

// mostVoted orders films by votes, most first, then by id.
func mostVoted(a, b *data.Film) int { return cmp.Or(b.Votes-a.Votes, cmp.Compare(a.ID, b.ID)) }

// Point is a film of the year x runtime x rating 3D scatter.
type Point struct {
	ID      string  `json:"id"`
	Title   string  `json:"title"`
	Year    int     `json:"year"`
	Runtime int     `json:"runtime"`
	Rating  float64 `json:"rating"`
	Votes   int     `json:"votes"`
	Genre   string  `json:"genre,omitempty"` // first genre, colours the point
}

// Cube is the data of the 3D charts: films counted by decade and genre
// (3D bars), and year x runtime x rating of the most voted films (3D scatter).
type Cube struct {
	Head
	Decades     []int    `json:"decades"`
	Genres      []string `json:"genres"` // most films first
	GenreLabels []string `json:"genre_labels"`
	// Bars holds [decade index, genre index, films] for every non-empty cell.
	Bars       [][3]int `json:"bars"`
	Scatter    []Point  `json:"scatter"` // most voted first
	ScatterCap int      `json:"scatter_cap"`
	Eligible   int      `json:"eligible"` // films with year, runtime and rating
}

func (c *ctx) cube() *Cube {
	s := &Cube{Head: Head{Title: "Films par décennie et par genre (3D)"}, ScatterCap: ScatterCap}
	cells := map[[2]int]int{}
	genreIdx := c.idx.genreNum
	genreTotal := map[string]int{}
	decades := map[int]bool{}
	var eligible []*data.Film
	for _, f := range c.films {
		if f.Year == 0 {
			continue
		}
		d := decadeOf(f.Year)
		for _, g := range f.Genres {
			cells[[2]int{d, genreIdx[g]}]++
			genreTotal[g]++
			decades[d] = true
		}
		if f.Runtime > 0 && f.Rating > 0 {
			eligible = append(eligible, f)
		}
	}
	for d := range decades {
		s.Decades = append(s.Decades, d)
	}
	slices.Sort(s.Decades)
	for _, g := range sortedCounts(genreTotal, data.GenreLabel) {
		s.Genres = append(s.Genres, g.Key)
		s.GenreLabels = append(s.GenreLabels, g.Label)
	}
	best, bestDec, bestGenre := 0, 0, ""
	for di, d := range s.Decades {
		for gi, g := range s.Genres {
			if n := cells[[2]int{d, genreIdx[g]}]; n > 0 {
				s.Bars = append(s.Bars, [3]int{di, gi, n})
				if n > best {
					best, bestDec, bestGenre = n, d, s.GenreLabels[gi]
				}
			}
		}
	}
	s.Eligible = len(eligible)
	for _, f := range topK(eligible, ScatterCap, mostVoted) {
		p := Point{ID: f.ID, Title: f.DisplayTitle("fr"), Year: f.Year, Runtime: f.Runtime, Rating: f.Rating, Votes: f.Votes}
		if len(f.Genres) > 0 {
			p.Genre = f.Genres[0]
		}
		s.Scatter = append(s.Scatter, p)
	}
	if best == 0 {
		s.Takeaway = "Aucun film daté avec un genre ne correspond au filtre."
		return s
	}
	s.Takeaway = fmt.Sprintf("La case la plus remplie : %s des %s (%s films) ; %s genres sur %s décennies.",
		bestGenre, decadeLabel(bestDec), frInt(best), frInt(len(s.Genres)), frInt(len(s.Decades)))
	return s
}
