package indexer_test

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bobine/bobine/indexer"
	"github.com/bobine/bobine/indexer/indexertest"
)

// TestDevDataset checks the read of ../shared/data against the counts its
// README gives.
func TestDevDataset(t *testing.T) {
	res := indexertest.Dev(t)
	rep := res.Report
	rows := map[string]int64{
		"imdb/title.basics.tsv.gz":     24593,
		"imdb/title.ratings.tsv.gz":    23402,
		"imdb/title.principals.tsv.gz": 211747,
		"imdb/title.crew.tsv.gz":       24593,
		"imdb/name.basics.tsv.gz":      78060,
		"imdb/title.akas.tsv.gz":       36972,
		"tmdb/movies.csv":              23275,
		"movielens/ratings.csv":        78100,
		"movielens/movies.csv":         9742,
		"movielens/links.csv":          9742,
	}
	for file, want := range rows {
		fs, ok := rep.File(file)
		if !ok || fs.Rows != want || fs.Rejected != 0 {
			t.Errorf("%s: %+v (found %v), want %d rows, none rejected", file, fs, ok, want)
		}
	}
	// README: movie 23,560, tvSeries 819 (tvEpisode, short, videoGame filtered)
	if rep.FilmsByType["movie"] != 23560 || rep.FilmsByType["tvSeries"] != 819 || rep.Films != 23560+819 {
		t.Errorf("films by type %v", rep.FilmsByType)
	}
	if rep.Filtered["title_type:tvEpisode"] != 174 || rep.Filtered["title_type:short"] != 27 || rep.Filtered["title_type:videoGame"] != 13 {
		t.Errorf("filtered %v", rep.Filtered)
	}
	// README: budgets below 1,000 dollars in 55 rows; startYear missing for 6 titles
	if n := rep.Fixed["budget under 1,000 dollars (typed in millions) dropped"]; n != 55 {
		t.Errorf("%d tiny budgets dropped, want 55", n)
	}
	if rep.Missing["film year"] != 6 {
		t.Errorf("films without a year: %d, want 6", rep.Missing["film year"])
	}
	if len(res.Ratings) != 78100 || rep.Missing["ratings: movie without an IMDb link"] != 0 {
		t.Errorf("%d ratings, %d unlinked; want 78100, all linked", len(res.Ratings), rep.Missing["ratings: movie without an IMDb link"])
	}
	cat := res.Catalogue
	frenchTitled := 0
	for _, f := range cat.Films() {
		if f.IsFilm() && f.FrenchTitle != "" {
			frenchTitled++
		}
	}
	// README: 19,001 films have a French title (+1 filled from a French original title)
	if frenchTitled < 19001 {
		t.Errorf("%d films with a French title, want at least 19,001", frenchTitled)
	}
	checks := []struct {
		id, french, title string
		ml                int
	}{
		{"tt1675434", "Intouchables", "The Intouchables", 92259},
		{"tt0211915", "Le Fabuleux Destin d'Amélie Poulain", "Amélie", 4973},
		{"tt0111161", "Les Évadés", "The Shawshank Redemption", 318},
	}
	for _, c := range checks {
		f, err := cat.Film(c.id)
		if err != nil {
			t.Error(err)
			continue
		}
		if f.FrenchTitle != c.french || f.Title != c.title || f.MovieLensID != c.ml || f.PosterPath == "" || len(f.Credits) == 0 || len(f.Directors) == 0 {
			t.Errorf("%s: title %q french %q ml %d poster %q, %d credits, %d directors", c.id, f.Title, f.FrenchTitle, f.MovieLensID, f.PosterPath, len(f.Credits), len(f.Directors))
		}
	}
	if p, err := cat.Person("nm0000001"); err != nil || p.Name != "Fred Astaire" || p.BirthYear != 1899 {
		t.Errorf("nm0000001: %+v, %v", p, err)
	}
}

// BenchmarkIndexDev reads the dev dataset (indexer.Read) and reports rows
// read per second over all files and the peak heap.
func BenchmarkIndexDev(b *testing.B) {
	dir := indexertest.DevData(b)
	var rows int64
	var peak atomic.Uint64
	var wg sync.WaitGroup
	for i := 0; i < b.N; i++ {
		runtime.GC()
		stop := make(chan struct{})
		wg.Add(1)
		go func() { // sample the heap while reading
			defer wg.Done()
			var ms runtime.MemStats
			tick := time.NewTicker(20 * time.Millisecond)
			defer tick.Stop()
			for {
				runtime.ReadMemStats(&ms)
				if ms.HeapAlloc > peak.Load() {
					peak.Store(ms.HeapAlloc)
				}
				select {
				case <-stop:
					return
				case <-tick.C:
				}
			}
		}()
		res, err := indexer.Read(context.Background(), indexer.Options{DataDir: dir})
		close(stop)
		wg.Wait()
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range res.Report.Files {
			rows += f.Rows
		}
	}
	b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
	b.ReportMetric(float64(peak.Load())/1e6, "peak-heap-MB")
}
