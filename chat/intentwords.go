package chat

import (
	"slices"
	"strings"

	"github.com/bobine/bobine/search"
)

// Once a list is on screen, a short message made of a card's rank and of
// intent words is about that card, however it is typed: « pourqoi le 2 »,
// « le 3 c'est quoi le lien ? », « le 2 il a quoi a voir », "what has 4
// got to do with it", « enlevz le 3 », « le 4 bof, non merci », "2 is a
// no", « on part du 3 », « basez-vous sur le 2 », « le 2 je l'ai vu,
// adoré » (seen and loved: liked, not left out), and without a rank « encre
// svp », "somthing else?", "othrs pls". The act rules expect fixed phrases
// and leave the rest to title resolution, which finds « Le Rapport Darty »
// or « The Others ». intentReading reads such a message word by word
// instead: every word must be a rank, an intent word (typos allowed within
// search.TypoBudget), a filler, or a word of a title on screen or liked;
// one word it cannot explain and the message is left to the other rules.

// intentClass is what a word of a follow-up says.
type intentClass int

const (
	icFiller   intentClass = iota + 1
	icWhy                  // pourquoi, expliquez, rapport, lien
	icQuestion             // quoi, what, how: a question on the card, why when nothing else is asked
	icSimilar              // ressemble, similar: why in a question, like otherwise
	icNot                  // enlevez, non, pas, remove, no
	icNeg                  // a negation that turns a pleased word into a refusal
	icLike                 // partons, basez, comme, like, start
	icPleased              // adoré, loved, great
	icSeen                 // vu, seen, watched, déjà
	icMore                 // encore, autres, something, else, next
)

// intentLexicon are the intent words, folded, by what they say. Short words
// are matched exactly; longer ones within search.TypoBudget.
var intentLexicon = map[intentClass][]string{
	icWhy: {"pourquoi", "why", "explique", "expliquez", "expliquer", "expliques", "explain", "rapport", "lien", "liens",
		"link", "connection", "related", "relation", "choix", "choice", "raison", "reason"},
	icQuestion: {"quoi", "what", "how", "comment", "quel", "quelle", "comprends", "comprend", "comprendre", "understand",
		"get", "about"},
	icSimilar: {"ressemble", "ressemblent", "similar", "similaire", "proche", "alike"},
	icNot: {"enleve", "enlevez", "enlever", "enleves", "retire", "retirez", "retirer", "retires", "supprime", "supprimez",
		"supprimer", "vire", "virez", "virer", "remove", "drop", "scrap", "delete", "skip", "exclude", "rid", "out", "lose", "ditch", "remplace", "remplacez",
		"remplacer", "replace", "swap", "change", "changez", "changer", "non", "no",
		"nope", "sans", "without", "bof", "jamais", "never", "nah"},
	icNeg: {"pas", "not", "didn't", "didnt", "don't", "dont", "ne", "didn", "don", "doesn", "isn", "wasn", "aren",
		"won", "point"},
	icLike: {"partir", "part", "pars", "partons", "partez", "repartir", "repars", "repart", "repartons", "repartez",
		"base", "basez", "baser", "basons", "basee", "comme", "like", "style", "genre", "veine", "vein", "start",
		"starting", "begin", "build", "go", "similaires", "meme", "same"},
	icPleased: {"aime", "aimee", "adore", "adoree", "kiffe", "aimons", "adorons", "loved", "liked", "love", "enjoyed",
		"great", "super", "genial", "geniale", "excellent", "top", "favourite", "favorite", "prefere", "brilliant", "amazing",
		"tente", "tentent", "plait", "interesse", "branche", "attire", "appeal", "appeals", "keen", "fan", "fussed"},
	icSeen: {"vu", "vue", "vus", "seen", "watched", "saw", "regarde", "deja", "already"},
	icMore: {"encore", "autres", "autre", "chose", "else", "something", "anything", "more", "others", "other", "next",
		"suite", "suivants", "suivant", "idees", "idee", "ideas", "propositions", "suggestions", "options", "montrez",
		"montre", "show", "donnez", "give", "nouveaux", "new", "different", "differents"},
	icFiller: {"le", "la", "les", "l", "du", "de", "des", "d", "a", "au", "aux", "the", "number", "numero", "num", "no.",
		"one", "film", "movie", "films", "movies", "celui", "celle", "ce", "cet", "cette", "ca", "cela", "it", "that", "this",
		"is", "s", "was", "est", "c", "il", "elle", "on", "je", "j", "me", "m", "moi", "nous", "vous", "vs", "tu", "t", "we",
		"i", "ve", "you", "us", "my", "please", "svp", "stp", "merci", "mrc", "mci", "thanks", "thx", "ok", "okay", "bon",
		"ben", "bah", "euh", "hmm", "alors", "donc", "then", "so", "well", "et", "and", "mais", "but", "just", "juste",
		"curious", "curieux", "curiosite", "par", "maintenant", "now", "plutot", "rather", "un", "une", "an", "peu", "bit",
		"can", "could", "pouvez", "pourriez", "peux", "pourrais", "hein", "en", "in", "with", "avec", "from", "to", "for",
		"pour", "dans", "liste", "list", "there", "ici", "here", "has", "have", "got", "do", "does", "did", "voir", "ai",
		"avons", "as", "avez", "entre", "between", "sur", "on", "of", "et", "plus", "much", "very", "tres", "trop",
		"vraiment", "really", "beaucoup", "bien", "so", "too", "aussi", "also", "as", "year", "last", "an",
		"annee", "derniere", "week", "soir", "hier", "yesterday", "night", "tonight", "ce", "propose", "proposez",
		"proposes", "proposer", "m'en", "en", "y", "s'il", "plait", "oh", "ah", "dit", "n", "jlai", "jl", "lai", "jai", "cinema", "cine", "tele", "tv", "dvd", "salle", "vois", "voit",
		"see", "quelques", "uns", "unes", "t", "y", "says", "lui", "him", "her",
		"them", "are", "be", "would", "should", "ils", "we're", "re", "ll", "d", "vos", "votre", "your", "tes", "ta",
		"ton", "qu", "que", "est-ce", "sont", "etait", "c'etait", "fait", "sort", "ou", "where", "come", "it's", "again",
		"mon", "ma", "mes", "qui", "quelque", "take", "rien", "ones", "kind", "type", "bon", "good", "nice", "dit", "n", "jlai", "jl", "lai", "jai", "cinema", "cine", "tele", "tv", "dvd", "salle", "vois", "voit",
		"see", "quelques", "uns", "unes", "t", "y", "any", "prends", "prenez", "prenons"},
}

// intentOrder is the order the classes are read in: a word listed in two
// is the first's.
var intentOrder = []intentClass{icWhy, icQuestion, icSimilar, icNot, icNeg, icLike, icPleased, icSeen, icMore, icFiller}

// intentWords maps each intent word to what it says.
var intentWords = func() map[string]intentClass {
	m := map[string]intentClass{}
	for _, c := range intentOrder {
		for _, w := range intentLexicon[c] {
			if _, ok := m[w]; !ok {
				m[w] = c
			}
		}
	}
	return m
}()

// ordinalWords are the rank words typed with a typo (« premeir »,
// "thrid"): corrected within search.TypoBudget before the ranks are read.
var ordinalWords = []string{"premier", "premiere", "deuxieme", "troisieme", "quatrieme", "cinquieme", "dernier",
	"derniere", "second", "seconde", "first", "third", "fourth", "fifth"}

// typoOf returns the word of words that w is a typo of, within
// search.TypoBudget (in a word of fewer than five letters, only a swap of
// two letters: "wyh", "mroe"), the closest, or "" when none is.
func typoOf(w string, words []string) string {
	found, best := "", 3
	for _, v := range words {
		if w == v {
			return v
		}
		budget := min(search.TypoBudget(w), search.TypoBudget(v))
		if len(w) < 5 {
			// A short word is too near others (« rien », « lien »;
			// "lose", "love"): only two letters swapped ("mroe", "wyh").
			budget = 0
			if len(w) == len(v) && sameLetters(w, v) {
				budget = 1
			}
		}
		if budget == 0 {
			continue
		}
		if d := search.EditDistance(w, v, budget); d <= budget && d < best {
			found, best = v, d
		}
	}
	return found
}

// sameLetters reports whether a and b hold the same letters.
func sameLetters(a, b string) bool {
	var n [256]int
	for i := range a {
		n[a[i]]++
	}
	for i := range b {
		n[b[i]]--
	}
	for _, c := range n {
		if c != 0 {
			return false
		}
	}
	return true
}

// intentClassOf is what the folded word w says, and ok=false when it is
// none of the intent words nor a typo of one. A typo must fall on one class
// only.
func intentClassOf(w string) (intentClass, bool) {
	if c, ok := intentWords[w]; ok {
		return c, true
	}
	var found intentClass
	for _, c := range intentOrder {
		if c == icFiller || c == icNeg {
			continue // fillers and negations are short: typed as they are
		}
		if v := typoOf(w, intentLexicon[c]); v != "" {
			if found != 0 && found != c {
				return 0, false
			}
			found = c
		}
	}
	return found, found != 0
}

// intentToken is a word of a follow-up.
type intentToken struct {
	w     string
	rank  int // the card it names, -1 the last one, 0 none
	class intentClass
}

// focusWords stand for the card in focus: "remove it", « enlevez-le ».
var focusWords = map[string]bool{"it": true, "le": true, "la": true, "l": true, "celui": true, "celle": true,
	"that": true, "this": true, "lui": true, "one": true}

// mildPraise are words of praise only after an intensifier (intensifiers):
// « très bon », "really good", « vraiment bien ».
var (
	mildPraise   = map[string]bool{"bon": true, "bien": true, "good": true, "nice": true, "beau": true, "fun": true}
	intensifiers = map[string]bool{"tres": true, "trop": true, "vraiment": true, "super": true, "very": true,
		"really": true, "so": true, "pretty": true, "si": true, "vachement": true, "hyper": true}
)

// personPronouns stand for a person named before: « encore de lui », "more
// with her".
var personPronouns = map[string]bool{"lui": true, "elle": true, "eux": true, "elles": true, "him": true, "her": true,
	"them": true, "he": true, "she": true, "his": true}

// countWords are numbers that count films after a word of more (« encore
// 5 », "next five"), not ranks.
var countWords = map[string]bool{"2": true, "3": true, "4": true, "5": true, "deux": true, "trois": true, "cinq": true,
	"two": true, "three": true, "five": true, "quelques": true, "few": true}

// intentTokens splits a folded message into words, apostrophes and hyphens
// apart (« d'autres », « m'expliquer », "what's").
func intentTokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
}

// rankToken is the rank the word w names, given the word before it, or 0.
// A digit or an ordinal names a card; « deux », "two" only after an article
// or "number" (« un autre » is none).
func rankToken(w, prev string) int {
	if len(w) == 3 && w[:2] == "no" {
		w = w[2:] // « n°2 », folded « no2 »
	}
	switch {
	case len(w) == 1 && w[0] >= '1' && w[0] <= '9':
		return int(w[0] - '0')
	case len(w) >= 2 && w[0] >= '1' && w[0] <= '9' && (w[1:] == "e" || w[1:] == "eme" || w[1:] == "ieme" || w[1:] == "iem" || w[1:] == "em" || w[1:] == "er" || w[1:] == "ere" || w[1:] == "st" || w[1:] == "nd" || w[1:] == "rd" || w[1:] == "th"):
		return int(w[0] - '0')
	}
	if v := typoOf(w, ordinalWords); v != "" && len(w) >= 4 {
		if rankOf(v) == -1 && (prev == "annee" || prev == "semaine" || prev == "fois" || prev == "seance") {
			return 0 // « l'année dernière »
		}
		return rankOf(v)
	}
	switch w {
	case "deux", "trois", "quatre", "cinq", "two", "three", "four", "five", "un", "one":
		if prev == "le" || prev == "la" || prev == "the" || prev == "number" || prev == "numero" || prev == "no" || prev == "num" {
			if w == "un" || w == "one" {
				if prev == "number" || prev == "numero" || prev == "num" {
					return 1
				}
				return 0
			}
			return rankOf(w)
		}
	case "last":
		if prev == "the" {
			return -1
		}
	}
	return 0
}

// intentReading reads text, typed while a list of n cards is on screen,
// as an act on its cards or a request for more, word by word. known gives
// the folded words of the titles on screen and liked, which a question
// about a card may name; it is called only when a word is otherwise
// unexplained (« en quoi le 5 ressemble au samouraï ? »). It
// returns the message to act on and true, or false when a word is not
// explained or the words do not agree. With focus (a card was just talked
// about), a pronoun stands for it: "ok, remove it", « bon, enlevez-le ».
// vocab tells the words of the catalogue's synopses: such a word is no
// typo of an intent word ("newer" is not "never", « maison » not
// « raison »).
func intentReading(text string, n int, known func() map[string]bool, focus bool, vocab func(string) bool) (message, bool) {
	s := correctLexicon(fold(text)).s
	if whyNotRe.MatchString(s) || noSequelRe.MatchString(s) {
		return message{}, false // « pourquoi pas le 2 », « sans la partie 2 »
	}
	words := intentTokens(s)
	if len(words) == 0 || len(words) > 16 {
		return message{}, false
	}
	toks := make([]intentToken, len(words))
	has := map[intentClass]bool{}
	prev := ""
	for i, w := range words {
		toks[i].w = w
		toks[i].rank = rankToken(w, prev)
		prev = w
	}
	// « vu 3 fois », "seen it 3 times": a count, no rank.
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].rank > 0 && (toks[i+1].w == "fois" || toks[i+1].w == "times") {
			toks[i].rank = 0
			toks[i].class, toks[i+1].class = icFiller, icFiller
		}
	}
	// « c'est quoi comme film ? »: what kind of film, no likeness.
	for i := 1; i < len(toks); i++ {
		if toks[i].w == "comme" && toks[i-1].w == "quoi" {
			toks[i].class = icFiller
		}
	}
	unknown := []int{}
	for i := range toks {
		t := &toks[i]
		if t.rank != 0 || t.class != 0 {
			continue
		}
		if (t.w == "no" || t.w == "n") && i+1 < len(toks) && toks[i+1].rank > 0 {
			t.class = icFiller // "no. 2", « n°2 »: a number, no refusal
			continue
		}
		c, ok := intentClassOf(t.w)
		if ok && vocab != nil && intentWords[t.w] == 0 && vocab(t.w) {
			ok = false // a word of its own, no typo
		}
		if !ok {
			unknown = append(unknown, i)
			continue
		}
		t.class = c
		has[c] = true
	}
	// « très bon », "really good": praise; « bon » alone is a filler.
	for i := 1; i < len(toks); i++ {
		if mildPraise[toks[i].w] && intensifiers[toks[i-1].w] {
			toks[i].class = icPleased
			has[icPleased] = true
		}
	}
	// A count after a word of more (« encore 5 », "next five", "5 more"):
	// no rank.
	var ranks []int
	for i := range toks {
		if toks[i].rank == 0 {
			continue
		}
		before := i > 0 && toks[i-1].class == icMore
		after := i+1 < len(toks) && toks[i+1].class == icMore
		if (before || after) && countWords[toks[i].w] {
			toks[i].rank = 0
			continue
		}
		ranks = append(ranks, toks[i].rank)
	}
	if len(unknown) > 0 {
		// Words of the titles on screen or liked may be named in a question
		// about a card; nothing else is left unexplained.
		if len(ranks) == 0 {
			return message{}, false
		}
		titleWords := known()
		for _, i := range unknown {
			if !titleWords[toks[i].w] {
				return message{}, false
			}
			if i+1 < len(toks) && toks[i+1].rank > 0 && isDigit(toks[i+1].w[0]) {
				return message{}, false // « retour vers le futur 2 », « le parrain 2e partie »: a title's number
			}
		}
	}
	for _, k := range ranks {
		if k == 0 || k > n || k < -1 {
			return message{}, false
		}
	}
	// A pleased word right after a negation is a refusal: « pas aimé »,
	// "didn't like", "not great".
	pleased := false
	for i, t := range toks {
		if t.class != icPleased {
			continue
		}
		negated := false
		for j := max(0, i-3); j < min(len(toks), i+2); j++ {
			if toks[j].class == icNeg && j != i {
				negated = true // « pas aimé », « ne nous tente pas »
			}
		}
		if negated {
			has[icNot] = true
		} else {
			pleased = true
		}
	}
	neg := has[icNeg] || has[icNot]
	if len(ranks) == 0 {
		if slices.ContainsFunc(toks, func(t intentToken) bool { return personPronouns[t.w] }) {
			return message{}, false // « d'autres avec elle », "more with him": a person
		}
		if has[icMore] && !has[icWhy] && !has[icNot] && !has[icNeg] && !pleased {
			return message{Raw: text, More: true}, true // « d'autres dans le même genre »
		}
		if !focus || has[icMore] || !slices.ContainsFunc(toks, func(t intentToken) bool { return focusWords[t.w] }) {
			return message{}, false
		}
		ranks = []int{0} // the card in focus
	}
	var act act
	switch {
	case has[icMore] && !has[icLike] && !has[icSimilar] && !pleased:
		return message{}, false // « encore le 3 »: more, or the card?
	case has[icWhy] || has[icQuestion] && !has[icNot] && !has[icLike] && !pleased:
		act = actWhy
	case pleased && !has[icNot]:
		act = actLikeShown // « le 2 je l'ai vu, adoré »: liked, not set aside
	case (has[icLike] || has[icSimilar]) && !neg:
		act = actLikeShown
	case has[icNot] || has[icSeen] || has[icNeg]:
		act = actReject
	default:
		return message{}, false
	}
	if act != actReject && len(ranks) > 1 {
		return message{}, false // one film is explained, or liked, at a time
	}
	refs := slices.Clone(ranks)
	return message{Raw: text, Act: act, Refs: refs}, true
}

// cardWords returns the folded words of the titles of the cards and of
// the films liked, which a question about a card may name.
func cardWords(cards []Card, liked []string, title func(id string) []string) map[string]bool {
	out := map[string]bool{}
	add := func(t string) {
		for _, w := range intentTokens(fold(t).s) {
			if len(w) >= 3 {
				out[w] = true
			}
		}
	}
	for _, c := range cards {
		add(c.Film.Title)
		add(c.Film.FrenchTitle)
		add(c.Film.OriginalTitle)
	}
	for _, id := range liked {
		for _, t := range title(id) {
			add(t)
		}
	}
	return out
}

// intentTurn returns the reading of text by intentReading when it should
// replace m, the message as the act rules read it with a list on screen:
// when m is no act on the cards on screen nor a request for more alone (a
// title was looked for, « le 5 c quoi le rapport »), or when m sets aside
// a card the customer says was seen and loved ("i've seen 3, loved it"),
// or when a request for more alone names a card it is like.
func (e *Engine) intentTurn(s *session, text string, m message) message {
	n := len(s.last)
	known := func() map[string]bool { return cardWords(s.last, s.liked, e.titlesOf) }
	c, ok := intentReading(text, n, known, s.focus != 0, langModelOf(e.cat).has)
	if !ok {
		return m
	}
	onScreen := refsOnScreen(m, n) && len(m.Titles) == 0 && len(m.People) == 0
	switch {
	case onScreen && m.Act == actReject && c.Act == actLikeShown:
		return c
	case m.More && !m.hasRequest() && m.Act == actNone && c.Act == actLikeShown:
		return c // « le 4 je l'ai vu et adoré, d'autres comme lui »: more like that card
	case onScreen, m.More && !m.hasRequest() && m.Act == actNone:
		return m
	case c.More && m.More:
		return m // « encore des films avec elle »: the act rules read more of it
	}
	return c
}

// titlesOf returns the titles of the film id, or none.
func (e *Engine) titlesOf(id string) []string {
	f, err := e.cat.Film(id)
	if err != nil {
		return nil
	}
	return []string{f.Title, f.FrenchTitle, f.OriginalTitle}
}
