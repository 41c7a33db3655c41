package search_test

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
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

// TestMoreLikeThisDocFreqs checks the document frequency of every term of
// some films against a count over the catalogue, on an index built on disk
// from more films than one segment holds, as `bobine index` builds it. The
// merged segments encode a term of a single film in the dictionary itself,
// and Bleve's dictionary iterator then reported 1 for every later term of
// the field: more-like-this dropped most of a liked film's people and
// keywords as found in no other film.
func TestMoreLikeThisDocFreqs(t *testing.T) {
	var films []data.Film
	for i := range 2500 {
		films = append(films, data.Film{
			ID: fmt.Sprintf("tt%07d", 1000000+i), Type: "movie", Title: fmt.Sprintf("Film %d", i), Year: 1950 + i%70, Votes: 1000 + i,
			Genres:    []string{[]string{"Drama", "Comedy", "Western"}[i%3]},
			Directors: []string{fmt.Sprintf("nm%07d", 1000000+i%300), fmt.Sprintf("nm%07d", 2000000+i)},
			Keywords:  []string{fmt.Sprintf("theme %d", i%40), fmt.Sprintf("only here %d", i), fmt.Sprintf("rare %d", i%900)},
		})
	}
	cat := data.NewCatalogue(films, nil)
	dir := filepath.Join(t.TempDir(), "search")
	if err := search.Build(context.Background(), dir, cat); err != nil {
		t.Fatal(err)
	}
	x, err := search.Open(dir, cat)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	count := map[string]int{}
	var got []map[string]int
	for i := range films {
		dfs, err := search.MLTDocFreqs(x, i)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, dfs)
		for term := range dfs {
			count[term]++
		}
	}
	wrong := 0
	for i, dfs := range got {
		for term, df := range dfs {
			if df != count[term] {
				if wrong++; wrong <= 5 {
					t.Errorf("%s: %s in %d films, MoreLikeThis counts %d", films[i].Title, term, count[term], df)
				}
			}
		}
	}
	if wrong > 5 {
		t.Errorf("... and %d more wrong counts", wrong-5)
	}
	if count["crew:nm1000007"] != 9 || count["tag:rare 7"] != 3 {
		t.Errorf("director nm1000007 in %d films, keyword rare 7 in %d: want 9 and 3", count["crew:nm1000007"], count["tag:rare 7"])
	}
}
