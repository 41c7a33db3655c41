package kpi

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"

	"github.com/bobine/bobine/data"
)

// TopN is the size of the best-rated list the TopRated section compares
// with the whole selection.
const TopN = 100

// RatedFilm is a film of the best-rated list.
type RatedFilm struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Year      int      `json:"year,omitempty"`
	Rating    float64  `json:"rating"`
	Votes     int      `json:"votes"`
	Score     float64  `json:"score"` // Bayesian average
	Genres    []string `json:"genres,omitempty"`
	Directors []string `json:"directors,omitempty"` // names
}

// Share compares how often a value occurs in the best-rated list (Top)
// and in every rated film of the selection (All); shares are 0-1.
type Share struct {
	Key      string  `json:"key"`
	Label    string  `json:"label"`
	TopCount int     `json:"top_count"`
	Top      float64 `json:"top"`
	AllCount int     `json:"all_count"`
	All      float64 `json:"all"`
}

// Compare is what the best-rated films share, against the whole selection.
type Compare struct {
	Size            int     `json:"size"` // films in the best-rated list
	Rated           int     `json:"rated"`
	Genres          []Share `json:"genres"`    // genres of the list, most frequent first
	Decades         []Share `json:"decades"`   // chronological
	Countries       []Share `json:"countries"` // most frequent first, top 10
	Directors       []Count `json:"directors"` // directors with the most films in the list, top 10
	TopRuntime      float64 `json:"top_runtime_median"`
	AllRuntime      float64 `json:"all_runtime_median"`
	TopBudget       float64 `json:"top_budget_median"` // US dollars, films with a budget >= MinBudget
	AllBudget       float64 `json:"all_budget_median"`
	TopBudgetKnown  int     `json:"top_budget_known"`
	AllBudgetKnown  int     `json:"all_budget_known"`
	TopCountryKnown int     `json:"top_country_known"`
	AllCountryKnown int     `json:"all_country_known"`
}

// TopRated ranks films by Bayesian average
//
//	score = (v*R + m*C) / (v + m)
//
// with R the IMDb rating, v its votes, C the mean rating of the rated films
// of the selection and m the 75th percentile of their votes. A percentile
// rather than a fixed threshold (IMDb's Top 250 used 25,000 votes) because
// it follows the filter: French-only or pre-1950 selections have far fewer
// votes, and a fixed 25,000 would let the vote count rank them rather than
// the rating. On the whole development catalogue it is about 40,000 votes,
// the same order as IMDb's.
type TopRated struct {
	Head
	M       float64     `json:"m"`
	MRule   string      `json:"m_rule"`
	C       float64     `json:"c"`
	Rated   int         `json:"rated"` // films with a rating and votes
	Top     []RatedFilm `json:"top"`   // best first, at most TopN
	Compare Compare     `json:"compare"`
}

func (c *ctx) topRated() *TopRated {
	s := &TopRated{Head: Head{Title: "Films les mieux notés (moyenne bayésienne)"},
		MRule: "75e centile des votes des films sélectionnés"}
	var rated []*data.Film
	var votes []int
	sum := 0.0
	for _, f := range c.films {
		if f.Rating > 0 && f.Votes > 0 {
			rated = append(rated, f)
			votes = append(votes, f.Votes)
			sum += f.Rating
		}
	}
	s.Rated = len(rated)
	if len(rated) == 0 {
		s.Takeaway = "Aucun film noté ne correspond au filtre."
		return s
	}
	slices.Sort(votes)
	m := float64(percentile(votes, 0.75))
	C := sum / float64(len(rated))
	s.M, s.C = m, round(C, 3)
	score := func(f *data.Film) float64 { v := float64(f.Votes); return (v*f.Rating + m*C) / (v + m) }
	type sf struct {
		f *data.Film
		s float64
	}
	ranked := make([]sf, len(rated))
	for i, f := range rated {
		ranked[i] = sf{f, score(f)}
	}
	top := topK(ranked, TopN, func(a, b sf) int {
		return cmp.Or(cmp.Compare(b.s, a.s), b.f.Votes-a.f.Votes, cmp.Compare(a.f.ID, b.f.ID))
	})
	for _, r := range top {
		rf := RatedFilm{ID: r.f.ID, Title: r.f.DisplayTitle("fr"), Year: r.f.Year, Rating: r.f.Rating,
			Votes: r.f.Votes, Score: round(r.s, 3), Genres: r.f.Genres}
		for _, d := range r.f.Directors {
			rf.Directors = append(rf.Directors, c.name(d))
		}
		s.Top = append(s.Top, rf)
	}
	topFilms := make([]*data.Film, len(top))
	for i, r := range top {
		topFilms[i] = r.f
	}
	s.Compare = compare(c, topFilms, rated)

	best := s.Top[0]
	s.Takeaway = fmt.Sprintf("%s est le film le mieux noté (%s en moyenne bayésienne, m = %s votes)",
		best.Title, frDec(best.Score, 2), frInt(int(m)))
	var lift *Share
	for i := range s.Compare.Genres {
		g := &s.Compare.Genres[i]
		if lift == nil || g.Top-g.All > lift.Top-lift.All {
			lift = g
		}
	}
	if lift != nil && lift.Top > lift.All {
		s.Takeaway += fmt.Sprintf(" ; genre %s : %s du top %d contre %s de l'ensemble.",
			lift.Label, frPct(lift.Top), len(top), frPct(lift.All))
	} else {
		s.Takeaway += "."
	}
	return s
}

// compare describes what the films of top share against all.
func compare(c *ctx, top, all []*data.Film) Compare {
	cmpOut := Compare{Size: len(top), Rated: len(all)}
	count := func(fs []*data.Film, keys func(*data.Film) []string) (map[string]int, int) {
		m := map[string]int{}
		known := 0
		for _, f := range fs {
			ks := keys(f)
			if len(ks) > 0 {
				known++
			}
			for _, k := range ks {
				m[k]++
			}
		}
		return m, known
	}
	shares := func(keys func(*data.Film) []string, label func(string) string) ([]Share, int, int) {
		tm, tk := count(top, keys)
		am, ak := count(all, keys)
		out := make([]Share, 0, len(tm))
		for k, n := range tm {
			out = append(out, Share{Key: k, Label: label(k), TopCount: n, Top: round(share(n, tk), 4),
				AllCount: am[k], All: round(share(am[k], ak), 4)})
		}
		slices.SortFunc(out, func(a, b Share) int { return cmp.Or(b.TopCount-a.TopCount, cmp.Compare(a.Key, b.Key)) })
		return out, tk, ak
	}
	cmpOut.Genres, _, _ = shares(func(f *data.Film) []string { return f.Genres }, data.GenreLabel)
	var decs []Share
	decs, _, _ = shares(func(f *data.Film) []string {
		if f.Year == 0 {
			return nil
		}
		return []string{strconv.Itoa(decadeOf(f.Year))}
	}, func(k string) string { return "années " + k })
	slices.SortFunc(decs, func(a, b Share) int { return cmp.Compare(a.Key, b.Key) })
	cmpOut.Decades = decs
	var countries []Share
	countries, cmpOut.TopCountryKnown, cmpOut.AllCountryKnown = shares(func(f *data.Film) []string { return f.Countries }, func(k string) string { return k })
	cmpOut.Countries = countries[:min(10, len(countries))]

	dm := map[string]int{}
	for _, f := range top {
		for _, d := range f.Directors {
			dm[d]++
		}
	}
	dirs := sortedCounts(dm, c.name)
	cmpOut.Directors = dirs[:min(10, len(dirs))]

	runtimes := func(fs []*data.Film) float64 {
		var rts []int
		for _, f := range fs {
			if f.Runtime > 0 {
				rts = append(rts, f.Runtime)
			}
		}
		slices.Sort(rts)
		return median(rts)
	}
	cmpOut.TopRuntime, cmpOut.AllRuntime = runtimes(top), runtimes(all)
	budgets := func(fs []*data.Film) (float64, int) {
		var bs []float64
		for _, f := range fs {
			if f.Budget >= MinBudget {
				bs = append(bs, float64(f.Budget))
			}
		}
		slices.Sort(bs)
		return medianF(bs), len(bs)
	}
	cmpOut.TopBudget, cmpOut.TopBudgetKnown = budgets(top)
	cmpOut.AllBudget, cmpOut.AllBudgetKnown = budgets(all)
	return cmpOut
}
