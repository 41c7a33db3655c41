package chat

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/bobine/bobine/recommend"
)

// Lengths said in ways the duration rules of nations.go and eras.go do not
// read: minutes after an hour said in words (« une heure quarante », "an
// hour forty"), a short film (« un court métrage »), a length refused
// (« pas un film de 3 heures »), any length (« la durée m'importe peu »,
// "epic length is fine"). All patterns run on folded text.

// durWordMinutes is the optional minutes after an hour said in words:
// « une heure 40 », « une heure quarante », "an hour and 40 minutes", "an
// hour forty". It has no capturing group: minutesOf reads it with
// wordMinutesRe.
const durWordMinutes = `(?:\s+(?:(?:et|and)\s+)?(?:\d{1,2}|` + minuteWordAlt + `)(?:\s*(?:min|mn|mins|minutes?))?\b)?`

// minuteWordAlt are the minutes said in words after an hour.
const minuteWordAlt = `(?:forty[\s-]five|quarante[\s-]cinq|twenty[\s-]five|vingt[\s-]cinq|fifteen|twenty|thirty|forty|fifty|quinze|vingt|trente|quarante|cinquante|dix|ten)`

var (
	// wordMinutesRe reads the minutes of durWordMinutes.
	wordMinutesRe = regexp.MustCompile(`(?:heures?|heurs?|hours?)\s+(?:(?:et|and)\s+)?(\d{1,2}|` + minuteWordAlt + `)\b`)
	// shortFilmRe: « un court métrage », "a short film", "shorts": the
	// length of a short film, which is no feature.
	shortFilmRe = regexp.MustCompile(`\b(?:(?:un|une|des|les|du|a|some|any)\s+)?(?:(?:petits?|bons?|good)\s+)?(?:courts?[\s-]+metrages?|short\s+films|(?:a\s+)?short\s+film(?:\s+i\s+mean)?)\b`)
	// notOfLengthRe: « pas un film de 3 heures », « pas un truc de trois
	// heures », "not a 3-hour movie", « pas de film de 3h »: shorter than
	// that by half an hour.
	notOfLengthRe = regexp.MustCompile(`\b(?:surtout\s+)?(?:pas|not|no|rien|nothing)\s+(?:(?:un|une|a|des)\s+(?:(?:films?|trucs?|machins?|movies?)\s+)?(?:(?:de|d'|of)\s*)?|(?:de|d')\s*(?:films?|trucs?)\s+(?:de|d')\s*)` + durAlt + `(?:[\s-]*(?:long|longs|movies?|films?|trucs?))?`)
	// anyLengthMoreRe: « la durée m'importe peu », « la durée m'est égale »,
	// « peu m'importe la durée », "epic length is fine", "length is no
	// issue": no runtime bounds.
	anyLengthMoreRe = regexp.MustCompile(`\b(?:(?:(?:la|une)\s+)?(?:duree|longueur)\s+(?:m'importe\s+peu|(?:ne\s+)?m'importe\s+pas|nous\s+importe\s+peu|m'est\s+egale|nous\s+est\s+egale|(?:ca\s+)?n'a\s+pas\s+d'importance|on\s+s'en\s+moque|ca\s+m'est\s+egal)|peu\s+m'importe\s+la\s+(?:duree|longueur)|(?:(?:an?\s+)?epic|long)\s+(?:length|runtime)\s+(?:is|would\s+be)\s+(?:fine|ok|okay|good|no\s+problem)|(?:the\s+)?(?:length|runtime)\s+is\s+no\s+(?:issue|problem|concern)|(?:i\s+)?don't\s+care\s+(?:about|how)\s+(?:the\s+)?(?:length|runtime|long))\b`)
)

// shortAdjectiveRe is « court » among other wishes: « un truc drôle et
// court », « un polar français, court si possible », "something funny and
// short", « pas long et drôle »: shorter.
var shortAdjectiveRe = regexp.MustCompile(`(?:\b(?:et|and)\s+|,\s*)(?:(?:assez|plutot|pretty|quite|fairly)\s+)?(?:courts?|courtes?|short|pas\s+(?:trop\s+)?(?:longs?|longues?)|not\s+(?:too\s+)?long)\b|\b(?:courts?|courtes?|short|pas\s+(?:trop\s+)?(?:longs?|longues?))\s*(?:\s(?:et|and)\b|,|\s(?:si\s+possible|if\s+possible|de\s+preference|svp|stp|please)\b)`)

var (
	// longKindRe: « un long western », « une longue comédie », "a long
	// drama", « un film fleuve », « une longue fresque », "something long":
	// a long film; the genre word is left to the genre rules.
	longKindRe = regexp.MustCompile(`\b(?:(?:un|une|des|a|an|some)\s+)?(?:(?:longs?|longues?)\s+(?:` + genreAlt + `|fresques?|sagas?)|(?:films?|romans?)[\s-]fleuves?|(?:something|anything|quelque\s+chose\s+de|un\s+truc)\s+(?:(?:epic|epique)\s+(?:and|et)\s+)?long)\b`)
	// longerShownRe: « plus long », « des films plus longs », "a longer one",
	// "something longer": longer than the films shown.
	longerShownRe = regexp.MustCompile(`\b(?:(?:des\s+films|un\s+film|quelque\s+chose|un\s+truc|something|a|one|ones|films?|movies?)\s+)?(?:(?:un\s+peu|encore|bien|a\s+bit|a\s+little|even|much)\s+)?(?:plus\s+longs?|plus\s+longues?|longer)(?:\s+(?:one|ones|films?|movies?|svp|stp|please|encore|still))?\b`)
	// evenShorterRe: "even shorter", "shorter still", "keep it short",
	// "short and sweet", « pas trop longtemps », « qui ne dure pas
	// longtemps », « un film très court », "a really short movie", « j'ai
	// pas beaucoup de temps », "not much time": shorter, with the words
	// around it.
	evenShorterRe = regexp.MustCompile(`\b(?:(?:even|still|yet)\s+shorter|shorter\s+(?:still|again|yet)|keep\s+it\s+short|short\s+and\s+sweet|(?:qui\s+)?(?:ne\s+)?(?:dure|durent)\s+pas\s+(?:trop\s+)?longtemps|pas\s+trop\s+longtemps|not\s+(?:too\s+)?long\s+(?:at\s+all|please)|(?:films?|trucs?|movies?)\s+(?:(?:tres|vraiment|assez|plutot|really|very|quite)\s+)?(?:courts?|courtes?)|(?:really|very|quite)\s+short(?:\s+(?:films?|movies?|ones?))?|(?:(?:j'ai|j'|on\s+a|on|nous\s+n'avons|je\s+n'ai|on\s+n'a)\s*)?(?:pas|not)\s+(?:beaucoup|much|a\s+lot|enormement|trop)\s+(?:de\s+|d'|of\s+)?(?:temps|time))\b`)
	// durAtStartRe is a length at the start of the text.
	durAtStartRe = regexp.MustCompile(`^\s*(?:` + durAlt + `)`)
	// comparedRe and negatedBeforeRe are the words after and before
	// « plus long » that make it a bound: "longer than", « pas plus long ».
	comparedRe      = regexp.MustCompile(`^\s*(?:than|que|qu')`)
	negatedBeforeRe = regexp.MustCompile(`\b(?:pas|not|no|nothing|rien\s+de|jamais|never)\s*$`)
	// genreLongRe: « un western long », "a comedy, long": a long film.
	genreLongRe = regexp.MustCompile(`\b(` + genreAlt + `)\s*,?\s+(longs?|longues?)\b`)
	// shortKindRe: "a short comedy", « une comédie courte », « un petit
	// polar court »: shorter; the genre word is left to the genre rules.
	shortKindRe = regexp.MustCompile(`\b(?:(?:a|an|some|un|une|des)\s+)?(?:short|courte?s?)\s+(` + genreAlt + `)\b|\b(` + genreAlt + `)\s*,?\s+(?:short|courte?s?)\b`)
	// genreWordAfterLongRe finds the genre word in a longKindRe match.
	genreWordAfterLongRe = regexp.MustCompile(`\b(?:` + genreAlt + `)\b`)
	// noLongerRe: "I don't want anything longer than 2 hours", "nothing
	// that runs over 2 hours", « je ne veux rien qui dure plus de 2h »,
	// « rien qui dépasse 2h »: a bound.
	noLongerRe = regexp.MustCompile(`\b(?:(?:i|we)\s+(?:don't|do\s+not)\s+want\s+(?:anything|something|a\s+(?:film|movie))|nothing|no\s+(?:films?|movies?)|(?:je\s+ne\s+veux|on\s+ne\s+veut|je\s+veux|on\s+veut)\s+rien|rien)\s+(?:(?:that's|that\s+is|that\s+runs?|that\s+lasts?|that\s+goes|which\s+is|qui\s+(?:dure|fait|depasse)|de)\s+)?(?:longer\s+than|over|more\s+than|above|beyond|plus\s+(?:de|d')|plus\s+long\s+que|au[\s-]dela\s+(?:de|d'))?\s*` + durAlt)
	// notTooLongMoreRe: "that aren't too long", « qui ne soit pas trop
	// long », « qui n'est pas trop long »: shorter.
	notTooLongMoreRe = regexp.MustCompile(`\b(?:(?:that|which)\s+(?:aren't|isn't|is\s+not|are\s+not|won't\s+be)|qui\s+(?:ne\s+)?(?:soit|soient|est|sont|sera)\s+pas|qui\s+n'est\s+pas)\s+(?:too|very|that|overly|trop|tres|si)\s+(?:long|longs|longue|longues)\b`)
	// longOKMoreRe: "I don't mind long films", "it can be long", "length
	// is not an issue", "we have all night", « ça peut être long », « on a
	// toute la soirée »: any length.
	longOKMoreRe = regexp.MustCompile(`\b(?:(?:i|we)\s+(?:don't|do\s+not)\s+mind\s+(?:a\s+)?(?:long|longer)(?:\s+(?:films?|movies?|ones?))?|(?:it|they)\s+can\s+be\s+long|(?:the\s+)?(?:length|runtime)\s+(?:is\s+not|isn't)\s+an?\s+(?:issue|problem|concern)|(?:we|i)\s+(?:have|'ve\s+got|got)\s+(?:all\s+night|all\s+evening|the\s+whole\s+(?:night|evening))|(?:ca|il|le\s+film)\s+peut\s+etre\s+long|(?:on|j')\s*(?:a|ai)\s+(?:toute\s+la\s+(?:soiree|nuit)|tout\s+(?:le|notre|mon)\s+temps)(?:\s+devant\s+(?:moi|nous))?)\b`)
	// longIsRe: "a movie that is long", « un film qui dure longtemps »: a
	// long film.
	longIsRe = regexp.MustCompile(`\b(?:(?:that|which)\s+(?:is|are)\s+(?:really\s+|quite\s+|very\s+)?long|qui\s+(?:dure|durent)\s+(?:longtemps|des\s+heures)|(?:a|an)\s+lengthy(?:\s+(?:films?|movies?|one))?|lengthy\s+(?:films?|movies?))\b`)
	// shorterThanRe: "shorter than that", « plus court que ça »: shorter.
	shorterThanRe = regexp.MustCompile(`\b(?:shorter\s+than\s+(?:that|those|these|this|them)|plus\s+courts?\s+que\s+(?:ca|ceux-la|ceux-ci|celui-la|ceux\s+la))\b`)
	// shorterThanShownRe: "not as long", « pas aussi long », « moins long
	// que Titanic », "shorter than Heat": shorter; a title after it stays
	// to be looked up.
	shorterThanShownRe = regexp.MustCompile(`\b(?:(?:but|mais)\s+)?(?:(?:un\s+peu|a\s+bit|bien|much)\s+)?(?:not\s+(?:as|so)\s+long(?:\s+as)?|pas\s+(?:aussi|si)\s+long(?:ue)?s?(?:\s+que|\s+qu')?|(?:moins\s+long(?:ue)?s?|plus\s+court(?:e)?s?|shorter)\s+(?:que|qu'|than))(?:\s+(?:celui-la|celui-ci|ceux-la|ceux-ci|ca|that\s+one|those|these|that))?`)
	// lengthLabelRe: « durée max 2h », « la durée : 2h max », « durée
	// maximale 1h45 », "runtime: 90 min max": a bound (a length alone
	// after the label is a rough one).
	lengthLabelRe = regexp.MustCompile(`\b(?:la\s+)?(?:duree|length|runtime|running\s+time)\s*(?:[:=]\s*)?(max(?:imale|imum|i)?\.?)?\s*[:=]?\s*` + durAlt + `(?:\s*(max(?:imum|i)?|au\s+plus|at\s+most|tops))?`)
	// budgetMoreRe: « je n'ai qu'une heure et demie devant moi », « nous
	// n'avons que 2h »: the time the customer has, a bound.
	budgetMoreRe = regexp.MustCompile(`\b(?:je\s+n'ai\s+qu(?:e\s+|')|nous\s+n'avons\s+qu(?:e\s+|')|on\s+n'a\s+que\s+|j'ai\s+juste\s+|on\s+a\s+juste\s+|nous\s+avons\s+(?:juste\s+|seulement\s+)?)` + durAlt + `(?:\s+(?:devant\s+(?:nous|moi)|de\s+libre|ce\s+soir|max(?:imum)?))?`)
	// lengthRangeRe: « entre une heure et demie et deux heures », « d'1h30
	// à 2h », "from 90 minutes to 2 hours": both bounds.
	lengthRangeRe = regexp.MustCompile(`\b(?:entre|between|(?:de|from)\s+|d')\s*` + durAlt + `\s*(?:et|and|a|to|-)\s*` + durAlt)
	// upToRe: "up to 2 hours", « jusqu'à 2h », « inférieur à 2h », "below
	// 2 hours", "that's under two hours": a bound.
	upToRe = regexp.MustCompile(`\b(?:(?:that's|that\s+is|which\s+is|that\s+are|it's|qui\s+(?:fait|font|dure|durent))\s+(?:under|less\s+than|below|up\s+to|in\s+under)|up\s+to|jusqu'(?:a|en)|inferieure?s?\s+a|below|in\s+under)\s*` + durAlt)
)

// longerThanShown makes c longer than the films just shown (« plus
// long »): from a minute more than their mean (the longest of them may
// already be the longest the request allows), or a long film when none
// was shown.
func longerThanShown(c *recommend.Constraints, last []Card) {
	sum, n := 0, 0
	for _, card := range last {
		if r := card.Film.Runtime; r > 0 {
			sum, n = sum+r, n+1
		}
	}
	switch {
	case n > 0:
		c.MinRuntime = sum/n + 1
	case c.MinRuntime > 0:
		c.MinRuntime += 15
	default:
		c.MinRuntime = longFilmMinutes
	}
	if c.MaxRuntime > 0 && c.MaxRuntime <= c.MinRuntime {
		c.MaxRuntime = 0
	}
}

// shortFilmMinutes is the longest a short film runs (the Academy's rule).
const shortFilmMinutes = 40

// minuteWords are the minutes said in words after an hour.
var minuteWords = map[string]int{"dix": 10, "ten": 10, "quinze": 15, "fifteen": 15, "vingt": 20, "twenty": 20, "vingt cinq": 25,
	"twenty five": 25, "trente": 30, "thirty": 30, "quarante": 40, "forty": 40, "quarante cinq": 45, "forty five": 45, "cinquante": 50, "fifty": 50}

// wordHourMinutes returns the minutes said after an hour in words in s
// (« une heure quarante »: 40), 0 if none.
func wordHourMinutes(s string) int {
	m := wordMinutesRe.FindStringSubmatch(s)
	if m == nil {
		return 0
	}
	if n, err := strconv.Atoi(m[1]); err == nil {
		if n < 60 {
			return n
		}
		return 0
	}
	return minuteWords[strings.Join(strings.Fields(strings.ReplaceAll(m[1], "-", " ")), " ")]
}

// durationPhrases reads the lengths above into the message, before the
// general duration rules (which would take « de 3 heures » in « pas un
// film de 3 heures » for a length asked).
func (p *parser) durationPhrases() {
	p.each(shortAdjectiveRe, p.shorter)
	p.each(lengthOKRe, p.lengthFine)
	p.each(epicRe, func(_ []string, idx []int) bool {
		for g := 2; g < len(idx); g += 2 {
			if idx[g] >= 0 {
				p.consume(idx[g], idx[g+1])
			}
		}
		return false
	})
	p.each(anyLengthMoreRe, func([]string, []int) bool { p.m.AnyLength = true; return true })
	p.each(notOfLengthRe, func(sub []string, _ []int) bool {
		n := minutesOf(sub[0])
		if n <= 60 {
			return false
		}
		p.m.MaxRuntime = n - refusedLengthMargin
		return true
	})
	p.each(shortFilmRe, func([]string, []int) bool {
		p.m.MaxRuntime = shortFilmMinutes
		return true
	})
	p.each(lengthRangeRe, func(sub []string, _ []int) bool {
		ls := durPartRe.FindAllString(sub[0], 2)
		if len(ls) != 2 {
			return false
		}
		lo, hi := minutesOf(ls[0]), minutesOf(ls[1])
		if lo == 0 || hi <= lo {
			return false
		}
		p.m.MinRuntime, p.m.MaxRuntime = lo, hi
		return true
	})
	p.each(lengthLabelRe, func(sub []string, _ []int) bool {
		n := minutesOf(sub[0])
		if n == 0 {
			return false
		}
		if sub[1] == "" && sub[len(sub)-1] == "" {
			n += aroundMinutes // « durée : 1h30 »: a rough length
		}
		p.m.MaxRuntime = n
		return true
	})
	p.each(budgetMoreRe, p.maxRuntime)
	p.each(shorterThanShownRe, func(_ []string, idx []int) bool {
		if durAtStartRe.Match(p.work[idx[1]:]) {
			return false // "shorter than 2 hours": a bound, read later
		}
		p.m.Shorter = true
		return true
	})
	p.each(noLongerRe, p.maxRuntime)
	p.each(notTooLongMoreRe, p.shorter)
	p.each(longOKMoreRe, func([]string, []int) bool { p.m.AnyLength = true; return true })
	p.each(longIsRe, p.longFilm)
	p.each(shorterThanRe, p.shorter)
	p.each(upToRe, p.maxRuntime)
	p.each(evenShorterRe, p.shorter)
	p.each(longerShownRe, func(_ []string, idx []int) bool {
		if comparedRe.Match(p.work[idx[1]:]) || negatedBeforeRe.Match(p.work[:idx[0]]) {
			return false // "nothing longer than 2 hours", « pas plus long que 2h »: a bound, read later
		}
		p.m.Longer = true
		return true
	})
	p.each(shortKindRe, func(sub []string, idx []int) bool {
		p.m.Shorter = true
		if sub[1] != "" {
			p.consume(idx[0], idx[2]) // "a short" only: the genre is read later
		} else {
			p.consume(idx[5], idx[1])
		}
		return false
	})
	p.each(genreLongRe, func(sub []string, idx []int) bool {
		if p.m.MinRuntime == 0 {
			p.m.MinRuntime = longFilmMinutes
		}
		p.consume(idx[4], idx[5]) // "long" only: the genre is read later
		return false
	})
	p.each(longKindRe, func(sub []string, idx []int) bool {
		if p.m.MinRuntime == 0 {
			p.m.MinRuntime = longFilmMinutes
		}
		// the words "long"/"longue" only: the genre after them is read later
		if g := genreWordAfterLongRe.FindStringIndex(sub[0]); g != nil {
			p.consume(idx[0], idx[0]+g[0])
			return false
		}
		return true
	})
}

// refusedLengthMargin is how much shorter than a refused length (« pas un
// film de 3 heures ») the films are.
const refusedLengthMargin = 30

// A bound said with « moins de », "under", « plus de » or "over" leaves the
// bound itself out, as a person means it: « moins de 100 minutes » is no
// film of 100 minutes, "over 150 minutes" no film of 150. « Pas plus de »,
// « au moins », "at most", "up to" keep it.
var (
	strictBoundRe    = regexp.MustCompile(`\b(?:moins|moin|under|less\s+than|shorter\s+than|below|en\s+dessous|sous|inferieure?s?|plus\s+(?:de|d')|more\s+than|over|longer\s+than)\b`)
	inclusiveBoundRe = regexp.MustCompile(`\b(?:pas|not|no|nothing|rien|don't|do\s+not|never|jamais|au\s+plus|max|maxi|maximum|at\s+most|up\s+to|jusqu|au\s+moins|at\s+least|minimum)\b`)
)

// strictBound reports whether the length phrase s leaves its bound out.
func strictBound(s string) bool {
	return strictBoundRe.MatchString(s) && !inclusiveBoundRe.MatchString(s)
}

// upToBeforeRe is "up to", « jusqu'à » before a length said to be fine
// ("up to three hours is fine").
var upToBeforeRe = regexp.MustCompile(`\b(?:up\s+to|jusqu'(?:a|en)|even|meme)\s*$`)

// lengthFine reads « 3h ça me va », "two hours is fine" (lengthOKRe): any
// length, unless the message also sets a least length (« plus de 2h30, 3h
// ça me va ») or says "up to": then the length named is the most wanted,
// and the least one stays.
func (p *parser) lengthFine(sub []string, idx []int) bool {
	n := minutesOf(sub[0])
	before := p.work[:idx[0]]
	switch {
	case n == 0:
		p.m.AnyLength = true
	case upToBeforeRe.Match(before):
		loc := upToBeforeRe.FindIndex(before)
		p.consume(loc[0], loc[1])
		p.m.MaxRuntime = n
	case longerRe.Match(p.work):
		p.m.MaxRuntime = n
	default:
		p.m.AnyLength = true
	}
	return true
}

// epicRe is "epic" beside a genre or a film word ("a war epic", « un
// western épique », "an epic movie"): how the film feels, never a title
// (Epic, 2013). Group 1 or 2 is the word.
var epicRe = regexp.MustCompile(`\b(?:` + genreAlt + `)\s+(epics?|epiques?)\b|\b(epics?|epiques?)\s+(?:` + genreAlt + `|films?|movies?|adventures?|aventures?)\b`)
