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

// Options are the fusion weights and knobs of a Recommender. The defaults
// of `bobine` (config keys recommend.*) were chosen by Evaluate; see the
// README, "How recommendations are made". Zero Count, RRFK, Neighbours and QualityVotes
// take the defaults noted; zero weights switch a signal off.
type Options struct {
	Count         int     // films per recommendation; default 5
	WeightMLT     float64 // weight of the more-like-this ranking (all liked films together)
	WeightContent float64 // weight of each liked film's content-vector ranking
	WeightCollab  float64 // weight of each liked film's collaborative-vector ranking
	WeightProfile float64 // weight of the collaborative ranking of all liked films together (sum of their vectors)
	// WeightTaste is the weight of the taste-profile score itself (the dot
	// product of a candidate's collaborative vector with the sum of the
	// liked films', divided by the best candidate's): unlike the rank
	// fusion it keeps how much better the first films are.
	WeightTaste   float64
	WeightOrder   float64 // weight of the taste-profile score when ordering the films picked (0 = fused score only)
	WeightQuality float64 // weight of the Bayesian-average quality ranking of the candidates
	WeightShared  float64 // weight of the liked films other than a candidate's closest one (0 = max only, 1 = sum)
	Diversity     float64 // MMR trade-off, 0 (relevance only) to 1
	Interleave    float64 // penalty per film already picked for the same liked film (0 = none, 1 = strict round-robin)
	// DistinctKind is the content cosine below which a liked film counts as
	// a different kind from another liked film (a western next to a crime
	// film), if they also share no genre but drama, action or adventure
	// and, with DistinctAudience, no audience. Only a film of a different
	// kind from all the others is guaranteed the last slot when none of
	// the others is of its kind, and liked films of one kind share one
	// interest in the interleave. 0 switches the guarantee off.
	DistinctKind float64
	// DistinctAudience is the cosine of the collaborative vectors at or
	// above which two liked films are of one kind whatever their content
	// and genres: the same people like both, so the fused ranking serves
	// both already. 0 = content and genres only.
	DistinctAudience float64
	// KindFloor is the share of the fused score of the film it would
	// displace that a liked film's best neighbour must reach to take the
	// last slot: a neighbour far weaker than the film it displaces is
	// seldom what the customer wanted. 0 = the guarantee always applies.
	KindFloor    float64
	RRFK         float64 // reciprocal rank fusion constant; default 60
	Neighbours   int     // length of each ranking before fusion; default 100
	QualityVotes float64 // votes at which the quality prior trusts a film's own IMDb rating half; default 10000
}

// DefaultOptions returns the options `bobine` uses when the configuration
// does not override them (the same values as config.Keys).
func DefaultOptions() Options {
	return Options{Count: 5, WeightMLT: 0.25, WeightContent: 0.25, WeightCollab: 1.5, WeightProfile: 0, WeightTaste: 0.01, WeightQuality: 1, WeightShared: 0.25, Diversity: 0.05, Interleave: 0.05, DistinctKind: 0.3, DistinctAudience: 0.2, KindFloor: 0, RRFK: 100, Neighbours: 100, QualityVotes: 10000}
}

func (o Options) withDefaults() Options {
	if o.Count <= 0 {
		o.Count = 5
	}
	if o.RRFK <= 0 {
		o.RRFK = 60
	}
	if o.Neighbours <= 0 {
		o.Neighbours = 100
	}
	if o.QualityVotes <= 0 {
		o.QualityVotes = 10000
	}
	return o
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
	Genres      []string // at least one of these IMDb genres
	AvoidGenres []string // none of these IMDb genres
	MinYear     int
	MaxYear     int
	MaxRuntime  int    // minutes
	Language    string // original language, ISO 639-1
	Family      bool   // no Horror, Thriller, Crime or War, no adult film; Family and Animation preferred
	People      []string
	FrenchOnly  bool // French productions (data.Film.French)
	// Countries keeps films produced in at least one of these countries
	// (ISO 3166-1 alpha-2); AvoidCountries drops films produced in any of
	// them. A film whose countries are unknown fails Countries and passes
	// AvoidCountries.
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
