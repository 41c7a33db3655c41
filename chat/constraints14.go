package chat

import "regexp"

// Eras and lengths as customers say them inside a message, read before the
// period, era and length rules (understand.go, eras.go, durations.go),
// which would take « je vis ici depuis 2016 » for films from 2016 on,
// « les vieux ça les ennuie » beside « les plus récents » for old films,
// « une fresque, dans les 3h » for three hours at most, or « au XXIe
// siècle » for the time a story is set in. All patterns run on folded
// text.
var (
	// lifeSinceRe: « je vis en Creuse depuis 2016 », « à la retraite
	// depuis 2018 », "been living in France since 2015": the customer's
	// life, no era. Group 1 is the words between the verb and « depuis ».
	lifeSinceRe = regexp.MustCompile(`\b(?:vis|vit|vivons|vivez|vivent|habite|habites|habitons|habitez|habitent|installes?|installees?|retraite|retraites|retraitee?s?|maries?|mariees?|arrives?|arrivees?|ici|la-bas|suis|sommes|live|lives|living|lived|been|here|there|retired|moved|married|settled)\b([^,.;!?\x00]{0,40}?)\b(?:depuis|since)\s+(?:l'an\s+|l'annee\s+)?(?:19|20)\d\d\b`)
	// filmWordRe is a word about films: « des films sortis depuis 2010 »
	// is an era, whatever verb stands before.
	filmWordRe = regexp.MustCompile(`\b(?:films?|movies?|sortis?|sorties?|released|made|tournes?)\b`)
	// thisCenturyRe: « de ce siècle », « du XXIe siècle », "this century",
	// "21st-century": films from 2000 on.
	thisCenturyRe = regexp.MustCompile(`\b(?:(?:de|du|from|of|in)\s+)?(?:ce\s+siecle(?:-ci)?|this\s+century|(?:the\s+)?(?:21|xxi)\s?(?:e|eme|ieme|st)[\s-]+(?:siecle|century)|(?:the\s+)?twenty[\s-]first[\s-]century|vingt(?:\s+et\s+|-et-)unieme\s+siecle)\b`)
	// setInEndRe ends a text on the words of where a story is set: « qui se
	// passe au XXIe siècle » is a period (periods.go), not an era.
	setInEndRe = regexp.MustCompile(`\b(?:se\s+passe|se\s+passent|se\s+deroule|se\s+deroulent|set|takes?\s+place)\s*(?:au|dans\s+le|en|in\s+the|in)?\s*$`)
	// firstRe: « ceux des années 70 d'abord », "the 70s ones first" at the
	// end of a message: an order, no title.
	firstRe = regexp.MustCompile(`(?:^|\s)(?:(d'abord|en\s+premier)|(?:ones|those|them)\s+(first))[\s\pP]*$`)
	// newestRe: « les plus récents », "the most recent ones", "the
	// newest": a wish for newer films (newerRe, recentRe read it).
	newestRe = regexp.MustCompile(`\b(?:les\s+plus\s+recent(?:e|s|es)?|(?:the\s+)?most\s+recent|(?:the\s+)?newest|(?:the\s+)?latest)\b`)
	// thanRe starts a text with the word of a comparison.
	thanRe = regexp.MustCompile(`^\s*(?:que|qu'|than)\b`)
	// refusedOldRe is old films named beside a wish for newer ones: « les
	// plus récents, les vieux ça les ennuie », "newer, not the old black
	// and white": what is refused, not an era (« pas un vieux machin des
	// années 80 » is notOldRe's, negatederas.go).
	refusedOldRe = regexp.MustCompile(`\b(?:(?:pas|not|no|rien\s+de|nothing)\s+)?(?:(?:les|des|de|du|the|those|any|trop|too)\s+)*(?:vieux|vieilles?|old|older|anciens?)(?:\s+(?:films?|movies?|trucs?|ones?|stuff|machins?))?(?:\s+(?:en\s+)?(?:noir\s+(?:et|&)\s+blanc|black\s+(?:and|&)\s+white|b&w))?\b`)
	// ageEndRe ends a text on an age: "10 years old" is no era.
	ageEndRe = regexp.MustCompile(`\d+[\s-]*(?:years?|yrs?|ans)[\s-]*$`)
	// homeOfRe: « un film de chez lui », « de son pays », "from her
	// country", "from back home": the country of someone the message
	// names by a nationality (« mon collègue est argentin »).
	homeOfRe = regexp.MustCompile(`\b(?:(?:de|du|from)\s+chez\s+(?:lui|elle|eux|elles|moi)|(?:de|du)\s+(?:son|leur|mon)\s+pays(?:\s+natal)?|from\s+(?:his|her|their|my)\s+(?:own\s+)?(?:country|homeland|home\s+country)|from\s+back\s+home)\b`)
	// nationWordRe is a nationality adjective or country name.
	nationWordRe = regexp.MustCompile(`\b(?:` + nationAlt + `)\b`)
	// longCueRe: « long », « très long », « une fresque », « une épopée »,
	// "an epic": a long film is wanted.
	longCueRe = regexp.MustCompile(`\b(?:longs?|longues?|fresques?|epopees?|epics?|interminables?)\b`)
	// longWordsRe are the words of a long film once its length is read:
	// « un film très long », « une grande fresque », "a proper long one".
	longWordsRe = regexp.MustCompile(`\b(?:(?:un|une|a|an|des|some)\s+)?(?:(?:tres|vraiment|bien|very|really|proper|grandes?|big|great)\s+)*(?:(?:longs?|longues?)(?:\s+(?:films?|movies?|trucs?|ones?))?|fresques?)\b`)
	// epicNextRe starts a text with « épopée », "epic".
	epicNextRe = regexp.MustCompile(`^\s*(?:epics?|epopees?|epiques?)\b`)
	// notLongCueRe: « pas trop long », "not too long", « moins long »,
	// « pas plus long que 2h »: no long film asked, or a comparison.
	notLongCueRe = regexp.MustCompile(`\b(?:pas|not|no|nothing|rien\s+de|moins|less|too|trop|plus|aussi|si|as|so)\s+(?:(?:trop|too|tres|very|si|so|de|d')\s*)?(?:longs?|longues?|fresques?|epics?)\b`)
	// lengthBoundRe is a length with the words of a bound before or after
	// it. Group 1 and the last: a least length; group 2 and the one before
	// the last: a greatest one.
	lengthBoundRe = regexp.MustCompile(`(?:\b(plus\s+de|au\s+moins|minimum|more\s+than|over|at\s+least)\s+|\b(moins\s+de|pas\s+plus\s+de|under|less\s+than|no\s+more\s+than|no\s+longer\s+than|up\s+to|jusqu'a|maximum|max)\s+)?(?:(?:environ|about|around|dans\s+les|genre|like|some)\s+)?` + durAlt + `(?:\s*(?:(max(?:imum)?|at\s+most|tops|maxi)|(minimum|mini|au\s+minimum|or\s+more|ou\s+plus|et\s+plus|and\s+(?:more|over|up)|at\s+least)))?`)
	// shortDurationRe: "with a short duration", « de courte durée », "a
	// short running time": a short film.
	shortDurationRe = regexp.MustCompile(`\b(?:(?:a|an|une|de|d'|with|avec)\s+)?(?:short|courte|petite)\s+(?:duration|running\s+time|runtime|duree)\b|\b(?:duree|runtime|running\s+time)\s+(?:courte|short)\b`)
)

// longFromRounded is how far under a rounded length a long film starts:
// « une fresque, dans les 3h » is two hours and a half and more.
const longFromRounded = 30

// sayingPhrases reads the eras and lengths above. It runs before the
// periods and the era and length rules.
func (p *parser) sayingPhrases() {
	p.each(lifeSinceRe, func(sub []string, _ []int) bool {
		return !filmWordRe.MatchString(sub[1])
	})
	// A time of day (« 3h du mat ») is read before, by lifeTalk (chatter14.go).
	p.each(homeOfRe, p.homeOf)
	p.each(thisCenturyRe, func(_ []string, idx []int) bool {
		if setInEndRe.Match(p.work[:idx[0]]) {
			return false
		}
		if p.m.MinYear < 2000 {
			p.m.MinYear = 2000
		}
		return true
	})
	p.each(firstRe, func(_ []string, idx []int) bool {
		for g := 2; g < len(idx); g += 2 {
			if idx[g] >= 0 {
				p.consume(idx[g], idx[g+1])
			}
		}
		return false
	})
	p.each(shortDurationRe, p.shorter)
	if longCueRe.MatchString(p.f.s) && !notLongCueRe.MatchString(p.f.s) {
		p.each(lengthBoundRe, p.longLength)
		if p.m.MinRuntime > 0 {
			p.each(longWordsRe, func(_ []string, idx []int) bool {
				return !epicNextRe.Match(p.work[idx[1]:]) // "a long epic": epicRe's
			})
		}
	}
}

// refusedOldFilms reads refusedOldRe beside a wish for newer films. It
// runs after the eras of the films shown (shownera13.go), which read
// « plus récent, mon fils trouve les vieux films nuls » whole.
func (p *parser) refusedOldFilms() {
	s := string(p.work)
	newerThanYear := false
	for _, sub := range thanYearRe.FindAllStringSubmatch(s, -1) {
		newerThanYear = newerThanYear || sub[1] != ""
	}
	if !notOldRe.MatchString(s) && (newestRe.MatchString(s) || recentRe.MatchString(s) || newerRe.MatchString(s) || newerThanYear || p.m.MinYear >= 2000) && !notRecentRe.MatchString(s) {
		p.each(refusedOldRe, func(_ []string, idx []int) bool {
			// "10 years old" is an age; « plus vieux que 1960 » a bound
			// (loose11.go).
			return !ageEndRe.Match(p.work[:idx[0]]) && !thanRe.Match(p.work[idx[1]:])
		})
	}
}

// longLength reads a length in a message that asks for a long film: a
// least length, unless words of a greatest one stand beside it.
func (p *parser) longLength(sub []string, _ []int) bool {
	if sub[2] != "" || sub[len(sub)-2] != "" {
		return false // « long mais pas plus de 3h »: a bound, read later
	}
	n := minutesOf(sub[0])
	if n < 2*60 {
		return false
	}
	if sub[1] == "" && sub[len(sub)-1] == "" {
		n = max(n-longFromRounded, longFilmMinutes) // « dans les 3h »: rounded
	} else if strictBound(sub[0]) {
		n++ // « plus de 2h30 »: not 150
	}
	p.m.MinRuntime = n
	return true
}

// homeOf reads « un film de chez lui » as the country of the nationality
// named before it in the message (« ma coloc est argentine »), or else
// after it; "us" is the pronoun.
func (p *parser) homeOf(_ []string, idx []int) bool {
	p.each(firstRe, func(_ []string, idx []int) bool {
		for g := 2; g < len(idx); g += 2 {
			if idx[g] >= 0 {
				p.consume(idx[g], idx[g+1])
			}
		}
		return false
	})
	s := string(p.work)
	var code string
	for _, w := range nationWordRe.FindAllStringIndex(s, -1) {
		word := s[w[0]:w[1]]
		if word == "us" {
			continue
		}
		if w[0] < idx[0] || code == "" {
			code = nationWord[word]
		}
		if w[0] > idx[0] {
			break
		}
	}
	if code == "" {
		return false
	}
	p.setNation(code)
	return true
}
