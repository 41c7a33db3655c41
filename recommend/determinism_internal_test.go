package recommend

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/bobine/bobine/data"
)

// synthCatalogue is a catalogue of n films with many keywords and synopsis
// words each, drawn from a seeded generator: enough terms per film for the
// order of a floating-point sum over them to show in the last bits.
func synthCatalogue(n int) *data.Catalogue {
	rng := rand.New(rand.NewPCG(3, 4))
	films := make([]data.Film, n)
	for i := range films {
		f := &films[i]
		f.ID = fmt.Sprintf("tt%07d", i+1)
		f.Title = f.ID
		f.Type = "movie"
		f.Year = 1950 + rng.IntN(70)
		f.Genres = []string{[]string{"Drama", "Comedy", "Crime", "Western"}[rng.IntN(4)]}
		for k := 0; k < 40; k++ {
			f.Keywords = append(f.Keywords, fmt.Sprintf("kw%d", rng.IntN(300)))
		}
		for k := 0; k < 60; k++ {
			f.OverviewEN += fmt.Sprintf(" word%c%c", 'a'+rune(rng.IntN(20)), 'a'+rune(rng.IntN(20)))
		}
	}
	return data.NewCatalogue(films, nil)
}

// TestContentVectorsByteIdentical builds the vector files of one catalogue
// several times under several GOMAXPROCS values and wants the same bytes.
func TestContentVectorsByteIdentical(t *testing.T) {
	cat := synthCatalogue(400)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	var first map[string][]byte
	for run, procs := range []int{1, 4, 2, 1, 8, 3} {
		runtime.GOMAXPROCS(procs)
		dir := t.TempDir()
		if err := Build(context.Background(), dir, cat, nil, BuildOptions{ContentDims: 16, Seed: 1}); err != nil {
			t.Fatal(err)
		}
		got := map[string][]byte{}
		for _, f := range []string{"content.vec", "collab.vec"} {
			b, err := os.ReadFile(filepath.Join(dir, f))
			if err != nil {
				t.Fatal(err)
			}
			got[f] = b
		}
		if first == nil {
			first = got
			continue
		}
		for f, b := range got {
			if !bytes.Equal(b, first[f]) {
				t.Errorf("run %d (GOMAXPROCS %d): %s differs from run 1", run+1, procs, f)
			}
		}
	}
}

// TestContentMatrixBitIdentical computes the tf-idf matrix several times:
// its values must not depend on the order a map hands the terms out.
func TestContentMatrixBitIdentical(t *testing.T) {
	cat := synthCatalogue(400)
	a, _ := contentMatrix(cat)
	for run := 2; run <= 5; run++ {
		b, _ := contentMatrix(cat)
		diff := 0
		for i := range a.val {
			if a.val[i] != b.val[i] {
				diff++
			}
		}
		if diff > 0 || len(a.val) != len(b.val) {
			t.Fatalf("run %d: %d of %d values differ from run 1", run, diff, len(a.val))
		}
	}
}
