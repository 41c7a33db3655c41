package search

import (
	"context"
	"reflect"
	"strings"
	"testing"
)

// newTestTextIndex indexes titles given most popular first.
func newTestTextIndex(titles ...string) *textIndex {
	order := make([]int32, len(titles))
	for i := range order {
		order[i] = int32(len(titles) - 1 - i) // catalogue positions in reverse
	}
	x, err := newTextIndex(context.Background(), order, func(p int32) ([]string, []string) {
		ti := newTitleInfo(titles[len(titles)-1-int(p)], true)
		return ti.words, ti.keys[:]
	})
	if err != nil {
		panic(err) // a background context is never cancelled
	}
	return x
}

func TestTextIndexFuzzy(t *testing.T) {
	x := newTestTextIndex("Interstellar", "Inception", "Intermission", "Titanic", "Jurassic Park")
	tests := []struct {
		w      string
		budget int
		want   []string
	}{
		{"inceptoin", 2, []string{"inception"}},      // a swap is one edit
		{"interstelar", 2, []string{"interstellar"}}, // a lost letter
		{"titanik", 1, []string{"titanic"}},          // a substitution
		{"jurasic", 1, []string{"jurassic"}},         // an insertion
		{"parc", 1, []string{"park"}},                // four letters, one edit
		{"intermision", 2, []string{"intermission"}}, // not interstellar, 3 edits away
		{"jurrasic", 1, nil},                         // two edits over a budget of one
		{"jurrasic", 2, []string{"jurassic"}},        // within two
		{"interstellarxxx", 2, nil},                  // three extra letters
		{"litanic", 1, nil},                          // the first letter is kept
		{"itanic", 1, nil},                           // even when lost
		{"titanic2", 2, nil},                         // digits are never typos
		{"parkk", 0, nil},                            // no budget, no typo
		{"", 2, nil},                                 // nothing typed
	}
	for _, tt := range tests {
		var got []string
		x.words.fuzzy(tt.w, tt.budget, func(i, d int) {
			if d > tt.budget || d != editDistance(tt.w, x.words.term(i), tt.budget) {
				t.Errorf("fuzzy(%q, %d): %q at distance %d", tt.w, tt.budget, x.words.term(i), d)
			}
			got = append(got, x.words.term(i))
		})
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("fuzzy(%q, %d) = %q, want %q", tt.w, tt.budget, got, tt.want)
		}
	}
}

func TestTextIndexPostingsByPopularity(t *testing.T) {
	// Most popular first: the Star Wars of 1977, then its sequel, then an
	// obscure "Star" film.
	x := newTestTextIndex("Star Wars", "Star Wars: The Empire Strikes Back", "Star", "Wars of the Roses")
	i := x.words.find("star")
	if i < 0 {
		t.Fatal(`no "star" in the dictionary`)
	}
	if got, want := x.words.postings(i), []int32{0, 1, 2}; !reflect.DeepEqual(got, want) {
		t.Errorf("postings of star = %v, want %v", got, want)
	}
	lo, hi := x.words.prefixRange("st")
	var terms []string
	for i := lo; i < hi; i++ {
		terms = append(terms, x.words.term(i))
	}
	if want := []string{"star", "strikes"}; !reflect.DeepEqual(terms, want) {
		t.Errorf("prefix st = %q, want %q", terms, want)
	}
	// The whole title outranks a film holding both words elsewhere, and
	// a rare word outranks a common one.
	got := x.candidates([]wordQuery{{w: "star"}, {w: "wars"}}, []string{"starwars"}, 10)
	if len(got) < 3 || got[0] != 0 {
		t.Errorf("candidates(star wars) = %v, want rank 0 first", got)
	}
	got = x.candidates([]wordQuery{{w: "rose", budget: 1}}, nil, 10)
	if !reflect.DeepEqual(got, []int32{3}) {
		t.Errorf("candidates(rose~1) = %v, want [3]", got)
	}
	// A common word adds at most maxPostings films, the most popular.
	var ranks []int32
	mergeRanks([][]int32{{0, 2, 5}, {1, 2, 3}, {}, {4}}, func(r int32) bool {
		ranks = append(ranks, r)
		return len(ranks) < 4
	})
	if want := []int32{0, 1, 2, 3}; !reflect.DeepEqual(ranks, want) {
		t.Errorf("mergeRanks = %v, want %v (each once, ascending, stopped at 4)", ranks, want)
	}
}

// TestKeyedTextIndex checks that an index of people's names whose keys are
// found by computing them (newKeyedTextIndex) gives the candidates the
// index holding the keys as a list gives: namesakes sharing a key, a name
// of no word, names whose keys are prefixes of others.
func TestKeyedTextIndex(t *testing.T) {
	names := []string{"Jean Gabin", "Jean-Paul Belmondo", "Jean Paul Belmondo", "", "Jean", "Jeanne Moreau",
		"Gabin", "Jean Gabin", "Jean-Pierre Léaud", "Léa Seydoux", "Jean Gabinet", "!!!"}
	order := []int32{7, 0, 1, 5, 9, 2, 3, 4, 6, 8, 10, 11} // most popular first
	listed, err := newTextIndex(context.Background(), order, func(p int32) ([]string, []string) {
		return nameWords(names[p]), nameKeys(names[p])
	})
	if err != nil {
		t.Fatal(err)
	}
	keyed, err := newKeyedTextIndex(context.Background(), order, func(p int32) []string { return nameWords(names[p]) }, func(p int32) string {
		if ks := nameKeys(names[p]); len(ks) > 0 {
			return ks[0]
		}
		return ""
	})
	if err != nil {
		t.Fatal(err)
	}
	if keyed.keys.len() != 0 {
		t.Errorf("the keyed index holds %d keys in a list", keyed.keys.len())
	}
	for _, q := range []string{"jean gabin", "jean paul belmondo", "jeanpaul belmondo", "jean", "gabin", "lea seydoux",
		"jean gabinet", "jeanne", "moreau", "x"} {
		ws := nameWords(q)
		qs := make([]wordQuery, len(ws))
		for i, w := range ws {
			qs[i] = wordQuery{w: w, budget: TypoBudget(w)}
		}
		keys := []string{key(ws), strings.Join(ws, ""), ""}
		got, want := keyed.candidates(qs, keys, 20), listed.candidates(qs, keys, 20)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: keyed index %v, listed keys %v", q, got, want)
		}
		if len(want) == 0 && q != "x" {
			t.Errorf("%q: no candidate", q)
		}
	}
	if got := keyed.keyPostings("jeangabin"); !reflect.DeepEqual(got, []int32{0, 1}) {
		t.Errorf(`keyPostings("jeangabin") = %v, want both Jean Gabins, most popular first [0 1]`, got)
	}
}
