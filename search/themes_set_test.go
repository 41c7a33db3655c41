package search_test

import (
	"bufio"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/bobine/bobine/indexer/indexertest"
)

// themeSetTheme is one theme of testdata/themes.txt (format at the top of
// that file). The theme search's benchmark runner reads the same file.
type themeSetTheme struct {
	ID, Part string
	Keywords []string
	FR, EN   []string
	Line     int
}

var themeSetHead = regexp.MustCompile(`^== ([a-z0-9_]+) \| part=(tune|heldout) \| keywords=([^|]+)$`)

// readThemeSet parses testdata/themes.txt, failing the test on any
// malformed line.
func readThemeSet(t *testing.T) []themeSetTheme {
	t.Helper()
	f, err := os.Open("testdata/themes.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []themeSetTheme
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "=="):
			m := themeSetHead.FindStringSubmatch(line)
			if m == nil {
				t.Fatalf("themes.txt:%d: want %q, got %q", n, "== <theme> | part=<tune|heldout> | keywords=a;b", line)
			}
			out = append(out, themeSetTheme{ID: m[1], Part: m[2], Keywords: strings.Split(m[3], ";"), Line: n})
		case len(out) == 0:
			t.Fatalf("themes.txt:%d: phrasing before any theme: %q", n, line)
		case strings.HasPrefix(line, "fr ") && strings.TrimSpace(line[3:]) != "":
			out[len(out)-1].FR = append(out[len(out)-1].FR, line[3:])
		case strings.HasPrefix(line, "en ") && strings.TrimSpace(line[3:]) != "":
			out[len(out)-1].EN = append(out[len(out)-1].EN, line[3:])
		default:
			t.Fatalf("themes.txt:%d: a line starts with ==, fr, en or #, got %q", n, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestThemeSetShape checks what the theme benchmark promises: at least 64
// themes, halves of equal size, two French and two English phrasings per
// theme, no theme or phrasing twice.
func TestThemeSetShape(t *testing.T) {
	themes := readThemeSet(t)
	if len(themes) < 64 {
		t.Errorf("%d themes, want at least 64", len(themes))
	}
	parts := map[string]int{}
	ids := map[string]int{}
	phrasings := map[string]string{}
	for _, th := range themes {
		parts[th.Part]++
		if first, dup := ids[th.ID]; dup {
			t.Errorf("themes.txt:%d: theme %s already on line %d", th.Line, th.ID, first)
		}
		ids[th.ID] = th.Line
		if len(th.FR) != 2 || len(th.EN) != 2 {
			t.Errorf("themes.txt:%d: %s has %d French and %d English phrasings, want 2 and 2", th.Line, th.ID, len(th.FR), len(th.EN))
		}
		kws := map[string]bool{}
		for _, k := range th.Keywords {
			if k == "" || k != strings.TrimSpace(k) || k != strings.ToLower(k) || kws[k] {
				t.Errorf("themes.txt:%d: %s: keyword %q empty, padded, not lower case or repeated", th.Line, th.ID, k)
			}
			kws[k] = true
		}
		for _, p := range append(append([]string(nil), th.FR...), th.EN...) {
			k := strings.ToLower(strings.TrimSpace(p))
			if other, dup := phrasings[k]; dup {
				t.Errorf("themes.txt:%d: phrasing %q of %s is also a phrasing of %s", th.Line, p, th.ID, other)
			}
			phrasings[k] = th.ID
		}
	}
	if d := parts["tune"] - parts["heldout"]; d > 1 || d < -1 {
		t.Errorf("%d tune and %d held-out themes: the halves are not balanced", parts["tune"], parts["heldout"])
	}
}

// TestDevThemeSetKeywords checks the theme benchmark against the
// development catalogue: every keyword exists there, and every theme is
// carried by at least 3 films (fewer could not tell a good search from luck).
func TestDevThemeSetKeywords(t *testing.T) {
	if testing.Short() {
		t.Skip("dev dataset: skipped in -short mode")
	}
	cat := indexertest.Dev(t).Catalogue
	films := map[string][]int{} // keyword -> indexes of the films that have it
	for i, f := range cat.Films() {
		for _, k := range f.Keywords {
			films[k] = append(films[k], i)
		}
	}
	for _, th := range readThemeSet(t) {
		carried := map[int]bool{}
		for _, k := range th.Keywords {
			if len(films[k]) == 0 {
				t.Errorf("themes.txt:%d: %s: keyword %q is on no film of the catalogue", th.Line, th.ID, k)
			}
			for _, i := range films[k] {
				carried[i] = true
			}
		}
		if len(carried) < 3 {
			t.Errorf("themes.txt:%d: %s is carried by %d films, want at least 3", th.Line, th.ID, len(carried))
		}
	}
}
