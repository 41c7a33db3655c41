package recommend

import (
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
		for li := range p.liked {
			for rank, fi := range p.content[li] {
				c := get(fi)
				c.per[li] += o.WeightContent / (k + float64(rank+1))
				c.content[li] = int32(rank + 1)
			}
			if o.WeightCollab > 0 {
				for rank, fi := range p.collab[li] {
					c := get(fi)
					c.per[li] += o.WeightCollab / (k + float64(rank+1))
					c.collab[li] = int32(rank + 1)
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
		if o.WeightMLT > 0 {
			for rank, fi := range p.mlt {
				get(fi).score += o.WeightMLT / (k + float64(rank+1))
			}
		}
		if o.WeightQuality > 0 {
			q := append(b.q[:0], cs...)
			b.q = q
			slices.SortFunc(q, func(a, b *cand) int { return int(r.qualityAt[a.film] - r.qualityAt[b.film]) })
			for rank, c := range q {
				c.score += o.WeightQuality / (k + float64(rank+1))
			}
		}
	}
	if p.req.Constraints.Family {
		for _, c := range cs {
			if hasGenre(&r.films[c.film], []string{"Family", "Animation"}) {
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
		if !r.hasContent[c.film] {
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
