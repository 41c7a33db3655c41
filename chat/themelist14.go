package chat

import (
	"regexp"
	"strings"
)

// A theme named by a list of its words, each with its partitive article
// (« avec de la boxe, du catch, de la lutte », « sur la mer, du jazz, du
// blues »): « du catch » standing alone between two commas is one more
// word of the list, not a person asked for by name as « du Truffaut » is
// (onlyNameRe), nor « de la lutte » after it a film. themeList then reads
// the whole list as one theme.

// partitiveListBeforeRe is a list's first item after a theme cue, up to
// the comma before the clause: « avec de la boxe, », « sur les chevaux, du
// polo, ».
var partitiveListBeforeRe = regexp.MustCompile(`\b(?:avec|sur|about|with)\s+(?:(?:du|de\s+la|de\s+l'|des|d'|les|la|le|l'|un|une)\s*[a-z][a-z'-]*(?:\s+[a-z'-]+){0,2}\s*,\s*)+(?:et\s+)?$`)

// partitiveItem reports whether the clause at folded [a, b), whose name
// starts at nameAt, is an item of a list of subjects typed in lower case
// after a theme cue: the text before it is that list's first items.
func (p *parser) partitiveItem(a, b, nameAt int) bool {
	if p.capitalisedSpan(nameAt, b) && strings.ToUpper(p.f.orig) != p.f.orig {
		return false // « avec de la boxe, du Ventura »: a name
	}
	before := strings.TrimRight(p.f.s[:a], " ")
	if !strings.HasSuffix(before, ",") {
		before += p.f.s[a:nameAt] // the comma the clause starts with
	}
	before = strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(before), "du")), "et")
	return partitiveListBeforeRe.MatchString(strings.TrimRight(before, " ") + " ")
}

// exampleHedgeRe is « par exemple », "for example", "for instance" ending
// a clause: a hedge on what was just asked, never a name (« un
// documentaire par exemple » is no documentary by someone called
// Exemple) nor a title.
var exampleHedgeRe = regexp.MustCompile(`\s(?:` + exampleWords + `)` + clauseEnd)

// exampleWords are the words of a hedge by example, read here at the end
// of a clause and as an aside by lifeTalk (asideRe, chatter14.go).
const exampleWords = `par\s+exemple|for\s+(?:example|instance)`

// exampleHedges consumes the hedges of exampleHedgeRe.
func (p *parser) exampleHedges() {
	p.each(exampleHedgeRe, func(_ []string, idx []int) bool {
		p.consume(idx[0], idx[0]+len(strings.TrimRight(strings.TrimRight(string(p.f.s[idx[0]:idx[1]]), " ,.;:!?"), " ")))
		return false
	})
}
