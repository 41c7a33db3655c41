package chat

import (
	"regexp"
	"slices"
	"strings"

	"github.com/bobine/bobine/search"
)

// Refinements: a follow-up that replaces or adds one constraint of the
// request on screen (« plutôt des polars », « seulement ceux des années
// 70 », "make it a comedy", "westerns instead", "just the older ones"),
// often typed fast, with typos (« pltuot », « modrenes », "shortr",
// "ninties"). The words that carry the constraint are read with the typo
// budget of their length before any title is looked for, and the words
// around it (« plutôt », « ceux », "make it", "instead", "the ones") are
// no title: the request keeps its person and its other constraints.

// refineTargets are the words of constraints and refinements a mistyped
// word is corrected to, beside lexiconVocabulary (fold.go), with the typo
// budget of the word typed (search.TypoBudget, one edit in the shorter
// ones): era words (« moderne », « ancien », « dernières », "sixties",
// "older"), lengths ("shorter"), audiences ("suitable", "grandkids"), the
// words around a refinement (« plutôt », « seulement », "instead",
// "actually", "others", "thanks") and "suspenseful" (the Thriller genre).
var refineTargets = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`plutot seulement uniquement instead actually rather others thanks
		moderne modernes modern ancien anciens ancienne anciennes classique classiques classiques
		recent recents recente recentes dernieres derniers older
		twenties thirties forties fifties sixties seventies eighties nineties noughties
		shorter longer suitable grandkids grandchildren children suspenseful documentaire documentaires`) {
		m[w] = true
	}
	return m
}()

// refineKept are real words one edit from a refinement target that are
// never corrected to it: "Breakfast on Pluto", "Shooter".
var refineKept = map[string]bool{"pluto": true, "shooter": true, "holder": true, "folder": true, "moderna": true, "derriere": true}

// refineCorrection is the refinement target w is a typo of (within w's
// typo budget, and never more than one edit unless both words are long:
// « derrière » is two edits from « dernières »), or "" when there is none
// or more than one at the least distance.
func refineCorrection(w string) string {
	if len(w) < 4 || refineTargets[w] || refineKept[w] || lexiconVocabulary[w] || langWords[w] != 0 {
		return ""
	}
	found, best, tie := "", 3, false
	for v := range refineTargets {
		b := search.TypoBudget(w)
		if len(v) < 10 || len(w) < 9 {
			b = min(b, 1) // « derrière » is no « dernières »
		}
		if len(v) < 5 || b == 0 || v[0] != w[0] {
			// A typo keeps the first letter: "hanks" is no "thanks".
			continue
		}
		if d := search.EditDistance(w, v, b); d <= b {
			switch {
			case d < best:
				found, best, tie = v, d, false
			case d == best:
				tie = true
			}
		}
	}
	if tie {
		return ""
	}
	return found
}

// cueTypo reports whether w is a refinement's cue word (refineCueWords,
// refineTargets) or one edit from one of five letters or more: « pluto »
// for « plutôt » in a follow-up ("Breakfast on Pluto" keeps its word in a
// first message, refineKept).
func cueTypo(w string) bool {
	if refineCueWords[w] || refineTargets[w] {
		return true
	}
	if len(w) < 4 {
		return false
	}
	for v := range refineCueWords {
		if len(v) >= 5 && search.EditDistance(w, v, 1) <= 1 {
			return true
		}
	}
	return false
}

// lengthDegree are the words before « long » that make a mistyped one a
// length (« moins lnog », « pas trop logn », "too lnog"): four letters are
// too few to correct without the word before.
var lengthDegree = map[string]bool{"moins": true, "plus": true, "trop": true, "pas": true, "too": true, "less": true,
	"so": true, "aussi": true, "as": true, "very": true, "tres": true, "bien": true, "si": true}

// degreeTypo reports whether w, before next, is « plus » mistyped (« plsu
// récent », « lpus court »): four letters corrected only before the words
// of an era or a length.
func degreeTypo(w, next string) bool {
	return (len(w) == 4 || w == "plu") && w != "plus" && search.EditDistance(w, "plus", 1) <= 1 && degreeNextRe.MatchString(next)
}

// lessTypo reports whether w, before next, is « moins » mistyped (« moin
// violent », « moisn long »).
func lessTypo(w, next string) bool {
	return len(w) >= 4 && w != "moins" && w[0] == 'm' && search.EditDistance(w, "moins", 1) <= 1 && degreeNextRe.MatchString(next)
}

// degreeNextRe starts the words « plus » is a degree of: an era or a
// length.
var degreeNextRe = regexp.MustCompile(`^\s+(?:recent|ancien|vieu|vieil|modern|court|cour\b|long|jeune|tard|tot|viol|connu|flipp|effray)`)

// lengthTypo reports whether w, after prev, is « long » mistyped.
func lengthTypo(w, prev string) bool {
	return lengthDegree[prev] && w != "long" && len(w) >= 4 && search.EditDistance(w, "long", 1) <= 1
}

// degreeAdjectives are the adjectives of a refinement after a degree word
// (« moins violent », « plus court », "less violent"): a word one edit from
// one of them after lengthDegree is that adjective (« moin violant », « plu
// cour »); alone, « cour » stays a word (« Fenêtre sur cour »).
var degreeAdjectives = []string{"violent", "violents", "violente", "violentes", "court", "courts", "courte", "courtes",
	"connu", "connus", "connue", "connues", "flippant", "flippants", "effrayant", "effrayants", "scary"}

// degreeAdjTypo is the degree adjective w mistypes after prev, or "".
func degreeAdjTypo(w, prev string) string {
	if !lengthDegree[prev] && prev != "moin" && prev != "plu" || len(w) < 4 || slices.Contains(degreeAdjectives, w) || lexiconVocabulary[w] {
		return ""
	}
	for _, a := range degreeAdjectives {
		if a[0] == w[0] && search.EditDistance(w, a, 1) <= 1 {
			return a
		}
	}
	return ""
}

var (
	// makeItRe: "make it a comedy", "make it something for the kids",
	// "make them shorter", "switch to comedies", « passons aux comédies »,
	// « et si c'était une comédie »: the verb of a refinement (group 1),
	// when a constraint follows (group 2).
	makeItRe = regexp.MustCompile(`\b((?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?(?:(?:make|making)\s+(?:it|that|them|this|those)|switch(?:\s+it)?\s+to|change\s+(?:it\s+)?(?:to|for)|go\s+for|let's\s+(?:try|go\s+with|have)|try|(?:on\s+)?passe[rz]?\s+(?:aux?|a)|passons\s+(?:aux?|a)|et\s+si\s+(?:c'etait|on\s+prenait|on\s+regardait|on\s+essayait)|essayons|on\s+essaie))\s+(?:(?:a|an|some|something|more|less|into\s+a|into\s+an|des|du|un|une|de\s+la|quelque\s+chose\s+de|qqch\s+de|plus|moins)\s+)*(` + genreAlt + `|for|from|shorter|longer|older|newer|recent|modern|french|english|british|american|italian|german|spanish|japanese|in|set|with|under|over|less|more|black)\b`)
	// ratherThanRe: "a thriller rather than a drama", « plutôt qu'un
	// drame », "instead of a comedy": the genre after is refused.
	ratherThanRe = regexp.MustCompile(`\b(?:rather\s+than|instead\s+of|plutot\s+qu(?:e\s+|')|au\s+lieu\s+d(?:e\s+|'))\s*(?:(?:an?|the|some|des?|du|les?|la|un|une)\s+)?((?:` + genreAlt + `)(?:\s+(?:films?|movies?))?)\b`)
	// insteadRe: "westerns instead", « un drame à la place »: the word
	// that says the constraint replaces the last one.
	insteadRe = regexp.MustCompile(`\b(?:instead(?:\s+of\s+(?:that|those|these|this|them))?|a\s+la\s+place)\b`)
	// insteadGenreRe: a genre alone in a follow-up with the word of a
	// refinement after it ("westerns instead", « des polars alors »,
	// "comedies then", « drame plutôt »): the genre is asked for.
	insteadGenreRe = regexp.MustCompile(`(?:^|[,;.!?]\s*)[\s\pP]*(?:(?:et|and|ok|okay|bon|alors|so|hmm|well|or|ou)[\s,]+)*((?:` + genreAlt + `)(?:\s+(?:films?|movies?))?)\s+(?:instead|plutot|alors|then|rather|svp|stp|please|maybe|peut-etre|perhaps)\b`)
	// hisGenreRe: « plutôt ses polars », "his comedies": the genre of the
	// person's films on screen.
	hisGenreRe = regexp.MustCompile(`\b(?:ses|leurs|his|her|their)\s+((?:` + genreAlt + `)(?:\s+(?:films?|movies?))?)\b`)
	// thoseRe: « seulement ceux des années 70 », « que celles d'avant
	// 1975 », "only the ones from the nineties", "just those from before
	// 1980": the pronoun stands for the films asked for; what follows is
	// the constraint.
	thoseRe = regexp.MustCompile(`\b(?:(?:seulement|uniquement|que|juste|surtout|plutot|only|just|mostly|rather)\s+)?(?:ceux|celles|(?:the\s+)?ones|those)(?:\s+(?:qui\s+sont|sortis?|sorties?|tournes?|tournees?|faits?|faites?|made|released|shot))?\s+(?:des\s+annees|des\s+(?:19|20)?\d0|d'avant|d'apres|avant|apres|depuis|en\s+(?:19|20)\d\d|de\s+(?:19|20)\d\d|des\s+(?:dernieres|derniers)|du\s+debut|de\s+la\s+fin|en\s+(?:couleurs?|noir)|in\s+(?:colou?rs?|black)|from|before|after|since|in\s+the|of\s+the|under|over|in\s+(?:19|20)\d\d)\b`)
	// thoseHeadRe is the pronoun part of a thoseRe match, consumed.
	thoseHeadRe = regexp.MustCompile(`^(?:(?:seulement|uniquement|que|juste|surtout|plutot|only|just|mostly|rather)\s+)?(?:ceux|celles|(?:the\s+)?ones|those)(?:\s+(?:qui\s+sont|sortis?|sorties?|tournes?|tournees?|faits?|faites?|made|released|shot))?`)
	// onesAdjRe: "just the older ones", "the shorter ones", "more recent
	// ones": "the" and "ones" go, the adjective is left to the era and
	// length rules.
	onesAdjRe = regexp.MustCompile(`\b((?:(?:only|just)\s+)?(?:the\s+)?)(?:older|newer|shorter|longer|more\s+recent|less\s+recent|recent|modern|more\s+modern)(\s+ones?)\b`)
	// longAdjRe: « un western bien long », « un film de guerre très
	// long », "a war film, long, at least…": a long film; the genre is
	// left to the genre rules, and « long » is no theme nor a name.
	longAdjRe = regexp.MustCompile(`\b(?:` + genreAlt + `|films?|movies?|guerre)\s*,?\s+((?:(?:bien|tres|vraiment|assez|super|really|very|quite|pretty)\s+)?(?:longs?|longues?))\b`)
	// notAboutWarRe: "not about the war this time", « pas sur la guerre »,
	// "nothing about war": the War genre is refused, not asked for.
	notAboutWarRe = regexp.MustCompile(`\b(?:(?:but|mais)\s+)?(?:not|no|nothing|pas|rien)\s+(?:(?:about|on|set\s+(?:in|during)|sur|a\s+propos\s+de)\s+)(?:the\s+|la\s+|les\s+|a\s+)?(?:war|wars|guerre|guerres)\b`)
	// fitForRe: "it has to be ok for children", "suitable for my
	// grandkids", "fine for the little ones": a family audience said
	// with a verb and an adjective.
	fitForRe = regexp.MustCompile(`\b(?:(?:that's|that\s+is|which\s+is|it's|it\s+is|they're|they\s+are|(?:it|they|that|this)?\s*(?:has|have|needs?|must|should|will|would)\s+(?:to\s+)?be)\s+)?(?:(?:really|totally|completely)\s+)?(?:ok|okay|fine|good|suitable|appropriate|safe|alright|right)\s+for\s+(?:(?:my|our|the|young|little|small|your)\s+)*(?:kids|children|child|grandkids|grandchildren|grandsons?|granddaughters?|little\s+ones|kiddos|family|whole\s+family|a\s+family)\b`)
)

// refinePhrases reads the words of a refinement (p.each callbacks, before
// the era, length and genre rules): « ceux », "the ones", "make it",
// "instead", a genre before « plutôt », a long film beside its genre, the
// war refused, an audience fit.
func (p *parser) refinePhrases() {
	p.each(notAboutWarRe, func([]string, []int) bool {
		p.m.AvoidGenres = appendNew(p.m.AvoidGenres, "War")
		return true
	})
	p.each(fitForRe, func([]string, []int) bool { p.m.Family = true; return true })
	p.each(ratherThanRe, func(sub []string, idx []int) bool {
		p.avoidGenresOf(sub[1])
		return true
	})
	p.each(makeItRe, func(sub []string, idx []int) bool {
		p.consume(idx[2], idx[3]) // the verb; what follows is read by its rules
		if gs := genresOf(sub[2]); len(gs) > 0 && genreWordRe.FindString(sub[2]) == sub[2] {
			// « passons aux comédies »: « aux » is no cue of the genre rules.
			p.m.Genres = appendNew(p.m.Genres, gs...)
			p.consume(idx[4], idx[5])
		}
		return false
	})
	p.each(insteadGenreRe, func(sub []string, idx []int) bool {
		p.m.Genres = appendNew(p.m.Genres, genresOf(sub[1])...)
		return true
	})
	p.each(insteadRe, func([]string, []int) bool { return true })
	p.each(hisGenreRe, func(sub []string, idx []int) bool {
		p.m.Genres = appendNew(p.m.Genres, genresOf(sub[1])...)
		return true
	})
	p.each(thoseRe, func(sub []string, idx []int) bool {
		if h := thoseHeadRe.FindStringIndex(sub[0]); h != nil {
			p.consume(idx[0], idx[0]+h[1])
		}
		return false
	})
	p.each(onesAdjRe, func(sub []string, idx []int) bool {
		p.consume(idx[2], idx[3])
		p.consume(idx[4], idx[5])
		return false
	})
	p.each(longAdjRe, func(sub []string, idx []int) bool {
		p.longFilm(nil, nil)
		p.consume(idx[2], idx[3])
		return false
	})
}

// refineCueWords are the words a follow-up's refinement is made of besides
// its constraint: a mention of these alone (« ceux », "make it", "the
// ones", « plutôt ») is no film the customer names.
var refineCueWords = map[string]bool{
	"ceux": true, "celles": true, "celui": true, "celle": true, "those": true, "these": true, "ones": true, "one": true,
	"the": true, "make": true, "it": true, "them": true, "instead": true, "plutot": true, "rather": true, "seulement": true,
	"uniquement": true, "only": true, "just": true, "que": true, "juste": true, "then": true, "alors": true, "donc": true,
	"please": true, "svp": true, "stp": true, "thanks": true, "merci": true, "ok": true, "okay": true, "actually": true,
	"plus": true, "more": true, "less": true, "moins": true, "un": true, "une": true, "des": true, "les": true, "a": true,
	"an": true, "some": true, "something": true, "qqch": true, "truc": true, "peu": true, "bit": true, "et": true, "and": true,
	"stuff": true, "trucs": true, "films": true, "movies": true, "thx": true, "thnx": true, "thanx": true,
}

// dropRefineTitles removes from a follow-up m the titles made only of the
// words of a refinement, typos corrected (« ceux », "make it", « pltuot »),
// when m asks for a constraint or more films: the dialogue's request is
// refined, never replaced by a film found through those words.
func dropRefineTitles(m *message) {
	if !m.hasConstraint() && !m.More {
		return
	}
	m.Titles = slices.DeleteFunc(m.Titles, func(t string) bool {
		ws := words(correctLexicon(fold(t)).s)
		if len(ws) == 0 {
			return false
		}
		for _, w := range ws {
			if !cueTypo(w) {
				return false
			}
		}
		return true
	})
}
