package search

import (
	"regexp"
	"strings"
)

// A reading may land on a keyword TMDB gives to a handful of films, mostly
// obscure ones, while a keyword of the same words holds the films a
// customer knows: "venice" (4 films) beside "venice, italy" (21), "paris"
// beside "paris, france", "poker game" beside "poker". FilmsOnTheme puts the
// lead keyword's films first, so the few obscure ones would fill the top
// five. widenThinLead lets such a sibling lead: a keyword spelling the thin
// lead out (TMDB's "city, country"), on several times its films but not a
// broad one. The thin keyword stays second, so that the films carrying both
// come first. Failing one, a keyword made of some of the lead's words that
// some of its films carry ("desert" for "lost in the desert").

// Thresholds of widenThinLead.
const (
	thinDF           = 12  // a lead keyword on fewer films is thin
	thinFactor       = 3   // a sibling spelling the lead out leads when on at least this many times its films
	thinSubsetFactor = 2   // a sibling made of some of its words, this many times
	thinSubsetMax    = 100 // and on this many films at most (no "family" for "loss of family")
)

// widenThinLead returns th led by the most common sibling of its thin lead
// keyword, if any.
func (x *Index) widenThinLead(th Theme, ok bool) Theme {
	m := x.themes
	if !ok || m == nil || len(th.Keywords) == 0 {
		return th
	}
	k, found := m.byName[th.Keywords[0]]
	if !found || m.Keywords[k].DF >= thinDF {
		return th
	}
	df := m.Keywords[k].DF
	best := int32(-1)
	consider := func(c int32, factor int) {
		kw := m.Keywords[c]
		if c == k || themeMeta[kw.Name] || kw.DF < factor*df ||
			float64(kw.DF) > themeMaxShare*float64(m.Films) {
			return
		}
		if best < 0 || kw.DF > m.Keywords[best].DF {
			best = c
		}
	}
	for _, c := range m.family(k) {
		consider(c, thinFactor)
	}
	// A keyword made of some of the lead's words ("desert" for "lost in
	// the desert", "twins" for "twin brother") is a sibling only when it is
	// itself no broad one and at least one of the lead's films carries it:
	// stems alike mislead ("university" for "parallel universe",
	// "capitalism" for "capital punishment"), and a word the lead merely
	// qualifies may name another subject ("game" for "poker game",
	// "resistance" for "french resistance").
	if best < 0 && x.kwFilms != nil {
		words := strings.Fields(m.Keywords[k].Stem)
		have := setOf(words...)
		seen := map[int32]bool{}
		for _, w := range words {
			for _, c := range m.byWord[w] {
				cw := strings.Fields(m.Keywords[c].Stem)
				if seen[c] || len(cw) == 0 || len(cw) >= len(words) {
					continue
				}
				seen[c] = true
				sub := true
				for _, x := range cw {
					sub = sub && have[x]
				}
				if sub && m.Keywords[c].DF <= thinSubsetMax && x.cooccur(c, k) > 0 {
					consider(c, thinSubsetFactor)
				}
			}
		}
	}
	if best < 0 {
		return th
	}
	name := m.Keywords[best].Name
	out := []string{name}
	for _, kw := range th.Keywords {
		if kw != name && len(out) < themeMaxKeys {
			out = append(out, kw)
		}
	}
	th.Keywords = out
	return th
}

// settingPhrase matches the words that say where or when a story happens
// without naming anything ("takes place in", "happening in", « se déroule
// à », « a lieu à »): « place » would otherwise be read as « plage ».
var settingPhrase = regexp.MustCompile(`(?i)\b(?:(?:takes|take|taking|took)\s+place|happen(?:s|ing|ed)?|se\s+d[ée]roul(?:e|ent|ant)|a\s+lieu|ont\s+lieu)\b`)

// dropSettingPhrase returns q without its setting phrase, if the rest
// still has words.
func dropSettingPhrase(q string) string {
	r := strings.Join(strings.Fields(settingPhrase.ReplaceAllString(q, " ")), " ")
	if r == "" {
		return q
	}
	return r
}
