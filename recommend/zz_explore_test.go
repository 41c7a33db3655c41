package recommend_test

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/bobine/bobine/indexer"
	"github.com/bobine/bobine/recommend"
	"github.com/bobine/bobine/search"
)

func TestExplore(t *testing.T) {
	if os.Getenv("EXPLORE") == "" {
		t.Skip()
	}
	in, err := indexer.Open("/tmp/recidx/index")
	if err != nil {
		t.Fatal(err)
	}
	idx, err := search.Open("/tmp/recidx/index/search", in.Catalogue)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	cs, err := recommend.ContentSpace(ctx, in.Catalogue, recommend.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	base := recommend.Options{WeightMLT: 0.5, WeightContent: 0.5, WeightCollab: 1, WeightProfile: 2, WeightQuality: 0.25, WeightShared: 0.5, Diversity: 0.05, Interleave: 0.05}
	evs := map[uint64]*recommend.Evaluator{}
	for _, seed := range []uint64{1, 3} {
		e, err := recommend.NewEvaluator(ctx, in.Catalogue, in.Ratings, cs, idx, recommend.EvalOptions{Seed: seed, Draws: 3})
		if err != nil {
			t.Fatal(err)
		}
		evs[seed] = e
		b := e.Baselines()
		fmt.Printf("seed %d: pop %.3f/%.3f collab %.3f/%.3f\n", seed, b[0].HR, b[0].NDCG, b[3].HR, b[3].NDCG)
	}
	variants := map[string]recommend.Options{}
	for _, d := range []float64{0.05, 0.1, 0.2} {
		for _, il := range []float64{0.05, 0.1, 0.2} {
			o := base
			o.Diversity, o.Interleave = d, il
			variants[fmt.Sprintf("d%.2f-i%.2f", d, il)] = o
		}
	}
	variants["base"] = base
	o := base
	o.Diversity, o.Interleave = 0, 0
	variants["nodiv"] = o
	o = base
	o.WeightProfile = 4
	variants["prof4"] = o
	o = recommend.Options{WeightProfile: 1}
	variants["profonly"] = o
	o = recommend.Options{WeightProfile: 1, Diversity: 0.1}
	variants["profonly-div"] = o
	for name, o := range variants {
		for _, seed := range []uint64{1, 3} {
			m := evs[seed].Hybrid(name, o)
			fmt.Printf("%-14s seed %d: %.3f/%.3f\n", name, seed, m.HR, m.NDCG)
		}
	}
	for _, seed := range []uint64{1, 3} {
		best, m := evs[seed].Tune(base)
		other := uint64(4 - seed)
		m2 := evs[other].Hybrid("x", best)
		fmt.Printf("tuned on %d: %.3f/%.3f -> on %d: %.3f/%.3f %+v\n", seed, m.HR, m.NDCG, other, m2.HR, m2.NDCG, best)
	}
}
