package recommend

import (
	"context"

	"github.com/bobine/bobine/data"
)

// Candidates proposes films like the liked ones from text: *search.Index
// satisfies it with a more-like-this query over its Bleve index. Liked films
// are not returned.
type Candidates interface {
	MoreLikeThis(ctx context.Context, liked []string, limit int) ([]data.Scored, error)
}

// positionCandidates is a Candidates that can answer with the films'
// positions in the catalogue, when it was opened with the Recommender's
// (*search.Index is): the Recommender then reads no film it does not keep,
// where ids would make it read each answer's id and find it again.
type positionCandidates interface {
	MoreLikeThisIn(ctx context.Context, cat *data.Catalogue, liked []string, limit int) ([]int32, error)
}

// Request is what a customer asks for: films like Liked (tconsts), never
// Liked or Exclude, within Constraints. Count 0 means Options.Count.
type Request struct {
	Liked, Exclude []string
	Constraints    Constraints
	Count          int
}

// Constraints restrict the films recommended. Zero values mean no
// constraint. A film whose year, runtime or language is unknown fails a
// constraint on it.
type Constraints struct {
	Genres []string // at least one of these IMDb genres
	// AllGenres keeps films that have every one of these IMDb genres: « une
	// comédie romantique » is Comedy and Romance.
	AllGenres   []string
	AvoidGenres []string // none of these IMDb genres
	MinYear     int
	MaxYear     int
	MinRuntime  int    // minutes (« d'1h30 environ » sets both bounds)
	MaxRuntime  int    // minutes
	Language    string // original language, ISO 639-1
	Family      bool   // data.Film.FamilySafe films only (no Horror, Thriller, War; Crime only as comedy or animation); Family and Animation preferred
	// People keeps films crediting at least one of these people (IMDb ids)
	// in any role.
	People []string
	// Cast keeps films in whose cast every one of these people plays, and
	// Directors films that every one of them directed: « avec Depardieu et
	// Deneuve » is both in one film, « un film de Chabrol avec Isabelle
	// Huppert » is Chabrol directing Huppert. A writer credit is neither.
	Cast       []string
	Directors  []string
	FrenchOnly bool // films a customer calls French (data.Film.MadeIn "FR")
	// MaxVotes keeps films with fewer IMDb votes than this: lesser-known
	// films (« moins connus », "not the big hits").
	MaxVotes int
	// Countries keeps films of at least one of these countries (ISO 3166-1
	// alpha-2) as a customer means it (data.Film.MadeIn: produced there, in
	// one of its languages unless it has no other production country);
	// AvoidCountries drops every film produced in any of them, co-productions
	// included (« pas de film américain » leaves out Leone's Paramount westerns).
	Countries      []string
	AvoidCountries []string
	// Among, when not empty, keeps only these films (IMDb ids): the films on
	// a theme, or on the cinema's programme.
	Among []string
	// IncludeSeries also allows series and other non-film titles; by
	// default only films (data.Film.IsFilm) are recommended.
	IncludeSeries bool
}

// Recommendation is one recommended film with its fused score and 1-3
// reasons, strongest first.
type Recommendation struct {
	Film    *data.Film
	Score   float64
	Reasons []Reason
}

// Reason explains a recommendation in French and English. Kind is one of
// director, writer, cast, keywords, genres, collaborative, quality,
// constraint.
type Reason struct {
	Kind string
	FR   string
	EN   string
}
