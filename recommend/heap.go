package recommend

import (
	"sort"
)

// topK returns the k entries with the highest positive scores, best first,
// ties broken by film. film maps a score index to its film (nil: the index
// is the film); eligible, when not nil, says which films may be kept.
func topK(scores []float32, k int, film []int32, eligible []bool) []int32 {
	type e struct {
		s float32
		f int32
	}
	if k <= 0 {
		return nil
	}
	worse := func(a, b e) bool { return a.s < b.s || (a.s == b.s && a.f > b.f) }
	h := make([]e, 0, k)
	// h is a min-heap on (score, -film): h[0] is the worst kept entry.
	down := func(i int) {
		for {
			l := 2*i + 1
			if l >= len(h) {
				return
			}
			m := l
			if r := l + 1; r < len(h) && worse(h[r], h[l]) {
				m = r
			}
			if !worse(h[m], h[i]) {
				return
			}
			h[i], h[m] = h[m], h[i]
			i = m
		}
	}
	for i, s := range scores {
		// Most scores lose to the worst kept one: test that before
		// looking the film up.
		if s <= 0 || (len(h) == k && s < h[0].s) {
			continue
		}
		f := int32(i)
		if film != nil {
			f = film[i]
		}
		if eligible != nil && !eligible[f] {
			continue
		}
		x := e{s, f}
		if len(h) < k {
			h = append(h, x)
			for j := len(h) - 1; j > 0; {
				p := (j - 1) / 2
				if !worse(h[j], h[p]) {
					break
				}
				h[j], h[p] = h[p], h[j]
				j = p
			}
			continue
		}
		if worse(h[0], x) {
			h[0] = x
			down(0)
		}
	}
	sort.Slice(h, func(i, j int) bool { return worse(h[j], h[i]) })
	out := make([]int32, len(h))
	for i, x := range h {
		out[i] = x.f
	}
	return out
}
