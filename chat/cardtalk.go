package chat

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Customers talk about the cards on screen the way they talk about films
// at the counter: the rank comes with commentary before or after it
// (« le 4 a l'air sympa, pourquoi tu le proposes ? », « pourquoi celui-ci,
// le 3 ? », « et le dernier, pourquoi lui ? », "how come the second one?"),
// and a card seen or owned is set aside in passing while asking for
// something else (« le 2 on l'a déjà, un autre comme le 5 », « le 1 je l'ai
// en dvd. d'autres ? », "seen the 4th already, another like the 1st").
// cardTalk reads those shapes before the act rules, which expect the rank
// right after their cue and would read the commentary as a title.

// whyCueRe asks why a card is there, or what it is about, without naming
// it: the rank is elsewhere in the message.
var whyCueRe = regexp.MustCompile(`\b(?:pourquoi|` + smsWhy + `|why|how\s+come|c'est\s+quoi|qu'est-ce\s+que\s+c'est|(?:il|elle|ca)\s+parle\s+de\s+quoi|(?:ca|il|elle)\s+raconte\s+quoi|de\s+quoi\s+(?:ca|il|elle)\s+parle|what(?:'s|\s+is)\s+(?:it|that(?:\s+one)?|this(?:\s+one)?)\s+about|tell\s+me\s+(?:more\s+)?about\s+(?:it|that|this))\b`)

// whyNotRe is « pourquoi pas », "why not": a suggestion, not a question
// about a card.
var whyNotRe = regexp.MustCompile(`\b(?:pourquoi\s+pas|why\s+not)\b`)

// ownedAlt says a card was seen or is owned, after its rank: « on l'a
// déjà », « je l'ai en dvd », « je connais déjà », "we've seen it".
const ownedAlt = `(?:(?:je|on|nous|j')\s*(?:l'ai|l'a|l'avons|les\s+ai|les\s+a)(?:\s+(?:deja|aussi))?(?:\s+(?:vus?|vues?|regardes?|en\s+(?:dvd|blu-?ray|vhs|k7|cassette)|a\s+la\s+maison|chez\s+(?:nous|moi)))?(?:\s+(?:deja|aussi))?|je\s+(?:le\s+|la\s+)?connais(?:\s+deja)?|on\s+(?:le\s+|la\s+)?connait(?:\s+deja)?|deja\s+vus?|(?:i|we)(?:'ve|\s+have)\s+(?:already\s+)?(?:seen|watched)(?:\s+(?:it|that(?:\s+one)?))?(?:\s+already)?|(?:i|we)\s+(?:already\s+)?(?:have|own|got)\s+(?:it|that(?:\s+one)?)(?:\s+on\s+(?:dvd|blu-?ray))?|(?:already\s+)?seen\s+it(?:\s+already)?|(?:i|we)\s+saw\s+it|` + seenByAlt + `)(?:\s+(?:last\s+(?:year|month|week|night)|at\s+the\s+(?:cinema|pictures)|on\s+tv|l'an\s+dernier|l'annee\s+derniere|au\s+cinema|a\s+la\s+tele))?`

// ownedBeforeAlt says a card was seen or is owned, before its rank:
// "seen the 4th already", "we have the 1st on dvd", « déjà vu le 3 ».
const ownedBeforeAlt = `(?:` + seenBeforeAlt + `|(?:i|we)(?:'ve|\s+have)\s+(?:already\s+)?(?:seen|watched)|(?:already\s+)?seen|(?:i|we)\s+(?:already\s+)?(?:have|own|got)|j'ai\s+deja\s+vu|on\s+a\s+deja\s+vu|deja\s+vu)`

var (
	ownedAfterRe  = regexp.MustCompile(`(` + refList + `)\s*[,.:;!]?\s*` + ownedAlt + `\b`)
	ownedBeforeRe = regexp.MustCompile(`\b` + ownedBeforeAlt + `\s+(` + refList + `)(?:\s+(?:already|deja|aussi|too|on\s+(?:dvd|blu-?ray)|en\s+(?:dvd|blu-?ray)))?\b`)
	// loneRankRe is a rank standing alone at an end of the message, set
	// off by punctuation: « celui-là on l'a vu, le 3 », "…, the 2nd".
	loneRankRe = regexp.MustCompile(`(?:^|[,.;:!?]\s*)(` + refArt + refWord + `(?:\s+(?:film|one|movie))?)\s*[\s\pP]*$|^[\s\pP]*(` + refArt + refWord + `(?:\s+(?:film|one|movie))?)\s*[,:;]`)
	// cardLikeCueRe is a cue before a rank that makes it a model, not the
	// card asked about: « comme le 2 », "like the 1st".
	cardLikeCueRe = regexp.MustCompile(`\b(?:comme|like|similaires?|similar|genre|style|veine|vein|que)\s*$`)
	// cardNotCueRe is a cue before a rank that leaves it out: « pas le 2 ».
	cardNotCueRe = regexp.MustCompile(`\b(?:pas|not|sans|sauf|except|ni|nor)\s*$`)
	// talkRestRe is what is left of a message once the seen cards are set
	// aside and that asks for nothing: commas, « ok », « merci ».
	// anotherRe is « un autre », "another one" alone: more films.
	anotherRe = regexp.MustCompile(`^[\s\pP]*(?:(?:ok|bon|alors|donc|so|well|et|and|mais|but)[\s\pP]+)*(?:un\s+autre|une\s+autre|autre\s+chose|another(?:\s+one)?|something\s+else|` + swapAlt + `)(?:\s+(?:` + insteadAlt + `|svp|please|alors|then))*[\s\pP]*$`)
	// « pas le 2, on l'a en dvd », "not number 2, we own it": the « pas »
	// left is the same setting aside.
	talkRestRe = regexp.MustCompile(`^[\s\pP]*(?:(?:ok|okay|bon|ben|bah|alors|donc|du\s+coup|merci|thanks|so|well|et|and|mais|but|aussi|too|also|deja|already|hmm|euh|pas|not|non|no|nope)[\s\pP]*)*$`)
)

// ownedNotRe follows an ownedAlt phrase that it negates.
var ownedNotRe = regexp.MustCompile(`^\s*(?:pas|point|jamais|not|never)\b`)

// bareDigitRe is a rank typed as a digit alone; titleEndRe is a word right
// before it, which makes the digit part of a title (« toy story 2 »).
var (
	bareDigitRe = regexp.MustCompile(`^\s*[1-9]\s*$`)
	titleEndRe  = regexp.MustCompile(`[a-z0-9]\s*$`)
)

// ranksIn returns the ranks of the cards a folded text names by a number
// or an ordinal (not « celui-là »), with where each was found, leaving out
// those after a cue of likeness or exclusion when skipCues is set.
func ranksIn(s string, skipCues bool) (ranks []int, spans [][]int) {
	for _, loc := range refRe.FindAllStringIndex(s, -1) {
		k, ok := refRank(s[loc[0]:loc[1]])
		if !ok {
			continue
		}
		if skipCues && (cardLikeCueRe.MatchString(s[:loc[0]]) || cardNotCueRe.MatchString(s[:loc[0]])) {
			continue
		}
		ranks = append(ranks, k)
		spans = append(spans, loc)
	}
	return ranks, spans
}

// cardTalk reads a message about the cards of a list of n films. It returns
// the message understood and true when the message has one of the shapes
// above, or false to leave the message to the other rules.
func cardTalk(text string, n int) (message, bool) {
	s := " " + fold(text).s + " "
	if noSequelRe.MatchString(s) {
		return message{}, false // « sans la partie 2 ni la 3, je les ai vues »: a saga's films
	}
	valid := func(ks []int) bool {
		if len(ks) == 0 {
			return false
		}
		for _, k := range ks {
			if k == 0 || k > n || k < -1 {
				return false
			}
		}
		return true
	}
	// A card seen or owned, set aside in passing; « le 1 on l'a aimé aussi »
	// is liked, not owned.
	var seen []int
	rest := s
	owned := []*regexp.Regexp{ownedAfterRe, ownedBeforeRe}
	if refPleasedRe.MatchString(s) || likeRefRe.MatchString(s) || seenLovedRe.MatchString(s) {
		owned = nil
	}
	for _, re := range owned {
		for {
			idx := re.FindStringSubmatchIndex(rest)
			if idx == nil {
				break
			}
			r := rest[idx[2]:idx[3]]
			if bareDigitRe.MatchString(r) && titleEndRe.MatchString(rest[:idx[2]]) {
				break // « toy story 2 on l'a vu »: a title, not a rank
			}
			if ownedNotRe.MatchString(rest[idx[1]:]) {
				break // « le 4 on connaît pas », « le 3 je l'ai pas vu »: not seen
			}
			ks := refsOf(r)
			rest = rest[:idx[0]] + " , " + dropComment(rest[idx[1]:]) // followups14.go: « … vu au lycée mdr »
			if slices.Equal(ks, []int{0}) {
				// « celui-là on l'a vu, le 3 »: the rank stands apart.
				if l := loneRankRe.FindStringSubmatchIndex(rest); l != nil {
					a, b := l[2], l[3]
					if a < 0 {
						a, b = l[4], l[5]
					}
					ks = refsOf(rest[a:b])
					rest = rest[:a] + " " + rest[b:]
				}
			}
			seen = append(seen, ks...)
		}
	}
	if len(seen) > 0 {
		if !valid(seen) {
			return message{}, false
		}
		if anotherRe.MatchString(rest) {
			rest = "encore"
		}
		if talkRestRe.MatchString(rest) {
			m := parse("pas "+rankWords(seen), parseOptions{})
			m.Raw = text
			return m, true
		}
		m := parse(rest, parseOptions{})
		if m.Act == actNone && !m.More && !m.hasRequest() {
			return message{}, false
		}
		m.Raw, m.Seen = text, seen
		if m.Act == actReject {
			m.Refs = rankedRefs(append(seen, m.Refs...)) // « le 2 on l'a vu, pas celui-là »
			m.Seen = nil
		}
		if m.Lang == "" {
			m.Lang = detectLang(text)
		}
		return m, true
	}
	// « lequel est le plus court ? sinon juste les films de moins de 2h »:
	// the request that follows is what to answer.
	if loc := superlativeRe.FindStringIndex(s); loc != nil {
		rest := sinonRe.ReplaceAllString(s[:loc[0]]+" "+s[loc[1]:], " ")
		if talkRestRe.MatchString(rest) {
			return message{}, false // the question alone (Engine.superlative)
		}
		m := parse(rest, parseOptions{})
		m.Raw, m.Lang = text, detectLang(text)
		return m, true
	}
	// Why a card is there, or who made it, who is in it, how long it
	// runs (cardabout.go): one rank, and a question about it anywhere.
	about, asks := cardAbout(s)
	if (asks || whyCueRe.MatchString(s)) && !whyNotRe.MatchString(s) {
		ks, spans := ranksIn(s, true)
		if all, _ := ranksIn(s, false); len(ks) == 1 && len(all) == 1 && !titleDigit(s, spans[0]) && (valid(ks) || outOfList(ks[0], n)) {
			m := parse("pourquoi "+rankWords(ks), parseOptions{})
			m.Raw, m.Lang, m.About = text, detectLang(text), about
			return m, true
		}
	}
	return message{}, false
}

// outOfList reports whether rank k names a card past the end of a list of
// n (« le deux, il dure combien ? » under a list of one): the reply then
// says the list is shorter.
func outOfList(k, n int) bool { return n > 0 && k > n }

// titleDigit reports whether the rank found at span of s is a digit right
// after a word, which makes it part of a title (« toy story 2, c'est avec
// qui ? »).
func titleDigit(s string, span []int) bool {
	return bareDigitRe.MatchString(s[span[0]:span[1]]) && titleEndRe.MatchString(s[:span[0]])
}

// rankWords writes ranks as the act rules read them: « le 2 et le 4 »,
// « le dernier ».
func rankWords(ks []int) string {
	var ws []string
	for _, k := range ks {
		if k == -1 {
			ws = append(ws, "le dernier")
		} else {
			ws = append(ws, "le "+strconv.Itoa(k))
		}
	}
	return strings.Join(ws, " et ")
}

// setAside leaves out of the dialogue the cards m says were seen or owned
// (« le 2 on l'a déjà, un autre comme le 5 »): they are never shown again.
func (s *session) setAside(m message) {
	for _, k := range m.Seen {
		if k == -1 {
			k = len(s.last)
		}
		if k >= 1 && k <= len(s.last) {
			id := s.last[k-1].Film.ID
			s.excluded = appendNew(s.excluded, id)
			s.liked = remove(s.liked, id)
		}
	}
}

// superlativeRe asks which card on screen is the shortest, the longest,
// the newest, the oldest or the best rated: « lequel est le plus court ? »,
// "which one is the oldest?". Group 1 is the French adjective, group 2 the
// English one.
var superlativeRe = regexp.MustCompile(`\b(?:(?:lequel|laquelle|quel\s+film|c'est\s+lequel)(?:\s+des\s+(?:deux|trois|2|3))?\s+(?:est|c'est)?\s*(?:le|la)?\s*(?:plus\s+(courte|court|longue|long|recente|recent|ancienne|ancien|vieux|vieille|effrayant|effrayante|flippant|flippante)|mieux\s+(note|notee)|(?:fait|fera|ferait|fait\s+vraiment)\s+le\s+plus\s+(peur))|which(?:\s+(?:one|film|movie))?(?:\s+of\s+(?:the\s+)?(?:two|three|them|those|these))?\s+(?:is|s|'s)\s+(?:the\s+)?(?:(shortest|longest|newest|most\s+recent|latest|oldest|best\s+rated|highest\s+rated|scariest|most\s+frightening)|(shorter|longer|newer|more\s+recent|older|better\s+rated|scarier|more\s+frightening|more\s+scary)))\b\s*\??`)

// sinonRe joins a superlative question to a request in case it does not
// settle things: « sinon juste les films de moins de 2h ».
var sinonRe = regexp.MustCompile(`^[\s\pP]*(?:sinon|ou\s+alors|ou\s+bien|ou|otherwise|or\s+else|or)\b`)

// superlative answers « lequel est le plus court ? » alone with the card
// it names; ok is false when text is no such question, or asks more.
func (e *Engine) superlative(s *session, text string) (Reply, bool) {
	f := fold(text).s
	sub := superlativeRe.FindStringSubmatch(f)
	if sub == nil || len(s.last) == 0 {
		return Reply{}, false
	}
	rest := superlativeRe.ReplaceAllString(f, " ")
	named, rest := comparedRanks(rest, len(s.last)) // compare13.go: « le 2 ou le 4, lequel… »
	if !talkRestRe.MatchString(rest) {
		return Reply{}, false
	}
	w := sub[1] + sub[2] + sub[3] + sub[4] + sub[5]
	key := map[string]string{"court": "short", "courte": "short", "shortest": "short", "long": "long", "longue": "long", "longest": "long",
		"recent": "new", "recente": "new", "newest": "new", "most recent": "new", "latest": "new",
		"ancien": "old", "ancienne": "old", "vieux": "old", "vieille": "old", "oldest": "old",
		"note": "rated", "notee": "rated", "best rated": "rated", "highest rated": "rated",
		"shorter": "short", "longer": "long", "newer": "new", "more recent": "new", "older": "old", "better rated": "rated",
		"peur": "scary", "effrayant": "scary", "effrayante": "scary", "flippant": "scary", "flippante": "scary",
		"scariest": "scary", "most frightening": "scary", "scarier": "scary", "more frightening": "scary", "more scary": "scary"}[strings.Join(strings.Fields(w), " ")]
	better := func(a, b Card) bool {
		switch key {
		case "short":
			return a.Film.Runtime > 0 && (b.Film.Runtime == 0 || a.Film.Runtime < b.Film.Runtime)
		case "long":
			return a.Film.Runtime > b.Film.Runtime
		case "new":
			return a.Film.Year > b.Film.Year
		case "old":
			return a.Film.Year > 0 && (b.Film.Year == 0 || a.Film.Year < b.Film.Year)
		case "scary":
			return scariness(a.Film) > scariness(b.Film) // compare13.go
		}
		return a.Film.Rating > b.Film.Rating
	}
	among := named
	if len(among) == 0 {
		for i := range s.last {
			among = append(among, i)
		}
	}
	k := among[0]
	for _, i := range among {
		if better(s.last[i], s.last[k]) {
			k = i
		}
	}
	card := s.last[k]
	s.focus = k + 1
	title := e.quote(s, card.Film)
	var t string
	switch key {
	case "short", "long":
		t = e.say(s, map[string]msgKey{"short": msgShortest, "long": msgLongest}[key], title, card.Film.Runtime)
	case "new", "old":
		t = e.say(s, map[string]msgKey{"new": msgNewest, "old": msgOldest}[key], title, card.Film.Year)
	case "scary":
		t = e.say(s, msgScariest, title, genreNames(card.Film, s.lang))
	default:
		r := strconv.FormatFloat(card.Film.Rating, 'f', 1, 64)
		if s.lang != "en" {
			r = strings.Replace(r, ".", ",", 1)
		}
		t = e.say(s, msgBestRated, title, r)
	}
	t += e.comparedOthers(s, key, named, k) // compare13.go
	return Reply{Lang: s.lang, Kind: KindText, Text: t, Films: []Card{card}}, true
}
