package chat

import "regexp"

// Black and white. The catalogue does not know whether a film is in colour
// (neither IMDb nor TMDB gives it), so « en noir et blanc » can only lean
// to the years when most films were: before 1960. It does so only when
// nothing in the message asks for newer films: « comme La Haine, en noir et
// blanc, mais plus récent » or « du noir et blanc des années 2010 » keep the
// era the customer asked for, never « jusqu'à 1959 » against it. A colour
// refused (« pas en couleur », « sans couleur », "no colour films",
// "nothing in colour") is black and white, never « en couleur ».

// noColourRe is a colour refused, folded.
var noColourRe = regexp.MustCompile(`\b(?:(?:surtout|mais|but|and|et)\s+)?(?:pas|sans|no|not|nothing|never|jamais|rien)\s+(?:de\s+|d'|des\s+|en\s+|in\s+)?(?:(?:films?|movies?)\s+)?(?:en\s+|in\s+)?(?:couleurs?|colou?rs?|colou?red)(?:\s+(?:films?|movies?|please|svp|stp|si\s+possible))?\b`)

// noColour reads a colour refused as black and white. It runs before the
// colour phrases, which would read « en couleur » in it as wanted.
func (p *parser) noColour() {
	p.each(noColourRe, func([]string, []int) bool { p.blackWhite = true; return true })
}

// settleBlackWhite turns black and white into an era once the whole
// message is read: at most 1959, unless the message asks for newer films
// (« plus récent », « récent », a year or a decade after 1959).
func (p *parser) settleBlackWhite() {
	if !p.blackWhite || p.m.Newer || p.m.Recent || p.m.MinYear > blackWhiteYear {
		return
	}
	if p.m.MaxYear == 0 || p.m.MaxYear > blackWhiteYear {
		p.m.MaxYear = blackWhiteYear
	}
	if p.m.MinYear > p.m.MaxYear {
		p.m.MinYear = 0
	}
}
