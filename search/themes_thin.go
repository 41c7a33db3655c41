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
// come first. A keyword made of some of the lead's words is no sibling: the
// stems mislead ("university" for "parallel universe", "game" for "poker
// game") and the broader word loses what the customer asked for ("french
// resistance" is no "resistance").

// Thresholds of widenThinLead.
const (
	thinDF     = 12 // a lead keyword on fewer films is thin
	thinFactor = 3  // a sibling leads when on at least this many times the thin lead's films
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
	consider := func(c int32) {
		kw := m.Keywords[c]
		// A spelling of the same words ("alternative reality" for
		// "alternate reality") is the same keyword, and the source a film
		// is based on ("based on toy" for "toy") no subject.
		if c == k || themeMeta[kw.Name] || kw.DF < thinFactor*df || kw.Stem == m.Keywords[k].Stem ||
			strings.HasPrefix(kw.Name, "based on ") ||
			float64(kw.DF) > themeMaxShare*float64(m.Films) {
			return
		}
		if best < 0 || kw.DF > m.Keywords[best].DF {
			best = c
		}
	}
	for _, c := range m.family(k) {
		consider(c)
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
