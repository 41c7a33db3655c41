package data_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"testing"

	"github.com/bobine/bobine/data"
)

// synthetic returns a catalogue of n films shaped like IMDb's at min_votes
// 500 (about ten credits and three akas a film, nine people a film), with
// made-up words.
func synthetic(n int) *data.Catalogue {
	rng := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		const letters = "abcdefghijklmnopqrstuvwxyzéè"
		b := make([]byte, 3+rng.IntN(8))
		for i := range b {
			b[i] = letters[rng.IntN(26)]
		}
		return string(b)
	}
	words := func(k int) string {
		s := word()
		for range k - 1 {
			s += " " + word()
		}
		return s
	}
	genres := []string{"Drama", "Comedy", "Romance", "Crime", "Thriller", "Horror", "Sci-Fi", "War"}
	countries := []string{"FR", "US", "GB", "DE", "IT", "JP", "ES", "BE"}
	cats := []string{"actor", "actress", "director", "writer", "composer", "producer"}
	people := make([]data.Person, 9*n)
	for i := range people {
		people[i] = data.Person{ID: fmt.Sprintf("nm%07d", i), Name: words(2), BirthYear: 1900 + rng.IntN(100),
			Professions: []string{cats[rng.IntN(len(cats))]}, KnownFor: []string{fmt.Sprintf("tt%07d", rng.IntN(n))}}
	}
	films := make([]data.Film, n)
	for i := range films {
		f := &films[i]
		*f = data.Film{ID: fmt.Sprintf("tt%07d", i), Type: "movie", Title: words(1 + rng.IntN(4)), Year: 1920 + rng.IntN(105),
			Runtime: 80 + rng.IntN(80), Rating: 1 + 9*rng.Float64(), Votes: 500 + rng.IntN(100000),
			Genres: []string{genres[rng.IntN(8)], genres[rng.IntN(8)]}, Countries: []string{countries[rng.IntN(8)]},
			OriginalLanguage: "fr", OverviewFR: words(40), Keywords: []string{word(), word(), word()},
			Directors: []string{people[rng.IntN(len(people))].ID}}
		for range 3 {
			f.Akas = append(f.Akas, words(3))
		}
		for k := range 10 {
			f.Credits = append(f.Credits, data.Credit{PersonID: people[rng.IntN(len(people))].ID, Category: cats[rng.IntN(len(cats))],
				Characters: []string{word()}, Ordering: k + 1})
		}
	}
	return data.NewCatalogue(films, people)
}

// BenchmarkReadCatalogue reads a whole catalogue from bytes (what serve
// does at start, less the mapping) and reports the heap it keeps and the
// objects the garbage collector has to mark.
func BenchmarkReadCatalogue(b *testing.B) {
	for _, n := range []int{24_000, 70_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			raw := encode(b, synthetic(n))
			b.SetBytes(int64(len(raw)))
			b.ReportAllocs()
			var kept *data.Catalogue
			for b.Loop() {
				c, err := data.ReadCatalogue(bytes.NewReader(raw))
				if err != nil {
					b.Fatal(err)
				}
				kept = c
			}
			b.StopTimer()
			keptHeap(b, &kept)
			b.ReportMetric(float64(len(raw))/(1<<20), "MiB-file")
		})
	}
}

// BenchmarkLookups is what a recommendation or a chat card does with the
// catalogue: films by id, their position, a person's roles.
func BenchmarkLookups(b *testing.B) {
	c := synthetic(24_000)
	ids := make([]string, 0, 1000)
	for i := 0; i < 1000; i++ {
		ids = append(ids, c.Films()[i*23].ID)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, id := range ids {
			f, err := c.Film(id)
			if err != nil || c.FilmIndex(id) < 0 {
				b.Fatal(id, err)
			}
			_ = c.Roles(f.Credits[0].PersonID)
		}
	}
}

// BenchmarkOpenFile opens a built catalogue (BOBINE_CATALOGUE=path of a
// catalogue.bin), mapped as serve does and read into memory, and reports
// the heap and objects it keeps.
func BenchmarkOpenFile(b *testing.B) {
	path := os.Getenv("BOBINE_CATALOGUE")
	if path == "" {
		b.Skip("set BOBINE_CATALOGUE to a catalogue.bin written by `bobine index`")
	}
	for _, mapped := range []bool{true, false} {
		b.Run(map[bool]string{true: "mapped", false: "read"}[mapped], func(b *testing.B) {
			b.ReportAllocs()
			var c *data.Catalogue
			for b.Loop() {
				var err error
				if mapped {
					c, err = data.OpenCatalogue(path)
				} else {
					var f *os.File
					if f, err = os.Open(path); err == nil {
						c, err = data.ReadCatalogue(f)
						f.Close()
					}
				}
				if err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			keptHeap(b, &c)
		})
	}
}

// keptHeap reports the heap bytes and objects that *c holds.
func keptHeap(b *testing.B, c **data.Catalogue) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	runtime.KeepAlive(*c)
	*c = nil
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(before.HeapAlloc-after.HeapAlloc)/(1<<20), "MiB-kept")
	b.ReportMetric(float64(before.HeapObjects-after.HeapObjects), "objects-kept")
}

// BenchmarkWriteCatalogue writes a catalogue (what index does once the
// joins are done) and reports the heap it allocates on the way.
func BenchmarkWriteCatalogue(b *testing.B) {
	cat := synthetic(20000)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := data.WriteCatalogue(&buf, cat); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len())/1e6, "file_MB")
}
