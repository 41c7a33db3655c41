package recommend

import (
	"context"
	"slices"
	"sort"
	"sync"

	"github.com/bobine/bobine/data"
)

// Recommender recommends films of one catalogue. It is read-only and safe
// for concurrent use.
type Recommender struct {
	cat   *data.Catalogue
	films []data.Film
	cand  Candidates
	o     Options

	// The content vectors, one row per film that has one (a tenth of the
	// films at the full IMDb size): indexed by catalogue position they
	// were 350 MB of zeros, and a ranking computed by scanning them read
	// every film.
	cdims       int
	content     []float32 // one row per film with a content vector
	contentFilm []int32   // content row -> catalogue index
	contentRow  []int32   // catalogue index -> content row, or -1

	fdims      int
	collab     []float32 // one row per film with a collaborative vector
	collabFilm []int32   // collab row -> catalogue index
	collabRow  []int32   // catalogue index -> collab row, or -1
	support    []int32   // catalogue index -> positive ratings behind its collaborative vector

	contentNear, collabNear nearLists

	profile []float32 // per film, the cinema profile's boost of its fused score (0: none)
	isFilm  []bool
	genres  genreSets
	// comedy and animation are those genres' sets, for the tone of films
	// (coherence).
	comedy, animation []uint64
	cols              filmColumns // years and runtimes, for the constraints
	// byAudience: catalogue indexes, best audience prior first (ties by
	// index); see Options.AudienceVotes.
	byAudience []int32
	audienceAt []int32 // catalogue index -> its place in byAudience
	meanVotes  float64

	scores   sync.Pool // []float32 score buffers, one per film, reused between requests
	fuseBufs sync.Pool // *fuseBuf
}

// hasContent reports whether catalogue film fi has a content vector.
func (r *Recommender) hasContent(fi int32) bool { return r.contentRow[fi] >= 0 }

// contentVec returns the content vector of catalogue film fi, which must
// have one.
func (r *Recommender) contentVec(fi int32) []float32 {
	cr := int(r.contentRow[fi])
	return r.content[cr*r.cdims : (cr+1)*r.cdims]
}

// scoreBuf returns a score buffer of one float per film from the pool.
func (r *Recommender) scoreBuf() []float32 {
	if b, ok := r.scores.Get().([]float32); ok {
		return b
	}
	return make([]float32, max(len(r.contentFilm), len(r.collabFilm)))
}

// Load reads the vectors Build wrote into dir and returns a Recommender over
// cat. c may be nil: then only the vector rankings are used. The neighbour
// lists stay in a read-only mapping of the vector files (see readSpace).
// A cancelled ctx stops it between two passes over the films (each a
// fraction of a second at the full IMDb size) with ctx's error.
func Load(ctx context.Context, dir string, cat *data.Catalogue, c Candidates, o Options) (*Recommender, error) {
	v, err := readVectors(dir, true)
	if err != nil {
		return nil, err
	}
	return newRecommender(ctx, cat, v, c, o)
}

// New returns a Recommender over cat using vectors v (from Compute or
// ReadVectors). Vectors of films absent from cat are ignored.
func New(cat *data.Catalogue, v *Vectors, c Candidates, o Options) *Recommender {
	r, _ := newRecommender(context.Background(), cat, v, c, o) // a background context is never cancelled
	return r
}

// cancelEvery is how many films newRecommender reads between two looks at
// its context.
const cancelEvery = 1 << 12

func newRecommender(ctx context.Context, cat *data.Catalogue, v *Vectors, c Candidates, o Options) (*Recommender, error) {
	var err error
	films := cat.Films()
	r := &Recommender{cat: cat, films: films, cand: c, o: o.withDefaults()}
	r.cdims = v.Content.Dims
	r.contentRow = make([]int32, len(films))
	for i := range r.contentRow {
		r.contentRow[i] = -1
	}
	for i, id := range v.Content.IDs {
		if i%cancelEvery == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		fi := cat.FilmIndex(id)
		if fi < 0 {
			continue
		}
		if cr := r.contentRow[fi]; cr >= 0 {
			copy(r.contentVec(int32(fi)), v.Content.Row(i)) // a repeated id: the last row wins
			continue
		}
		r.contentRow[fi] = int32(len(r.contentFilm))
		r.contentFilm = append(r.contentFilm, int32(fi))
		r.content = append(r.content, v.Content.Row(i)...)
	}
	r.content = slices.Clip(r.content)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r.contentNear = newNearLists(cat, &v.Content)
	r.collabNear = newNearLists(cat, &v.Collab)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r.fdims = v.Collab.Dims
	r.collabRow = make([]int32, len(films))
	r.support = make([]int32, len(films))
	for i := range r.collabRow {
		r.collabRow[i] = -1
	}
	for i, id := range v.Collab.IDs {
		if i%cancelEvery == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		fi := cat.FilmIndex(id)
		if fi < 0 {
			continue
		}
		r.collabRow[fi] = int32(len(r.collabFilm))
		r.collabFilm = append(r.collabFilm, int32(fi))
		r.collab = append(r.collab, v.Collab.Row(i)...)
		if v.Collab.Support != nil {
			r.support[fi] = v.Collab.Support[i]
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r.genres = newGenreSets(films)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if r.cols, err = newFilmColumns(ctx, cat); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r.comedy, r.animation = r.genres.set([]string{"Comedy"}), r.genres.set([]string{"Animation"})
	r.profile = make([]float32, len(films))
	art := map[string]bool{}
	for _, id := range v.ArtEtEssai {
		art[id] = true
	}
	for i := range films {
		if i%cancelEvery == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		r.profile[i] = profileOf(&films[i], art[films[i].ID], r.o)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r.isFilm = make([]bool, len(films))
	var sum, n, votes float64
	for i := range films {
		r.isFilm[i] = films[i].IsFilm()
		if films[i].Votes > 0 {
			sum += films[i].Rating
			votes += float64(films[i].Votes)
			n++
		}
	}
	mean := 6.0
	if n > 0 {
		mean = sum / n
		r.meanVotes = votes / n
	}
	r.byAudience = byAudience(films, mean, r.o)
	r.audienceAt = make([]int32, len(films))
	for at, fi := range r.byAudience {
		r.audienceAt[fi] = int32(at)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return r, nil
}

// byAudience returns the catalogue indexes of films, best audience prior
// first (Options.AudienceVotes), ties by index; mean is the mean rating.
func byAudience(films []data.Film, mean float64, o Options) []int32 {
	score := make([]float64, len(films))
	out := make([]int32, len(films))
	for i := range films {
		f := &films[i]
		v := float64(f.Votes)
		switch {
		case f.French():
			v *= 1 + o.FrenchAudience
		case European(f):
			v *= 1 + o.EuropeanAudience
		}
		if f.FrenchTitle == "" && !f.French() {
			v *= 1 - o.UnreleasedDiscount
		}
		score[i] = (v*f.Rating + o.AudienceVotes*mean) / (v + o.AudienceVotes)
		out[i] = int32(i)
	}
	sort.SliceStable(out, func(a, b int) bool { return score[out[a]] > score[out[b]] })
	return out
}

// Options returns the options the Recommender runs with, defaults filled in.
func (r *Recommender) Options() Options { return r.o }

// Recommend returns up to Count films for req, best first. It fails with an
// error wrapping data.ErrNotFound when a liked film is not in the
// catalogue. With no liked film it returns the films that satisfy the
// constraints, well known and well rated first by the audience prior
// (Options.AudienceVotes). The same request always gives the same films in
// the same order.
func (r *Recommender) Recommend(ctx context.Context, req Request) ([]Recommendation, error) {
	p, err := r.gather(ctx, req, r.o, false)
	if err != nil {
		return nil, err
	}
	count := req.Count
	if count <= 0 {
		count = r.o.Count
	}
	b, _ := r.fuseBufs.Get().(*fuseBuf)
	if b == nil {
		b = &fuseBuf{}
	}
	defer r.fuseBufs.Put(b)
	cs := r.fuse(p, r.o, b)
	picked := r.pick(p, cs, r.o, count)
	out := make([]Recommendation, len(picked))
	for i, c := range picked {
		out[i] = Recommendation{Film: &r.films[c.film], Score: c.score, Reasons: r.explain(p, c)}
	}
	return out, nil
}
