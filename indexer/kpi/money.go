package kpi

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/bobine/bobine/data"
)

const (
	// MinBudget is the smallest budget or revenue (US dollars) taken as
	// real: TMDB users type "5" for 5 million, and 0 means unknown.
	MinBudget = 1000
	// TopProfit is how many films each profitability ranking lists.
	TopProfit = 10
	// MoneyPointsCap is how many films, the most voted, the budget vs
	// revenue scatter shows: the shape is the same, the page stays light.
	MoneyPointsCap = 2000
)

// MoneyPoint is one film of the budget vs revenue scatter.
type MoneyPoint struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Year    int    `json:"year,omitempty"`
	Genre   string `json:"genre,omitempty"` // first genre
	Budget  int64  `json:"budget"`
	Revenue int64  `json:"revenue"`
}

// Profit is a film of a profitability ranking.
type Profit struct {
	ID      string  `json:"id"`
	Title   string  `json:"title"`
	Year    int     `json:"year,omitempty"`
	Budget  int64   `json:"budget"`
	Revenue int64   `json:"revenue"`
	Ratio   float64 `json:"ratio"`  // revenue / budget
	Profit  int64   `json:"profit"` // revenue - budget
}

// MoneyGenre sums budgets and revenues of the films of one genre.
type MoneyGenre struct {
	Key         string  `json:"key"`
	Label       string  `json:"label"`
	Films       int     `json:"films"`
	Budget      int64   `json:"budget"`
	Revenue     int64   `json:"revenue"`
	MedianRatio float64 `json:"median_ratio"`
}

// Money compares budgets and revenues of the films where both are known
// (>= MinBudget dollars each).
type Money struct {
	Head
	Films       int          `json:"films"` // films with both figures
	MinBudget   int          `json:"min_budget"`
	MedianRatio float64      `json:"median_ratio"`
	Points      []MoneyPoint `json:"points"`    // the MoneyPointsCap most voted films, most voted first
	ByRatio     []Profit     `json:"by_ratio"`  // revenue/budget, best first
	ByProfit    []Profit     `json:"by_profit"` // revenue-budget, best first
	ByGenre     []MoneyGenre `json:"by_genre"`  // most films first
}

func (c *ctx) money() *Money {
	s := &Money{Head: Head{Title: "Budget et recettes"}, MinBudget: MinBudget}
	var known []*data.Film
	for _, f := range c.films {
		if f.Budget >= MinBudget && f.Revenue >= MinBudget {
			known = append(known, f)
		}
	}
	s.Films = len(known)
	ratio := func(f *data.Film) float64 { return float64(f.Revenue) / float64(f.Budget) }
	profit := func(f *data.Film) Profit {
		return Profit{ID: f.ID, Title: f.DisplayTitle("fr"), Year: f.Year, Budget: f.Budget, Revenue: f.Revenue,
			Ratio: round(ratio(f), 2), Profit: f.Revenue - f.Budget}
	}
	ratios := make([]float64, 0, len(known))
	type genreAcc struct {
		budget, revenue int64
		ratios          []float64
	}
	genres := map[string]*genreAcc{}
	for _, f := range known {
		ratios = append(ratios, ratio(f))
		for _, g := range f.Genres {
			a := genres[g]
			if a == nil {
				a = &genreAcc{}
				genres[g] = a
			}
			a.budget += f.Budget
			a.revenue += f.Revenue
			a.ratios = append(a.ratios, ratio(f))
		}
	}
	for _, f := range topK(known, MoneyPointsCap, mostVoted) {
		p := MoneyPoint{ID: f.ID, Title: f.DisplayTitle("fr"), Year: f.Year, Budget: f.Budget, Revenue: f.Revenue}
		if len(f.Genres) > 0 {
			p.Genre = f.Genres[0]
		}
		s.Points = append(s.Points, p)
	}
	slices.Sort(ratios)
	s.MedianRatio = round(medianF(ratios), 2)
	for g, a := range genres {
		slices.Sort(a.ratios)
		s.ByGenre = append(s.ByGenre, MoneyGenre{Key: g, Label: data.GenreLabel(g), Films: len(a.ratios),
			Budget: a.budget, Revenue: a.revenue, MedianRatio: round(medianF(a.ratios), 2)})
	}
	slices.SortFunc(s.ByGenre, func(a, b MoneyGenre) int { return cmp.Or(b.Films-a.Films, cmp.Compare(a.Key, b.Key)) })

	rank := func(better func(a, b *data.Film) int) []Profit {
		out := []Profit{}
		for _, f := range topK(known, TopProfit, func(a, b *data.Film) int { return cmp.Or(better(a, b), cmp.Compare(a.ID, b.ID)) }) {
			out = append(out, profit(f))
		}
		return out
	}
	s.ByRatio = rank(func(a, b *data.Film) int { return cmp.Compare(ratio(b), ratio(a)) })
	s.ByProfit = rank(func(a, b *data.Film) int { return cmp.Compare(b.Revenue-b.Budget, a.Revenue-a.Budget) })
	if s.Films == 0 {
		s.Takeaway = "Aucun film sélectionné n'a à la fois un budget et des recettes connus."
		return s
	}
	r, p := s.ByRatio[0], s.ByProfit[0]
	s.Takeaway = fmt.Sprintf("Sur %s films au budget connu, la moitié rapporte plus de %s fois son budget ; record : %s (%s fois), le plus gros bénéfice : %s (%s).",
		frInt(s.Films), frDec(s.MedianRatio, 1), r.Title, frDec(r.Ratio, 0), p.Title, frMoney(float64(p.Profit)))
	return s
}
