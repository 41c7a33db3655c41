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

type actorAcc struct {
	id          string
	category    string
	films       int
	series      int
	first, last int
	genres      map[string]int
}

func (c *ctx) people() (*Actors, *FilmsVsSeries) {
	acc := map[string]*actorAcc{}
	get := func(id, cat string) *actorAcc {
		a := acc[id]
		if a == nil {
			a = &actorAcc{id: id, category: cat}
			acc[id] = a
		}
		return a
	}
	for _, t := range c.titles {
		film, series := t.IsFilm(), isSeriesWork(t)
		if !film && !series {
			continue
		}
		for i, cr := range t.Credits {
			if !isActing(cr) || dupPerson(t.Credits, i) {
				continue
			}
			a := get(cr.PersonID, cr.Category)
			if series {
				a.series++
				continue
			}
			a.films++
			if t.Year != 0 {
				if a.first == 0 || t.Year < a.first {
					a.first = t.Year
				}
				a.last = max(a.last, t.Year)
			}
			if a.genres == nil {
				a.genres = map[string]int{}
			}
			for _, g := range t.Genres {
				a.genres[g]++
			}
		}
	}

	actors := &Actors{Head: Head{Title: "Acteurs et actrices les plus présents (films)"}}
	bins := []Bin{{From: 1, To: 2, Label: "1"}, {From: 2, To: 3, Label: "2"}, {From: 3, To: 5, Label: "3-4"},
		{From: 5, To: 10, Label: "5-9"}, {From: 10, To: 20, Label: "10-19"}, {From: 20, Label: "20+"}}
	vs := &FilmsVsSeries{Head: Head{Title: "Acteurs : cinéma, séries ou les deux"}}
	var inFilms, both, filmsOnly, seriesOnly []*actorAcc
	for _, a := range acc {
		switch {
		case a.films > 0 && a.series > 0:
			both = append(both, a)
		case a.films > 0:
			filmsOnly = append(filmsOnly, a)
		default:
			seriesOnly = append(seriesOnly, a)
		}
		if a.films == 0 {
			continue
		}
		inFilms = append(inFilms, a)
		for i := len(bins) - 1; i >= 0; i-- {
			if a.films >= bins[i].From {
				bins[i].Count++
				break
			}
		}
	}
	actors.Actors = len(inFilms)
	actors.PerActor = bins
	byFilms := func(a, b *actorAcc) int {
		return cmp.Or(b.films-a.films, b.series-a.series, cmp.Compare(a.id, b.id))
	}
	slices.SortFunc(inFilms, byFilms)
	for _, a := range inFilms[:min(TopActors, len(inFilms))] {
		gs := sortedCounts(a.genres, GenreLabel)
		actors.Top = append(actors.Top, Actor{ID: a.id, Name: c.name(a.id), Category: a.category,
			Films: a.films, First: a.first, Last: a.last, Genres: gs[:min(5, len(gs))]})
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
	pc := func(as []*actorAcc, order func(a, b *actorAcc) int) []PersonCount {
		slices.SortFunc(as, order)
		out := []PersonCount{}
		for _, a := range as[:min(TopPeople, len(as))] {
			out = append(out, PersonCount{ID: a.id, Name: c.name(a.id), Films: a.films, Series: a.series})
		}
		return out
	}
	vs.TopBoth = pc(both, func(a, b *actorAcc) int {
		return cmp.Or((b.films+b.series)-(a.films+a.series), b.films-a.films, cmp.Compare(a.id, b.id))
	})
	vs.TopFilmsOnly = pc(filmsOnly, byFilms)
	vs.TopSeriesOnly = pc(seriesOnly, func(a, b *actorAcc) int { return cmp.Or(b.series-a.series, cmp.Compare(a.id, b.id)) })
	total := len(acc)
	if total == 0 {
		vs.Takeaway = "Aucun acteur crédité dans les titres sélectionnés."
	} else {
		vs.Takeaway = fmt.Sprintf("Sur %s acteurs et actrices, %s jouent au cinéma et en série (%s), %s seulement au cinéma, %s seulement en série.",
			frInt(total), frInt(vs.Both), frPct(share(vs.Both, total)), frInt(vs.FilmsOnly), frInt(vs.SeriesOnly))
	}
	return actors, vs
}

// dupPerson reports whether credits[i] names a person already credited as
// actor or actress earlier on the same title, so each person counts once.
func dupPerson(credits []data.Credit, i int) bool {
	for j := range i {
		if credits[j].PersonID == credits[i].PersonID && isActing(credits[j]) {
			return true
		}
	}
	return false
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
	type acc struct{ sum, n int }
	byGenre := map[string]*acc{}
	byDecade := map[int]*acc{}
	add := func(a *acc, age int) { a.sum += age; a.n++ }
	total := 0
	for _, f := range c.films {
		for i, cr := range f.Credits {
			if !isActing(cr) || dupPerson(f.Credits, i) {
				continue
			}
			s.Roles++
			p := c.person(cr.PersonID)
			if p == nil || p.BirthYear == 0 || f.Year == 0 {
				s.Unknown++
				continue
			}
			age := f.Year - p.BirthYear
			if age < 0 || age > MaxAge {
				s.Implausible++
				continue
			}
			s.Known++
			total += age
			for _, g := range f.Genres {
				if byGenre[g] == nil {
					byGenre[g] = &acc{}
				}
				add(byGenre[g], age)
			}
			d := decadeOf(f.Year)
			if byDecade[d] == nil {
				byDecade[d] = &acc{}
			}
			add(byDecade[d], age)
		}
	}
	if s.Known > 0 {
		s.Mean = round(float64(total)/float64(s.Known), 1)
	}
	for g, a := range byGenre {
		s.ByGenre = append(s.ByGenre, AgeGroup{Key: g, Label: GenreLabel(g), Roles: a.n, Mean: round(float64(a.sum)/float64(a.n), 1)})
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
