package search

import (
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
)

// A keyword's French name (themeKeyword.FR) is the French term its films'
// synopses use most distinctively, kept only when that term, in turn,
// predicts the keyword among its first three: the word and the keyword
// name each other. The forward association alone (what the films of a
// French word carry) leans to whatever those films share: « tueuse »
// goes with "assassin" as much as with "female assassin", « pari » with
// "gambling" nearly as much as with "bet". A word that is a keyword's
// French name is read as that keyword before the ones it merely goes with.

// themeNamed is the evidence a keyword gets when the request's French
// words are its French name.
const themeNamed = 0.5

var namedIndex sync.Map // *themeModel -> map[string][]int32: French terms of a keyword's name -> keywords

// namedBy returns the keywords whose French name analyses to the terms
// (space-joined) of fr.
func (m *themeModel) namedBy(fr analysis.Analyzer, terms string) []int32 {
	v, found := namedIndex.Load(m)
	if !found {
		idx := map[string][]int32{}
		for k, kw := range m.Keywords {
			if kw.FR == "" || themeMeta[kw.Name] || m.broad(kw.DF) {
				continue
			}
			if t := joinTerms(analyzeText(fr, kw.FR)); t != "" {
				idx[t] = append(idx[t], int32(k))
			}
		}
		v, _ = namedIndex.LoadOrStore(m, idx)
	}
	return v.(map[string][]int32)[terms]
}

// namedEvidence adds, through add, the evidence of the keywords that the
// French words toks name: a request of one word, or of two that together
// are a keyword's name. In a longer request a word naming a keyword is a
// detail (« la guerre du pacifique contre le japon » is no film about
// Japan, « un enfant abandonné, orphelin » none about childhood).
func (m *themeModel) namedEvidence(fr analysis.Analyzer, toks []token, w float64, add func(int32, float64)) {
	if len(toks) == 0 || len(toks) > 2 {
		return
	}
	for _, k := range m.namedBy(fr, joinTerms(toks)) {
		add(k, themeNamed*w)
	}
}
