package tmdbfetch

import (
	"context"
	"fmt"
	"net/url"
	"strings"

	"github.com/bobine/bobine/data/tmdb"
)

// Kinds of TMDB record an IMDb id can lead to.
const (
	kindMovie = "movie"
	kindTV    = "tv"
)

type findAnswer struct {
	MovieResults []struct {
		ID int `json:"id"`
	} `json:"movie_results"`
	TVResults []struct {
		ID int `json:"id"`
	} `json:"tv_results"`
}

type named struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

// details is the answer of /movie/{id} and /tv/{id} with
// append_to_response=keywords,videos,translations; the fields of the two
// differ where noted.
type details struct {
	ID                  int     `json:"id"`
	OriginalLanguage    string  `json:"original_language"`
	OriginalTitle       string  `json:"original_title"` // movie
	OriginalName        string  `json:"original_name"`  // tv
	PosterPath          *string `json:"poster_path"`
	Budget              int64   `json:"budget"`
	Revenue             int64   `json:"revenue"`
	Popularity          float64 `json:"popularity"`
	ReleaseDate         string  `json:"release_date"`   // movie
	FirstAirDate        string  `json:"first_air_date"` // tv
	ProductionCountries []struct {
		ISO string `json:"iso_3166_1"`
	} `json:"production_countries"`
	OriginCountry       []string `json:"origin_country"` // tv
	BelongsToCollection *named   `json:"belongs_to_collection"`
	Keywords            struct {
		Keywords []named `json:"keywords"` // movie
		Results  []named `json:"results"`  // tv
	} `json:"keywords"`
	Videos struct {
		Results []video `json:"results"`
	} `json:"videos"`
	Translations struct {
		Translations []translation `json:"translations"`
	} `json:"translations"`
}

type video struct {
	Key      string `json:"key"`
	Site     string `json:"site"`
	Type     string `json:"type"`
	Language string `json:"iso_639_1"`
	Official bool   `json:"official"`
}

type translation struct {
	Country  string `json:"iso_3166_1"`
	Language string `json:"iso_639_1"`
	Data     struct {
		Title    string `json:"title"` // movie
		Name     string `json:"name"`  // tv
		Overview string `json:"overview"`
	} `json:"data"`
}

// find asks TMDB which movie or series an IMDb id is. ok is false when
// TMDB knows neither.
func (c *client) find(ctx context.Context, imdbID string) (kind string, id int, ok bool, err error) {
	var a findAnswer
	q := url.Values{"external_source": {"imdb_id"}}
	if err := c.get(ctx, "/find/"+imdbID, q, &a); err != nil {
		return "", 0, false, err
	}
	switch {
	case len(a.MovieResults) > 0 && a.MovieResults[0].ID > 0:
		return kindMovie, a.MovieResults[0].ID, true, nil
	case len(a.TVResults) > 0 && a.TVResults[0].ID > 0:
		return kindTV, a.TVResults[0].ID, true, nil
	}
	return "", 0, false, nil
}

// details fetches one movie or series in French with its keywords, videos
// and translations.
func (c *client) details(ctx context.Context, kind string, id int) (details, error) {
	var d details
	q := url.Values{
		"language":               {"fr-FR"},
		"append_to_response":     {"keywords,videos,translations"},
		"include_video_language": {"fr,en,null"},
	}
	err := c.get(ctx, fmt.Sprintf("/%s/%d", kind, id), q, &d)
	return d, err
}

// movie turns an answer into a movies.csv record.
func (d details) movie(imdbID string) tmdb.Movie {
	m := tmdb.Movie{
		IMDbID:           imdbID,
		TMDBID:           d.ID,
		OriginalLanguage: d.OriginalLanguage,
		Budget:           d.Budget,
		Revenue:          d.Revenue,
		Popularity:       d.Popularity,
		ReleaseDate:      firstNonEmpty(d.ReleaseDate, d.FirstAirDate),
	}
	if d.PosterPath != nil {
		m.PosterPath = *d.PosterPath
	}
	for _, c := range d.ProductionCountries {
		m.Countries = appendUnique(m.Countries, c.ISO)
	}
	for _, c := range d.OriginCountry {
		m.Countries = appendUnique(m.Countries, c)
	}
	for _, k := range append(d.Keywords.Keywords, d.Keywords.Results...) {
		m.Keywords = appendUnique(m.Keywords, strings.TrimSpace(k.Name))
	}
	if d.BelongsToCollection != nil {
		m.CollectionID = d.BelongsToCollection.ID
	}
	fr, en := d.translation("fr", "FR"), d.translation("en", "US")
	if fr != nil {
		m.TitleFR = firstNonEmpty(fr.Data.Title, fr.Data.Name)
		m.OverviewFR = strings.TrimSpace(fr.Data.Overview)
	}
	if m.TitleFR == "" && d.OriginalLanguage == "fr" {
		m.TitleFR = firstNonEmpty(d.OriginalTitle, d.OriginalName)
	}
	if en != nil {
		m.OverviewEN = strings.TrimSpace(en.Data.Overview)
	}
	m.TrailerURL = d.trailer()
	return m
}

// translation returns the translation into lang, preferring country's
// variant (fr-FR before fr-CA), or nil.
func (d details) translation(lang, country string) *translation {
	var best *translation
	for i := range d.Translations.Translations {
		t := &d.Translations.Translations[i]
		if t.Language != lang || (t.Data.Title == "" && t.Data.Name == "" && t.Data.Overview == "") {
			continue
		}
		if t.Country == country {
			return t
		}
		if best == nil {
			best = t
		}
	}
	return best
}

// trailer returns the YouTube URL of the best trailer: French before
// English before any, official before not.
func (d details) trailer() string {
	best, bestScore := "", -1
	for _, v := range d.Videos.Results {
		if v.Site != "YouTube" || v.Type != "Trailer" || v.Key == "" {
			continue
		}
		score := 0
		switch v.Language {
		case "fr":
			score += 4
		case "en":
			score += 2
		}
		if v.Official {
			score++
		}
		if score > bestScore {
			best, bestScore = v.Key, score
		}
	}
	if best == "" {
		return ""
	}
	return "https://www.youtube.com/watch?v=" + url.QueryEscape(best)
}

func appendUnique(list []string, s string) []string {
	if s == "" {
		return list
	}
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
