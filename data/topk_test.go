package data_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/bobine/bobine/data"
)

// TopK keeps the k best whatever the order of the pushes, ties broken by
// the order given.
func TestTopK(t *testing.T) {
	type v struct{ s, id int }
	worse := func(a, b v) bool { return a.s < b.s || (a.s == b.s && a.id > b.id) }
	r := rand.New(rand.NewPCG(1, 2))
	for _, k := range []int{0, 1, 3, 10, 50} {
		var all []v
		for i := range 40 {
			all = append(all, v{r.IntN(8), i})
		}
		want := slices.Clone(all)
		slices.SortFunc(want, func(a, b v) int {
			if worse(b, a) {
				return -1
			}
			return 1
		})
		want = want[:min(k, len(want))]
		for range 5 {
			r.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
			top := data.NewTopK(k, worse)
			for _, x := range all {
				top.Push(x)
			}
			if got := top.Sorted(); !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
				t.Fatalf("k=%d: got %v, want %v", k, got, want)
			}
		}
	}
}
