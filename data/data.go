package data

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// ErrNotFound is returned when a film, person or other record does not exist.
// Callers test for it with errors.Is.
var ErrNotFound = errors.New("not found")

// ErrInvalid is returned for input that can never be valid (a malformed id,
// an empty query). Callers test for it with errors.Is.
var ErrInvalid = errors.New("invalid input")

// Error is an error whose text may be shown as is to the person who made
// the request: Message says what went wrong in their words (a title, an id,
// a name, quoted whole, colons and all) and Kind, ErrNotFound or
// ErrInvalid, is what errors.Is sees. Packages wrap it with their usual
// "pkg: doing what: " prefix; a server finds it with errors.As and shows
// its Error(), never the prefixes.
type Error struct {
	Kind    error
	Message string
}

func (e *Error) Error() string { return e.Message + ": " + e.Kind.Error() }

func (e *Error) Unwrap() error { return e.Kind }

// NotFoundf returns an *Error of kind ErrNotFound whose message is
// formatted as by fmt.Sprintf.
func NotFoundf(format string, args ...any) error {
	return &Error{Kind: ErrNotFound, Message: fmt.Sprintf(format, args...)}
}

// Invalidf returns an *Error of kind ErrInvalid whose message is formatted
// as by fmt.Sprintf.
func Invalidf(format string, args ...any) error {
	return &Error{Kind: ErrInvalid, Message: fmt.Sprintf(format, args...)}
}

// ParseError reports a malformed row in an input file. Readers return it for
// a row they skip; reading can continue after it. It unwraps to the cause.
type ParseError struct {
	File string // base name of the file, e.g. "title.basics.tsv.gz"
	Line int    // 1-based line number (the header is line 1)
	Rule string // short stable name of the rule the row broke, e.g. "column_count"
	Err  error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("%s:%d: %s: %v", e.File, e.Line, e.Rule, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// FileStats counts the rows of one input file read to build the catalogue:
// a line of the cleaning report.
type FileStats struct {
	File     string `json:"file"` // relative to the data directory
	Absent   bool   `json:"absent,omitempty"`
	Bytes    int64  `json:"bytes"`
	Rows     int64  `json:"rows"`     // data rows read (header excluded)
	Rejected int64  `json:"rejected"` // rows refused as malformed
	Used     int64  `json:"used"`     // rows that contributed to the catalogue
}

// Rejection counts the rows of a file refused for one rule.
type Rejection struct {
	File     string   `json:"file"`
	Rule     string   `json:"rule"`
	Count    int64    `json:"count"`
	Examples []string `json:"examples"` // up to 5, "file:line: message", first ones in file order
}

// Film is a title of the catalogue: a feature film, a series or any other
// IMDb title type kept by the indexer. Zero values mean unknown: Year 0,
// Runtime 0, Votes 0, Budget 0 and empty strings are never real data.
type Film struct {
	ID            string   `json:"id"`   // IMDb tconst, e.g. "tt0111161"
	Type          string   `json:"type"` // IMDb titleType: movie, tvSeries, tvEpisode, short...
	Title         string   `json:"title"`
	OriginalTitle string   `json:"original_title,omitempty"`
	FrenchTitle   string   `json:"french_title,omitempty"`
	Akas          []string `json:"akas,omitempty"` // other known titles, deduplicated
	Adult         bool     `json:"adult,omitempty"`
	Year          int      `json:"year,omitempty"`
	EndYear       int      `json:"end_year,omitempty"`
	Runtime       int      `json:"runtime,omitempty"` // minutes
	Genres        []string `json:"genres,omitempty"`  // IMDb vocabulary, e.g. "Sci-Fi"
	Rating        float64  `json:"rating,omitempty"`  // IMDb averageRating, 1-10
	Votes         int      `json:"votes,omitempty"`   // IMDb numVotes

	Directors []string `json:"directors,omitempty"` // nconsts, from title.crew
	Writers   []string `json:"writers,omitempty"`   // nconsts, from title.crew
	Credits   []Credit `json:"credits,omitempty"`   // principals, in IMDb order

	TMDBID           int      `json:"tmdb_id,omitempty"`
	MovieLensID      int      `json:"movielens_id,omitempty"`
	OriginalLanguage string   `json:"original_language,omitempty"` // ISO 639-1
	OverviewFR       string   `json:"overview_fr,omitempty"`
	OverviewEN       string   `json:"overview_en,omitempty"`
	PosterPath       string   `json:"poster_path,omitempty"` // TMDB path, "/abc.jpg"
	Budget           int64    `json:"budget,omitempty"`      // US dollars
	Revenue          int64    `json:"revenue,omitempty"`     // US dollars
	Countries        []string `json:"countries,omitempty"`   // ISO 3166-1 alpha-2
	Keywords         []string `json:"keywords,omitempty"`    // TMDB keywords, English
	Popularity       float64  `json:"popularity,omitempty"`  // TMDB popularity
	CollectionID     int      `json:"collection_id,omitempty"`
	ReleaseDate      string   `json:"release_date,omitempty"` // YYYY-MM-DD
	TrailerURL       string   `json:"trailer_url,omitempty"`
}

// IsFilm reports whether the title is something a cinema shows as a film
// (a feature film or a TV movie), as opposed to a series, episode, short or game.
func (f *Film) IsFilm() bool { return f.Type == "movie" || f.Type == "tvMovie" }

// IsSeries reports whether the title is a series or mini-series.
func (f *Film) IsSeries() bool { return f.Type == "tvSeries" || f.Type == "tvMiniSeries" }

// DisplayTitle returns the title to show in the given language ("fr" or
// "en"). In French: the French title when known, else the original title,
// as a French programme shows a foreign film never released under a French
// title (« Shichinin no samurai », not "Seven Samurai"). In English: the
// primary title.
func (f *Film) DisplayTitle(lang string) string {
	if lang == "fr" {
		if f.FrenchTitle != "" {
			return f.FrenchTitle
		}
		if f.OriginalTitle != "" {
			return f.OriginalTitle
		}
	}
	return f.Title
}

// French reports whether the film is a French production: France among its
// production countries, or French original language when countries are unknown.
func (f *Film) French() bool {
	for _, c := range f.Countries {
		if c == "FR" {
			return true
		}
	}
	return len(f.Countries) == 0 && f.OriginalLanguage == "fr"
}

// MadeIn reports whether a customer would call the film a film of country
// (ISO 3166-1 alpha-2), as in « un film français » or "an Italian film":
// the country is among its production countries and the film speaks one of
// the country's languages, or it has no other production country, or its
// language is unknown. Cinema Paradiso (Italian, co-produced by France) is
// Italian, not French; Lucy (English, produced in France only) is French.
// With no countries known, the original language decides for the countries
// whose languages are listed, unless another country speaks them too
// (sharesLanguages).
func (f *Film) MadeIn(country string) bool {
	country = strings.ToUpper(country)
	langs, listed := countryLanguages[country]
	if len(f.Countries) == 0 {
		return listed && !sharesLanguages[country] && f.OriginalLanguage != "" && slices.Contains(langs, f.OriginalLanguage)
	}
	if !slices.ContainsFunc(f.Countries, func(c string) bool { return strings.EqualFold(c, country) }) {
		return false
	}
	return len(f.Countries) == 1 || !listed || f.OriginalLanguage == "" || slices.Contains(langs, f.OriginalLanguage)
}

// sharesLanguages are the countries of countryLanguages whose films speak
// the language of a larger cinema: a French-speaking film of unknown country
// is no more Québécois (or Belgian, Swiss) than Napoléon or Shoah are, so
// the language alone does not make it one of theirs.
var sharesLanguages = map[string]bool{"CA": true, "BE": true, "CH": true, "LU": true, "MC": true, "AT": true,
	"MX": true, "AR": true, "IE": true, "AU": true, "NZ": true}

// countryLanguages are the original languages (ISO 639-1, as TMDB writes
// them: "cn" is Cantonese) that make a co-produced film belong to a country.
// A country absent from the table accepts every language.
var countryLanguages = map[string][]string{
	"FR": {"fr", "br", "oc", "co"}, "BE": {"fr", "nl", "de"}, "CH": {"fr", "de", "it", "rm"},
	"LU": {"fr", "de", "lb"}, "MC": {"fr"}, "CA": {"en", "fr", "iu"},
	"US": {"en"}, "GB": {"en", "cy", "gd"}, "IE": {"en", "ga"}, "AU": {"en"}, "NZ": {"en", "mi"},
	"IT": {"it"}, "ES": {"es", "ca", "eu", "gl"}, "PT": {"pt"}, "BR": {"pt"}, "MX": {"es"},
	"AR": {"es"}, "DE": {"de"}, "AT": {"de"}, "NL": {"nl"}, "DK": {"da"}, "SE": {"sv"},
	"NO": {"no", "nb", "nn"}, "FI": {"fi", "sv"}, "IS": {"is"}, "PL": {"pl"}, "CZ": {"cs"},
	"HU": {"hu"}, "RO": {"ro"}, "GR": {"el"}, "RU": {"ru"}, "JP": {"ja"}, "KR": {"ko"},
	"CN": {"zh", "cn"}, "HK": {"cn", "zh"}, "TW": {"zh"}, "IN": {"hi", "ta", "te", "ml", "kn", "bn", "mr", "pa"},
	"IR": {"fa"}, "TR": {"tr"}, "IL": {"he"},
}

// Credit is one principal of a title: an actor, director, writer, composer...
type Credit struct {
	PersonID   string   `json:"person_id"` // nconst
	Category   string   `json:"category"`  // actor, actress, director, writer, self...
	Job        string   `json:"job,omitempty"`
	Characters []string `json:"characters,omitempty"`
	Ordering   int      `json:"ordering"`
}

// IsCast reports whether the credit is an acting role.
func (c Credit) IsCast() bool {
	return c.Category == "actor" || c.Category == "actress" || c.Category == "self"
}

// Person is someone credited on a title of the catalogue.
type Person struct {
	ID          string   `json:"id"` // IMDb nconst, e.g. "nm0000001"
	Name        string   `json:"name"`
	BirthYear   int      `json:"birth_year,omitempty"`
	DeathYear   int      `json:"death_year,omitempty"`
	Professions []string `json:"professions,omitempty"`
	KnownFor    []string `json:"known_for,omitempty"` // tconsts, may name titles absent from the catalogue
}

// Rating is one MovieLens rating, mapped to an IMDb title id when possible.
type Rating struct {
	User   int     `json:"user"`
	Movie  int     `json:"movie"`   // MovieLens movieId
	FilmID string  `json:"film_id"` // tconst, empty when the movie has no IMDb link
	Score  float64 `json:"score"`   // 0.5-5
	Time   int64   `json:"time"`    // Unix seconds
}

// Role is one credit seen from a person: the film and what they did on it.
type Role struct {
	FilmID     string   `json:"film_id"`
	Category   string   `json:"category"` // actor, actress, director, writer...
	Job        string   `json:"job,omitempty"`
	Characters []string `json:"characters,omitempty"`
}

// Scored is a film id with a score, higher is better. Rankers exchange
// candidate lists as []Scored, best first.
type Scored struct {
	ID    string  `json:"id"`
	Score float64 `json:"score"`
}
