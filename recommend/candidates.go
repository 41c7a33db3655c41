package recommend

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/bobine/bobine/data"
)

// pool is everything gathered for one request before fusion: the rankings
// depend on the request only, so the evaluation fuses one pool with many
// weightings.
type pool struct {
	req      Request
	liked    []int32
	eligible []bool
	people   map[int32][]string // film -> requested people credited on it
	content  [][]int32          // per liked film, nearest first
	collab   [][]int32
	mlt      []int32
	profile  []int32   // collaborative ranking of all liked films together
	taste    []float32 // sum of the liked films' collaborative vectors, nil if none has one
	backfill []int32   // best-rated eligible films, when the rankings run short
}

// gather builds the rankings of req. all computes every ranking even when
// its weight is zero (for the evaluation).
func (r *Recommender) gather(ctx context.Context, req Request, o Options, all bool) (*pool, error) {
	p := &pool{req: req}
	banned := map[int32]bool{}
	for _, id := range req.Liked {
		fi := r.cat.FilmIndex(id)
		if fi < 0 {
			return nil, fmt.Errorf("recommend: liked film %q: %w", id, data.ErrNotFound)
		}
		if !banned[int32(fi)] {
			p.liked = append(p.liked, int32(fi))
		}
		banned[int32(fi)] = true
	}
	for _, id := range req.Exclude {
		if fi := r.cat.FilmIndex(id); fi >= 0 {
			banned[int32(fi)] = true
		}
	}
	r.eligibility(p, banned)
	k := o.Neighbours
	if len(p.liked) == 0 {
		for _, fi := range r.byQuality {
			if p.eligible[fi] {
				p.mlt = append(p.mlt, fi)
				if len(p.mlt) == 3*k {
					break
				}
			}
		}
		return p, nil
	}
	// Narrow constraints can leave few neighbours: the best-rated films
	// that satisfy them fill the list then.
	for _, fi := range r.byQuality {
		if p.eligible[fi] {
			p.backfill = append(p.backfill, fi)
			if len(p.backfill) == backfillSize {
				break
			}
		}
	}
	// The more-like-this query runs on the search index while the vector
	// rankings are computed.
	var mltRes []data.Scored
	var mltErr error
	var mltDone chan struct{}
	if r.cand != nil && (all || o.WeightMLT > 0) {
		ids := make([]string, len(p.liked))
		for i, fi := range p.liked {
			ids[i] = r.films[fi].ID
		}
		mltDone = make(chan struct{})
		go func() {
			defer close(mltDone)
			mltRes, mltErr = r.cand.MoreLikeThis(ctx, ids, k)
		}()
	}
	r.vectorRankings(p, o, all, mltDone != nil)
	if mltDone != nil {
		<-mltDone
		if mltErr != nil {
			return nil, fmt.Errorf("recommend: more like this: %w", mltErr)
		}
		for _, s := range mltRes {
			if fi := r.cat.FilmIndex(s.ID); fi >= 0 && p.eligible[fi] {
				p.mlt = append(p.mlt, int32(fi))
			}
		}
	}
	return p, nil
}

// vectorRankings fills the content and collaborative rankings of each
// liked film and the taste-profile ranking. The rankings are independent
// tasks spread over GOMAXPROCS goroutines; each task writes only its own
// slot, so the result does not depend on the scheduling.
func (r *Recommender) vectorRankings(p *pool, o Options, all, mltRunning bool) {
	k := o.Neighbours
	n := len(p.liked)
	p.content = make([][]int32, n)
	p.collab = make([][]int32, n)
	doCollab := all || o.WeightCollab > 0
	var profile []float32
	if all || o.WeightTaste > 0 {
		// A taste profile: the sum of the liked films' collaborative
		// vectors, scored like a user factor in a matrix factorisation.
		q := make([]float32, r.fdims)
		m := 0
		for _, fi := range p.liked {
			if cr := r.collabRow[fi]; cr >= 0 {
				for c, v := range r.collab[int(cr)*r.fdims : int(cr+1)*r.fdims] {
					q[c] += v
				}
				m++
			}
		}
		if m > 0 {
			profile = q
			p.taste = q
		}
	}
	// Tasks 0..n-1: content ranking of liked film i; n..2n-1: its
	// collaborative ranking; 2n: the profile.
	task := func(t int, scores []float32) {
		switch {
		case t < n:
			fi := p.liked[t]
			// Content neighbours are always needed: they define each
			// liked film's kind for the multi-interest selection.
			if !r.hasContent[fi] {
				return
			}
			if list, ok := r.contentNear.ranking(fi, k, p.eligible); ok {
				p.content[t] = list
			} else {
				gemv(r.content, len(r.films), r.cdims, r.content[int(fi)*r.cdims:int(fi+1)*r.cdims], scores)
				p.content[t] = topK(scores, k, nil, p.eligible)
			}
		case t < 2*n:
			fi := p.liked[t-n]
			cr := r.collabRow[fi]
			if !doCollab || cr < 0 {
				return
			}
			if list, ok := r.collabNear.ranking(fi, k, p.eligible); ok {
				p.collab[t-n] = list
			} else {
				s := scores[:len(r.collabFilm)]
				gemv(r.collab, len(r.collabFilm), r.fdims, r.collab[int(cr)*r.fdims:int(cr+1)*r.fdims], s)
				p.collab[t-n] = topK(s, k, r.collabFilm, p.eligible)
			}
		default:
			if profile != nil {
				s := scores[:len(r.collabFilm)]
				gemv(r.collab, len(r.collabFilm), r.fdims, profile, s)
				p.profile = topK(s, k, r.collabFilm, p.eligible)
			}
		}
	}
	tasks := 2*n + 1
	// The more-like-this query, when it runs meanwhile, keeps a processor
	// busy: one worker fewer, so that it is not slowed down.
	procs := runtime.GOMAXPROCS(0)
	if mltRunning {
		procs = max(1, procs-1)
	}
	spread(tasks, procs, r.scoreBuf, r.scores.Put, task)
}

// spread runs task(0) to task(tasks-1) on up to workers goroutines (on the
// calling one when there is only one), each with its own score buffer
// from get, handed back to put at the end, and returns when all have run.
// Tasks are taken in order, so each must write only its own results for
// the outcome not to depend on the scheduling.
func spread(tasks, workers int, get func() []float32, put func(any), task func(t int, scores []float32)) {
	workers = min(workers, tasks)
	if workers <= 1 {
		scores := get()
		defer put(scores)
		for t := 0; t < tasks; t++ {
			task(t, scores)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			scores := get()
			defer put(scores)
			for {
				t := int(next.Add(1) - 1)
				if t >= tasks {
					return
				}
				task(t, scores)
			}
		}()
	}
	wg.Wait()
}

// nearLists are a space's neighbour lists (Space.Near) in catalogue
// indexes: film i's are idx[off[i]:off[i+1]]. Empty when the space has
// none.
type nearLists struct {
	n   int
	off []int32
	idx []int32
}

func newNearLists(cat *data.Catalogue, s *Space) nearLists {
	if s.Near == nil {
		return nearLists{}
	}
	rowFilm := make([]int32, len(s.IDs))
	for i, id := range s.IDs {
		rowFilm[i] = int32(cat.FilmIndex(id))
	}
	films := len(cat.Films())
	l := nearLists{n: s.NearN, off: make([]int32, films+1)}
	start := make([]int32, films) // film -> its row's list in s.Near, -1 if none
	end := make([]int32, films)
	for i := range start {
		start[i] = -1
	}
	for row, fi := range rowFilm {
		if fi >= 0 {
			start[fi], end[fi] = s.NearOff[row], s.NearOff[row+1]
		}
	}
	for fi := range films {
		if start[fi] >= 0 {
			for _, row := range s.Near[start[fi]:end[fi]] {
				if f := rowFilm[row]; f >= 0 {
					l.idx = append(l.idx, f)
				}
			}
		}
		l.off[fi+1] = int32(len(l.idx))
	}
	return l
}

// ranking returns the first k eligible films of film fi's neighbour list,
// and false when they may not be its k nearest eligible films: the list
// is missing, or it was cut at n entries and ran out before k eligible
// ones. Then the ranking has to be computed.
func (l *nearLists) ranking(fi int32, k int, eligible []bool) ([]int32, bool) {
	if l.off == nil {
		return nil, false
	}
	list := l.idx[l.off[fi]:l.off[fi+1]]
	out := make([]int32, 0, min(k, len(list)))
	for _, f := range list {
		if eligible[f] {
			out = append(out, f)
			if len(out) == k {
				return out, true
			}
		}
	}
	return out, len(list) < l.n
}
