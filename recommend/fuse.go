package recommend

import (
	"math"
	"strings"

	"github.com/bobine/bobine/data"
	"slices"
	"sort"
)

// cand is one fused candidate.
type cand struct {
	film    int32
	score   float64
	owner   int // index in pool.liked of the closest liked film, -1 if none
	per     []float64
	content []int32 // rank+1 in each liked film's content ranking, 0 if absent
	collab  []int32
}

// fuse scores every film of the pool's rankings by weighted reciprocal rank
// fusion, best first (ties by catalogue index, that is by id).
func (r *Recommender) fuse(p *pool, o Options, b *fuseBuf) []*cand {
	k := o.RRFK
	n := len(p.liked)
	size := len(p.mlt) + len(p.profile) + len(p.backfill)
	for li := range p.liked {
		size += len(p.content[li]) + len(p.collab[li])
	}
	if b == nil {
		b = &fuseBuf{}
	}
	b.reset(size, n)
	byFilm, cs, store, perBuf, rankBuf := b.byFilm, b.cs, b.store, b.per, b.ranks
	get := func(fi int32) *cand {
		c := byFilm[fi]
		if c == nil {
			store = append(store, cand{film: fi, owner: -1})
			c = &store[len(store)-1]
			c.per = perBuf[len(perBuf) : len(perBuf)+n : len(perBuf)+n]
			perBuf = perBuf[:len(perBuf)+n]
			c.content = rankBuf[len(rankBuf) : len(rankBuf)+n : len(rankBuf)+n]
			c.collab = rankBuf[len(rankBuf)+n : len(rankBuf)+2*n : len(rankBuf)+2*n]
			rankBuf = rankBuf[:len(rankBuf)+2*n]
			byFilm[fi] = c
			cs = append(cs, c)
		}
		return c
	}
	if len(p.liked) == 0 {
		for rank, fi := range p.mlt {
			get(fi).score = 1 / (k + float64(rank+1))
		}
	} else {
		for li, l := range p.liked {
			wCollab, wContent := r.signalWeights(l, o)
			for rank, fi := range p.content[li] {
				c := get(fi)
				c.per[li] += wContent / (k + float64(rank+1))
				c.content[li] = int32(rank + 1)
			}
			if wCollab > 0 {
				for rank, fi := range p.collab[li] {
					c := get(fi)
					c.per[li] += wCollab / (k + float64(rank+1))
					c.collab[li] = int32(rank + 1)
				}
			}
		}
		if o.WeightSameLanguage > 0 {
			for li, l := range p.liked {
				lang := r.language(l)
				if lang == "" || lang == "en" {
					continue
				}
				for _, c := range cs {
					if r.language(c.film) == lang {
						c.per[li] *= 1 + o.WeightSameLanguage
					}
				}
			}
		}
		for _, c := range cs {
			var best, sum float64
			for li, s := range c.per {
				sum += s
				if s > best {
					best, c.owner = s, li
				}
			}
			c.score = best + o.WeightShared*(sum-best)
		}
		if o.WeightTaste > 0 && len(p.profile) > 0 {
			if top := r.taste(p, p.profile[0]); top > 0 {
				for _, c := range cs {
					c.score += o.WeightTaste * max(r.taste(p, c.film), 0) / top
				}
			}
		}
		if w := r.mltWeight(p, o); w > 0 {
			for rank, fi := range p.mlt {
				get(fi).score += w / (k + float64(rank+1))
			}
		}
		if o.WeightQuality > 0 {
			q := append(b.q[:0], cs...)
			b.q = q
			slices.SortFunc(q, func(a, b *cand) int { return int(r.audienceAt[a.film] - r.audienceAt[b.film]) })
			for rank, c := range q {
				c.score += o.WeightQuality / (k + float64(rank+1))
			}
		}
	}
	if len(p.liked) > 0 {
		tone := r.tones(p, o)
		for _, c := range cs {
			c.score *= (1 + float64(r.profile[c.film])) * r.coherence(c.film, tone, o)
		}
	}
	if p.req.Constraints.Family {
		kids := r.genres.set([]string{"Family", "Animation"})
		for _, c := range cs {
			if r.genres.meets(int(c.film), kids) {
				c.score *= familyBoost
			}
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		return cs[i].score > cs[j].score || (cs[i].score == cs[j].score && cs[i].film < cs[j].film)
	})
	for _, fi := range p.backfill {
		if byFilm[fi] == nil {
			get(fi) // appended after the fused films, in quality order
		}
	}
	if len(cs) > pickWindow {
		// Each liked film's nearest films in content stay reachable for
		// the multi-interest selection, after the window.
		in := b.in
		for _, c := range cs[:pickWindow] {
			in[c.film] = true
		}
		keep := cs[:pickWindow:pickWindow]
		for _, c := range cs[pickWindow:] {
			for _, rank := range c.content {
				if rank > 0 && rank <= kindReserve && !in[c.film] {
					keep = append(keep, c)
					in[c.film] = true
				}
			}
		}
		cs = keep
	}
	r.assignOwners(p, cs)
	return cs
}

// fuseBuf is fuse's working memory, kept between requests in a pool: a
// request from ten liked films fuses a few thousand candidates.
type fuseBuf struct {
	byFilm map[int32]*cand
	in     map[int32]bool
	store  []cand // the candidates; cap is never exceeded, so pointers into it stay valid
	per    []float64
	ranks  []int32
	cs, q  []*cand
}

// reset empties b for size candidates of n liked films.
func (b *fuseBuf) reset(size, n int) {
	if b.byFilm == nil {
		b.byFilm, b.in = make(map[int32]*cand, size), map[int32]bool{}
	}
	clear(b.byFilm)
	clear(b.in)
	if cap(b.store) < size {
		b.store = make([]cand, 0, size)
		b.cs = make([]*cand, 0, size)
	}
	if cap(b.per) < size*n {
		b.per = make([]float64, size*n)
		b.ranks = make([]int32, 2*size*n)
	}
	// Slots are handed out zeroed.
	clear(b.per[:size*n])
	clear(b.ranks[:2*size*n])
	b.store, b.cs, b.per, b.ranks = b.store[:0], b.cs[:0], b.per[:0], b.ranks[:0]
}

// assignOwners ties each candidate to the liked film it is closest to in
// content: its kind (a western, a comedy...), which the interleave shares
// out. A candidate without content vector keeps the liked film whose
// rankings gave it the highest score.
func (r *Recommender) assignOwners(p *pool, cs []*cand) {
	if len(p.liked) < 2 {
		return
	}
	for _, c := range cs {
		if !r.hasContent(c.film) {
			continue
		}
		best := 0.0
		for li, l := range p.liked {
			if x := r.cosine(l, c.film); x > best {
				best, c.owner = x, li
			}
		}
	}
}

// signalWeights returns the weights of liked film l's collaborative and
// content rankings: the collaborative one as far as MovieLens knows the
// film (its positive ratings, discounted for a film not in English), the
// content one taking over what the collaborative one lost.
func (r *Recommender) signalWeights(l int32, o Options) (collab, content float64) {
	trust := r.collabTrust(l, o)
	return o.WeightCollab * trust, o.WeightContent + o.WeightThinContent*(1-trust)
}

// collabTrust is how far MovieLens knows liked film l, 0-1: its positive
// ratings n over n+CollabEvidence (times ForeignEvidence for a film not in
// English); 1 without CollabEvidence.
func (r *Recommender) collabTrust(l int32, o Options) float64 {
	if o.CollabEvidence <= 0 {
		return 1
	}
	e := o.CollabEvidence
	if lang := r.language(l); lang != "" && lang != "en" && o.ForeignEvidence > 0 {
		e *= o.ForeignEvidence
	}
	n := float64(r.support[l])
	return n / (n + e)
}

// mltWeight is the weight of the more-like-this ranking of the liked films
// together: WeightMLT, plus WeightThinMLT in proportion to the
// collaborative trust the liked films not in English lack on average. The
// text of such a film (its director, cast and synopsis, in its language
// too) says more about its neighbours than MovieLens raters, who are not
// its audience; a thin English film is left to its content ranking.
func (r *Recommender) mltWeight(p *pool, o Options) float64 {
	if len(p.liked) == 0 || o.WeightThinMLT <= 0 {
		return o.WeightMLT
	}
	var lack float64
	for _, l := range p.liked {
		if lang := r.language(l); lang != "" && lang != "en" {
			lack += 1 - r.collabTrust(l, o)
		}
	}
	return o.WeightMLT + o.WeightThinMLT*lack/float64(len(p.liked))
}

// profileBoost is the largest share by which the cinema profile raises a
// film's fused score (each Favour* at 1): enough to order films about as
// relevant, not to bring an unrelated film in.
const profileBoost = 0.3

// europe lists the European countries (ISO 3166-1 alpha-2) of
// Options.FavourEuropean.
var europe = strings.Fields(`AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LI LT LU LV
MC MD ME MK MT NL NO PL PT RO RS SE SI SK SM UA VA XK`)

// European reports whether film f is a European production: one of its
// production countries is in Europe (France included).
func European(f *data.Film) bool {
	return slices.ContainsFunc(f.Countries, func(c string) bool { return slices.Contains(europe, c) })
}

// profileOf is film f's boost under the cinema profile of o; art says
// whether f is on the art-et-essai list.
func profileOf(f *data.Film, art bool, o Options) float32 {
	var b float64
	if f.French() {
		b += o.FavourFrench
	}
	if European(f) {
		b += o.FavourEuropean
	}
	if art {
		b += o.FavourArtEtEssai
	}
	return float32(profileBoost * b)
}

// tone is what a liked film tells of the films it calls for (see
// Options.ToneMismatch).
type tone struct {
	comedy, animation bool
	// format: animation against live action counts; not when the
	// customer asked for films for the family, which are often animated
	// (Toy Story after Les Visiteurs, for the children).
	format bool
	// directors of the liked film: their other films keep their score
	// whatever their tone (Un long dimanche de fiançailles after Amélie).
	directors []int32 // filmColumns codes
	// agree is the share of the liked film's nearest films in content of
	// its own comedy-or-not: how surely it calls for that.
	agree float64
}

// tones returns the tone of each liked film of p.
func (r *Recommender) tones(p *pool, o Options) []tone {
	if o.ToneMismatch <= 0 {
		return nil
	}
	out := make([]tone, len(p.liked))
	for li, l := range p.liked {
		gs := r.genresOf(l)
		t := tone{comedy: slices.Contains(gs, "Comedy"), animation: slices.Contains(gs, "Animation"), directors: r.cols.directorsOf(l), agree: 1,
			format: !p.req.Constraints.Family}
		if near := p.content[li][:min(len(p.content[li]), kindNeighbours)]; len(near) > 0 {
			n := 0
			for _, fi := range near {
				if r.genres.meets(int(fi), r.comedy) == t.comedy {
					n++
				}
			}
			t.agree = float64(n) / float64(len(near))
		}
		out[li] = t
	}
	return out
}

// coherence is the factor of film fi's fused score for its tone against
// the liked films' (the best fit of them) and for how known it is:
// 1 when it is of the tone of one liked film, or by one's director, and
// known.
//
// It runs on every candidate, so it reads columns, not the film's record.
func (r *Recommender) coherence(fi int32, tones []tone, o Options) float64 {
	k := 1.0
	if len(tones) > 0 {
		comedy, animation := r.genres.meets(int(fi), r.comedy), r.genres.meets(int(fi), r.animation)
		directors := r.cols.directorsOf(fi)
		least := 1.0
		for _, t := range tones {
			var miss float64
			if slices.ContainsFunc(directors, func(d int32) bool { return slices.Contains(t.directors, d) }) {
				least = 0
				break
			}
			if comedy != t.comedy {
				miss += t.agree
			}
			if t.format && animation != t.animation {
				miss++
			}
			least = min(least, miss)
		}
		k = 1 - o.ToneMismatch*least
	}
	if votes := float64(r.cols.votes[fi]); o.KnownVotes > 0 && votes < o.KnownVotes {
		k *= 1 - o.KnownWeight*(1-math.Log1p(votes)/math.Log1p(o.KnownVotes))
	}
	return max(k, 0)
}
