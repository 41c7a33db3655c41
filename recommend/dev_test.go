package recommend_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/bobine/bobine/recommend"
	"github.com/bobine/bobine/web/webtest/devstack"
)

// dev returns a recommender over the development dataset (the shared dev
// stack, built once) with more-like-this at weight mlt.
func dev(tb testing.TB, mlt float64) *recommend.Recommender {
	tb.Helper()
	o := recommend.DefaultOptions()
	o.WeightMLT = mlt
	return devstack.Dev(tb).Recommender(o)
}

const (
	devFellowship = "tt0120737"
	devTwoTowers  = "tt0167261"
	devReturn     = "tt0167260"
	devHeat       = "tt0113277"
	devGBU        = "tt0060196"
	devToyStory   = "tt0114709"
	devDinnerGame = "tt0119038"
	devHangover   = "tt1119646"
	devUnforgiven = "tt0105695"
	devAmelie     = "tt0211915"
	devOnceWest   = "tt0064116"
)

func TestDevRecommendations(t *testing.T) {
	if testing.Short() {
		t.Skip("dev dataset: skipped in -short mode")
	}
	ctx := context.Background()
	for _, mlt := range []float64{0, 0.5} {
		r := dev(t, mlt)
		t.Run(fmt.Sprintf("mlt=%g", mlt), func(t *testing.T) {
			recs, err := r.Recommend(ctx, recommend.Request{Liked: []string{devFellowship}})
			if err != nil {
				t.Fatal(err)
			}
			if len(recs) != 5 {
				t.Fatalf("got %d films, want 5", len(recs))
			}
			lotr := 0
			for _, rec := range recs {
				if rec.Film.ID == devFellowship {
					t.Errorf("returned the liked film")
				}
				if rec.Film.ID == devTwoTowers || rec.Film.ID == devReturn || rec.Film.CollectionID == 119 {
					lotr++
				}
				if !rec.Film.IsFilm() {
					t.Errorf("%s is a %s", rec.Film.Title, rec.Film.Type)
				}
				if len(rec.Reasons) == 0 || len(rec.Reasons) > 3 {
					t.Errorf("%s: %d reasons", rec.Film.Title, len(rec.Reasons))
				}
			}
			if lotr != 1 {
				t.Errorf("liking The Fellowship of the Ring gave %d Lord of the Rings films, want exactly one: %v", lotr, titles(recs))
			}

			// Liked films of two kinds (a crime film and a western, a
			// comedy and a western...): each kind comes back, as a film
			// sharing one of the liked film's genres other than drama,
			// action and adventure.
			for _, liked := range [][]string{
				{devHeat, devGBU},
				{devDinnerGame, devGBU},
				{devHangover, devUnforgiven},
				{devAmelie, devOnceWest},
				{devToyStory, devHeat},
			} {
				recs, err := r.Recommend(ctx, recommend.Request{Liked: liked})
				if err != nil {
					t.Fatal(err)
				}
				for _, id := range liked {
					l, err := devstack.Dev(t).Catalogue.Film(id)
					if err != nil {
						t.Fatal(err)
					}
					kind := slices.DeleteFunc(slices.Clone(l.Genres), func(g string) bool {
						return g == "Drama" || g == "Action" || g == "Adventure"
					})
					served := false
					for _, rec := range recs {
						served = served || slices.ContainsFunc(rec.Film.Genres, func(g string) bool { return slices.Contains(kind, g) })
					}
					if !served {
						t.Errorf("liked %v: %v has no film of %s's kind %v", liked, titles(recs), l.Title, kind)
					}
				}
			}

			// Family constraint on a family film: no horror, thriller, crime or war.
			recs, err = r.Recommend(ctx, recommend.Request{Liked: []string{devToyStory}, Constraints: recommend.Constraints{Family: true, FrenchOnly: false, MaxRuntime: 110}})
			if err != nil {
				t.Fatal(err)
			}
			if len(recs) != 5 {
				t.Fatalf("family: got %d films", len(recs))
			}
			for _, rec := range recs {
				for _, g := range []string{"Horror", "Thriller", "Crime", "War"} {
					if slices.Contains(rec.Film.Genres, g) {
						t.Errorf("family: %s is %s", rec.Film.Title, g)
					}
				}
				if rec.Film.Runtime == 0 || rec.Film.Runtime > 110 {
					t.Errorf("family: %s runs %d min", rec.Film.Title, rec.Film.Runtime)
				}
			}

			// French films only, nothing liked: the best-rated French films.
			recs, err = r.Recommend(ctx, recommend.Request{Constraints: recommend.Constraints{FrenchOnly: true}})
			if err != nil {
				t.Fatal(err)
			}
			for _, rec := range recs {
				if !rec.Film.French() {
					t.Errorf("French only: %s is not French", rec.Film.Title)
				}
				if rec.Film.Votes < 1000 {
					t.Errorf("French only, no liked film: %s has only %d votes", rec.Film.Title, rec.Film.Votes)
				}
			}
		})
	}
}

func TestDevNeighbourListsGiveTheComputedRankings(t *testing.T) {
	if testing.Short() {
		t.Skip("dev dataset: skipped in -short mode")
	}
	// Random requests over the dev dataset, some with constraints that
	// run past the stored lists: the stored lists must change nothing but
	// the time taken.
	listed := dev(t, 0.25)
	o := listed.Options()
	st := devstack.Dev(t)
	scored := recommend.New(st.Catalogue, withoutNear(st.Vectors), st.Index, o)
	var pool []string
	for _, f := range devstack.Dev(t).Catalogue.Films() {
		if f.IsFilm() && f.Votes > 20000 {
			pool = append(pool, f.ID)
		}
	}
	sort.Strings(pool)
	rng := rand.New(rand.NewPCG(3, 4))
	constraints := []recommend.Constraints{
		{},
		{},
		{AvoidGenres: []string{"Horror"}},
		{MinYear: 2000},
		{FrenchOnly: true},
		{Genres: []string{"Western"}},
		{IncludeSeries: true},
	}
	for i := range 60 {
		req := recommend.Request{Constraints: constraints[i%len(constraints)]}
		for range 1 + rng.IntN(10) {
			req.Liked = append(req.Liked, pool[rng.IntN(len(pool))])
		}
		for range rng.IntN(30) {
			req.Exclude = append(req.Exclude, pool[rng.IntN(len(pool))])
		}
		got, want := recommendBoth(t, listed, scored, req)
		if !slices.Equal(ids(got), ids(want)) {
			t.Errorf("request %d %+v: with neighbour lists %v, scoring everything %v", i, req, titles(got), titles(want))
		}
	}
}

// BenchmarkRecommend reports p50/p99 latency of a five-film recommendation
// from 1, 3 and 10 liked films drawn among popular films of the dev
// dataset, with the default options but more-like-this off, and on (weight
// 0.5, the real in-memory search index).
func BenchmarkRecommend(b *testing.B) {
	for _, mlt := range []float64{0, 0.5} {
		r := dev(b, mlt)
		var pool []string
		for _, f := range devstack.Dev(b).Catalogue.Films() {
			if f.IsFilm() && f.Votes > 50000 {
				pool = append(pool, f.ID)
			}
		}
		sort.Strings(pool)
		for _, n := range []int{1, 3, 10} {
			b.Run(fmt.Sprintf("mlt=%g/liked=%d", mlt, n), func(b *testing.B) {
				rng := rand.New(rand.NewPCG(1, uint64(n)))
				ctx := context.Background()
				lat := make([]time.Duration, 0, b.N)
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					liked := make([]string, n)
					for j := range liked {
						liked[j] = pool[rng.IntN(len(pool))]
					}
					start := time.Now()
					if _, err := r.Recommend(ctx, recommend.Request{Liked: liked, Count: 5}); err != nil {
						b.Fatal(err)
					}
					lat = append(lat, time.Since(start))
				}
				b.StopTimer()
				slices.Sort(lat)
				b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
				b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
			})
		}
	}
}
