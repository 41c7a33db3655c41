package chat

import "regexp"

// What the customer says of the era of the films on screen, beside a
// refinement: "newer than those, they're from the 90s", « plus récents, ils
// sont tous des années 70 », "they're all 80s films": the decade describes
// the films shown, not the wish, which « plus récent » already says
// (relative to them). And a taste for new films said as a dislike of old
// ones: « il trouve les vieux films nuls », "she finds old movies boring",
// « ils détestent les vieux films »: newer films, never the old ones named.

// thanShown are the films on screen after a comparative (newerRe,
// olderRe): « plus récents que ceux-là », "newer than those", "older than
// the ones you showed".
const thanShown = `(?:\s+(?:than|que|qu')\s*(?:those|these|them|that|this|ceux-la|ceux-ci|ceux\s+la|ceux\s+ci|celles-la|celles-ci|celui-la|celui-ci|ca|cela|les\s+precedents|les\s+autres|the\s+previous\s+ones|the\s+others|the\s+ones\s+(?:you\s+)?(?:showed|suggested|gave)(?:\s+(?:me|us))?|ceux\s+que\s+vous\s+(?:avez\s+)?(?:proposes?|montres?|donnes?)|ceux\s+(?:proposes|montres))\b)?`

const shownDecade = `(?:(?:the\s+)?(?:'?\d0s|(?:19|20)\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|noughties)|(?:les\s+)?annees\s+(?:(?:19|20)?\d0|vingt|trente|quarante|cinquante|soixante|soixante-dix|quatre-vingt|quatre-vingts|quatre-vingt-dix))`

var (
	// shownEraRe: the films shown said to be of a decade or two.
	shownEraRe = regexp.MustCompile(`\b(?:they(?:'re|\s+are|\s+were)|those\s+(?:are|were)|these\s+(?:are|were)|ils\s+sont|elles\s+sont|ils\s+datent|elles\s+datent|ce\s+sont|c'est|ceux-la\s+sont|ceux-ci\s+sont|ceux\s+la\s+sont)\s+(?:all\s+|tous\s+|toutes\s+|only\s+|just\s+|still\s+|encore\s+|que\s+)?(?:from\s+|des\s+|du\s+|de\s+)?` + shownDecade + `(?:\s+(?:and|or|et|ou)\s+` + shownDecade + `)?(?:\s+(?:films?|movies?|stuff))?\b`)
	// oldDislikedRe: old films disliked by the customer or whom they
	// choose for.
	oldDislikedRe = regexp.MustCompile(`\b(?:(?:il|elle|ils|elles|on|je|j'|mon\s+[a-z'-]+|ma\s+[a-z'-]+|mes\s+[a-z'-]+|les\s+enfants|les\s+ados)\s*(?:les\s+)?(?:trouve|trouvent|deteste|detestent|n'aime\s+pas|n'aiment\s+pas|aime\s+pas|aiment\s+pas|supporte\s+pas|supportent\s+pas|ne\s+supporte\s+pas|ne\s+supportent\s+pas)\s+(?:les\s+)?(?:vieux|anciens|vieilles)\s+(?:films?|trucs|choses)(?:\s+(?:nuls|naze|nazes|chiants|ennuyeux|ringards|depasses))?` +
		`|(?:he|she|they|we|i|my\s+[a-z'-]+|the\s+kids)\s+(?:finds?|think|thinks|hates?|can't\s+stand|doesn't\s+like|don't\s+like|does\s+not\s+like|do\s+not\s+like)\s+(?:all\s+)?(?:the\s+)?(?:old|older|black\s+and\s+white)\s+(?:films?|movies?|stuff)(?:\s+(?:are\s+)?(?:boring|rubbish|lame|dull|dated|naff))?)\b`)
)

// shownEras reads the phrases above. It runs before the era rules.
func (p *parser) shownEras() {
	p.each(shownEraRe, func([]string, []int) bool { return true })
	p.each(oldDislikedRe, func([]string, []int) bool { p.m.Newer = true; return true })
}
