package chat

import "regexp"

// Words around a follow-up that ask nothing: "right, nothing over two hours
// if you don't mind", « le 4 on l'a vu hein », "why number one? just
// curious", « donnez-moi cinq westerns italiens ». Cut from the edges of
// what remains once acts and constraints are read (trimFillers), they are
// never a title ("If", « Hein »), and the request keeps the dialogue's
// filters as any constraint alone does.

// followFillers are filler at either edge of a mention: a courtesy
// ("if you don't mind", « si ça ne vous dérange pas »), « hein », a card
// liked said again after it is named (« …que le premier, il nous a bien
// plu »), and a
// request that counts the films it wants (« donnez-moi cinq », "give me
// three"): the count is how many films, never a title.
const followFillers = `if\s+(?:you\s+)?(?:don't|dont|do\s+not)\s+mind|if\s+(?:that's|that\s+is|it's|it\s+is)\s+(?:ok|okay|alright|all\s+right|fine)|if\s+you\s+(?:please|would|could)|si\s+(?:ca|cela)\s+ne\s+(?:vous|te)\s+(?:derange|gene|ennuie)\s+pas|si\s+(?:ca|cela)\s+(?:vous|te)\s+(?:va|convient)|hein` +
	`|(?:il|elle|ils|elles|ca)\s+(?:m'a|nous\s+a|m'ont|nous\s+ont|leur\s+a|lui\s+a|a|ont)\s+(?:(?:bien|beaucoup|vraiment|trop|grave|tellement|enormement)\s+)*plu` +
	`|(?:(?:conseille|propose|recommande|donne|montre|trouve|suggere|envoie|sors|cite)[sz]?|conseillez|proposez|recommandez|donnez|montrez|trouvez|envoyez|sortez|suggerez|citez)-(?:moi|nous)\s+(?:deux|trois|quatre|cinq|six|sept|huit|dix|quelques|\d{1,2})` +
	`|(?:show|give|find|send|recommend|suggest|list)\s+(?:me|us)\s+(?:two|three|four|five|six|ten|a\s+few|a\s+couple(?:\s+of)?|\d{1,2})`

// followPrefixAlt is filler at the start of a mention only: "right, …",
// "actually Japanese" (but "Love Actually" is a title).
const followPrefixAlt = `(?:right|alright|all\s+right)\s*[,!]|actually|(?:non\s+)?en\s+fait`

// followSuffixAlt is filler at the end of a mention only: "… then",
// « … donc », "just curious" (but "Then Came You" is a title).
const followSuffixAlt = `then|donc|d'abord|en\s+premier|en\s+priorite|pour\s+commencer|to\s+start\s+with|alright|all\s+right|just\s+curious|par\s+curiosite|out\s+of\s+curiosity|i'm\s+curious`

// countCue is how many films a request wants, before a genre: « cinq
// westerns italiens », "three comedies" (genreCueRe).
const countCue = `deux|trois|quatre|cinq|six|dix|two|three|four|five|six|ten`

// countRequestRe is a request that counts the films it wants: « donnez-moi
// cinq », « proposez-moi trois », "give me five". It asks for films and
// names none: read first, so that the count never starts a title.
var countRequestRe = regexp.MustCompile(`\b(?:(?:(?:conseille|propose|recommande|donne|montre|trouve|suggere|envoie|sors|cite)[sz]?|conseillez|proposez|recommandez|donnez|montrez|trouvez|envoyez|sortez|suggerez|citez)-(?:moi|nous)|(?:show|give|find|send|recommend|suggest|list)\s+(?:me|us))\s+(?:` + countCue + `|quelques|a\s+few|a\s+couple(?:\s+of)?|\d{1,2})\b`)

// countMoreRe follows a counted request that asks for more of the same:
// « donnez-moi cinq autres films », "give me five more".
var countMoreRe = regexp.MustCompile(`^\s*(?:autres|more|others|de\s+plus|nouveaux|new)\b`)

// countRequest is the p.each callback of countRequestRe: the request is
// read as nothing, unless more films are asked after it (moreRe's).
func (p *parser) countRequest(_ []string, idx []int) bool {
	return !countMoreRe.MatchString(string(p.work[idx[1]:]))
}

// notOnlyAlt follows « pas » or "not" before a film already shown: « pas
// seulement The Artist », « pas uniquement Amélie », "not just Forrest
// Gump" want other films than it, and it is left out as « pas X » is
// (notTitleRe).
const notOnlyAlt = `seulement|uniquement|juste|que|just|only|simply`

// seenAfterLARe is what follows « l a » typed for « l'a » without its
// apostrophe: « on l a deja vu », « je l a adoré ».
var seenAfterLARe = regexp.MustCompile(`^\s+(?:deja|vu|vue|vus|aime|adore|kiffe|regarde|bien|beaucoup|pas|jamais|trouve)\b`)

// seenAfterLA reports whether rest, the folded text after « l a », makes
// it « l'a » (elided, fold.go).
func seenAfterLA(rest string) bool { return seenAfterLARe.MatchString(rest) }
