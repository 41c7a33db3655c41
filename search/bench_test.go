package search_test

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/bobine/bobine/indexer/indexertest"
	"github.com/bobine/bobine/search"
)

// Queries as customers type them.
var (
	exactQueries = []string{"the shawshank redemption", "les evades", "amelie", "dune", "pulp fiction", "la haine",
		"le fabuleux destin d amelie poulain", "star wars", "inception", "la cite de la peur", "the dark knight", "parasite"}
	fuzzyQueries = []string{"interstelar", "inceptoin", "the godfater", "forest gump", "jurasic park", "titanik",
		"le parain", "lord of the rigns", "shawshenk redemption", "amelei poulain", "les tontons flingeurs", "casablanka"}
	prefixQueries = []string{"le fab", "star w", "interst", "les eva", "inc", "the dark k", "parr", "amel", "seigneur des", "s"}
)

// benchLatency runs fn over the queries b.N times in all and reports the
// 50th and 99th percentile latencies.
func benchLatency(b *testing.B, qs []string, fn func(ctx context.Context, q string) error) {
	ctx := context.Background()
	for _, q := range qs { // warm caches
		if err := fn(ctx, q); err != nil {
			b.Fatal(err)
		}
	}
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		if err := fn(ctx, qs[i%len(qs)]); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) }
	b.ReportMetric(pct(0.50), "p50-µs")
	b.ReportMetric(pct(0.99), "p99-µs")
}

func BenchmarkResolveExact(b *testing.B) {
	x := devIndex(b)
	benchLatency(b, exactQueries, func(ctx context.Context, q string) error {
		_, err := x.ResolveFilm(ctx, q, 5)
		return err
	})
}

func BenchmarkResolveFuzzy(b *testing.B) {
	x := devIndex(b)
	benchLatency(b, fuzzyQueries, func(ctx context.Context, q string) error {
		_, err := x.ResolveFilm(ctx, q, 5)
		return err
	})
}

func BenchmarkAutocomplete(b *testing.B) {
	x := devIndex(b)
	benchLatency(b, prefixQueries, func(ctx context.Context, q string) error {
		_, err := x.Autocomplete(ctx, q, 8)
		return err
	})
}

func BenchmarkSearchPeople(b *testing.B) {
	x := devIndex(b)
	benchLatency(b, []string{"gerard depardieu", "depardieu", "kubrick", "jean gabin", "scarlet johanson", "nolan"}, func(ctx context.Context, q string) error {
		_, err := x.SearchPeople(ctx, q, 5)
		return err
	})
}

func BenchmarkMoreLikeThis(b *testing.B) {
	x := devIndex(b)
	benchLatency(b, []string{"tt0111161", "tt0211915", "tt0062622", "tt1160419"}, func(ctx context.Context, id string) error {
		_, err := x.MoreLikeThis(ctx, []string{id}, 20)
		return err
	})
}

// BenchmarkMoreLikeThisTen asks for films like ten liked films of
// different kinds, the heaviest query a recommendation makes.
func BenchmarkMoreLikeThisTen(b *testing.B) {
	x := devIndex(b)
	liked := []string{"tt0111161", "tt0211915", "tt0062622", "tt1160419", "tt0113277", "tt0060196", "tt0114709", "tt0119038", "tt0120737", "tt0108500"}
	benchLatency(b, []string{"ten"}, func(ctx context.Context, _ string) error {
		_, err := x.MoreLikeThis(ctx, liked, 100)
		return err
	})
}

// BenchmarkBuild builds the dev-dataset index on disk and reports its size.
func BenchmarkBuild(b *testing.B) {
	cat := indexertest.Dev(b).Catalogue
	var size int64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		dir := filepath.Join(b.TempDir(), "search")
		if err := search.Build(context.Background(), dir, cat); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		size = 0
		filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if info, err := d.Info(); err == nil {
					size += info.Size()
				}
			}
			return nil
		})
		os.RemoveAll(dir)
		b.StartTimer()
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/build")
	b.ReportMetric(float64(size)/(1<<20), "MiB")
}
