package web

import (
	"cmp"
	"slices"

	"github.com/bobine/bobine/data"
)

// View models shared by the JSON API and the HTML pages, so both always
// show the same facts.

// filmSummary is a film in a list.
type filmSummary struct {
	ID            string   `json:"id"`
	Type          string   `json:"type"`
	Title         string   `json:"title"` // French title when known
	OriginalTitle string   `json:"original_title"`
	Year          int      `json:"year"`
	Runtime       int      `json:"runtime"`
	Genres        []string `json:"genres"`
	Rating        float64  `json:"rating"`
	Votes         int      `json:"votes"`
	PosterURL     string   `json:"poster_url"`
	URL           string   `json:"url"`  // IMDb
	Page          string   `json:"page"` // Bobine staff page
}

func (s *Server) filmSummary(f *data.Film) filmSummary {
	return filmSummary{
		ID:            f.ID,
		Type:          f.Type,
		Title:         f.DisplayTitle("fr"),
		OriginalTitle: originalTitle(f),
		Year:          f.Year,
		Runtime:       f.Runtime,
		Genres:        nonNil(f.Genres),
		Rating:        f.Rating,
		Votes:         f.Votes,
		PosterURL:     s.posterURL(f),
		URL:           imdbURL(f.ID),
		Page:          "/films/" + f.ID,
	}
}

func originalTitle(f *data.Film) string {
	if f.OriginalTitle != "" {
		return f.OriginalTitle
	}
	return f.Title
}

// personSummary is a person in a list.
type personSummary struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	BirthYear   int      `json:"birth_year"`
	DeathYear   int      `json:"death_year"`
	Professions []string `json:"professions"`
	Page        string   `json:"page"`
}

func personSummaryOf(p *data.Person) personSummary {
	return personSummary{
		ID:          p.ID,
		Name:        p.Name,
		BirthYear:   p.BirthYear,
		DeathYear:   p.DeathYear,
		Professions: nonNil(p.Professions),
		Page:        "/people/" + p.ID,
	}
}

// personRef names a person credited on a film; Name is the id when the
// person is missing from the catalogue.
type personRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Page string `json:"page"`
}

type creditView struct {
	personRef
	Category   string   `json:"category"`
	Job        string   `json:"job,omitempty"`
	Characters []string `json:"characters,omitempty"`
}

// filmDetail is everything the film page shows.
type filmDetail struct {
	filmSummary
	FrenchTitle      string       `json:"french_title"`
	PrimaryTitle     string       `json:"primary_title"`
	Akas             []string     `json:"akas"`
	EndYear          int          `json:"end_year,omitempty"`
	OriginalLanguage string       `json:"original_language"`
	Countries        []string     `json:"countries"`
	ReleaseDate      string       `json:"release_date"`
	OverviewFR       string       `json:"overview_fr"`
	OverviewEN       string       `json:"overview_en"`
	Budget           int64        `json:"budget"`
	Revenue          int64        `json:"revenue"`
	Keywords         []string     `json:"keywords"`
	Popularity       float64      `json:"popularity"`
	TrailerURL       string       `json:"trailer_url"`
	TMDBID           int          `json:"tmdb_id"`
	MovieLensID      int          `json:"movielens_id"`
	Directors        []personRef  `json:"directors"`
	Writers          []personRef  `json:"writers"`
	Cast             []creditView `json:"cast"`
	Crew             []creditView `json:"crew"`
}

func (s *Server) filmDetail(f *data.Film) filmDetail {
	d := filmDetail{
		filmSummary:      s.filmSummary(f),
		FrenchTitle:      f.FrenchTitle,
		PrimaryTitle:     f.Title,
		Akas:             nonNil(f.Akas),
		EndYear:          f.EndYear,
		OriginalLanguage: f.OriginalLanguage,
		Countries:        nonNil(f.Countries),
		ReleaseDate:      f.ReleaseDate,
		OverviewFR:       f.OverviewFR,
		OverviewEN:       f.OverviewEN,
		Budget:           f.Budget,
		Revenue:          f.Revenue,
		Keywords:         nonNil(f.Keywords),
		Popularity:       f.Popularity,
		TrailerURL:       f.TrailerURL,
		TMDBID:           f.TMDBID,
		MovieLensID:      f.MovieLensID,
		Directors:        []personRef{},
		Writers:          []personRef{},
		Cast:             []creditView{},
		Crew:             []creditView{},
	}
	for _, id := range f.Directors {
		d.Directors = append(d.Directors, s.personRef(id))
	}
	for _, id := range f.Writers {
		d.Writers = append(d.Writers, s.personRef(id))
	}
	for _, cr := range f.Credits {
		v := creditView{personRef: s.personRef(cr.PersonID), Category: cr.Category, Job: cr.Job, Characters: cr.Characters}
		if cr.IsCast() {
			d.Cast = append(d.Cast, v)
		} else {
			d.Crew = append(d.Crew, v)
		}
	}
	return d
}

func (s *Server) personRef(id string) personRef {
	r := personRef{ID: id, Name: id, Page: "/people/" + id}
	if p, err := s.stack(nil).Catalogue.Person(id); err == nil {
		r.Name = p.Name
	}
	return r
}

// roleView is what a person did on one film.
type roleView struct {
	Category   string   `json:"category"`
	Job        string   `json:"job,omitempty"`
	Characters []string `json:"characters,omitempty"`
}

type filmographyEntry struct {
	Film  filmSummary `json:"film"`
	Roles []roleView  `json:"roles"`
}

type genreCount struct {
	Genre string `json:"genre"`
	Films int    `json:"films"`
}

// personDetail is everything the person page shows.
type personDetail struct {
	personSummary
	Age         int                `json:"age,omitempty"` // at death, or today
	ActiveFrom  int                `json:"active_from"`
	ActiveTo    int                `json:"active_to"`
	Categories  []string           `json:"categories"` // distinct credit categories, most frequent first
	Genres      []genreCount       `json:"genres"`     // most frequent first
	KnownFor    []filmSummary      `json:"known_for"`  // those present in the catalogue
	Filmography []filmographyEntry `json:"filmography"`
}

func (s *Server) personDetail(p *data.Person) personDetail {
	cat := s.stack(nil).Catalogue
	d := personDetail{
		personSummary: personSummaryOf(p),
		Categories:    []string{},
		Genres:        []genreCount{},
		KnownFor:      []filmSummary{},
		Filmography:   []filmographyEntry{},
	}
	if p.BirthYear > 0 {
		end := p.DeathYear
		if end == 0 {
			end = s.o.Now().Year()
		}
		if end >= p.BirthYear {
			d.Age = end - p.BirthYear
		}
	}
	byFilm := map[string]int{}
	genres := map[string]int{}
	cats := map[string]int{}
	for _, r := range cat.Roles(p.ID) {
		f, err := cat.Film(r.FilmID)
		if err != nil {
			continue
		}
		i, ok := byFilm[f.ID]
		if !ok {
			i = len(d.Filmography)
			byFilm[f.ID] = i
			d.Filmography = append(d.Filmography, filmographyEntry{Film: s.filmSummary(f)})
			for _, g := range f.Genres {
				genres[g]++
			}
			if f.Year > 0 {
				if d.ActiveFrom == 0 || f.Year < d.ActiveFrom {
					d.ActiveFrom = f.Year
				}
				d.ActiveTo = max(d.ActiveTo, f.Year)
			}
		}
		d.Filmography[i].Roles = append(d.Filmography[i].Roles, roleView{Category: r.Category, Job: r.Job, Characters: r.Characters})
		cats[r.Category]++
	}
	// Newest first; unknown years last.
	slices.SortStableFunc(d.Filmography, func(a, b filmographyEntry) int {
		ya, yb := a.Film.Year, b.Film.Year
		if (ya == 0) != (yb == 0) {
			return cmp.Compare(boolInt(ya == 0), boolInt(yb == 0))
		}
		if c := cmp.Compare(yb, ya); c != 0 {
			return c
		}
		return cmp.Compare(a.Film.ID, b.Film.ID)
	})
	d.Genres = countsDesc(genres, func(k string, n int) genreCount { return genreCount{k, n} })
	for _, c := range countsDesc(cats, func(k string, n int) genreCount { return genreCount{k, n} }) {
		d.Categories = append(d.Categories, c.Genre)
	}
	for _, id := range p.KnownFor {
		if f, err := cat.Film(id); err == nil {
			d.KnownFor = append(d.KnownFor, s.filmSummary(f))
		}
	}
	return d
}

// countsDesc sorts a histogram by count descending, then key.
func countsDesc[T any](m map[string]int, mk func(string, int) T) []T {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if c := cmp.Compare(m[b], m[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	out := make([]T, 0, len(keys))
	for _, k := range keys {
		out = append(out, mk(k, m[k]))
	}
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
