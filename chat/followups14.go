package chat

import (
	"regexp"
	"strings"
)

// Follow-ups on the cards typed with a comment around the rank, as people
// type them: a card seen, by whom, where or how often (« celui en 2 on l'a
// vu l'an dernier », « le 1 on l'a vu au lycée mdr », « le cinquième ma
// femme l'a déjà vu à la télé », « le 4 on l'a déjà fait à la salle des
// fêtes », "we watched number 2 at school lol", "seen the 3rd like ten
// times"): the card is set aside (cardTalk) and the comment is chatter,
// never a title or a theme; a card someone else loved (« les enfants ont
// adoré le premier », "my son loved the 2nd one"): more like it
// (likeRefRe); a reset said after chatter ("hang on, scratch that, my
// in-laws are coming. let's start over"): what came before the reset is
// dropped with the rest of the dialogue.

// seenSubject is who saw a card: « on », « ma femme », « les petits »,
// "we", "my husband", "the kids".
const seenSubject = `(?:je|j'|on|nous|il|elle|ils|elles|vous|mamie|papi|papa|maman|(?:mon|ma|mes|les|nos|notre)\s+[a-z'-]+|i|we|they|he|she|you|(?:my|our|the)\s+[a-z'-]+(?:\s+one)?)`

// seenByAlt says a card was seen, after its rank, in words ownedAlt does
// not know: « ma femme l'a déjà vu », « les petits les ont déjà vus », « on
// l'a déjà fait », « jlai déjà vu », "my husband saw it", "we watched",
// "we've done that one already".
const seenByAlt = `(?:` + seenSubject + `\s*)?(?:l'|l\s|les\s+)(?:ai|a|avons|avez|ont)\s+(?:(?:deja|tous|toutes|aussi|egalement|bien)\s+)*(?:vus?|vues?|revus?|regardes?|fait)` +
	`|jl'?ai\s+(?:deja\s+)?(?:vu|fait)|deja\s+(?:fait|regardes?)` +
	`|` + seenSubject + `(?:'ve|\s+have|\s+has|'s)?\s+(?:(?:already|both|all|just)\s+)*(?:seen|watched|saw|done)(?:\s+(?:it|that(?:\s+one)?|them|those|both))?(?:\s+already)?`

// seenBeforeAlt says a card was seen, before its rank, in words
// ownedBeforeAlt does not know: "we watched number 2", "already watched
// the second one", "have seen the 1st and 2nd", "my son saw the 3rd".
const seenBeforeAlt = seenSubject + `(?:'ve|\s+have|\s+has)?\s+(?:(?:already|both|all|just)\s+)*(?:seen|watched|saw)|have\s+(?:already\s+)?seen|already\s+watched`

// seenLovedRe is a card seen and loved (« le 2 je l'ai vu, adoré », "we
// watched the 3rd and loved it"): liked, not set aside.
var seenLovedRe = regexp.MustCompile(`\b(?:vus?|vues?|seen|watched|saw)(?:\s+(?:it|them))?[\s,]+(?:et\s+|and\s+)?(?:(?:really|vraiment|bien|beaucoup|trop|grave|absolutely|totally)\s+)*(?:adore|adores|adoree|aime|kiffe|loved|liked|enjoyed|adored)\b`)

// commentEndRe ends the comment after a card said seen: a clause boundary.
var commentEndRe = regexp.MustCompile(`[,.;!?]|\s(?:mais|but|et|and|donc|so|du\s+coup|alors|then)\s`)

// maxCommentWords bounds a comment: a longer tail is a request of its own.
const maxCommentWords = 7

// dropComment returns rest, the folded text after a card said seen,
// without the comment that opens it up to the clause's end (« au ciné »,
// « 20 fois », « en cours lol », "at school lol", "like ten times") when
// the comment asks for nothing: no era, length, genre, audience, person,
// act or « encore ». A comment that asks for something stays.
func dropComment(rest string) string {
	end := len(rest)
	if loc := commentEndRe.FindStringIndex(rest); loc != nil {
		end = loc[0]
	}
	c := strings.TrimSpace(rest[:end])
	if c == "" || len(strings.Fields(c)) > maxCommentWords {
		return rest
	}
	if m := parse(c, parseOptions{}); m.asksBesidesThemes() {
		return rest
	}
	return " " + rest[end:]
}

// asksBesidesThemes reports whether m asks for anything a comment around a
// card does not: a constraint other than a theme, a person, more films, an
// act.
func (m *message) asksBesidesThemes() bool {
	if m.Act != actNone || m.More || len(m.People) > 0 || len(m.ClauseNames) > 0 {
		return true
	}
	c := *m
	c.Themes, c.SoftThemes, c.CueThemes, c.AvoidThemes = nil, nil, nil, nil
	return c.hasConstraint()
}

// likerSubject is someone else who liked a card: « les enfants ont adoré
// le premier », « mamie a adoré le 3 », "my son loved the 2nd one", "the
// little one loved the first one" (likeRefRe).
const likerSubject = `(?:mamie|papi|papa|maman|(?:mon|ma|mes|les|nos|notre)\s+[a-z'-]+|(?:he|she|they)|(?:my|our|the)\s+(?:little\s+|youngest\s+|eldest\s+|oldest\s+)?[a-z'-]+(?:\s+one)?)`

// resetDrops is called with the span of a reset phrase: what the message
// said before it is dropped with the rest of the dialogue (« attendez,
// ma mère vient finalement. on recommence », "wait, scratch that, grandma
// is staying with us. let's start again").
func (p *parser) resetDrops(idx []int) {
	p.m.Reset = true
	p.consume(0, idx[0])
}

// swapAlt asks for another film in place of a card set aside: « remplacez-le
// », "swap it out", "replace that one" (anotherRe).
const swapAlt = `(?:remplace[rz]?|change[rz]?)(?:-le|-la|\s+le|\s+la)?|(?:swap|replace|change)(?:\s+(?:it|that(?:\s+one)?|this(?:\s+one)?))?(?:\s+out)?`

// insteadAlt is « à sa place », "instead" after a request for another film.
const insteadAlt = `a\s+(?:sa|la)\s+place|en\s+remplacement|instead|in\s+its\s+place`

// wishRe frames a wish added to the request under way: « (et) de noël ce
// serait encore mieux », « encore mieux si c'est des années 80 », « l'idéal
// ce serait … », "ideally from the 90s", "even better if it's French". The
// frame is consumed; what it frames is read as typed, and kept with the
// dialogue's filters as any constraint alone is.
var wishRe = regexp.MustCompile(`\b(?:(?:ce\s+serait|ca\s+serait|c'serait|ce\s+sera|it\s+would\s+be|would\s+be|it'd\s+be|that'd\s+be|that\s+would\s+be)\s+(?:encore\s+|meme\s+|even\s+)?(?:mieux|l'ideal|ideal|parfait|top|super|genial|better|perfect|great)` +
	`|(?:encore\s+mieux|meme\s+mieux|even\s+better|bonus\s+points|ideally|idealement|dans\s+l'ideal|l'ideal|au\s+mieux)(?:\s+(?:si|if|serait|ce\s+serait|would\s+be|c'est|it's|it\s+is|ce\s+soit|que\s+ce\s+soit))*)\b`)

// compareRe is a comparison with a film: « moins violent que Heat », « plus
// drôle que les Visiteurs », "less violent than Heat", "not as dark as Se7en".
// Group 1 is « que », "than", "as": consumed so that the film after it is
// read as the film the request starts from, the comparative by the rules
// of the refinements. A bare « aussi », "as" starts no comparison (« l'as
// des as » is a title).
var compareRe = regexp.MustCompile(`\b(?:moins|plus|less|more|pas\s+aussi|pas\s+si|not\s+as|not\s+so|just\s+as)\s+(?:(?:trop|too|bien|much)\s+)?[a-z'-]{3,}\s+(que|qu'|than|as)\s*\S`)

// compareNotRe follows a comparison that points at the films shown or at a
// time (« plus récents que ceux-là », "newer than those", « moins long que
// prévu »): the rules of the refinements read it whole.
var compareNotRe = regexp.MustCompile(`^\s*(?:ceux|celles|celui|celle|those|these|them|ca|cela|that|this|les\s+autres|the\s+others|the\s+ones|the\s+last|le\s+dernier|les\s+derniers|la\s+derniere|d'habitude|usual|prevu|expected|avant|before|\d|l'on|on\s|je\s|i\s|we\s|you\s|vous\s|tu\s)`)

// compare is the p.each callback of compareRe.
func (p *parser) compare(sub []string, idx []int) bool {
	if compareNotRe.MatchString(string(p.work[idx[3]:])) {
		return false
	}
	p.consume(idx[2], idx[3])
	return false
}
