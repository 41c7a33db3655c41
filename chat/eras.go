package chat

import (
	"regexp"
	"strconv"
	"strings"
)

// Eras and lengths said loosely, read before the decade and duration rules
// of understand.go (which would take « de la fin des années 90 » for the
// whole decade, or « de 3h » in « un film de 3h ça me va » for a bound).
// All patterns run on folded text.
// frDecadeWordAlt are the French words of a decade after « années »
// (« les années cinquante »), for the release eras here, in understand.go
// and for the periods a story is set in (periods.go).
const frDecadeWordAlt = `vingt|trente|quarante|cinquante|soixante-dix|soixante|quatre-vingt-dix|quatre-vingts?`

var (
	// partDecadeRe: « fin des années 90 », « début 2000 », « au milieu des
	// années 80 », "the late 90s", "early 2000s", "mid-eighties".
	partDecadeRe = regexp.MustCompile(`\b(?:(?:du|au|de|la|a|dans|le|vers|from|in|of|the|around|towards)\s+)*(?:tout\s+|tres\s+|very\s+)?(debut|fin|milieu|early|late|mid)[\s-]+(?:(?:des|de|of)\s+)?(?:(?:annees|the)\s+)?(?:'?((?:19|20)?\d0)(?:'?s)?|(` + frDecadeWordAlt + `|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b`)
	// agoRe: « de cette année », « sorti l'an dernier », « des 20
	// dernières années », "from last year", "in the last ten years". The
	// word before is required: « L'Année dernière à Marienbad » is a title,
	// "I saw it last year" no era.
	agoRe = regexp.MustCompile(`\b(?:(?:sortis?|sorties?|released|made|de|du|from|in|of|des|au\s+cours\s+des|dans\s+les|sur\s+les|over\s+the|in\s+the|from\s+the|of\s+the)\s+)+(?:(cette\s+annees?|this\s+year|l'annees?\s+en\s+cours)|(l'an\s+(?:dernier|passe)|l'annees?\s+(?:derniere|passee)|last\s+year)|(?:(?:ces|les)\s+)?(\d{1,2}|deux|trois|quatre|cinq|dix|quinze|vingt|trente|quarante|cinquante|two|three|four|five|ten|fifteen|twenty|thirty|forty|fifty)\s+(?:dernieres\s+annees|annees\s+dernieres|derniers\s+ans|last\s+years|past\s+years)|(?:last|past)\s+(\d{1,2}|two|three|four|five|ten|fifteen|twenty|thirty|forty|fifty)\s+years|(la\s+derniere\s+decennie|(?:the\s+)?(?:last|past)\s+decade))\b`)
	// agoBareRe: "last year's films", « il y a deux ans », "two years ago":
	// eras that need no word before them.
	agoBareRe = regexp.MustCompile(`\b(?:(this|last)\s+year's|(?:(?:sortis?|sorties?|released|made)\s+)?il\s+y\s+a\s+(\d{1,2}|deux|trois|quatre|cinq|dix)\s+ans|(?:(?:released|made)\s+)?(\d{1,2}|two|three|four|five|ten)\s+years\s+ago)\b`)
	// lengthNounRe: "a 90-minute movie", « un film de 90 minutes »
	// read as a bound by durationRe aside: the length of the film asked.
	lengthNounRe = regexp.MustCompile(`\b(?:(?:a|an|un|une)\s+)?(\d{2,3})[\s-]*min(?:ute)?s?[\s-]+(?:long\s+)?(?:movies?|films?)\b`)
	// lengthTailRe: "less than two hours long": the word after a length
	// already read.
	lengthTailRe = regexp.MustCompile(`\x00[\s\pP]*(?:long|longs|in\s+length|de\s+long|de\s+duree)\b`)
	// quickRe: "a quick watch", "short ones", « court, moins d'1h30 »: shorter.
	quickRe = regexp.MustCompile(`\b(?:(?:a\s+)?quick\s+(?:watch|one|film|movie)|something\s+quick|short\s+ones?|a\s+short\s+one)\b|(?:^|[,;.!?])\s*(?:plutot\s+|assez\s+|tres\s+|rather\s+|fairly\s+)?(?:courts?|short)\s*(?:[,;.!?]|$)`)
	// notRecentRe: « pas trop récent », "not too recent": not the latest films.
	notRecentRe = regexp.MustCompile(`\b(?:pas|not|nothing|rien\s+de)\s+(?:trop|too|tres|very|si|so)\s+(?:recents?|recentes?|nouveaux|nouvelles?|new|modernes?|modern)\b`)
	// decadeNameENRe: "the nineties", "from the sixties".
	decadeNameENRe = regexp.MustCompile(`\b(?:(?:from|in|of)\s+)?(?:the\s+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b`)
	// prePostRe: "pre-2000", "post 1990", « avant les années 80 », "after
	// the 90s", « depuis les années 2000 »: a bound from a year or a decade.
	prePostRe = regexp.MustCompile(`\b(?:(pre|post)[\s-]?((?:19|20)\d\d)|(avant|before|apres|after|depuis|since)\s+(?:(?:les\s+)?annees\s+|the\s+)'?((?:19|20)?\d0)'?s?)\b`)
	// aboutYearRe: « de 1995 environ », « vers 1995 », "around 1995": a few years either side.
	aboutYearRe = regexp.MustCompile(`\b(?:(?:de|from|en|in)\s+)?(?:((?:19|20)\d\d)\s+(?:environ|a\s+peu\s+pres|or\s+so|ish)|(?:vers|around|circa|autour\s+de|aux\s+alentours\s+de|approximately)\s+((?:19|20)\d\d))\b`)
	// betweenLengthRe: « entre 1h30 et 2h », "between 90 and 120 minutes".
	betweenLengthRe = regexp.MustCompile(`\b(?:entre|between)\s+(\S+(?:\s+\S+)?)\s+(?:et|and)\s+(\S+(?:\s+(?:minutes?|mins?|mn|heures?|hours?)\b)?)`)
	// oldGenreRe: « un bon vieux western », "an old thriller": an old film.
	// A nationality may stand between: "an old British war film", « un
	// vieux hollywoodien ».
	oldGenreRe = regexp.MustCompile(`\b(?:vieux|vieil|vieilles?|old)\s+(?:(?:` + nationAlt + `)\s+)?(?:` + genreAlt + `|films?|movies?)\b`)
	// oldWordsRe: « une vieillerie », « à l'ancienne », « d'autrefois »,
	// « quelque chose d'ancien », "an oldie", "old-fashioned": an old film.
	oldWordsRe = regexp.MustCompile(`\b(?:(?:une?\s+|des\s+|an\s+|some\s+)?(?:(?:bonnes?|good)\s+)?(?:vieilleries?|oldies?(?:\s+but\s+(?:a\s+)?goodies?)?)|a\s+l'ancienne|(?:d')?autrefois|(?:d')?antan|comme\s+on\s+en\s+faisait(?:\s+(?:avant|autrefois|dans\s+le\s+temps))?|like\s+they\s+used\s+to\s+make(?:\s+them)?|old[\s-]fashioned|(?:quelque\s+chose|qqch|un\s+truc|something|anything)\s+(?:d'ancien|de\s+vieux|old))\b`)
	// subtitlesRe: « en VO sous-titrée », "subtitled": how it is shown, no constraint.
	subtitlesRe = regexp.MustCompile(`\b(?:(?:en\s+)?(?:vo|version\s+originale)\s+)?sous[\s-]?titre(?:e|s|es)?(?:\s+(?:en\s+)?(?:francais|anglais))?\b|\b(?:en\s+)?vostf?r?\b`)
	// homeRe: « un film bien de chez nous », « du cinéma hexagonal »: French.
	homeRe = regexp.MustCompile(`\b(?:(?:bien\s+)?de\s+chez\s+nous|(?:du\s+)?cinema\s+hexagonal|(?:de\s+)?l'hexagone|made\s+in\s+france)\b`)
	// foreignFRRe: « un film étranger », « du cinéma étranger »: not French.
	foreignFRRe = regexp.MustCompile(`\b(?:films?|cinema|productions?)\s+etrang(?:er|ers|ere|eres)\b`)
	// exceptNationRe: « tout sauf américain », « autre chose qu'américain »,
	// "anything but American".
	exceptNationRe = regexp.MustCompile(`\b(?:tout\s+sauf|autre\s+chose\s+qu(?:e\s+|')|n'importe\s+quoi\s+sauf|anything\s+but|everything\s+but|anything\s+except)\s*(?:(?:du|des|le|les|un|une|the|a|an)\s+)?(?:(?:films?|cinema|movies?)\s+)?(` + nationAlt + `)\b`)
	// preferenceRe: « de préférence », "ideally": how much, no constraint.
	preferenceRe = regexp.MustCompile(`\b(?:de\s+preference|preferablement|idealement|ideally|preferably)\b`)
	// budgetRe: the time the customer has: "we only have 90 minutes", « on
	// a 1h30 devant nous », « il faut que ça tienne en 1h30 », "keep it
	// under 2 hours", "can't be longer than 2h": a bound.
	budgetRe = regexp.MustCompile(`\b(?:(?:we|i)(?:\s+only|\s+just)?(?:\s+have(?:\s+got)?|'ve\s+got|\s+got)\s+(?:about\s+|around\s+|just\s+|only\s+)?|(?:on|j')\s*(?:n'a\s+qu'|n'ai\s+qu'|a\s+|ai\s+)(?:seulement\s+|juste\s+|que\s+)?|il\s+faut\s+que\s+(?:ca|le\s+film|ce\s+soit)\s+(?:tienne|rentre|dure\s+moins\s+de)\s+(?:en\s+)?|(?:ca\s+)?doit\s+(?:tenir|rentrer)\s+en\s+|(?:keep\s+it|it\s+(?:needs|has)\s+to\s+be|(?:it\s+)?(?:must|should)\s+be|(?:it\s+)?(?:can't|cannot)\s+be)\s+(?:under|less\s+than|shorter\s+than|no\s+(?:more|longer)\s+than|longer\s+than|more\s+than|over)\s*)` + durAlt + `(?:\s+(?:devant\s+(?:nous|moi)|de\s+libre|tonight|ce\s+soir|max(?:imum)?|at\s+most|to\s+spare))?`)
	// mustBeShortRe: "it needs to be short", "those are too long": shorter.
	mustBeShortRe = regexp.MustCompile(`\b(?:(?:it|this)\s+(?:needs|has)\s+to\s+be\s+short|(?:it\s+)?(?:must|should)\s+be\s+short|(?:those|these|they)(?:\s+are|\s+were|'re)\s+(?:all\s+)?(?:a\s+bit\s+|way\s+|much\s+)?too\s+long|(?:ils|elles|ceux-ci|ceux-la)\s+sont\s+(?:un\s+peu\s+|bien\s+|tous\s+)?trop\s+longs?|(?:il|ca)\s+faut\s+(?:que\s+ce\s+soit\s+|du\s+|un\s+film\s+)?courts?)\b`)
	// longFilmRe: « un film long », "a long movie": two hours and more.
	longFilmRe = regexp.MustCompile(`\b(?:(?:un|une|des|a|an|some)\s+)?(?:(?:films?|movies?)\s+longs?|longs?\s+(?:films?|movies?)|long\s+ones?)\b`)
	// lateYearsRe: « ces dernières années », "in recent years": recent.
	lateYearsRe = regexp.MustCompile(`\b(?:(?:de|des|from|in|of)\s+)?(?:ces\s+dernieres\s+annees|ces\s+derniers\s+temps|(?:les\s+|des\s+)?(?:dernieres\s+sorties|sorties\s+recentes)|(?:the\s+)?(?:new|latest|recent)\s+releases|(?:the\s+)?recent\s+years|the\s+last\s+few\s+years|the\s+past\s+few\s+years)\b`)
	// roaringRe: « les années folles », "the roaring twenties".
	roaringRe = regexp.MustCompile(`\b(?:(?:des|les|dans\s+les|from\s+the|the)\s+)?(?:annees\s+folles|roaring\s+(?:twenties|20s))\b`)
	// classicRe: « un grand classique du cinéma », "a classic": a film
	// of the past that people still know.
	classicRe = regexp.MustCompile(`\b(?:(?:un|une|des|les|a|an|some|the)\s+)?(?:(?:grands?|vrais?|great|real|true|bons?|good)\s+)?(?:classiques?|classics?)(?:\s+(?:du|of(?:\s+the)?)\s+(?:cinema|septieme\s+art|silver\s+screen))?`)
	// notLongRe: « qui dure pas des plombes », "nothing too long": shorter,
	// as « pas trop long » (shorterRe).
	notLongRe = regexp.MustCompile(`\b(?:(?:qui\s+)?(?:ne\s+)?(?:dure|durent)\s+pas\s+(?:des\s+plombes|des\s+heures|trois\s+heures|3\s*h|une\s+eternite)|pas\s+(?:trop|tres|si)\s+(?:longs?|longues?)|pas\s+interminables?|not\s+(?:too|very|overly|that)\s+long|nothing\s+too\s+long|not\s+a\s+long\s+one)\b`)
	// lengthOKRe: « un film de 3h ça me va », "a long one is fine": any
	// length.
	lengthOKRe = regexp.MustCompile(`\b(?:(?:un\s+film\s+|a\s+film\s+|a\s+movie\s+)?(?:(?:de|d'|of)\s*)?` + durAlt + `|(?:un\s+film\s+)?(?:long|longs)|a\s+long\s+(?:one|film|movie)|long\s+(?:films?|movies?|ones))\s*,?\s*(?:ca\s+me\s+va|ca\s+nous\s+va|ca\s+va|ca\s+(?:ne\s+)?(?:me|nous)\s+derange\s+pas|ca\s+(?:ne\s+)?(?:me|nous)\s+gene\s+pas|c'est\s+(?:ok|bon|pas\s+grave|pas\s+un\s+probleme)|pas\s+de\s+(?:souci|probleme)|(?:is|are)\s+(?:fine|ok|okay|no\s+problem)|works\s+for\s+me|i\s+don't\s+mind)\b`)
	// durationOnlyRe is a message that is only a length (« 90 min »,
	// "1h30"): the time the customer has, so a bound.
	durationOnlyRe = regexp.MustCompile(`^[\s\pP]*(?:(?:en|in)\s+)?` + durAlt + `[\s\pP]*$`)
	// foreignRe: "in a foreign language", "foreign films", « pas en
	// anglais » is notEnglishRe: not an English-speaking film.
	// peplumRe: « un péplum », "a sword-and-sandal film", "a whodunit": a kind of film
	// that no IMDb genre files, read as the theme of that name.
	peplumRe  = regexp.MustCompile(`\b(?:(?:un|une|des|les|du|de|a|an|some)\s+)?(?:(?:bons?|vrais?|grands?|vieux|good|old|classic)\s+)?(peplums?|sword[\s-]and[\s-]sandal|whodunn?its?|swashbucklers?|(?:de\s+)?capes?\s+et\s+(?:d'|de\s+)?epees?)(?:\s+(?:films?|movies?|epics?))?\b`)
	foreignRe = regexp.MustCompile(`\b(?:(?:in\s+)?(?:a\s+)?foreign(?:[\s-]+language)?(?:\s+(?:films?|movies?|cinema))?|non[\s-]english[\s-]speaking|(?:en\s+)?langue\s+etrangere)\b`)
)

// capeEtEpee is how « un film de cape et d'épée » is read, whatever its
// spelling: a key of kindThemes.
const capeEtEpee = "cape et d'épée"

// A kindTheme is a kind of film said by a name the theme search does not
// know in that language: the words it is searched by, and its labels.
type kindTheme struct{ query, fr, en string }

// kindThemes are the kinds of film read as themes under another name.
var kindThemes = map[string]kindTheme{
	capeEtEpee: {query: "swashbuckler", fr: "cape et d'épée", en: "swashbuckler"},
}

// longFilmMinutes is where « un film long » starts.
const longFilmMinutes = 130

// aboutYears is how far « vers 1995 » reaches either side.
const aboutYears = 3

// notRecentYear is the last year « pas trop récent » reaches.
const notRecentYear = 2009

// classicYear is the last year « un classique » reaches when the message
// gives no era: a film that has stood the test of time.
const classicYear = 1989

// partDecadeSpans are the years of the part of a decade: « début » is its
// first half, « milieu » its middle, « fin » its second half.
var partDecadeSpans = map[string][2]int{"debut": {0, 5}, "early": {0, 5}, "milieu": {2, 8}, "mid": {2, 8}, "fin": {4, 9}, "late": {4, 9}}

// decadeWords are decades said in words.
var decadeWords = map[string]int{"vingt": 1920, "trente": 1930, "quarante": 1940, "cinquante": 1950, "soixante": 1960,
	"soixante-dix": 1970, "quatre-vingt": 1980, "quatre-vingts": 1980, "quatre-vingt-dix": 1990,
	"twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960, "seventies": 1970,
	"eighties": 1980, "nineties": 1990}

// numberWords are small numbers said in words: years ago (eras) and
// children's ages (ages14.go).
var numberWords = map[string]int{"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "dix": 10, "quinze": 15, "vingt": 20,
	"trente": 30, "quarante": 40, "cinquante": 50, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10,
	"fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"one": 1, "six": 6, "seven": 7, "eight": 8, "nine": 9, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "sixteen": 16, "seventeen": 17, "un": 1, "sept": 7, "huit": 8, "neuf": 9, "onze": 11,
	"douze": 12, "treize": 13, "quatorze": 14, "seize": 16, "dix-sept": 17}

// decadeOf returns the first year of a decade typed as digits ("90",
// "1990", "2000") or words.
func decadeOf(digits, word string) int {
	if word != "" {
		return decadeWords[word]
	}
	n, err := strconv.Atoi(digits)
	switch {
	case err != nil:
		return 0
	case n >= 1900:
		return n - n%10
	case n <= 10:
		return 2000 + n
	}
	return 1900 + n
}

// eraPhrases reads the eras and lengths above into the message. Relative
// eras (« l'an dernier ») are kept as years ago: the dialogue's clock
// turns them into years.
func (p *parser) eraPhrases() {
	p.each(preferenceRe, func([]string, []int) bool { return true })
	p.each(homeRe, func([]string, []int) bool { p.m.FrenchOnly = true; return true })
	p.each(foreignFRRe, func([]string, []int) bool {
		p.m.AvoidCountries = appendNew(p.m.AvoidCountries, "FR")
		return true
	})
	p.each(exceptNationRe, func(sub []string, _ []int) bool {
		code := nationWord[strings.Join(strings.Fields(sub[1]), " ")]
		if code == "" {
			return false
		}
		p.m.AvoidCountries = appendNew(p.m.AvoidCountries, code)
		return true
	})
	p.each(subtitlesRe, func([]string, []int) bool { return true })
	p.each(aboutYearRe, func(sub []string, _ []int) bool {
		y, _ := strconv.Atoi(sub[1] + sub[2])
		p.m.MinYear, p.m.MaxYear = y-aboutYears, y+aboutYears
		return true
	})
	p.each(prePostRe, func(sub []string, _ []int) bool {
		if sub[1] != "" {
			y, _ := strconv.Atoi(sub[2])
			if sub[1] == "pre" {
				p.m.MaxYear = y - 1
			} else {
				p.m.MinYear = y + 1
			}
			return true
		}
		y := decadeOf(sub[4], "")
		if y == 0 {
			return false
		}
		switch sub[3] {
		case "avant", "before":
			p.m.MaxYear = y - 1
		case "apres", "after":
			p.m.MinYear = y + 10
		default: // depuis, since
			p.m.MinYear = y
		}
		return true
	})
	p.each(notRecentRe, func([]string, []int) bool {
		if p.m.MaxYear == 0 {
			p.m.MaxYear = notRecentYear
		}
		return true
	})
	p.each(oldWordsRe, func([]string, []int) bool {
		if p.m.MaxYear == 0 {
			p.m.MaxYear = oldFilmYear
		}
		return true
	})
	p.each(oldGenreRe, func([]string, []int) bool {
		if p.m.MaxYear == 0 {
			p.m.MaxYear = oldFilmYear
		}
		return false // the genre rules read the genre, and the adjective with it
	})
	p.each(betweenLengthRe, func(sub []string, _ []int) bool {
		lo, hi := minutesOf(sub[1]), minutesOf(sub[2])
		if lo == 0 && hi > 0 && strings.Trim(sub[1], "0123456789") == "" {
			// "between 90 and 120 minutes", « entre 2 et 3 heures »: the
			// first number has the second's unit.
			lo = minutesOf(sub[1] + " " + strings.TrimLeft(sub[2], "0123456789 "))
		}
		if lo == 0 || hi == 0 || lo >= hi {
			return false
		}
		p.m.MinRuntime, p.m.MaxRuntime = lo, hi
		return true
	})
	p.each(budgetRe, p.maxRuntime)
	p.each(mustBeShortRe, p.shorter)
	p.each(longFilmRe, p.longFilm)
	p.each(quickRe, p.shorter)
	p.each(roaringRe, func([]string, []int) bool {
		p.m.MinYear, p.m.MaxYear = 1920, 1929
		return true
	})
	p.each(agoRe, func(sub []string, _ []int) bool {
		switch {
		case sub[1] != "":
			p.m.Ago = &yearsAgo{From: 0, To: 0}
		case sub[2] != "":
			p.m.Ago = &yearsAgo{From: 1, To: 1}
		case sub[5] != "":
			p.m.Ago = &yearsAgo{From: 10, To: 0}
		default:
			w := sub[3] + sub[4]
			n, err := strconv.Atoi(w)
			if err != nil {
				n = numberWords[w]
			}
			if n <= 0 {
				return false
			}
			p.m.Ago = &yearsAgo{From: n, To: 0}
		}
		return true
	})
	p.each(agoBareRe, func(sub []string, _ []int) bool {
		switch w := sub[2] + sub[3]; {
		case sub[1] == "this":
			p.m.Ago = &yearsAgo{From: 0, To: 0}
		case sub[1] == "last":
			p.m.Ago = &yearsAgo{From: 1, To: 1}
		default:
			n, err := strconv.Atoi(w)
			if err != nil {
				n = numberWords[w]
			}
			if n <= 0 {
				return false
			}
			p.m.Ago = &yearsAgo{From: n, To: n}
		}
		return true
	})
	p.each(lengthNounRe, func(sub []string, _ []int) bool {
		n, _ := strconv.Atoi(sub[1])
		if n < 30 || p.m.MaxRuntime != 0 {
			return false
		}
		p.m.MaxRuntime = n
		return true
	})
	p.each(lateYearsRe, func([]string, []int) bool { p.m.Recent = true; return true })
	p.each(lengthOKRe, p.lengthFine)
	p.each(notLongRe, p.shorter)
	p.each(durationOnlyRe, p.maxRuntime)
	p.each(foreignRe, func([]string, []int) bool {
		p.m.AvoidCountries = appendNew(p.m.AvoidCountries, "US", "GB")
		return true
	})
}

// orNations settles « un film italien ou français », "Italian or French
// films": France is one of the countries asked, not the only one.
func (p *parser) orNations() {
	if p.m.FrenchOnly && len(p.m.Countries) > 0 && orRe.MatchString(p.f.s) {
		p.m.FrenchOnly = false
		p.m.Countries = appendNew(p.m.Countries, "FR")
	}
}

var orRe = regexp.MustCompile(`\b(?:ou|or)\b`)

// classicPhrases reads « un péplum » as its theme, then « un classique »:
// after the nationality rules (« un classique du cinéma français » keeps
// its adjective) and before the genre rules, which read the word as an
// adjective before a genre ("a classic western").
func (p *parser) classicPhrases() {
	p.each(peplumRe, func(sub []string, idx []int) bool {
		th := strings.TrimSpace(p.f.origSpan(idx[2], idx[3]))
		if strings.Contains(sub[1], "cape") {
			th = capeEtEpee // one spelling for kindThemes
		}
		p.m.Themes = append(p.m.Themes, th)
		if strings.HasPrefix(sub[1], "whodun") {
			// A whodunit is a mystery: the theme alone brings buddy
			// comedies whose plot has a murder in it.
			p.m.Genres = appendNew(p.m.Genres, "Mystery")
		}
		return true
	})
	p.each(classicRe, func(sub []string, idx []int) bool {
		if p.afterMusic(idx[0]) {
			return false // « un film sur la musique classique »: a theme
		}
		if p.m.MinYear == 0 && p.m.MaxYear == 0 && p.m.Ago == nil && !recentRe.MatchString(p.f.s) && !newerRe.MatchString(p.f.s) {
			p.m.MaxYear = classicYear
		}
		rest := strings.TrimLeft(string(p.work[idx[1]:]), " ")
		if w := genreWordRe.FindStringIndex(rest); w != nil && w[0] == 0 {
			return false // "a classic western": the genre rules read the adjective
		}
		return true
	})
}

// partDecades reads « fin des années 90 », "the early 2000s". It runs
// after the ranges of decades (« années 70 ou 80 ») and before the whole
// decades.
func (p *parser) partDecades() {
	defer p.each(decadeNameENRe, func(sub []string, _ []int) bool {
		y := decadeWords[sub[1]]
		p.m.MinYear, p.m.MaxYear = y, y+9
		return true
	})
	parts := 0
	p.each(partDecadeRe, func(sub []string, _ []int) bool {
		y := decadeOf(sub[2], sub[3])
		span, ok := partDecadeSpans[sub[1]]
		if y == 0 || !ok {
			return false
		}
		lo, hi := y+span[0], y+span[1]
		if parts > 0 {
			// « de la fin des années 90 au début des années 2000 »: both.
			lo, hi = min(lo, p.m.MinYear), max(hi, p.m.MaxYear)
		}
		parts++
		p.m.MinYear, p.m.MaxYear = lo, hi
		return true
	})
}

// yearsAgo is an era said relative to today: from "from" years ago to
// "to" years ago (« des 20 dernières années » is 20 to 0).
// Its fields are exported so that a message kept in a saved dialogue keeps it.
type yearsAgo struct {
	From int `json:"from"`
	To   int `json:"to"`
}

// years returns the era's bounds in the year now.
func (a yearsAgo) years(now int) (minYear, maxYear int) {
	minYear = now - a.From
	if a.To > 0 || a.From == 0 {
		maxYear = now - a.To
	}
	return minYear, maxYear
}

// afterMusic reports whether the word before pos says « classique » is a
// kind of music or dance (« la musique classique », « danse classique »).
func (p *parser) afterMusic(pos int) bool {
	before := strings.Fields(p.f.s[:pos])
	if len(before) == 0 {
		return false
	}
	switch before[len(before)-1] {
	case "musique", "musiques", "danse", "ballet", "music", "dance":
		return true
	}
	return false
}
