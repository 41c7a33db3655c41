package synth_test

import (
	"bytes"
	"context"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/bobine/bobine/indexer/synth"
)

// devData is the development bundle (real IMDb extracts), or "" when absent.
func devData(t *testing.T) string {
	dir := os.Getenv("BOBINE_DEVDATA")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "data")
	}
	if _, err := os.Stat(filepath.Join(dir, "imdb", "title.basics.tsv.gz")); err != nil {
		t.Skipf("development data not found at %s (set BOBINE_DEVDATA): %v", dir, err)
	}
	return dir
}

// TestRealistic compares the generator's title, name and vote distributions
// with the development bundle's real IMDb rows, on samples of the same size,
// and prints both side by side. The bounds are loose (the bundle is a
// subset of popular films, the generator models the whole dump) but each
// fails for the small fixed vocabularies the generator used to draw from.
func TestRealistic(t *testing.T) {
	real, err := synth.Measure(devData(t), synth.Sample{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	// ~7% of titles are movies: enough titles for a sample the bundle's size.
	titles := real.Films * 15
	if testing.Short() {
		titles = 60_000
	}
	if _, err := synth.Generate(context.Background(), synth.Options{Dir: dir, Titles: titles, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	gen, err := synth.Measure(dir, real.Size())
	if err != nil {
		t.Fatal(err)
	}
	// Compare on equal samples: re-measure the real set at the generated size.
	if lim := real.Size().Smaller(gen.Size()); lim != real.Size() {
		if real, err = synth.Measure(devData(t), lim); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	synth.PrintComparison(&buf, "real (dev)", real, "generated", gen)
	t.Logf("distributions, real development bundle vs generator:\n%s", buf.String())

	within := func(what string, got, want, factor float64) {
		t.Helper()
		if want == 0 || got/want > factor || want/got > factor || math.IsNaN(got/want) {
			t.Errorf("%s: generated %.3f, real %.3f (allowed factor %.2f)", what, got, want, factor)
		}
	}
	per := func(a, b int) float64 { return float64(a) / float64(b) }
	within("words per title", per(gen.TitleTokens, gen.Films), per(real.TitleTokens, real.Films), 1.15)
	within("title length in characters", gen.TitleChars, real.TitleChars, 1.3)
	within("distinct title words per token", per(gen.TitleWords, gen.TitleTokens), per(real.TitleWords, real.TitleTokens), 1.6)
	within("share of the 10 commonest title words", gen.TitleTop10, real.TitleTop10, 1.6)
	within("Zipf slope of title words", gen.TitleZipf, real.TitleZipf, 1.3)
	// Held out: French titles were not looked at while setting the
	// vocabularies; the bounds are the same.
	if real.FrenchAkas > 1000 && gen.FrenchAkas > 1000 {
		within("held out: words per French title", per(gen.FrenchTokens, gen.FrenchAkas), per(real.FrenchTokens, real.FrenchAkas), 1.15)
		within("held out: distinct French title words per token", per(gen.FrenchWords, gen.FrenchTokens), per(real.FrenchWords, real.FrenchTokens), 1.6)
		within("held out: share of the 10 commonest French title words", gen.FrenchTop10, real.FrenchTop10, 1.6)
	}
	within("two-token names", per(gen.NameTokens[2], gen.People), per(real.NameTokens[2], real.People), 1.1)
	within("distinct first names per person", per(gen.FirstNames, gen.People), per(real.FirstNames, real.People), 1.6)
	within("distinct surnames per person", per(gen.Surnames, gen.People), per(real.Surnames, real.People), 1.6)
}
