package chat

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bobine/bobine/search"
)

// Short titles made of everyday words, read inside a customer's chatter
// (issue 10 item 1).
//
// « mon père a 80 ans et il adore les westerns », « un dessin animé pour
// elle », « le grand jour approche », "one day I'd like a proper war film",
// "always up for a good crime film": the words left once the request is read
// are cut into parts, and a part of one or two everyday words is often,
// exactly or nearly, the title of some film (Mon père, Pour elle, Le Grand
// Jour, One Day, Always). Such a title is read only when the message gives
// it as a title: a cue before it (« j'ai aimé », « comme », "loved"), a
// name or a year beside it that picks the film, capitals inside a sentence
// or quotes, another well-known title next to it in a list, or a message
// that asks nothing else. Without that evidence the part is chatter, and
// the rest of the message (genre, person, era, audience) is answered.
//
// How everyday a word is comes from the catalogue itself: a word is plain
// when the French or English synopses use it at least plainPerMillion
// times a million words (« vie », « père », « jour », "one", "day",
// "always", "they"), which no hand list could keep up with; a small hand
// lexicon adds the words of chat that synopses, written in the third
// person, seldom use (possessives of the first and second person,
// greetings) and the lexicons' own words.

// plainPerMillion is how often, per million words of the French or English
// synopses, a word must appear to be plain: "us" (236), "always" (257) and
// « notre » (189) are; "alien" (121), "beyond" (123) and « magnifique » (55)
// are not.
const plainPerMillion = 150

// plainMaxWords: a title of more content words than this is distinctive
// enough, even made of plain words (« la vie est belle »).
const plainMaxWords = 2

// chatWords are everyday words of chat that synopses seldom hold: first and
// second person, greetings, moments of the day.
var chatWords = map[string]bool{
	"ma": true, "mon": true, "mes": true, "ta": true, "ton": true, "tes": true, "notre": true, "nos": true,
	"votre": true, "vos": true, "moi": true, "toi": true, "my": true, "our": true, "your": true, "me": true,
	"us": true, "we": true, "you": true, "bonjour": true, "bonsoir": true, "salut": true, "coucou": true,
	"hello": true, "hi": true, "morning": true, "afternoon": true, "evening": true, "tonight": true,
	"today": true, "soir": true, "aujourd'hui": true, "peut-etre": true, "maybe": true, "perhaps": true,
}

// plainWord reports whether a folded word is everyday: short, a word of
// chat or of the lexicons, or frequent in the synopses.
func (lm *langModel) plainWord(w string) bool {
	if utf8.RuneCountInString(w) <= 2 || chatWords[w] || junkWords[w] || clauseWords[w] || frenchDeterminers[w] || smsWords[w] != "" {
		return true
	}
	if _, ok := langWords[w]; ok {
		return true
	}
	return lm != nil && lm.plain[w]
}

// plainTitleWords returns the content words of a typed title, its articles
// aside, and whether they are few and all plain.
func (lm *langModel) plainTitle(text string) bool {
	ws := titleWords(text)
	if len(ws) == 0 || len(ws) > plainMaxWords {
		return false
	}
	for _, w := range ws {
		if strings.ContainsAny(w, "'-") {
			// « peut-être », « aujourd'hui »: the word, else its parts.
			if lm.plainWord(w) {
				continue
			}
			if slices.ContainsFunc(strings.FieldsFunc(w, func(r rune) bool { return r == '\'' || r == '-' }), func(p string) bool { return !lm.plainWord(p) }) {
				return false
			}
			continue
		}
		if !lm.plainWord(w) {
			return false
		}
	}
	return true
}

// plainArticles are the articles a title's words are counted without,
// wherever they stand (« toute une vie », « un jour de pluie »).
var plainArticles = map[string]bool{"le": true, "la": true, "les": true, "l": true, "un": true, "une": true,
	"des": true, "the": true, "a": true, "an": true}

// titleWords returns the folded words of a typed title, elided articles
// cut, but the articles.
func titleWords(text string) []string {
	var ws []string
	for _, w := range strings.FieldsFunc(fold(text).s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '\'' && r != '-' }) {
		w = strings.Trim(w, "'-")
		if strings.HasPrefix(w, "l'") || strings.HasPrefix(w, "d'") {
			w = w[2:]
		}
		if w != "" && !plainArticles[w] {
			ws = append(ws, w)
		}
	}
	return ws
}

// strayWord reports whether a mention of one word is a real word of the
// language (one the synopses hold) that is no word of its film's titles,
// only close to one: "brilliant" for Brilliantovaya ruka, « délicatesse »
// for Delicatessen. Typed in a sentence, it is the customer's word, not
// the title; a typo of the title ("titanik") is no word the synopses hold.
func (lm *langModel) strayWord(mt mention) bool {
	ws := titleWords(mt.Text)
	if len(ws) != 1 || lm == nil || !lm.has(ws[0]) {
		return false
	}
	w := ws[0]
	for _, t := range filmTitles(mt.Matches[0].Film) {
		for _, h := range titleWords(t) {
			if h == w || strings.TrimSuffix(h, "s") == strings.TrimSuffix(w, "s") {
				return false
			}
		}
	}
	return true
}

// partialWord reports whether a mention of one word is a word of a
// longer title that leans to one language in the synopses (« parle » for
// Koko, le gorille qui parle, « sujet » for Un sujet capital, "afternoon"
// for Dog Day Afternoon): an ordinary word of the customer's sentence. A
// name that stands for its film (« amélie », "potter", « shrek ») is in
// the synopses of both languages alike, and weighs nothing.
func (lm *langModel) partialWord(mt mention) bool {
	ws := titleWords(mt.Text)
	if len(ws) != 1 || lm.weight(ws[0]) == 0 || slices.ContainsFunc(mt.Matches, func(c search.FilmMatch) bool { return exactTitle(mt.Text, c.Film) }) {
		return false // « le bossu »: the title of one of the films found
	}
	for _, t := range filmTitles(mt.Matches[0].Film) {
		if tw := titleWords(t); len(tw) > 1 && slices.Contains(tw, ws[0]) {
			return true
		}
	}
	return false
}

// looseObscure reports whether a short mention is only close to the title
// of a little-known film (« ses copines » for Mes copines): a title inside
// chatter is read loosely only when the film is well known.
func looseObscure(mt mention) bool {
	return len(titleWords(mt.Text)) <= plainMaxWords && !exactTitle(mt.Text, mt.Matches[0].Film) && mt.Matches[0].Film.Votes < innerVotes
}

// plainCueRe ends the words before a title given as one: a verb of seeing
// or liking, a similarity cue (« comme », « genre », "like"), or « le
// film », "the movie".
var plainCueRe = regexp.MustCompile(`(?:\b(?:le|ce|the|this)\s+(?:film|movie)|\b(?:comme|genre|style|like|vu|revu|seen|saw|watched|adore|adorent|adores|aime|aiment|aimes|kiffe|loved|liked|enjoyed|adored|love|likes|loves|preferes?|favou?rite|titre|title|called|appele|intitule))\s*["']?\s*$`)

// plainHintRe starts the words after a title that say which film it is: a
// year, or a name after « de », "by", « avec » (when the message names
// someone).
var plainHintRe = regexp.MustCompile(`^\s*["']?\s*(?:\(?\s*(?:de\s+|from\s+|in\s+|en\s+)?(?:19|20)\d\d\b|(?:de|d'|du|by|avec|with|starring|realise\s+par|directed\s+by)\s*(\S.*))`)

// listJoinRe is what joins two titles of a list.
var listJoinRe = regexp.MustCompile(`^[\s,;&/+]*(?:(?:et|and|ou|or|puis|then|ainsi\s+que|as\s+well\s+as)\s+)?[\s,;&/+]*$`)

// plainListVotes: a title this well known, and not plain itself, beside a
// plain one makes the message a list of titles.
const plainListVotes = innerVotes

// chatterTitle reports whether the film mention mt is a short title of
// everyday words read inside chatter without anything in the message giving
// it as a title; all are the plan's mentions, mt among them.
func (e *Engine) chatterTitle(p *plan, mt mention, all []mention) bool {
	if mt.Decided || mt.Theme != nil || mt.Person != nil || mt.Not || len(mt.Matches) == 0 {
		return false
	}
	lm := langModelOf(e.cat)
	partial := lm.partialWord(mt)
	indefinite := indefiniteMention(fold(p.m.Raw), mt) // chatter14.go: « encore une nuit blanche »
	if !indefinite && !lm.plainTitle(mt.Text) && !lm.strayWord(mt) && !looseObscure(mt) && !partial {
		return false
	}
	if !plainRequest(p.m) && len(p.people) == 0 && p.theme == nil && !slices.ContainsFunc(all, func(o mention) bool { return o.Theme != nil || o.Person != nil }) {
		return false
	}
	raw := fold(p.m.Raw)
	a, b, ok := spanOf(raw.s, fold(mt.Text).s)
	if !ok {
		return false
	}
	lead, trail := raw.s[:a], raw.s[b:]
	if strings.TrimSpace(strings.Trim(lead, " ,.;:!?\"'")) == "" && strings.TrimSpace(strings.Trim(trail, " ,.;:!?\"'")) == "" {
		return false // the whole message
	}
	if plainCueRe.MatchString(lead) || strings.HasSuffix(strings.TrimSpace(lead), "\"") {
		return false
	}
	if m := plainHintRe.FindStringSubmatch(trail); m != nil && !partial && (m[1] == "" || len(p.people) > 0 || len(slices.Concat(p.m.People, p.m.TitleBy, p.m.Starring, p.m.DirectedBy)) > 0 || !lm.plainWord(firstWord(m[1]))) {
		return false // a year, or a name (« l'as des as avec bebel »)
	}
	if capitalisedInside(raw, a, b) || typedAsTitle(raw.origSpan(a, b)) {
		return false
	}
	if wholeClause(lead, trail) && !slices.ContainsFunc(titleWords(mt.Text), func(w string) bool { return !chatWords[w] }) {
		return true // "Afternoon!", « Bonsoir, » : a greeting
	}
	if wholeClause(lead, trail) {
		return false // "up, the pixar one", « old boy, vous auriez pareil ? »
	}
	for _, o := range all {
		if o.Text == mt.Text || o.Theme != nil || o.Person != nil || len(o.Matches) == 0 || quality(o) < 1 || o.Matches[0].Film.Votes < plainListVotes || lm.plainTitle(o.Text) {
			continue
		}
		oa, ob, ok := spanOf(raw.s, fold(o.Text).s)
		if !ok {
			continue
		}
		if ob <= a && listJoinRe.MatchString(raw.s[ob:a]) || b <= oa && listJoinRe.MatchString(raw.s[b:oa]) {
			return false // « it follows et get out »: a list of titles
		}
	}
	return true
}

// plainRequest reports whether the message asks for something besides its
// titles: a genre, a person, a theme, an era, a length, a country, an
// audience, or a film described. A message that asks nothing else names its films, however
// plain their words.
func plainRequest(m message) bool {
	return describedRe.MatchString(fold(m.Raw).s) || len(m.Genres)+len(m.AllGenres)+len(m.People)+len(m.Themes)+len(m.SoftThemes)+len(m.CueThemes)+len(m.Countries)+len(m.FilmsOf)+len(m.SpanNames)+len(m.RolePeople) > 0 ||
		m.MinYear > 0 || m.MaxYear > 0 || m.Newer || m.Older || m.Recent || m.Ago != nil || m.Shorter || m.Longer ||
		m.Family || m.Language != "" || m.FrenchOnly || m.MaxRuntime > 0 || m.MinRuntime > 0 || m.Audience != "" || m.Adult || m.Teen
}

// describedRe is a film asked for by what it is about or what it does
// (« un film qui en parle », « un film sur le sujet », "a film about",
// "something where"): a request, though no lexicon reads its subject.
var describedRe = regexp.MustCompile(`\b(?:un|une|des|a|an|any|some)\s+(?:(?:bon|beau|petit|good|nice|little)\s+)?(?:films?|movies?|dessins?\s+animes?|truc|chose)\s+(?:qui|sur|ou|about|where|that|which)\b|\b(?:something|anything|quelque\s+chose)\s+(?:about|where|that|qui|sur|ou)\b`)

// spanOf finds the folded words t in the folded text s, at word
// boundaries: the byte range, or false.
func spanOf(s, t string) (int, int, bool) {
	t = strings.TrimSpace(t)
	if t == "" {
		return 0, 0, false
	}
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], t)
		if i < 0 {
			return 0, 0, false
		}
		a, b := from+i, from+i+len(t)
		if (a == 0 || !isWordByte(s[a-1])) && (b == len(s) || !isWordByte(s[b])) {
			return a, b, true
		}
		from = a + 1
	}
	return 0, 0, false
}

// wholeClause reports whether the folded words before and after a
// mention leave it a clause of its own: punctuation or the message's ends
// on both sides.
func wholeClause(lead, trail string) bool {
	lead, trail = strings.TrimRight(lead, " "), strings.TrimLeft(trail, " ")
	return (lead == "" || strings.ContainsAny(lead[len(lead)-1:], ".,;:!?(\"")) &&
		(trail == "" || strings.ContainsAny(trail[:1], ".,;:!?)\""))
}

// typedAsTitle reports whether a title as typed has two words or more,
// each of them capitalised but the articles and short function words
// ("Local Hero", "The Third Man"): written as a title, even at the start
// of a sentence.
func typedAsTitle(typed string) bool {
	n := 0
	for _, w := range strings.Fields(typed) {
		w = strings.Trim(w, ".,;:!?\"'")
		if f := foldWord(w); f == "" || plainArticles[f] || utf8.RuneCountInString(f) <= 2 {
			continue
		}
		if !titleCased(w) {
			return false
		}
		n++
	}
	return n >= 2
}

// capitalisedInside reports whether the folded span [a, b) of f starts with
// a capital letter as typed, inside a sentence (not its first word), in a
// message not typed all in capitals: the customer wrote a title.
func capitalisedInside(f folded, a, b int) bool {
	if !capitalised(f.origSpan(a, b)) {
		return false
	}
	lead := strings.TrimRight(f.s[:a], " \"'")
	if lead == "" || strings.ContainsAny(lead[len(lead)-1:], ".!?;:") {
		return false
	}
	hasLower := false
	for _, c := range f.orig {
		if unicode.IsLower(c) {
			hasLower = true
			break
		}
	}
	return hasLower
}
