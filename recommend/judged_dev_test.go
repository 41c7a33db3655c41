package recommend_test

import (
	"os"
	"testing"

	"github.com/bobine/bobine/indexer/indexertest"
	"github.com/bobine/bobine/recommend"
)

// readJudgedFR parses the French-audience judged set.
func readJudgedFR(tb testing.TB) recommend.JudgedSet {
	tb.Helper()
	f, err := os.Open("testdata/judged_fr.txt")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	set, err := recommend.ParseJudged(f)
	if err != nil {
		tb.Fatal(err)
	}
	return set
}

// TestJudgedFRShape checks what the judged set promises without the data:
// at least 44 liked films, two halves balanced by family.
func TestJudgedFRShape(t *testing.T) {
	set := readJudgedFR(t)
	if len(set.Liked) < 44 {
		t.Errorf("%d liked films, want at least 44", len(set.Liked))
	}
	perFamily := map[string][2]int{}
	for _, l := range set.Liked {
		c := perFamily[l.Family]
		if l.Part == recommend.JudgedTune {
			c[0]++
		} else {
			c[1]++
		}
		perFamily[l.Family] = c
	}
	for fam, c := range perFamily {
		if d := c[0] - c[1]; d > 1 || d < -1 {
			t.Errorf("family %s: %d tune, %d held out: the halves are not balanced", fam, c[0], c[1])
		}
	}
}

// TestDevJudgedFR checks the judged set against the development catalogue:
// every film is a film of the catalogue with the year written beside it (a
// mistyped id shows there), and each liked film keeps at least
// 15 welcome films there (fewer would make precision@5 too coarse).
func TestDevJudgedFR(t *testing.T) {
	if testing.Short() {
		t.Skip("dev dataset: skipped in -short mode")
	}
	cat := indexertest.Dev(t).Catalogue
	set := readJudgedFR(t)
	for _, l := range set.Liked {
		f, err := cat.Film(l.ID)
		if err != nil {
			t.Errorf("line %d: liked %s %s: %v", l.Line, l.ID, l.Title, err)
			continue
		}
		if !f.IsFilm() || f.Year != l.Year {
			t.Errorf("line %d: liked %s %s (%d) is the %s %s (%d) in the catalogue", l.Line, l.ID, l.Title, l.Year, f.Type, f.Title, f.Year)
		}
		n := 0
		for _, w := range l.Welcome {
			f, err := cat.Film(w.ID)
			switch {
			case err != nil:
				t.Errorf("line %d: welcome %s %s: %v", w.Line, w.ID, w.Title, err)
			case !f.IsFilm():
				t.Errorf("line %d: welcome %s %s is a %s", w.Line, w.ID, w.Title, f.Type)
			case f.Year != w.Year:
				t.Errorf("line %d: welcome %s %s (%d) is %s (%d) in the catalogue: a wrong id?", w.Line, w.ID, w.Title, w.Year, f.Title, f.Year)
			default:
				n++
			}
		}
		if n < 15 {
			t.Errorf("line %d: %s has %d welcome films in the catalogue, want at least 15", l.Line, l.Title, n)
		}
	}
}
