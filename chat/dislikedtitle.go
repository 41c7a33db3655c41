package chat

import (
	"regexp"
	"strings"
)

// A title followed by the customer's dislike of it: « titane j'ai pas aimé
// du tout, trop violent », « le mépris m'a ennuyée », "Amour, I hated it".
// The film is one to leave out, never a film liked; the comment after it
// names nothing.

// dislikedAfterRe is a title (group 1) then a clause that dislikes it, in
// folded text; what follows the clause is the customer's comment.
var dislikedAfterRe = regexp.MustCompile(`^(.+?)[\s,.;:!-]+(?:(?:mais|bof|perso|franchement|honnetement|but|honestly)[\s,]+)?(?:(?:(?:je\s+)?(?:ne\s+)?(?:l'ai|l\s+ai|j'ai|j\s+ai|j'ai\s+vraiment|on\s+(?:ne\s+)?l'a|on\s+(?:n')?a)\s+)?(?:pas|vraiment\s+pas|pas\s+du\s+tout|pas\s+vraiment|jamais)\s+(?:aime|aimee|adore|accroche|apprecie|kiffe|supporte|pu\s+supporter)|(?:je\s+l'ai\s+|j'ai\s+|on\s+a\s+|on\s+l'a\s+)?(?:deteste|detestee|horreur)|(?:ca\s+)?(?:m'a|nous\s+a)\s+(?:ennuye|ennuyee|saoule|saoulee|gonfle|gonflee|decu|decue|degoute|degoutee|endormi|endormie|barbe|barbee)|(?:c'etait|c'est|c\s+etait)\s+(?:(?:trop|vraiment|tellement|hyper|super)\s+)?(?:nul|naze|chiant|ennuyeux|mauvais|horrible)|ca\s+(?:ne\s+)?m'a\s+pas\s+plu|(?:i\s+)?(?:didn't|did\s+not|don't|do\s+not)\s+(?:really\s+)?(?:like|enjoy|love)(?:\s+it)?|(?:i\s+)?(?:hated|disliked|couldn't\s+stand)(?:\s+it)?|(?:it\s+)?bored\s+me|(?:it\s+)?was\s+(?:so\s+|really\s+|too\s+)?(?:boring|awful|terrible|bad))\b`)

// dislikedTitles rewrites the titles of the message that are followed by
// the customer's dislike as films not wanted (« pas titane »), dropping the
// comment after the dislike.
func (p *parser) dislikedTitles() {
	for i, t := range p.m.Titles {
		f := fold(t)
		idx := dislikedAfterRe.FindStringSubmatchIndex(f.s)
		if idx == nil {
			continue
		}
		head := strings.TrimSpace(f.origSpan(idx[2], idx[3]))
		if !hasWord(head) || notTitleRe.MatchString(fold(head).s) {
			continue
		}
		p.m.Titles[i] = "pas " + head
	}
}
