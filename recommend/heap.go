package recommend

import (
	"github.com/bobine/bobine/data"
)

// topK returns the k entries with the highest positive scores, best first,
// ties broken by film. film maps a score index to its film (nil: the index
// is the film); eligible, when not nil, says which films may be kept.
func topK(scores []float32, k int, film []int32, eligible func(int32) bool) []int32 {
	type e struct {
		s float32
		f int32
	}
	if k <= 0 {
		return nil
	}
	top := data.NewTopK(k, func(a, b e) bool { return a.s < b.s || (a.s == b.s && a.f > b.f) })
	for i, s := range scores {
		// Most scores lose to the worst kept one: test that before
		// looking the film up.
		if s <= 0 || (top.Full() && s < top.Worst().s) {
			continue
		}
		f := int32(i)
		if film != nil {
			f = film[i]
		}
		if eligible != nil && !eligible(f) {
			continue
		}
		top.Push(e{s, f})
	}
	h := top.Sorted()
	out := make([]int32, len(h))
	for i, x := range h {
		out[i] = x.f
	}
	return out
}
