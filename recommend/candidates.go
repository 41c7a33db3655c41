package recommend

import (
	"context"
	"encoding/binary"
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
	filter   *filter
	eligible func(fi int32) bool // filter.ok: whether the request may get film fi
	people   map[int32][]string  // film -> requested people credited on it
	content  [][]int32           // per liked film, nearest first
	collab   [][]int32
	mlt      []int32
	profile  []int32   // collaborative ranking of all liked films together
	taste    []float32 // sum of the liked films' collaborative vectors, nil if none has one
	backfill []int32   // eligible films first by the audience prior, when the rankings run short
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
		p.mlt = p.filter.byAudience(3 * k)
		return p, nil
	}
	// Narrow constraints can leave few neighbours: the films that satisfy
	// them, first by the audience prior, fill the list then.
	p.backfill = p.filter.byAudience(backfillSize)
	// The more-like-this query runs on the search index while the vector
	// rankings are computed.
	var mltRes []data.Scored
	var mltPos []int32
	var mltErr error
	var mltDone chan struct{}
	if r.cand != nil && (all || o.WeightMLT > 0 || o.WeightThinMLT > 0) {
		ids := make([]string, len(p.liked))
		for i, fi := range p.liked {
			ids[i] = r.films[fi].ID
		}
		mltDone = make(chan struct{})
		go func() {
			defer close(mltDone)
			if pc, ok := r.cand.(positionCandidates); ok {
				mltPos, mltErr = pc.MoreLikeThisIn(ctx, r.cat, ids, k)
				return
			}
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
			if fi := r.cat.FilmIndex(s.ID); fi >= 0 {
				mltPos = append(mltPos, int32(fi))
			}
		}
		for _, fi := range mltPos {
			if p.eligible(fi) {
				p.mlt = append(p.mlt, fi)
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
			if !r.hasContent(fi) {
				return
			}
			if list, ok := r.contentNear.ranking(fi, k, p.eligible); ok {
				p.content[t] = list
			} else {
				s := scores[:len(r.contentFilm)]
				gemv(r.content, len(r.contentFilm), r.cdims, r.contentVec(fi), s)
				p.content[t] = topK(s, k, r.contentFilm, p.eligible)
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

// nearLists are a space's neighbour lists (Space.Near), read by catalogue
// index: film i's list is the list of its row, rowOf[i], whose rows are
// mapped back to films by rowFilm. The rows stay as the vector file holds
// them, little-endian int32 in near, in a mapping of the file when the
// space was loaded (readSpace): at 70,000 films they are 70 MB that a
// request reads a few hundred bytes of. Empty when the space has none.
type nearLists struct {
	n       int
	rowOf   []int32 // catalogue index -> row, -1 for none
	rowFilm []int32 // row -> catalogue index, -1 for none
	off     []int32 // row i's list is near[4*off[i]:4*off[i+1]]
	near    []byte
}

func newNearLists(cat *data.Catalogue, s *Space) nearLists {
	if s.Near == nil && s.nearLE == nil {
		return nearLists{}
	}
	l := nearLists{n: s.NearN, off: s.NearOff, near: s.nearLE, rowFilm: make([]int32, len(s.IDs)), rowOf: make([]int32, len(cat.Films()))}
	if l.near == nil {
		l.near = make([]byte, 0, 4*len(s.Near))
		for _, row := range s.Near {
			l.near = binary.LittleEndian.AppendUint32(l.near, uint32(row))
		}
	}
	for i := range l.rowOf {
		l.rowOf[i] = -1
	}
	for row, id := range s.IDs {
		fi := int32(cat.FilmIndex(id))
		l.rowFilm[row] = fi
		if fi >= 0 {
			l.rowOf[fi] = int32(row)
		}
	}
	return l
}

// ranking returns the first k eligible films of film fi's neighbour list,
// and false when they may not be its k nearest eligible films: the list
// is missing, or it was cut at n entries and ran out before k eligible
// ones. Then the ranking has to be computed. Neighbours absent from the
// catalogue are passed over, and so are rows out of range (a damaged file
// the manifest's checksums did not catch).
func (l *nearLists) ranking(fi int32, k int, eligible func(int32) bool) ([]int32, bool) {
	if l.off == nil {
		return nil, false
	}
	row := l.rowOf[fi]
	if row < 0 {
		return []int32{}, l.n > 0
	}
	lo, hi := int(l.off[row]), int(l.off[row+1])
	out := make([]int32, 0, min(k, hi-lo))
	listed := 0
	for j := lo; j < hi; j++ {
		r := binary.LittleEndian.Uint32(l.near[4*j:])
		if r >= uint32(len(l.rowFilm)) {
			continue
		}
		f := l.rowFilm[r]
		if f < 0 {
			continue
		}
		listed++
		if eligible(f) {
			out = append(out, f)
			if len(out) == k {
				return out, true
			}
		}
	}
	return out, listed < l.n
}
