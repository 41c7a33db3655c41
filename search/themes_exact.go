package search

import (
	"slices"
	"strings"
)

// exactLeadMinFilms is how many films a keyword of several words must carry
// to lead a reading its words spell exactly (« tour de france »: 3).
const exactLeadMinFilms = 3

// exactKeywordLead returns th (q's reading, ok: read at all) led by the
// keyword of several words that q, or one of its comma-separated facets,
// spells exactly, lower-cased (« le tour de france, le vélo » → *tour de
// france*), when th is led by a keyword read from a fragment of those
// words only (*normandy, france* from « france »). The keywords read from
// such fragments are dropped, unless another facet spells them too.
func (x *Index) exactKeywordLead(q string, th Theme, ok bool) Theme {
	m := x.themes
	if !ok || m == nil || len(th.Keywords) < 2 {
		return th
	}
	var exact []string
	inExact := map[string]bool{}
	other := map[string]bool{}
	for _, facet := range strings.Split(q, ",") {
		ws, label := themeWords(facet)
		name := strings.ToLower(label) // « tour de france »: its words keep their « de »
		id, found := m.byName[name]
		if len(ws) >= 2 && found && m.Keywords[id].DF >= exactLeadMinFilms && slices.Contains(th.Keywords, name) {
			// Only the words after a French « de » are a fragment that
			// may name something else (« france » of « tour de france »);
			// "basketball" of "basketball player" is what it is about.
			fields := strings.Fields(name)
			fragment := false
			for i, w := range fields {
				if i > 0 && (fields[i-1] == "de" || fields[i-1] == "du" || fields[i-1] == "des") {
					inExact[w], fragment = true, true
				}
			}
			if fragment {
				exact = append(exact, name)
				continue
			}
		}
		for _, w := range ws {
			other[w] = true
		}
	}
	if len(exact) == 0 || th.Keywords[0] == exact[0] || spellsOut(th.Keywords[0], exact[0]) {
		return th // *los angeles, california* spells out « los angeles » (themes_thin.go)
	}
	partial := func(k string) bool {
		for _, w := range strings.FieldsFunc(k, func(r rune) bool { return r == ' ' || r == ',' }) {
			if inExact[w] && !other[w] && len(w) > 3 {
				return true // « france » of « tour de france »
			}
		}
		return false
	}
	if !partial(th.Keywords[0]) {
		return th // the lead is no fragment of the phrase: "growing up story, being a teenager"
	}
	keep := slices.Clone(exact)
	for _, k := range th.Keywords {
		if !slices.Contains(keep, k) && !partial(k) {
			keep = append(keep, k)
		}
	}
	if th.LabelEN == "" || partial(th.LabelEN) || !slices.Contains(keep, th.LabelEN) {
		th.LabelEN = exact[0] // the English label names the lead, not a fragment
	}
	th.Keywords = keep
	return th
}

// spellsOut reports whether keyword k holds every word of name.
func spellsOut(k, name string) bool {
	ws := strings.FieldsFunc(k, func(r rune) bool { return r == ' ' || r == ',' })
	for _, w := range strings.Fields(name) {
		if !slices.Contains(ws, w) {
			return false
		}
	}
	return true
}
