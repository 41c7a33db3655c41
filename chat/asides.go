package chat

import (
	"regexp"
	"strings"
)

// softAdjAlt are soft adjectives said of a film's mood.
const softAdjAlt = `quiet|calm|charming|lovely|slow|calme|lent|lente|charmante?|jolie?|gentle|sweet|tender|tendre|doux|douce`

// Asides customers write around the constraints they mean, read before any
// leftover becomes a title: a weariness (« mon fils en a marre des super
// héros », "my daughter's sick of princesses"), who wants (« il veut »,
// "she wants"), studios refused (« pas Disney ni Pixar »), a nationality
// offered as a preference (« plutôt japonais ou français », "maybe
// something Japanese"), a genre said to be the real thing ("proper sci-fi",
// "real fantasy"), a family genre ("a family adventure"), a soft adjective
// as the whole wish (« quelque chose de doux ») and soft adjectives before a
// nationality or a genre (« une comédie anglaise tendre », "a gentle
// Italian comedy"). All patterns run on folded text.
var (
	// wearyClauseRe: what someone is tired of (group 1), up to the end of
	// the clause: it is not wanted (« marre des super-héros », "sick of
	// zombie films", « j'ai ma dose des vampires »).
	wearyClauseRe = regexp.MustCompile(`\b(?:(?:my|mon|ma|mes|our|nos|notre)\s+[a-z'-]+(?:\s+is|\s+are|\s+en\s+a|\s+en\s+ont)?\s+|(?:il|elle|ils|elles|he's|she's|they're|he\s+is|she\s+is|they\s+are|i'm|we're|i've|we've|j'en\s+ai|j'ai|on\s+en\s+a|en\s+a|en\s+ont)\s+)?(?:sick|tired|bored|fed\s+up|had\s+enough|enough|marre|ras\s+le\s+bol|assez|ma\s+dose|ma\s+claque)\s+(?:of|with|des|du|de\s+la|de|d')\s*(?:the\s+|all\s+the\s+|(?:films?|movies?)\s+(?:de|d'|des|du|with|about)\s*)?([a-z'-]+(?:\s+[a-z'-]+){0,2}?)\s*(?:[,.;!]|$)`)
	// wearyKindRe is the film noun after what someone is tired of
	// ("zombie films", « des films »): not part of the subject.
	wearyKindRe = regexp.MustCompile(`\s+(?:films?|movies?|flicks?|stuff)$`)
	// wantsRe: « il veut », "she wants": who asks, no title.
	wantsRe = regexp.MustCompile(`\b(?:il|elle|ils|elles|he|she|they)\s+(?:veut|voudrait|veulent|voudraient|wants?|would\s+like|'d\s+like)(?:\s+(?:to\s+see|to\s+watch|voir|regarder))?\b`)
	// studioNotRe: studios refused, one after the other (« pas Disney ni
	// Pixar », "not Disney or Pixar"). The catalogue files no studio: the
	// refusal is read so that it is no title, and says nothing more.
	studioNotRe = regexp.MustCompile(`\b(?:pas|not|no|sans|without|except|sauf|rien\s+de)\s+(?:de\s+|du\s+|d'|des\s+|les\s+|the\s+|any\s+)?(?:walt\s+)?(?:disney|pixar|dreamworks|illumination)s?(?:\s*(?:,|ni|nor|or|ou|et|and)\s*(?:de\s+|du\s+|the\s+)?(?:walt\s+)?(?:disney|pixar|dreamworks|illumination)s?)*\b`)
	// reasonAsideRe: a reason given after the request (« pas le 2, trop
	// glauque pour moi », « pas le 4 trop triste pour ma femme », "not
	// the 3rd, too depressing for me"): after a punctuation mark or a
	// card, or with whom it is too much for, up to the end of the clause.
	// Group 1 is the reason, group 2 its adjective: an adjective that is
	// itself a constraint (« trop long », « trop vieux », "too old") is
	// left to the constraint rules.
	reasonAsideRe = regexp.MustCompile(`(?:[,.;:!?]|\b(?:le|la|les|the)\s+(?:\d|` + refWord + `)\w*)\s*((?:(?:c'est|c'etait|il\s+est|elle\s+est|ils\s+sont|it's|it\s+is|that's|they're|un\s+peu|bien|beaucoup|way|far|a\s+bit|much)\s+)*(?:trop|too)\s+([a-z'-]+)(?:\s+(?:pour|for)\s+(?:moi|nous|lui|elle|eux|me|us|him|her|them|(?:ma|mon|mes|notre|nos|my|our)\s+[a-z'-]+))?)\s*(?:[,.;!?]|$)|\b((?:trop|too)\s+([a-z'-]+)\s+(?:pour|for)\s+(?:moi|nous|lui|elle|eux|me|us|him|her|them|(?:ma|mon|mes|notre|nos|my|our)\s+[a-z'-]+))\s*(?:[,.;!?]|$)`)
	// softListRe: soft adjectives alone in a clause (« …, léger et doux »,
	// "…, light and sweet"): the mood of the film wished for, no title; a
	// gentle one asks for nothing violent. Group 1.
	softListRe = regexp.MustCompile(`(?:[,.;:!?]|\x00)\s*((?:(?:something|quelque\s+chose\s+de|qqch\s+de|un\s+truc)\s+)?(?:` + softAdjAlt + `|light|leger|legere|feel-good|feelgood|uplifting)(?:\s*(?:,|and|et|&)\s*(?:` + softAdjAlt + `|light|leger|legere|feel-good|feelgood|uplifting))*)\s*(?:[,.;!?]|$)`)
	// preferNationRe: « plutôt japonais ou français », "maybe something
	// Japanese": the nationalities wanted. Groups 1 and 2.
	preferNationRe = regexp.MustCompile(`\b(?:plutot|rather|maybe|perhaps|peut-etre|de\s+preference|preferably|ideally|idealement|(?:maybe\s+|perhaps\s+)?(?:something|anything))\s+(` + nationAlt + `)(?:\s*(?:,|ou|or|et|and)\s*(` + nationAlt + `))?\b`)
	// softAdjAfterRe: the same adjectives after a nationality or a genre
	// already read (« une comédie anglaise tendre », « un drame japonais
	// calme et lent »). Groups 1 and 2.
	softAdjAfterRe = regexp.MustCompile(`\x00\s*(` + softAdjAlt + `)(?:\s+(?:et|and)\s+(` + softAdjAlt + `))?\b`)
	gentleAdjRe    = regexp.MustCompile(`\b(?:gentle|sweet|tender|tendre|doux|douce)\b`)
	// realGenreRe: "proper sci-fi", "real fantasy": the genre. Group 1.
	realGenreRe = regexp.MustCompile(`\b(?:real|proper|actual)\s+(` + genreAlt + `)\b`)
	// familyGenreRe: "a family adventure", "family comedy": a family film of
	// that genre. Group 1.
	familyGenreRe = regexp.MustCompile(`\bfamily\s+(` + genreAlt + `)\b`)
	// softWishRe: a soft adjective as the whole wish (« quelque chose de
	// doux », « un film tendre », "something gentle", "a sweet film"): a
	// mood, never a name (« doux » is also a surname). Group 1 holds the
	// adjective after the noun, group 2 the one before it.
	softWishRe = regexp.MustCompile(`\b(?:(?:quelque\s+chose|qqch|un\s+truc|un\s+film|something|anything|a\s+film|a\s+movie)\s+(?:de\s+|d')?(?:(?:tres|plutot|assez|un\s+peu|very|quite|rather|a\s+bit|nice\s+and)\s+)?(` + softAdjAlt + `)|(?:an?|some)\s+(` + softAdjAlt + `)\s+(?:film|movie|one))\b`)
	// softAdjRe: a soft adjective before a nationality or a genre, read or
	// not yet (\x00 marks text already read), group 1; the gentle ones
	// (group 2) ask for nothing violent.
	softAdjRe = regexp.MustCompile(`\b(?:(quiet|calm|charming|lovely|slow|calme|lent|lente|charmante?|jolie?)|(gentle|sweet|tender|tendre|doux|douce))\s+(?:\x00|(?:` + nationAlt + `|` + genreAlt + `)\b)`)
)

// reasonConstraintAdj are the adjectives after « trop », "too" that are
// constraints of their own (« trop long », "too old", « trop violent »).
var reasonConstraintAdj = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`long longs longue longues court courts courte courtes lent lente lents lentes vieux vieille vieilles vieil
		ancien anciens ancienne anciennes recent recents recente recentes moderne modernes violent violents violente violentes
		sanglant sanglants gore gores effrayant effrayants flippant flippants dur durs dure dures
		old new recent modern long short slow violent gory bloody scary frightening graphic`) {
		m[w] = true
	}
	return m
}()

// asides reads the phrases above. It runs at the start of
// constraintPhrases, after the nation rules (which read « marre des films
// américains » as a nationality not wanted) and before the studio rules.
func (p *parser) asides() {
	p.each(studioNotRe, func([]string, []int) bool { p.studioRefused = true; return true })
	p.each(wearyClauseRe, func(sub []string, idx []int) bool {
		// What someone is tired of is not wanted: a genre, else a subject
		// (the dialogue keeps it only if it reads as a theme or a name).
		what := wearyKindRe.ReplaceAllString(strings.TrimSpace(sub[1]), "")
		bare := strings.TrimSpace(articlesRe.ReplaceAllString(what, ""))
		switch {
		case genreOnlyRe.MatchString(bare):
			p.avoidGenresOf(bare)
		case bare != "" && !junk(bare) && !softAdjectives[bare] && nationWord[bare] == "":
			p.m.AvoidThemes = append(p.m.AvoidThemes, strings.TrimSpace(p.f.origSpan(idx[2], idx[2]+len(what))))
		}
		return true
	})
	p.each(wantsRe, func([]string, []int) bool { return true })
	p.each(softListRe, func(sub []string, idx []int) bool {
		if gentleAdjRe.MatchString(sub[1]) && p.m.Audience == "" {
			p.m.Audience = "gentle"
		}
		p.consume(idx[2], idx[3])
		return false
	})
	p.each(reasonAsideRe, func(sub []string, idx []int) bool {
		g := 1
		if sub[1] == "" {
			g = 3
		}
		if reasonConstraintAdj[sub[g+1]] {
			return false
		}
		p.consume(idx[2*g], idx[2*g+1])
		return false
	})
	p.each(preferNationRe, func(sub []string, idx []int) bool {
		for g := 1; g <= 2; g++ {
			if sub[g] != "" {
				p.setNation(nationWord[sub[g]])
			}
		}
		return true
	})
	p.each(realGenreRe, func(sub []string, idx []int) bool {
		p.addGenres(sub[1])
		return true
	})
	p.each(familyGenreRe, func(sub []string, idx []int) bool {
		p.m.Family = true
		p.addGenres(sub[1])
		return true
	})
	p.each(softAdjAfterRe, func(sub []string, idx []int) bool {
		if p.m.Audience == "" && gentleAdjRe.MatchString(sub[1]+" "+sub[2]) {
			p.m.Audience = "gentle"
		}
		for g := 2; g+1 < len(idx); g += 2 {
			if idx[g] >= 0 {
				p.consume(idx[g], idx[g+1])
			}
		}
		return false
	})
	p.each(softWishRe, func(sub []string, idx []int) bool {
		if p.m.Audience == "" && gentleAdjRe.MatchString(sub[1]+" "+sub[2]) {
			p.m.Audience = "gentle"
		}
		return true
	})
	p.each(softAdjRe, func(sub []string, idx []int) bool {
		if sub[2] != "" && p.m.Audience == "" {
			p.m.Audience = "gentle"
		}
		a, b := idx[2], idx[3]
		if a < 0 {
			a, b = idx[4], idx[5]
		}
		p.consume(a, b)
		return false
	})
}
