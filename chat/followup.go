package chat

import (
	"regexp"
	"slices"
	"strings"
)

// Follow-ups: what a customer types once a list is on screen, besides
// refinements. Thanks and praise end the exchange with a text reply (« super
// merci », « parfait », "great, thanks!"); « et sinon ? », « plus de films
// comme ça », « c'est tout ce que t'as ? » ask for more; « enlève X »,
// « finalement j'ai pas aimé X », « j'ai déjà vu X », "drop X" name by its
// title a film to leave out, liked or shown.

// praiseAlt is a word or phrase of thanks or praise, folded.
const praiseAlt = `(?:merci|thanks|thank\s+you|thx|ty|cheers|super|parfait|parfaite|genial|geniale|top|nickel|cool|excellent|excellente|formidable|magnifique|impeccable|(?:tres|trop|c'est|ca\s+a\s+l'air)\s+bien|bien|great|perfect|awesome|brilliant|lovely|nice|wonderful|fantastic|ok|okay|d'accord|ca\s+marche|ca\s+ira|c'est\s+bon|ca\s+me\s+va|that\s+works|sounds\s+good|looks\s+good|beaucoup|bcp|a\s+lot|so\s+much|very\s+much|vraiment|really|c'est|that's|it's|oh|ah|waouh|wow|yes|oui|pour\s+(?:les|ces|vos|tes)\s+(?:idees|suggestions|propositions|conseils|films)|for\s+(?:the|these|your)\s+(?:ideas|suggestions|picks|recommendations|help)|pour\s+l'aide|infiniment|mille\s+fois|a\s+(?:toi|vous)|tout\s+plein|:\)|;\))`

// strongPraiseRe is a word of praise proper: « ok » or « oui » alone
// praises nothing.
var strongPraiseRe = regexp.MustCompile(`\b(?:super|parfait|parfaite|genial|geniale|top|nickel|cool|excellent|excellente|formidable|magnifique|impeccable|bien|great|perfect|awesome|brilliant|lovely|nice|wonderful|fantastic|ca\s+ira|ca\s+marche|ca\s+me\s+va|that\s+works|sounds\s+good|looks\s+good)\b`)

// thanksWordRe is a word of thanks proper.
var thanksWordRe = regexp.MustCompile(`\b(?:merci|thanks|thank\s+you|thx|ty|cheers)\b`)

// watchAlt is « je vais regarder le premier ce soir », "I'll watch that
// one": the customer has chosen, nothing more is asked.
const watchAlt = `(?:(?:je|on|nous)\s+(?:vais|va|allons)\s+(?:regarder|voir|tester|essayer|tenter)|(?:i|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to|\s+are\s+going\s+to)\s+(?:watch|see|try))(?:\s+(?:` + ref + `|ca|cela|it|that|this))?(?:\s+(?:ce\s+soir|demain|ce\s+week-end|tonight|tomorrow|this\s+weekend))?`

// praiseOnlyRe is a whole message of thanks and praise.
var praiseOnlyRe = regexp.MustCompile(`^[\s\pP\pS]*(?:(?:` + praiseAlt + `|` + watchAlt + `)\b[\s\pP\pS]*)+$`)

// moreAgainRe asks for more of the same in words moreRe does not know.
var moreAgainRe = regexp.MustCompile(`(?:^|\s)(?:et\s+)?sinon\s*\?|^[\s\pP]*(?:et\s+)?sinon[\s\pP]*$|\bplus\s+de\s+films(?:\s+(?:comme\s+(?:ca|cela)|de\s+ce\s+genre|dans\s+ce\s+genre))?|\bc'est\s+tout\s+ce\s+que\s+(?:t'as|tu\s+as|vous\s+avez|tu\s+proposes|vous\s+proposez|tu\s+me\s+proposes|vous\s+me\s+proposez)|\b(?:is\s+)?that\s+all\s+you(?:'ve)?\s+(?:have|got)\b|\b(?:vous\s+avez|t'as|tu\s+as|vous\s+auriez|tu\s+aurais)\s+autre\s+chose\b|\b(?:more|others?)\s+like\s+(?:that|this|those|these)\b`)

// dropTitleRe is a film named by its title to leave out: « enlève la
// haine », « finalement j'ai pas aimé amélie », « j'ai déjà vu le parrain
// 2 », "actually remove inception", "I've already seen Heat". Group 1 is
// the title.
var dropTitleRe = regexp.MustCompile(`^[\s\pP]*(?:(?:en\s+fait|finalement|tout\s+compte\s+fait|actually|non|no|oh|ah|bon|hmm|euh|ok|et|and|but|mais)[\s,]+)*(?:(?:tu\s+peux\s+|vous\s+pouvez\s+|please\s+|can\s+you\s+|could\s+you\s+)?(?:enleve[rz]?|retire[rz]?|supprime[rz]?|oublie[rz]?|vire[rz]?|remove|drop|forget(?:\s+about)?|take\s+out|delete)|(?:je\s+n'ai|j'ai|on\s+n'a|on\s+a)\s+(?:finalement\s+|pas\s+)?(?:pas\s+)?(?:aime|adore|apprecie|kiffe)|i\s+(?:actually\s+)?(?:didn't|did\s+not|don't|do\s+not)\s+(?:really\s+)?(?:like|love|enjoy)|(?:j'ai|on\s+a|je\s+l'ai)\s+deja\s+vu|deja\s+vu|(?:i|we)(?:'ve|\s+have)\s+already\s+seen|(?:i|we)\s+already\s+(?:saw|watched)|already\s+seen)\s+(.+?)[\s\pP]*$`)

// sentenceOnRe is a full stop with more after it: « oubliez belmondo. une
// comédie récente » drops a name, then asks anew, and is read as typed.
var sentenceOnRe = regexp.MustCompile(`\S\.\s+\S`)

// dropTitle returns the title of a film named to be left out, or "".
func dropTitle(text string) string {
	f := fold(text)
	idx := dropTitleRe.FindStringSubmatchIndex(f.s)
	if idx == nil {
		return ""
	}
	t := f.s[idx[2]:idx[3]]
	if refRe.FindString(t) == t || resetRe.MatchString(t) || !hasWord(t) || sentenceOnRe.MatchString(t) {
		return ""
	}
	pre := f.s[:idx[2]]
	if !strings.Contains(pre, "pas") && !strings.Contains(pre, "n't") && !strings.Contains(pre, "not") && (strings.Contains(pre, "aime") || strings.Contains(pre, "adore") || strings.Contains(pre, "apprecie") || strings.Contains(pre, "kiffe")) {
		return "" // « j'ai aimé X » adds a film
	}
	return strings.TrimSpace(f.origSpan(idx[2], idx[3]))
}

// interjectionRe is a span of praise or interjections alone (« parfait »,
// « oh », « bof »): once a list is on screen it is never a title.
var interjectionRe = regexp.MustCompile(`^[\s\pP\pS]*(?:(?:` + praiseAlt + `|hmm+|hum|bof|tiens|wow|oups|oops|bon|ben|bah|eh|well)\b[\s\pP\pS]*)+$`)

// refApprovalRe is a card found appealing: « le 3 a l'air bien », "the
// second looks good". Group 1 is the card.
var refApprovalRe = regexp.MustCompile(`(` + ref + `)\s+(?:a\s+l'air|m'a\s+l'air|me\s+semble|semble|me\s+tente|me\s+plait|me\s+parle|looks|sounds|seems)\s+(?:(?:vraiment|tres|trop|plutot|really|very|pretty|quite)\s+)?(?:bien|super|sympa|pas\s+mal|top|genial|geniale|interessant|chouette|excellent|prometteur|marrant|drole|good|great|nice|interesting|cool|fun|awesome|amazing|brilliant|excellent|fantastic|sick|fab|lovely|promising|ace|epic|wicked)\b`)

// dropInterjections removes from m the titles that are praise or
// interjections alone: « parfait, encore 5 ? », "oh i've seen that one".
func dropInterjections(m *message) {
	m.Titles = slices.DeleteFunc(m.Titles, func(t string) bool { return interjectionRe.MatchString(fold(t).s) })
}

// unconvincedRe is a whole message that shrugs at the list (« bof », « pas
// convaincu », "meh"): five other films.
var unconvincedRe = regexp.MustCompile(`^[\s\pP]*(?:(?:bof|meh|mouais|nah|hmm+|bof\s+bof|pas\s+(?:terrible|top|fou|folichon|convaincue?|emballee?|trop\s+(?:ca|mon\s+truc))|je\s+(?:ne\s+)?suis\s+pas\s+(?:convaincue?|emballee?)|not\s+(?:convinced|great|really|for\s+me|my\s+thing|impressed)|i'm\s+not\s+(?:convinced|impressed)|ca\s+(?:ne\s+)?me\s+dit\s+rien|ca\s+me\s+tente\s+pas)[\s\pP]*)+$`)

// seenItRe is a whole message saying the card in focus was seen: « je
// l'ai déjà vu » after « pourquoi le 2 ? ».
var seenItRe = regexp.MustCompile(`^[\s\pP]*(?:(?:ah|oh|mais|but|hmm|ben|bah|non|no|nope|euh|ha)[\s\pP]+)*(?:je\s+l'ai\s+(?:deja\s+)?vu|on\s+l'a\s+(?:deja\s+)?vu|deja\s+vu|i(?:'ve|\s+have)\s+(?:already\s+)?seen\s+(?:it|that(?:\s+one)?)|(?:already\s+)?seen\s+it|already\s+seen)(?:\s+(?:deja|already|aussi|too))?[\s\pP]*$`)

// restartRe starts over in words resetRe does not know: « on reprend à
// zéro », « laissez tomber », « on oublie tout ça », "scratch that",
// "forget all that", "start again from zero".
var restartRe = regexp.MustCompile(`\b(?:(?:on\s+|nous\s+)?(?:reprend(?:re|s|ons)?|recommence(?:r|z|ons)?|repart(?:ir|ons)?)\s+(?:tout\s+)?(?:a|de|depuis)\s+(?:zero|le\s+debut)|(?:on\s+)?reprend(?:re|s|ons)?\s+tout|laisse[rz]?\s+tomber|on\s+(?:oublie|efface)\s+tout(?:\s+(?:ca|cela))?|oubliez\s+(?:ca|cela)|oublie\s+(?:ca|cela)|scratch\s+(?:all\s+(?:of\s+)?)?(?:that|this)|forget\s+(?:all\s+(?:of\s+)?)?(?:that|this)(?:\s+stuff)?|forget\s+about\s+(?:it|all\s+that)|(?:(?:let's|lets|let\s+us)\s+)?start(?:\s+(?:again|over))?\s+from\s+(?:zero|scratch|the\s+(?:start|beginning))|back\s+to\s+square\s+one)\b`)

// restartNotRe follows a restart phrase that drops one film only:
// "forget that one", « laissez tomber le 3 ».
var restartNotRe = regexp.MustCompile(`^\s*(?:one|film|movie|` + ref + `)`)

// restart is the p.each callback of restartRe: the match starts over,
// unless a film is named right after it (« laissez tomber le 3 »).
func (p *parser) restart(_ []string, idx []int) bool {
	if restartNotRe.MatchString(string(p.work[idx[1]:])) {
		return false
	}
	p.resetDrops(idx)
	return true
}
