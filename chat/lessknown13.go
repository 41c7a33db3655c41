package chat

import (
	"regexp"
	"slices"
)

// Lesser-known films: « des films moins connus », « pas les gros succès »,
// « des films qu'on ne connaît pas », "lesser-known ones", "not the big
// hits", "hidden gems". The request keeps everything else and asks for films
// with fewer IMDb votes than the middle of the films shown (or liked):
// recommend.Constraints.MaxVotes, a chip the customer can remove; the
// films already shown are left out, as after « encore ».

// lessKnownRe reads the wish, folded.
var lessKnownRe = regexp.MustCompile(`\b(?:(?:(?:un\s+peu|beaucoup|bien|encore)\s+)?moins\s+(?:connus?|connues?|celebres?|populaires?|grand\s+public|mainstream|vus)|peu\s+connus?|peu\s+connues?|meconnus?|meconnues?|pas\s+(?:trop|tres|si)\s+(?:connus?|connues?|celebres?)` +
	`|pas\s+(?:les|des|de)\s+(?:(?:trop|tres|si)\s+)?(?:gros|grands|enormes)\s+(?:succes|films|classiques|blockbusters|tubes|cartons)|(?:qu'on|que\s+l'on|que\s+je|que\s+nous|qu'on\s+n'|qu'on\s+ne)\s*(?:ne\s+|n')?(?:connait|connais|connaissons|aurait|aurions)\s+(?:pas|jamais|pas\s+vus?)|pepites?\s+(?:meconnues|cachees|oubliees)` +
	`|lesser[\s-]known|less\s+(?:well[\s-])?(?:known|famous|popular|obvious|mainstream)|little[\s-]known|not\s+(?:so|too|as|that|very)\s+(?:well[\s-])?(?:known|famous|popular|mainstream)|(?:hidden|underrated|overlooked)\s+gems?|(?:un|lesser)[\s-]?seen|obscure(?:\s+ones)?` +
	`|(?:not|no|nothing|none\s+of)\s+(?:the\s+)?(?:big|obvious|huge|famous|massive|usual|well-known)\s+(?:hits|blockbusters|ones|films|movies|titles|classics|names)|(?:ones?|films?|movies?|things?)\s+(?:that\s+)?(?:we|i)\s+(?:might|may|would|probably|wouldn't|won't|don't|didn't)?\s*(?:not\s+|n't\s+)?(?:know|have\s+heard\s+of|heard\s+of)(?:\s+about)?)\b`)

// lessKnown reads lessKnownRe.
func (p *parser) lessKnown() {
	p.each(lessKnownRe, func([]string, []int) bool { p.m.LessKnown, p.m.More = true, true; return true })
}

// lessKnownFallback is the cap with no film shown nor liked: well under the
// films everyone has heard of.
const lessKnownFallback = 50000

// lessKnownCap is the number of IMDb votes lesser-known films stay under:
// the lower middle of the films on screen, else of the liked films, never
// below 2,000 (a cap under it leaves too few films to choose from).
func (e *Engine) lessKnownCap(s *session) int {
	var votes []int
	for _, card := range s.last {
		if v := card.Film.Votes; v > 0 {
			votes = append(votes, v)
		}
	}
	if len(votes) == 0 {
		for _, id := range s.liked {
			if f, err := e.cat.Film(id); err == nil && f.Votes > 0 {
				votes = append(votes, f.Votes)
			}
		}
	}
	if len(votes) == 0 {
		return lessKnownFallback
	}
	slices.Sort(votes)
	return max(votes[(len(votes)-1)/2], 2000)
}
