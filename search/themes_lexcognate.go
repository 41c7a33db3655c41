package search

// A phrase of the seed lexicon stands for a few keywords, strongest first
// (« usurpateur », « imposteur »: "disguise", then "impostor"; « une
// taupe », « un agent double »: "mole", then "double agent"). When the
// customer's own words are written like one of the later keywords — the
// French cognate of its English word — that is the theme they named, and
// it leads the entry's keywords: « un imposteur » is "impostor" before
// "disguise", « un agent double » "double agent" before "mole". The
// words decide, through the spelling alone (cognateOf); no list. The
// entry's own French name keeps the entry's order: it is the word the
// first keyword translates, whatever it looks like (« professeur »).

// lexNamedFirst returns e with its keywords reordered so that the first
// one whose words folded are written like (lexSpells) comes first, unless
// the first keyword already is; e itself is left alone (the lexicon's
// entries are shared).
func lexNamedFirst(e *lexEntry, folded []string) *lexEntry {
	// The entry's own French name is the word its first keyword
	// translates (« professeur » is "teacher" before "professor"): the
	// order stands.
	if len(e.keywords) < 2 || lexSpells(e.keywords[0], folded) || lexSingular(splitWords(fold(e.fr))) == lexSingular(folded) {
		return e
	}
	for i, k := range e.keywords[1:] {
		if !lexSpells(k, folded) {
			continue
		}
		out := *e
		out.keywords = make([]string, 0, len(e.keywords))
		out.keywords = append(out.keywords, k)
		out.keywords = append(out.keywords, e.keywords[:i+1]...)
		out.keywords = append(out.keywords, e.keywords[i+2:]...)
		return &out
	}
	return e
}

// lexSpells reports whether every word of folded (the request's theme
// words) is written like a word of keyword k: the customer typed the
// keyword's own words (« un imposteur », « un agent double »), not a
// phrase in which one word happens to look like it (« la nature
// sauvage » is "wilderness" before "nature", « un enfant abandonné »
// "orphan" before "abandonment").
func lexSpells(k string, folded []string) bool {
	kw := splitWords(fold(k))
	for _, w := range folded {
		if len(w) < 3 || !cognateOf(w, kw) {
			return false
		}
	}
	return len(folded) > 0
}
