package search

import (
	"slices"
	"strings"
)

// A request may narrow a broad theme by a modifier: « la pègre russe »,
// « une mafia chinoise », « un cartel mexicain », « l'armée japonaise ».
// The words read as the broad theme (gangster, mafia, cartel, army), and
// TMDB has the narrow one as a keyword of its own, the modifier's English
// word before or after the broad one's ("russian mafia", "chinese mafia",
// "mexican cartel", "japanese army"), often on too few films for the
// two-word spelling matchTheme trusts (themeSureDF). narrowByModifier
// looks for it: the English words of the request (as typed, or the sure
// translations the films with both synopses teach, TR) joined to the words
// of each keyword of the reading.

// modifierTrans is the least strength of a French word's translation to
// count as its English word here.
const modifierTrans = 0.25

// narrowByModifier returns th led by the keyword that a word of q
// (folded words, as themeWords reads them) makes of one of th's keywords,
// if one does; else th unchanged.
func (x *Index) narrowByModifier(q string, th Theme, ok bool) Theme {
	m := x.themes
	if !ok || m == nil || len(th.Keywords) == 0 {
		return th
	}
	folded, _ := themeWords(q)
	if len(folded) < 2 || len(folded) > narrowMaxWords {
		return th
	}
	text := strings.Join(folded, " ")
	frToks := analyzeText(x.im.AnalyzerNamed(aFR), text)
	enToks := analyzeText(x.im.AnalyzerNamed(aEN), text)
	// French words by their sure translations, English ones as typed:
	// an English word read through the French table is another word
	// ("killer" would bring "serial").
	var mods []string
	if m.frenchReading(frToks, enToks) {
		for _, t := range frToks {
			ti := m.TR[t.term]
			for j, e := range ti.E {
				if float64(ti.S[j]) >= modifierTrans {
					mods = append(mods, e)
				}
			}
		}
	} else {
		for _, t := range enToks {
			mods = append(mods, t.term)
		}
	}
	for _, name := range th.Keywords {
		k, found := m.byName[name]
		if !found {
			continue
		}
		st := m.Keywords[k].Stem
		if !wholeStem(m.Keywords[k]) {
			continue // "world war i" stems as "world war": "ii" is no modifier of it
		}
		for _, e := range mods {
			if strings.Contains(" "+st+" ", " "+e+" ") {
				continue
			}
			for _, s := range []string{e + " " + st, st + " " + e} {
				ids, found := m.byStem[s]
				if !found {
					continue
				}
				n := ids[0]
				if kw := m.Keywords[n]; kw.DF < narrowMinDF || themeMeta[kw.Name] || !wholeStem(kw) || slices.Contains(th.Keywords[:1], kw.Name) {
					continue
				}
				out := th
				out.Keywords = []string{m.Keywords[n].Name}
				for _, o := range th.Keywords {
					if len(out.Keywords) < themeMaxKeys && o != m.Keywords[n].Name {
						out.Keywords = append(out.Keywords, o)
					}
				}
				if out.LabelEN == name {
					out.LabelEN = m.Keywords[n].Name
				}
				return out
			}
		}
	}
	return th
}

// wholeStem reports whether every word of keyword k's name is in its stem
// form (none was a stop word).
func wholeStem(k themeKeyword) bool {
	return len(strings.Fields(k.Name)) == len(strings.Fields(k.Stem))
}
