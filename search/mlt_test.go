package search_test

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/indexer/indexertest"
	"github.com/bobine/bobine/search"
)

// sameAsBleve reports how got, from MoreLikeThis, differs from want, Bleve
// scoring the same query: the same films in the same order with the same
// scores. Two scores may differ in their last bits (Bleve adds a film's
// clause scores in the order its iterators reach them), so films whose
// scores are that close may come in either order.
func sameAsBleve(got, want []data.Scored) error {
	if len(got) != len(want) {
		return fmt.Errorf("%d films, Bleve %d", len(got), len(want))
	}
	near := func(a, b float64) bool { return math.Abs(a-b) <= 1e-12*math.Max(math.Abs(a), math.Abs(b)) }
	for i := range got {
		if !near(got[i].Score, want[i].Score) {
			return fmt.Errorf("film %d: %s scores %g, Bleve's %d-th %s %g", i, got[i].ID, got[i].Score, i, want[i].ID, want[i].Score)
		}
	}
	// The same ids within each run of (nearly) equal scores.
	for i := 0; i < len(got); {
		j := i + 1
		for j < len(got) && near(got[j].Score, got[i].Score) {
			j++
		}
		a, b := make([]string, 0, j-i), make([]string, 0, j-i)
		for k := i; k < j; k++ {
			a, b = append(a, got[k].ID), append(b, want[k].ID)
		}
		if j == len(got) {
			// A run cut at the limit may hold other films of the same
			// score: only the scores can be compared.
			break
		}
		slices.Sort(a)
		slices.Sort(b)
		if !slices.Equal(a, b) {
			return fmt.Errorf("films %d-%d scoring %g: %v, Bleve %v", i, j-1, got[i].Score, a, b)
		}
		i = j
	}
	return nil
}

func TestMoreLikeThisScoresAsBleve(t *testing.T) {
	x := memIndex(t)
	ctx := context.Background()
	for _, liked := range [][]string{
		{"tt0062622"}, {"tt0087182", "tt0062622"}, {"tt0111161", "tt0087182"}, {"tt1675434", "tt0211915"},
		{"tt0081505", "tt0062622", "tt1160419", "tt0211915"},
	} {
		got, err := x.MoreLikeThis(ctx, liked, 10)
		if err != nil {
			t.Fatal(err)
		}
		want, err := search.MoreLikeThisByBleve(x, ctx, liked, 10)
		if err != nil {
			t.Fatal(err)
		}
		if err := sameAsBleve(got, want); err != nil {
			t.Errorf("MoreLikeThis(%v): %v\n got %v\nwant %v", liked, err, got, want)
		}
	}
}

// TestDevMoreLikeThisScoresAsBleve compares the in-memory scoring with
// Bleve's on the development index, for 1, 3 and 10 liked films drawn
// from the 2,000 most voted, 100 films each as the recommender asks.
func TestDevMoreLikeThisScoresAsBleve(t *testing.T) {
	if testing.Short() {
		t.Skip("dev index")
	}
	x := devIndex(t)
	cat := indexertest.Dev(t).Catalogue
	var popular []string
	films := slices.Clone(cat.Films())
	slices.SortStableFunc(films, func(a, b data.Film) int { return b.Votes - a.Votes })
	for _, f := range films[:min(2000, len(films))] {
		popular = append(popular, f.ID)
	}
	rng := rand.New(rand.NewPCG(11, 12))
	ctx := context.Background()
	for _, k := range []int{1, 3, 10} {
		for range 40 {
			var liked []string
			for range k {
				liked = append(liked, popular[rng.IntN(len(popular))])
			}
			got, err := x.MoreLikeThis(ctx, liked, 100)
			if err != nil {
				t.Fatal(err)
			}
			want, err := search.MoreLikeThisByBleve(x, ctx, liked, 100)
			if err != nil {
				t.Fatal(err)
			}
			if err := sameAsBleve(got, want); err != nil {
				t.Errorf("MoreLikeThis(%v): %v", liked, err)
			}
		}
	}
}
