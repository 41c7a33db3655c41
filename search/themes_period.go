package search

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// The period a story is set in: « un film qui se passe dans les années 30 »,
// « au XVIIe siècle », « dans l'Antiquité », "set in the 1600s", "a thirties
// period piece". TMDB files it as keywords ("1930s", "17th century",
// "ancient world", "period drama"), which the words of a request do not
// spell: a decade is typed as digits or words, a century in Roman numerals
// or as "the 1600s". This file reads those spellings into the keywords
// before the rest of MatchTheme, which would take « XVIIe » for a typo of
// another century and « années 30 » for a release era.
//
// Only the search reads a period this way: the chat decides beforehand
// whether « des années 80 » is the years a film came out (an era filter) or
// the years its story is set in, and hands the theme search only the latter.

// A period is a time a story is set in, read from a request.
type period struct {
	keywords []string // TMDB keywords, strongest first (some may be on no film)
	fr, en   string   // how a reply names it
	broad    bool     // « un film d'époque », « l'Antiquité »: a more specific theme beside it leads
	decade   bool     // a decade, which a release preposition can make a release era
	year     int      // the year the period was said by, if any
}

// Folded, word-split spellings (splitWords: no accents, elisions dropped,
// hyphens as spaces).
var (
	// periodDecadeRe: « années 30 », « années 1890 », « années trente »,
	// "1930s", "30s", "the thirties".
	periodDecadeRe = regexp.MustCompile(`\b(?:annees\s+(?:(18|19|20)?(\d)0|(vingt|trente|quarante|cinquante|soixante\s+dix|soixante|quatre\s+vingt\s+dix|quatre\s+vingts?))|(18|19|20)?(\d)0\s?s|(?:eighteen\s+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(noughties|aughts))\b`)
	// periodCenturyRe: « XVIIe siècle », « 19eme siecle », « au Ier siècle
	// avant J.-C. », "17th century".
	periodCenturyRe = regexp.MustCompile(`\b(?:([ivx]{1,6})\s?(?:e|eme|ieme|er|ere|emes?)?|(\d{1,2})\s?(?:e|eme|ieme|er|ere|emes?|st|nd|rd|th)|(` + ordinalAlt + `))\s+(?:siecles?|centur(?:y|ies))(\s+(?:(?:avant|av)\s+(?:j\s?c|jesus\s+christ|notre\s+ere|l\s+ere\s+chretienne)|bc|b\s?c|bce|before\s+christ))?\b`)
	// periodHundredsRe: "the 1600s", « les années 1600 » read as a century.
	periodHundredsRe = regexp.MustCompile(`\b(?:annees\s+(1[0-7])00|(1[0-9])00\s?s)\b`)
	// periodYearRe: a year before films were made is a setting (« vers
	// 1890 », "in 1066"); a later one only after words that make it the
	// story's (« se passe en 1942 »: matchPeriod checks them).
	periodYearRe = regexp.MustCompile(`\b(1[0-8]\d[1-9]|1[0-8][1-9]0|19\d\d|20\d\d)\b`)
	// periodCueRe: words that say the years are the story's, not the
	// film's.
	periodCueRe = regexp.MustCompile(`\b(?:se\s+(?:passe|passent|passant|deroule|deroulent|deroulant)|situee?s?|epoque|ere|periode|ambiance|decor|cadre|set|setting|takes?\s+place|taking\s+place|era|times|period|piece|nostalgia|nostalgie|nostalgique|vibe|atmosphere|story|histoire|pendant|during|dans\s+les|in\s+the)\b`)
	// periodReleaseRe: a decade said as the film's years, with nothing else:
	// « des années 80 », "from the 80s", "80s movies".
	periodReleaseRe = regexp.MustCompile(`^(?:(?:je|on|i|we|un|une|des|les|le|film|films|movie|movies|cherche|voudrais|veux|want|like|looking|for|some|a|an|something|quelque|chose|truc|svp|please|merci)\s+)*(?:des|de|du|from|of|sortis?|released|made)\s+(?:the\s+)?$`)
	// periodFilmsAfterRe: "80s movies", « années 80 les films »: the
	// decade names the films, not their stories.
	periodFilmsAfterRe = regexp.MustCompile(`^\s*(?:films?|movies?|flicks?|cinema)\s*$`)
	// periodSettingWords are the words around a period that say nothing of
	// the theme: « qui se déroule », "a story set in", « l'ambiance des ».
	periodSettingWords = setOf("se", "passe", "passent", "passant", "deroule", "deroulent", "deroulant", "situe", "situee",
		"situes", "situees", "epoque", "ere", "periode", "ambiance", "decor", "cadre", "temps", "setting", "set", "takes",
		"take", "taking", "place", "era", "times", "period", "piece", "nostalgia", "nostalgie", "nostalgique", "vibe",
		"atmosphere", "vers", "environ", "apres", "avant", "jesus", "christ", "j", "c", "jc", "ad", "bc", "sous", "en",
		"durant", "pendant", "during", "at", "age", "siecle", "siecles", "century", "centuries", "tale", "tales",
		"drame", "drama", "dramas", "fiction", "costume", "costumes", "historique", "historiques", "historical",
		"from", "released", "made", "sorti", "sortis", "sortie", "sorties", "lieu",
		"grand", "grands", "grande", "grandes", "beau", "beaux", "belle", "belles", "vrai", "vrais", "vraie", "vraies")
)

// ordinalAlt are the ordinal numbers a century is said with, folded and
// split at hyphens.
const ordinalAlt = `premier|deuxieme|second|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme|onzieme|douzieme|treizieme|quatorzieme|quinzieme|seizieme|dix\s+septieme|dix\s+huitieme|dix\s+neuvieme|vingtieme|vingt\s+et\s+unieme|first|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty\s+first`

// ordinalNumbers reads the words of ordinalAlt.
var ordinalNumbers = map[string]int{"premier": 1, "first": 1, "deuxieme": 2, "second": 2, "troisieme": 3, "third": 3,
	"quatrieme": 4, "fourth": 4, "cinquieme": 5, "fifth": 5, "sixieme": 6, "sixth": 6, "septieme": 7, "seventh": 7,
	"huitieme": 8, "eighth": 8, "neuvieme": 9, "ninth": 9, "dixieme": 10, "tenth": 10, "onzieme": 11, "eleventh": 11,
	"douzieme": 12, "twelfth": 12, "treizieme": 13, "thirteenth": 13, "quatorzieme": 14, "fourteenth": 14,
	"quinzieme": 15, "fifteenth": 15, "seizieme": 16, "sixteenth": 16, "dix septieme": 17, "seventeenth": 17,
	"dix huitieme": 18, "eighteenth": 18, "dix neuvieme": 19, "nineteenth": 19, "vingtieme": 20, "twentieth": 20,
	"vingt et unieme": 21, "twenty first": 21}

// periodDecadeWords are decades said in words.
var periodDecadeWords = map[string]int{"vingt": 1920, "trente": 1930, "quarante": 1940, "cinquante": 1950,
	"soixante": 1960, "soixante dix": 1970, "quatre vingt": 1980, "quatre vingts": 1980, "quatre vingt dix": 1990,
	"twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960, "seventies": 1970,
	"eighties": 1980, "nineties": 1990, "noughties": 2000, "aughts": 2000}

// A namedPeriod is an era customers name (« l'Antiquité », "the roaring
// twenties") that the seed lexicon does not read as the years it is.
type namedPeriod struct {
	re       *regexp.Regexp
	fr, en   string
	keywords []string
	broad    bool
}

// namedPeriods are tried in order; the first that matches is the period.
var namedPeriods = []namedPeriod{
	{regexp.MustCompile(`\b(?:annees\s+folles|roaring\s+(?:twenties|20\s?s)|jazz\s+age)\b`), "années folles", "roaring twenties", []string{"1920s", "jazz age", "prohibition era"}, false},
	{regexp.MustCompile(`\bswinging\s+(?:sixties|60\s?s)\b|\bannees\s+(?:yeye|hippies?)\b`), "années 60", "1960s", []string{"1960s", "hippie"}, false},
	{regexp.MustCompile(`\bannees\s+disco\b`), "années 70", "1970s", []string{"1970s", "disco"}, false},
	{regexp.MustCompile(`\b(?:entre\s+(?:les\s+)?deux\s+guerres|interwar|inter\s+war|between\s+the\s+(?:two\s+)?(?:world\s+)?wars)\b`), "entre-deux-guerres", "interwar years", []string{"post world war i", "1920s", "1930s"}, false},
	{regexp.MustCompile(`\b(?:apres\s+guerre|post\s?war|post\s+world\s+war\s+(?:ii|2|two))\b`), "après-guerre", "post-war years", []string{"post world war ii", "post war", "1940s", "1950s"}, false},
	{regexp.MustCompile(`\b(?:ere|periode|age|epoque)\s+glaciaire\b|\bice\s+age\b`), "ère glaciaire", "ice age", []string{"ice age", "prehistory", "stone age"}, false},
	{regexp.MustCompile(`\b(?:victorian(?:\s+(?:england|london|britain|era|times))?|(?:angleterre|londres)\s+victorienne?|victoriens?|victoriennes?)\b`), "époque victorienne", "Victorian era", []string{"victorian england", "victorian era", "19th century"}, false},
	{regexp.MustCompile(`\bedwardian\b|\bepoque\s+edouardienne\b`), "époque édouardienne", "Edwardian era", []string{"1900s", "1910s", "turn of the century"}, false},
	{regexp.MustCompile(`\b(?:turn\s+of\s+the\s+(?:20th\s+|twentieth\s+)?century|tournant\s+du\s+(?:xxe\s+|vingtieme\s+)?siecle)\b`), "tournant du siècle", "turn of the century", []string{"turn of the century", "1900s", "1890s", "belle epoque"}, false},
	{regexp.MustCompile(`\bbelle\s+epoque\b`), "Belle Époque", "Belle Époque", []string{"belle epoque", "1900s", "turn of the century", "1890s"}, false},
	{regexp.MustCompile(`\b(?:epoque\s+ottomane|ottoman\s+(?:times|era|period))\b`), "Empire ottoman", "Ottoman Empire", []string{"ottoman empire"}, false},
	{regexp.MustCompile(`\b(?:old|wild)\s+west\b|\bfar\s+west\b`), "Far West", "Wild West", []string{"wild west", "old west"}, false},
	{regexp.MustCompile(`\b(?:grand\s+siecle|siecle\s+de\s+louis\s+xiv)\b`), "XVIIe siècle", "17th century", []string{"17th century", "louis xiv"}, false},
	{regexp.MustCompile(`\b(?:siecle\s+des\s+lumieres|age\s+of\s+(?:the\s+)?enlightenment)\b`), "XVIIIe siècle", "18th century", []string{"18th century"}, false},
	{regexp.MustCompile(`\b(?:(?:a|de|pendant|sous|la|the|during|in)\s+(?:la\s+|the\s+)?renaissance|renaissance\s+(?:italienne|italy|era|period))\b`), "Renaissance", "Renaissance", []string{"16th century", "15th century", "renaissance"}, false},
	{regexp.MustCompile(`\b(?:antiquite|monde\s+antique|temps\s+antiques?|epoque\s+antique|antiquity|ancient\s+(?:times|world|history)|classical\s+antiquity)\b`), "Antiquité", "antiquity", []string{"ancient world", "ancient rome", "ancient greece", "ancient egypt", "roman empire", "1st century"}, true},
	{regexp.MustCompile(`\b(?:(?:films?|drames?|histoires?)\s+(?:d\s+)?epoque|(?:films?\s+)?(?:en\s+)?costumes?\s+(?:d\s+)?epoque|films?\s+(?:en\s+|a\s+)costumes?|period\s+(?:pieces?|dramas?|films?|movies?)|costume\s+(?:dramas?|pieces?|films?|movies?))\b`), "film d'époque", "period drama", []string{"period drama", "period piece", "costume drama", "historical fiction", "historical drama"}, true},
	{regexp.MustCompile(`\b(?:films?\s+historiques?|fictions?\s+historiques?|drames?\s+historiques?|reconstitutions?\s+historiques?|historical\s+(?:fiction|dramas?|films?|movies?|epics?|romances?))\b`), "fiction historique", "historical fiction", []string{"historical fiction", "historical drama", "historical", "period drama"}, true},
}

// readPeriod finds the period a story is set in among the words of q
// (folded and split); span is where it is among them.
func readPeriod(words string) (p period, span []int, ok bool) {
	for _, np := range namedPeriods {
		if loc := np.re.FindStringIndex(words); loc != nil {
			return period{keywords: np.keywords, fr: np.fr, en: np.en, broad: np.broad}, loc, true
		}
	}
	if sub := periodCenturyRe.FindStringSubmatchIndex(words); sub != nil {
		n := 0
		switch {
		case sub[2] >= 0:
			n = roman(words[sub[2]:sub[3]])
		case sub[4] >= 0:
			n, _ = strconv.Atoi(words[sub[4]:sub[5]])
		case sub[6] >= 0:
			n = ordinalNumbers[strings.Join(strings.Fields(words[sub[6]:sub[7]]), " ")]
		}
		if n >= 1 && n <= 21 {
			return centuryPeriod(n, sub[8] >= 0), sub[:2], true
		}
	}
	if sub := periodHundredsRe.FindStringSubmatchIndex(words); sub != nil {
		digits := words[sub[4]:max(sub[5], sub[3])]
		if sub[2] >= 0 {
			digits = words[sub[2]:sub[3]]
		}
		n, _ := strconv.Atoi(digits)
		p := centuryPeriod(n+1, false)
		p.keywords = append([]string{fmt.Sprintf("%d00s", n)}, p.keywords...)
		p.keywords[0], p.keywords[1] = p.keywords[1], p.keywords[0]
		return p, sub[:2], true
	}
	if sub := periodDecadeRe.FindStringSubmatchIndex(words); sub != nil {
		y := 0
		group := func(i int) string {
			if sub[2*i] < 0 {
				return ""
			}
			return words[sub[2*i]:sub[2*i+1]]
		}
		switch {
		case group(2) != "":
			y = decadeYear(group(1), group(2))
		case group(3) != "":
			y = periodDecadeWords[strings.Join(strings.Fields(group(3)), " ")]
		case group(5) != "":
			y = decadeYear(group(4), group(5))
		case group(6) != "":
			y = periodDecadeWords[group(6)]
			if strings.HasPrefix(words[sub[0]:sub[1]], "eighteen") {
				y -= 100
			}
		case group(7) != "":
			y = 2000
		}
		if y > 0 {
			d := fmt.Sprintf("%ds", y)
			fr := fmt.Sprintf("années %d", y%100)
			if y < 1900 || y >= 2000 {
				fr = fmt.Sprintf("années %d", y)
			}
			return period{keywords: []string{d}, fr: fr, en: d, decade: true}, sub[:2], true
		}
	}
	if sub := periodYearRe.FindStringSubmatchIndex(words); sub != nil {
		y, _ := strconv.Atoi(words[sub[2]:sub[3]])
		c := centuryPeriod(y/100+1, false)
		d := fmt.Sprintf("%ds", y-y%10)
		return period{keywords: append([]string{d}, c.keywords...), fr: strconv.Itoa(y), en: strconv.Itoa(y), year: y}, sub[:2], true
	}
	return period{}, nil, false
}

// decadeYear reads a decade typed as its tens digit, with or without its
// century ("30", "1930", "00", "2010").
func decadeYear(century, tens string) int {
	d, _ := strconv.Atoi(tens)
	switch {
	case century != "":
		c, _ := strconv.Atoi(century)
		return c*100 + d*10
	case d <= 1:
		return 2000 + d*10
	}
	return 1900 + d*10
}

// centuryPeriod is the n-th century, before Christ when bc.
func centuryPeriod(n int, bc bool) period {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	en := fmt.Sprintf("%d%s century", n, suffix)
	fr := romanNumeral(n) + "e siècle"
	if n == 1 {
		fr = "Ier siècle"
	}
	if bc {
		// TMDB files few centuries before Christ: the ancient world
		// stands in for the others.
		return period{keywords: []string{en + " bc", "ancient world"}, fr: fr + " av. J.-C.", en: en + " BC"}
	}
	return period{keywords: []string{en}, fr: fr, en: en}
}

// roman reads a Roman numeral (lower case), 0 when it is none.
func roman(s string) int {
	vals := map[byte]int{'i': 1, 'v': 5, 'x': 10}
	n := 0
	for i := 0; i < len(s); i++ {
		v := vals[s[i]]
		if i+1 < len(s) && vals[s[i+1]] > v {
			n -= v
		} else {
			n += v
		}
	}
	if romanNumeral(n) != strings.ToUpper(s) {
		return 0 // "vix", "iiii": no numeral
	}
	return n
}

// romanNumeral writes n (1..39) in Roman numerals.
func romanNumeral(n int) string {
	var b strings.Builder
	for _, r := range []struct {
		v int
		s string
	}{{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for ; n >= r.v; n -= r.v {
			b.WriteString(r.s)
		}
	}
	return b.String()
}

// matchPeriod reads q as the period a story is set in, alone or with a
// theme beside it (« les sixties, l'époque des hippies »). done reports
// whether q named a period (or a release decade, which is no theme: then
// ok is false); MatchTheme reads q as it always did when done is false.
func (x *Index) matchPeriod(ctx context.Context, q string) (t Theme, ok, done bool, err error) {
	ws := splitWords(fold(q))
	words := strings.Join(ws, " ")
	p, span, found := readPeriod(words)
	if !found {
		return Theme{}, false, false, nil
	}
	cue := periodCueRe.MatchString(words[:span[0]] + " " + words[span[1]:])
	if p.year >= 1900 && !cue {
		return Theme{}, false, false, nil // « 1942 » alone may be a title or a release year
	}
	if p.year > 0 && !cue {
		p.broad = true // « 1789, la Bastille, la Terreur »: the words say more than the year
	}
	before, after := strings.Fields(words[:span[0]]), strings.Fields(words[span[1]:])
	var rest []string
	restFirst := false // the other words come before the period: « des bootleggers dans les années 20 »
	for i, w := range append(before, after...) {
		if !themeFiller[w] && !periodSettingWords[w] && !elisions[w] {
			rest = append(rest, w)
			restFirst = restFirst || i < len(before)
		}
	}
	if p.decade && len(rest) == 0 && !cue &&
		(periodReleaseRe.MatchString(words[:span[0]]) || periodFilmsAfterRe.MatchString(words[span[1]:])) {
		return Theme{}, false, true, nil // « des années 80 » is when the film came out
	}
	var kws []string
	for _, k := range p.keywords {
		if len(x.kwFilms[k]) > 0 {
			kws = append(kws, k)
		}
	}
	if len(kws) == 0 {
		return Theme{}, false, false, nil // a period the catalogue does not file: read the words as they are
	}
	t = Theme{LabelFR: p.fr, LabelEN: p.en, Keywords: kws, Score: 1}
	if len(rest) == 0 {
		return t, true, true, nil
	}
	// The other words as typed, so that the theme's label keeps them: «
	// cour de Versailles », not « cour versailles ».
	typed := origWords(q, 0, len(before)) + " " + origWords(q, len(strings.Fields(words[:span[1]])), len(ws))
	other, ok, err := x.MatchTheme(ctx, strings.TrimSpace(typed))
	least := periodBesideMin
	if p.broad {
		least = periodBroadBesideMin
	}
	if err != nil || !ok || other.Score < least || len(other.Keywords) == 0 {
		return t, true, true, err
	}
	if p.broad {
		// « un film d'époque sur la cour de Versailles »: the court says
		// it all; the period's keywords, on far more films, would outrank it.
		return other, true, true, nil
	}
	if restFirst && len(x.kwFilms[other.Keywords[0]]) <= len(x.kwFilms[kws[0]]) {
		// "bootleggers in the twenties": the subject leads, set in the
		// period, unless it is the broader of the two (« un futur situé
		// dans les années 2040 »).
		other.Keywords = appendMissing(other.Keywords, kws)
		other.LabelFR += ", " + t.LabelFR
		other.LabelEN += ", " + t.LabelEN
		other.Score = 1
		return other, true, true, nil
	}
	t.Keywords = appendMissing(kws, other.Keywords)
	t.LabelFR += ", " + other.LabelFR
	t.LabelEN += ", " + other.LabelEN
	return t, true, true, nil
}

// origWords returns the words of q as typed that hold its folded words
// [from, to) (splitWords), from the first that names something to the
// last, joined by spaces: « sur la cour de Versailles » gives « cour de
// Versailles », « l'époque des hippies » gives « hippies ».
func origWords(q string, from, to int) string {
	var out []string
	first, last := -1, -1
	n := 0
	for _, f := range strings.Fields(q) {
		ws := splitWords(fold(f))
		if n >= from && n+len(ws) <= to && len(ws) > 0 {
			for _, w := range ws {
				// "the depression era": an era after a noun is part of its name.
				named := !themeFiller[w] && !periodSettingWords[w] && !elisions[w] || eraNouns[w] && last == len(out)-1 && last >= 0
				if named {
					if first < 0 {
						first = len(out)
					}
					last = len(out)
				}
			}
			out = append(out, f)
		}
		n += len(ws)
	}
	if first < 0 {
		return ""
	}
	return strings.Join(out[first:last+1], " ")
}

// eraNouns end an era's English name: "the depression era", "the jazz age".
var eraNouns = setOf("era", "age", "times", "period")

// periodBesideMin is the least Score of the theme named beside a period
// for it to join the period: « l'Amérique des fifties » is no South
// America film.
const periodBesideMin = 0.6

// periodBroadBesideMin is the same beside a broad period: « un film
// d'époque sur la cour de Versailles » says little but that it is about
// the court.
const periodBroadBesideMin = 0.35

// appendMissing appends to a the strings of b it does not hold.
func appendMissing(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
