package search_test

import (
	"testing"

	"github.com/bobine/bobine/indexer/indexertest"
	"github.com/bobine/bobine/search"
)

// TestThemeSeedRareInCatalogue checks on the development data that every
// keyword of themeSeedRare is carried by at least one film of the
// catalogue: a keyword no film carries is a misspelling or an invention.
func TestThemeSeedRareInCatalogue(t *testing.T) {
	res := indexertest.Dev(t)
	carried := map[string]int{}
	for _, f := range res.Catalogue.Films() {
		for _, k := range f.Keywords {
			carried[k]++
		}
	}
	if len(carried) == 0 {
		t.Fatal("the development catalogue carries no keyword")
	}
	for _, k := range search.RareLexiconKeywords() {
		if carried[k] == 0 {
			t.Errorf("keyword %q of themeSeedRare is carried by no film of the development catalogue", k)
		}
	}
}
