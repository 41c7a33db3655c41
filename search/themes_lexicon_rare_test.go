package search

import (
	"slices"
	"strings"
	"testing"
)

// RareLexiconKeywords lists every keyword themeSeedRare names, for the
// dev-data test of the external package.
func RareLexiconKeywords() []string {
	var out []string
	for _, s := range themeSeedRare {
		out = append(out, s.keywords...)
	}
	return out
}

// seedTable is one seed table, named for the test's messages.
type seedTable struct {
	name  string
	seeds []struct {
		fr       string
		also     []string
		keywords []string
	}
}

func allSeedTables() []seedTable {
	return []seedTable{
		{"themeSeed", themeSeed}, {"themeSeedFrequent", themeSeedFrequent}, {"themeSeedChat", themeSeedChat},
		{"themeSeedConcrete", themeSeedConcrete}, {"themeSeedRare", themeSeedRare},
	}
}

// TestThemeSeedRareShape checks the table's shape: a label, keywords all
// named in lower case, phrases that fold to something, and no French phrase
// (as written or in the singular) that another entry of any seed table
// reads as other keywords.
func TestThemeSeedRareShape(t *testing.T) {
	if len(themeSeedRare) < 100 {
		t.Fatalf("themeSeedRare has %d entries, want the list drawn from the vocabulary (hundreds)", len(themeSeedRare))
	}
	type owner struct {
		table, fr string
		keywords  []string
	}
	seen := map[string]owner{}
	for _, tab := range allSeedTables() {
		for _, s := range tab.seeds {
			if tab.name == "themeSeedRare" {
				if strings.TrimSpace(s.fr) == "" || len(s.keywords) == 0 {
					t.Errorf("%s: entry %q has no label or no keyword", tab.name, s.fr)
				}
				for _, k := range s.keywords {
					if k == "" || k != strings.ToLower(strings.TrimSpace(k)) {
						t.Errorf("%s %q: keyword %q is empty or not as TMDB spells it (lower case, trimmed)", tab.name, s.fr, k)
					}
				}
			}
			for _, p := range append([]string{s.fr}, s.also...) {
				folded, _ := themeWords(p)
				if len(folded) == 0 {
					if tab.name == "themeSeedRare" {
						t.Errorf("%s %q: phrase %q folds to nothing (only filler words)", tab.name, s.fr, p)
					}
					continue
				}
				for _, k := range []string{joinWords(folded), "singular:" + lexSingular(folded)} {
					o, dup := seen[k]
					if !dup {
						seen[k] = owner{tab.name, s.fr, s.keywords}
						continue
					}
					if (o.table == "themeSeedRare" || tab.name == "themeSeedRare") && (o.table != tab.name || o.fr != s.fr) && !slices.Equal(o.keywords, s.keywords) {
						t.Errorf("phrase %q (%q): %s %q reads %v, %s %q reads %v", p, k, o.table, o.fr, o.keywords, tab.name, s.fr, s.keywords)
					}
				}
			}
		}
	}
}

// TestThemeSeedRareMerged checks that an entry of themeSeedRare is found by
// its phrases, in the singular too, and only when the phrase is at least
// half of the request, while a phrase of an earlier table keeps its entry.
func TestThemeSeedRareMerged(t *testing.T) {
	for _, c := range []struct {
		words []string
		fr    string
	}{
		{[]string{"colocataires"}, "colocataires"},
		{[]string{"coureurs", "jupons"}, "coureur de jupons"},
		{[]string{"pensionnats"}, "pensionnat"},
	} {
		e, ok := lexicon(c.words)
		if !ok || e.fr != c.fr || !e.frequent {
			t.Errorf("lexicon(%v) = %q, %v (frequent %v), want %q, frequent", c.words, e.fr, ok, e.frequent, c.fr)
		}
	}
	// « cambriolage » belongs to themeSeed (heist) and stays there.
	if e, ok := lexicon([]string{"cambriolage"}); !ok || e.fr != "braquage" {
		t.Errorf("lexicon(cambriolage) = %q, %v, want the themeSeed entry braquage", e.fr, ok)
	}
	if e, ok := themeLexiconEN["roommates"]; !ok || e.fr != "colocataires" {
		t.Errorf("French label of roommates = %q, %v, want colocataires", e.fr, ok)
	}
}
