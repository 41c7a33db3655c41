package search

import (
	"context"
	"math"
	"sort"
	"strings"
)

// A request may name one theme by several nouns, listed: « des clowns, des
// acrobates, la vie du cirque », « des curés, une paroisse, la messe ».
// Read as one phrase, such a list goes by its first or commonest noun
// (clowns: horror films); read item by item, each item names a keyword,
// and the theme is the keyword the films of all the items share most
// (circus), the other items' keywords following it, so that FilmsOnTheme
// ranks first the films carrying most of the list's concepts.

// Weights of the reading of a list.
const (
	listMinItems  = 2    // items read as a theme for a list to be read as one
	listMinScore  = 0.3  // an item read less surely than this is left out
	listOtherKey  = 0.7  // each next keyword of an item, relative to the one before
	listWholeItem = 0.5  // the whole phrase's reading counts as this much of an item
	listShare     = 0.05 // the least share of an item's films a keyword must carry to count for it
)

// themeItems splits q into the items of a list: parts between commas,
// semicolons, slashes or " + ". It returns nil when q is no list.
func themeItems(q string) []string {
	parts := strings.FieldsFunc(q, func(r rune) bool { return r == ',' || r == ';' || r == '/' || r == '+' })
	var out []string
	for _, p := range parts {
		if ws, _ := themeWords(p); len(ws) > 0 {
			out = append(out, p)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// matchThemeList reads q as a list of items naming one theme (themeItems)
// when it is one, else returns whole (q read as one phrase, ok). Each item
// is read on its own; a keyword of any item's reading counts, for every
// item, by the share of that item's films (its keywords' films) that
// carry it, weighed by how specific it is (themeSpecific): the keyword
// all the items point to leads. The whole phrase's reading counts as
// half an item. The labels are the whole phrase's.
func (x *Index) matchThemeList(ctx context.Context, q string, whole Theme, ok bool) (Theme, bool, error) {
	items := themeItems(q)
	if items == nil {
		return whole, ok, nil
	}
	m := x.themes
	var read []Theme
	for _, it := range items {
		t, found, err := x.matchTheme(ctx, it)
		if err != nil {
			return Theme{}, false, err
		}
		if found && t.Score >= listMinScore {
			read = append(read, t)
		}
	}
	if len(read) < listMinItems {
		return whole, ok, nil
	}
	type weighed struct {
		ks []int32
		ws []float64
		w  float64
	}
	var groups []weighed
	addGroup := func(t Theme, w float64) {
		g := weighed{w: w}
		for _, k := range t.Keywords {
			id, found := m.byName[k]
			if !found {
				continue
			}
			g.ks = append(g.ks, id)
			g.ws = append(g.ws, math.Pow(listOtherKey, float64(len(g.ks)-1)))
		}
		if len(g.ks) > 0 {
			groups = append(groups, g)
		}
	}
	for _, t := range read {
		addGroup(t, 1)
	}
	if ok {
		addGroup(whole, listWholeItem)
	}
	cands := map[int32]bool{}
	for _, g := range groups {
		for _, k := range g.ks {
			cands[k] = true
		}
	}
	type scored struct {
		k int32
		s float64
	}
	var ranked []scored
	for k := range cands {
		if themeMeta[m.Keywords[k].Name] || m.broad(m.Keywords[k].DF) {
			continue
		}
		s := 0.0
		for _, g := range groups {
			best := 0.0
			for i, o := range g.ks {
				share := 1.0
				if o != k {
					share = x.cooccur(k, o)
				}
				if share >= listShare {
					best = math.Max(best, g.ws[i]*share)
				}
			}
			s += g.w * best
		}
		ranked = append(ranked, scored{k, s * themeSpecific(m.Keywords[k].DF)})
	}
	if len(ranked) == 0 {
		return whole, ok, nil
	}
	sort.Slice(ranked, func(i, j int) bool {
		if ranked[i].s != ranked[j].s {
			return ranked[i].s > ranked[j].s
		}
		return ranked[i].k < ranked[j].k
	})
	out := Theme{Keywords: []string{m.Keywords[ranked[0].k].Name}}
	have := map[string]bool{out.Keywords[0]: true}
	for _, t := range read {
		out.Score = math.Max(out.Score, t.Score)
	}
	// Then each item's first keyword, in the order of the list, then the
	// next best of the ranking.
	for _, t := range read {
		if k := t.Keywords[0]; !have[k] && len(out.Keywords) < themeMaxKeys {
			have[k] = true
			out.Keywords = append(out.Keywords, k)
		}
	}
	for _, r := range ranked[1:] {
		if len(out.Keywords) >= themeMaxKeys || r.s < ranked[0].s/2 {
			break
		}
		if k := m.Keywords[r.k].Name; !have[k] {
			have[k] = true
			out.Keywords = append(out.Keywords, k)
		}
	}
	out.LabelFR, out.LabelEN = whole.LabelFR, whole.LabelEN
	// A label that named the whole phrase's keyword names the new lead.
	lead := ranked[0].k
	if ok && len(whole.Keywords) > 0 && whole.Keywords[0] != m.Keywords[lead].Name {
		if id, found := m.byName[whole.Keywords[0]]; found && whole.LabelFR == m.frenchLabel(id) {
			if fr := m.frenchLabel(lead); fr != "" {
				out.LabelFR = fr
			}
		}
		if whole.LabelEN == whole.Keywords[0] {
			out.LabelEN = m.Keywords[lead].Name
		}
	}
	if !ok {
		// The whole phrase read as nothing: the first item's labels.
		out.LabelFR, out.LabelEN = read[0].LabelFR, read[0].LabelEN
	}
	return out, true, nil
}
