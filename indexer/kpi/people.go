package kpi

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/bobine/bobine/data"
)

const (
	// TopActors is how many actors the Actors section lists.
	TopActors = 20
	// TopPeople is how many people each FilmsVsSeries group lists.
	TopPeople = 10
	// MinAgeRoles is how many roles with a known age a genre needs before
	// the Ages takeaway names it as the youngest or oldest.
	MinAgeRoles = 10
	// MaxAge is the oldest plausible age at release; older (or negative)
	// ages come from a wrong birth year and are left out.
	MaxAge = 100
)

func isActing(cr data.Credit) bool { return cr.Category == "actor" || cr.Category == "actress" }

// isSeriesWork reports whether a title is TV series work: a series or one
// of its episodes.
func isSeriesWork(t *data.Film) bool { return t.IsSeries() || t.Type == "tvEpisode" }

// Actor is one of the most frequent actors or actresses in films.
type Actor struct {
	ID       string  `json:"id"`
	Name     string  `json:"name"`
	Category string  `json:"category"` // actor or actress
	Films    int     `json:"films"`
	First    int     `json:"first,omitempty"` // year of the first film, 0 when no film is dated
	Last     int     `json:"last,omitempty"`
	Genres   []Count `json:"genres"` // the genres of their films, most frequent first (top 5)
}

// Actors lists the most frequent actors and actresses in films with their
// active period, and how many films actors have in general.
type Actors struct {
	Head
	Actors   int     `json:"actors"` // distinct actors and actresses in the films
	Top      []Actor `json:"top"`
	PerActor []Bin   `json:"per_actor"` // how many actors have 1, 2, 3-4... films
}

// PersonCount is a person with their number of films and of series titles.
type PersonCount struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Films  int    `json:"films"`
	Series int    `json:"series"` // series and episodes
}

// FilmsVsSeries splits actors between films and series (series and
// episodes): in both, films only, series only.
type FilmsVsSeries struct {
	Head
	Both          int           `json:"both"`
	FilmsOnly     int           `json:"films_only"`
	SeriesOnly    int           `json:"series_only"`
	TopBoth       []PersonCount `json:"top_both"`
	TopFilmsOnly  []PersonCount `json:"top_films_only"`
	TopSeriesOnly []PersonCount `json:"top_series_only"`
}

func (c *ctx) people() (*Actors, *FilmsVsSeries) {
	x := c.idx
	np := x.numPeople()
	films := make([]int32, np)
	series := make([]int32, np)
	first := make([]int32, np)
	last := make([]int32, np)
	for k, t := range c.titles {
		isFilm, isSeries := t.IsFilm(), isSeriesWork(t)
		if !isFilm && !isSeries {
			continue
		}
		y := int32(t.Year)
		for _, n := range x.cast[c.titlePos[k]] {
			if isSeries {
				series[n]++
				continue
			}
			films[n]++
			if y != 0 {
				if first[n] == 0 || y < first[n] {
					first[n] = y
				}
				last[n] = max(last[n], y)
			}
		}
	}

	actors := &Actors{Head: Head{Title: "Acteurs et actrices les plus présents (films)"}}
	bins := []Bin{{From: 1, To: 2, Label: "1"}, {From: 2, To: 3, Label: "2"}, {From: 3, To: 5, Label: "3-4"},
		{From: 5, To: 10, Label: "5-9"}, {From: 10, To: 20, Label: "10-19"}, {From: 20, Label: "20+"}}
	vs := &FilmsVsSeries{Head: Head{Title: "Acteurs : cinéma, séries ou les deux"}}
	var inFilms, both, filmsOnly, seriesOnly []int32
	for i := range np {
		n := int32(i)
		switch {
		case films[n] > 0 && series[n] > 0:
			both = append(both, n)
		case films[n] > 0:
			filmsOnly = append(filmsOnly, n)
		case series[n] > 0:
			seriesOnly = append(seriesOnly, n)
		}
		if films[n] == 0 {
			continue
		}
		inFilms = append(inFilms, n)
		for b := len(bins) - 1; b >= 0; b-- {
			if int(films[n]) >= bins[b].From {
				bins[b].Count++
				break
			}
		}
	}
	actors.Actors = len(inFilms)
	actors.PerActor = bins
	byID := func(a, b int32) int { return cmp.Compare(x.personID(a), x.personID(b)) }
	byFilms := func(a, b int32) int {
		return cmp.Or(cmp.Compare(films[b], films[a]), cmp.Compare(series[b], series[a]), byID(a, b))
	}
	top := topK(inFilms, TopActors, byFilms)

	// The genres of the top actors' films, in one more pass.
	slot := make(map[int32]int, len(top))
	genres := make([]map[string]int, len(top))
	for i, n := range top {
		slot[n] = i
		genres[i] = map[string]int{}
	}
	for k, f := range c.films {
		for _, n := range x.cast[c.filmPos[k]] {
			if i, ok := slot[n]; ok {
				for _, g := range f.Genres {
					genres[i][g]++
				}
			}
		}
	}
	for i, n := range top {
		gs := sortedCounts(genres[i], data.GenreLabel)
		cat := "actor"
		if x.actress[n] {
			cat = "actress"
		}
		actors.Top = append(actors.Top, Actor{ID: x.personID(n), Name: c.name(x.personID(n)), Category: cat,
			Films: int(films[n]), First: int(first[n]), Last: int(last[n]), Genres: gs[:min(5, len(gs))]})
	}
	if len(actors.Top) == 0 {
		actors.Takeaway = "Aucun acteur crédité dans les films sélectionnés."
	} else {
		top := actors.Top[0]
		who := "l'acteur le plus présent"
		if top.Category == "actress" {
			who = "l'actrice la plus présente"
		}
		period := ""
		if top.First != 0 {
			period = fmt.Sprintf(" de %d à %d", top.First, top.Last)
		}
		actors.Takeaway = fmt.Sprintf("%s est %s : %s films%s ; %s des %s acteurs n'apparaissent que dans un film.",
			top.Name, who, frInt(top.Films), period,
			frPct(share(bins[0].Count, len(inFilms))), frInt(len(inFilms)))
	}

	vs.Both, vs.FilmsOnly, vs.SeriesOnly = len(both), len(filmsOnly), len(seriesOnly)
	pc := func(ns []int32, order func(a, b int32) int) []PersonCount {
		out := []PersonCount{}
		for _, n := range topK(ns, TopPeople, order) {
			out = append(out, PersonCount{ID: x.personID(n), Name: c.name(x.personID(n)), Films: int(films[n]), Series: int(series[n])})
		}
		return out
	}
	vs.TopBoth = pc(both, func(a, b int32) int {
		return cmp.Or(cmp.Compare(films[b]+series[b], films[a]+series[a]), cmp.Compare(films[b], films[a]), byID(a, b))
	})
	vs.TopFilmsOnly = pc(filmsOnly, byFilms)
	vs.TopSeriesOnly = pc(seriesOnly, func(a, b int32) int { return cmp.Or(cmp.Compare(series[b], series[a]), byID(a, b)) })
	total := vs.Both + vs.FilmsOnly + vs.SeriesOnly
	if total == 0 {
		vs.Takeaway = "Aucun acteur crédité dans les titres sélectionnés."
	} else {
		vs.Takeaway = fmt.Sprintf("Sur %s acteurs et actrices, %s jouent au cinéma et en série (%s), %s seulement au cinéma, %s seulement en série.",
			frInt(total), frInt(vs.Both), frPct(share(vs.Both, total)), frInt(vs.FilmsOnly), frInt(vs.SeriesOnly))
	}
	return actors, vs
}

// name returns a person's name, or their id when they are not in the catalogue.
func (c *ctx) name(id string) string {
	if p := c.person(id); p != nil && p.Name != "" {
		return p.Name
	}
	return id
}

// AgeGroup is the average age at release of the roles of one genre or decade.
type AgeGroup struct {
	Key   string  `json:"key"`
	Label string  `json:"label"`
	Roles int     `json:"roles"` // roles with a known, plausible age
	Mean  float64 `json:"mean"`
}

// Ages is the average age of actors and actresses at the release of their
// films, computed from birth years.
type Ages struct {
	Head
	Roles       int        `json:"roles"`       // acting roles in the films
	Known       int        `json:"known"`       // with a known, plausible age
	Unknown     int        `json:"unknown"`     // birth year (or film year) unknown
	Implausible int        `json:"implausible"` // age < 0 or > MaxAge, left out
	Mean        float64    `json:"mean"`
	ByGenre     []AgeGroup `json:"by_genre"`  // oldest first
	ByDecade    []AgeGroup `json:"by_decade"` // chronological
}

func (c *ctx) ages() *Ages {
	s := &Ages{Head: Head{Title: "Âge moyen des acteurs à la sortie du film"}}
	x := c.idx
	type acc struct{ sum, n int }
	byGenre := make([]acc, len(x.genres))
	byDecade := map[int]*acc{}
	total := 0
	for k, f := range c.films {
		pos := c.filmPos[k]
		var film acc
		for _, n := range x.cast[pos] {
			s.Roles++
			if x.birth[n] == 0 || f.Year == 0 {
				s.Unknown++
				continue
			}
			age := f.Year - int(x.birth[n])
			if age < 0 || age > MaxAge {
				s.Implausible++
				continue
			}
			film.sum += age
			film.n++
		}
		if film.n == 0 {
			continue
		}
		s.Known += film.n
		total += film.sum
		for _, g := range x.titleGen[pos] {
			byGenre[g].sum += film.sum
			byGenre[g].n += film.n
		}
		d := byDecade[decadeOf(f.Year)]
		if d == nil {
			d = &acc{}
			byDecade[decadeOf(f.Year)] = d
		}
		d.sum += film.sum
		d.n += film.n
	}
	s.ByGenre = []AgeGroup{}
	for gi, a := range byGenre {
		if a.n > 0 {
			g := x.genres[gi]
			s.ByGenre = append(s.ByGenre, AgeGroup{Key: g, Label: data.GenreLabel(g), Roles: a.n, Mean: round(float64(a.sum)/float64(a.n), 1)})
		}
	}
	if s.Known > 0 {
		s.Mean = round(float64(total)/float64(s.Known), 1)
	}
	slices.SortFunc(s.ByGenre, func(a, b AgeGroup) int { return cmp.Or(cmp.Compare(b.Mean, a.Mean), cmp.Compare(a.Key, b.Key)) })
	for d, a := range byDecade {
		s.ByDecade = append(s.ByDecade, AgeGroup{Key: fmt.Sprint(d), Label: decadeLabel(d), Roles: a.n, Mean: round(float64(a.sum)/float64(a.n), 1)})
	}
	slices.SortFunc(s.ByDecade, func(a, b AgeGroup) int { return cmp.Compare(a.Key, b.Key) })
	if s.Known == 0 {
		s.Takeaway = fmt.Sprintf("Aucun âge connu : année de naissance inconnue pour %s rôles.", frInt(s.Unknown))
		return s
	}
	s.Takeaway = fmt.Sprintf("Les acteurs ont en moyenne %s ans à la sortie du film", frDec(s.Mean, 1))
	var big []AgeGroup
	for _, g := range s.ByGenre {
		if g.Roles >= MinAgeRoles {
			big = append(big, g)
		}
	}
	if len(big) >= 2 {
		old, young := big[0], big[len(big)-1]
		s.Takeaway += fmt.Sprintf(" (%s ans en %s, %s ans en %s)", frDec(young.Mean, 1), young.Label, frDec(old.Mean, 1), old.Label)
	}
	s.Takeaway += fmt.Sprintf(" ; âge inconnu pour %s rôles sur %s (%s).", frInt(s.Unknown), frInt(s.Roles), frPct(share(s.Unknown, s.Roles)))
	return s
}
