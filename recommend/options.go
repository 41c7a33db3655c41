package recommend

// Options are the model parameters of a Recommender and the cinema's
// choices. DefaultOptions holds the one statement of every default: the
// model parameters were fitted by `bobine eval -tune` (which overrides them
// through Options); `bobine` sets only Count, Diversity, the Favour*
// cinema profile and the FrenchAudience and EuropeanAudience of its
// audience from its configuration. Zero Count, RRFK, Neighbours and
// AudienceVotes take their default; a zero weight switches its signal off.
type Options struct {
	Count         int     // films per recommendation
	WeightMLT     float64 // weight of the more-like-this ranking (all liked films together)
	WeightContent float64 // weight of each liked film's content-vector ranking
	WeightCollab  float64 // weight of each liked film's collaborative-vector ranking
	// WeightTaste is the weight of the taste-profile score itself (the dot
	// product of a candidate's collaborative vector with the sum of the
	// liked films', divided by the best candidate's): unlike the rank
	// fusion it keeps how much better the first films are.
	WeightTaste   float64
	WeightQuality float64 // weight of the candidates' ranking by the audience prior (AudienceVotes)
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
	// CollabEvidence is the number of positive ratings at which a liked
	// film's collaborative ranking gets half its weight: per liked film the
	// collaborative weight is WeightCollab * n/(n+CollabEvidence), n its
	// positive ratings (MovieLens knows little about a film rated by few).
	// 0 = full weight whatever n.
	CollabEvidence float64
	// ForeignEvidence multiplies CollabEvidence for a liked film whose
	// original language is not English: MovieLens raters are mostly
	// American, not the audience of those films.
	ForeignEvidence float64
	// WeightThinContent is added to WeightContent in proportion to the
	// collaborative weight a liked film lost: where the audience signal is
	// thin, authorship and content lead.
	WeightThinContent float64
	// WeightThinMLT is added to WeightMLT in proportion to the
	// collaborative weight the liked films not in English lost, on
	// average over the liked films.
	WeightThinMLT float64
	RRFK          float64 // reciprocal rank fusion constant
	Neighbours    int     // length of each ranking before fusion
	QualityVotes  float64 // votes at which the quality prior trusts a film's own IMDb rating half
	// WeightSameLanguage raises, per liked film not in English, the
	// evidence for candidates in its original language by this share: a
	// customer who liked a French comedy expects French films among its
	// neighbours, which MovieLens (mostly American raters) does not put
	// first. 0 = off.
	WeightSameLanguage float64

	// ToneMismatch lowers the fused score of a film of another tone than
	// every liked film by up to this share: a comedy after a drama, a
	// drama after a comedy (in proportion to how far the liked film's
	// nearest films in content agree on its being a comedy or not), an
	// animated film after a live-action one or the reverse (fully). A
	// customer who liked Les Vacances de M. Hulot expects comedies. 0 = off.
	ToneMismatch float64
	// KnownVotes is the number of IMDb votes from which a film counts as
	// known; a film with fewer has its fused score lowered by up to
	// KnownWeight, by the log of its votes (9 votes: two thirds of it at
	// 1000): nobody in the cinema has heard of a film with a dozen votes,
	// whatever its neighbours. 0 = off.
	KnownVotes, KnownWeight float64

	// The audience prior orders the films of a request with no liked film
	// (and the reserve that fills a short list): a Bayesian average of the
	// IMDb rating over the votes the cinema's audience would cast, so that
	// films it has heard of come first, not the top of a chart dominated
	// by one country's voters. AudienceVotes is the number of such votes
	// at which a film's own rating is trusted half; a French production's
	// IMDb votes count 1+FrenchAudience times, a European one's
	// 1+EuropeanAudience times (IMDb voters know them less than a French
	// audience does), and a film never released in France (no French
	// title) keeps 1-UnreleasedDiscount of them.
	AudienceVotes                                        float64
	FrenchAudience, EuropeanAudience, UnreleasedDiscount float64

	// The cinema profile, 0 (off) to 1: how much French productions,
	// European productions and films of the AFCAE art-et-essai list are
	// favoured among films about as relevant.
	FavourFrench, FavourEuropean, FavourArtEtEssai float64
}

// DefaultOptions returns the options `bobine` runs with before its
// configuration sets Count, Diversity and the cinema profile.
func DefaultOptions() Options {
	return Options{
		Count:             5,
		WeightMLT:         0.25,
		WeightContent:     0.25,
		WeightCollab:      1.5,
		WeightTaste:       0.01,
		WeightQuality:     0.75,
		WeightShared:      0.25,
		Diversity:         0.05,
		Interleave:        0.05,
		DistinctKind:      0.45,
		DistinctAudience:  0.2,
		CollabEvidence:    10,
		ForeignEvidence:   20,
		WeightThinContent: 1.5,
		RRFK:              100,
		Neighbours:        100,

		WeightSameLanguage: 0.3,
		ToneMismatch:       0.5,
		KnownVotes:         1000,
		KnownWeight:        1,
		WeightThinMLT:      1,
		AudienceVotes:      50000,
		FrenchAudience:     7,
		EuropeanAudience:   1,
		UnreleasedDiscount: 0.8,
	}
}

// withDefaults fills the zero values that have a default.
func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.Count <= 0 {
		o.Count = d.Count
	}
	if o.RRFK <= 0 {
		o.RRFK = d.RRFK
	}
	if o.Neighbours <= 0 {
		o.Neighbours = d.Neighbours
	}
	if o.AudienceVotes <= 0 {
		o.AudienceVotes = d.AudienceVotes
	}
	return o
}

// Fixed model parameters, fitted once (bobine eval) and not worth a knob.
const (
	// backfillSize is how many films first by the audience prior are kept in reserve.
	backfillSize = 50
	// pickWindow bounds how deep in the fused ranking the selection looks.
	pickWindow = 300
	// kindReserve is how many of each liked film's content neighbours are
	// kept after the pick window, for the multi-interest slot.
	kindReserve = 20
	// kindCosine is the content cosine above which two films are close
	// enough for the diversity penalty to count them as near copies.
	kindCosine = 0.3
	// maxKindSlots is how many of the last slots may go to liked films
	// whose kind has no film yet.
	maxKindSlots = 2
	// familyBoost multiplies the fused score of Family and Animation films
	// when the request asks for family films.
	familyBoost = 1.25
)
