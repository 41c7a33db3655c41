package chat

import (
	"regexp"
	"strings"
)

// Closing turns: once the films are on screen, customers end the exchange
// in many words — thanks (« merci beaucoup », "many thanks"), a farewell
// (« bonne soirée », "have a nice evening"), « c'est tout », "that'll do",
// or the film they picked (« on prend le premier », "we'll go with the
// second one"). A message made only of such words, praise and fillers
// gets a short warm text in the customer's language, naming the film
// picked; the dialogue stays as it was, so « en fait, encore » goes on.

// closeCueAlt is a word that ends the exchange, folded.
const closeCueAlt = `(?:merci|thanks|thank\s+(?:you|u)|thx|ty|cheers|many\s+thanks|` +
	`au\s+revoir|bye(?:\s+(?:bye|for\s+now))?|goodbye|good\s*night|night\s+night|ciao|tchao|salut|cheerio|ta-?ra|take\s+care|` + farewellAlt + `|see\s+you|` +
	`(?:(?:tres|tres\s+tres)\s+)?bonne\s+(?:soiree|journee|nuit|seance|fin\s+de\s+soiree|soiree\s+a\s+vous|projection)|` +
	`(?:have\s+a\s+)?(?:good|nice|great|lovely)\s+(?:night|evening|day|one|weekend|film|movie)|enjoy(?:\s+your\s+(?:evening|night|day))?|` +
	`c'est\s+tout(?:\s+pour\s+(?:moi|nous|ce\s+soir|aujourd'hui|l'instant))?|ca\s+ira(?:\s+comme\s+ca)?|rien\s+d'autre|c'est\s+bon|on\s+est\s+bons?|je\s+suis\s+(?:ravie?|contente?|comble)|` +
	`that(?:'s|\s+is)\s+(?:all|it|everything|great|perfect)(?:\s+for\s+(?:now|tonight|today|me|us))?|that(?:'ll|\s+will)\s+do|(?:i'm|i\s+am|we're|we\s+are)\s+(?:all\s+set|good|done|sorted)|all\s+set|nothing\s+else|` +
	chosenAlt + `)`

// chosenAlt is the film picked: « on prend le premier », « va pour le 3 »,
// « je regarde le deuxième ce soir », "we'll go with the first one",
// "I'll take number 2".
const chosenAlt = `(?:(?:on|je|j'|nous)\s*(?:prend|prends|prenons|prendra|prendrai|prendrons|choisi[st]?|choisissons|choisira|choisirai|choisirons|regarderons|part\s+sur|pars\s+sur|partons\s+sur|regarde|regarderai|regardera|regarderons|garde|gardons|(?:va|vais|allons)\s+(?:prendre|regarder|voir|choisir|partir\s+sur))|va\s+pour|adjuge|` +
	`(?:i|we)(?:'ll|\s+will|'m\s+going\s+to|'re\s+going\s+to|\s+am\s+going\s+to|\s+are\s+going\s+to|'m\s+gonna|'re\s+gonna|\s+are\s+gonna|\s+gonna)?\s+(?:take|go\s+(?:with|for)|pick|choose|watch|see)|let's\s+(?:go\s+(?:with|for)|watch|do))\s+(` + ref + `)(?:\s+(?:ce\s+soir|demain|tonight|tomorrow|alors|then))?`

var (
	closingRe  = regexp.MustCompile(`^[\s\pP\pS]*(?:(?:` + closeCueAlt + `|` + praiseAlt + `|` + closeFillerAlt + `)\b[\s\pP\pS]*)+$`)
	closeCueRe = regexp.MustCompile(`\b` + closeCueAlt + `\b`)
	chosenRe   = regexp.MustCompile(`\b` + chosenAlt)
)

// farewellAlt is a goodbye that names when (« à samedi prochain », « à la
// semaine prochaine », "see you next Friday"), a thanks in another word
// (« mrc », "thanks a bunch", "arigato") or a wish for the evening («
// bon week-end », « bon film »).
const farewellAlt = `(?:a|see\s+you)\s+(?:(?:la|le|the|this|next|on|at|ce|cette)\s+)*(?:bientot|plus(?:\s+tard)?|prochaine|demain|tomorrow|soon|later|tout\s+a\s+l'heure|` + dayAlt + `)(?:\s+(?:prochaine?|next|soir|evening|night))?|` +
	`mrc|merki|mercii+|thanks\s+a\s+(?:bunch|million)|ta\s+very\s+much|arigato|danke(?:\s+schon)?|gracias|grazie|bon\s+(?:week-?end|film|dimanche|samedi)|bises|bisous`

// dayAlt is a day or a span of days, folded.
const dayAlt = `(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|semaine|week-?end|mois|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|fois|time)`

// closeFillerAlt are words around a closing that change nothing.
const closeFillerAlt = `(?:alors|bon|eh\s+bien|et|and|so|well|je\s+pense|i\s+think|du\s+coup|voila|bcp|infiniment|a\s+vous|a\s+toi|to\s+you|you\s+too|vous\s+aussi|toi\s+aussi|pour\s+(?:moi|nous|ce\s+soir|tout)|for\s+(?:tonight|now|everything|all)|en\s+tout\s+cas|anyway|ce\s+soir|tonight|u|so\s+much|a\s+lot|very\s+much|beaucoup|bien)`

// closing reads a folded message that only ends the exchange: ok, and the
// rank of the film picked (0: none named).
func closing(f string) (rank int, ok bool) {
	if !closingRe.MatchString(f) || !closeCueRe.MatchString(f) {
		return 0, false
	}
	if strings.Contains(f, "?") && !thanksWordRe.MatchString(f) {
		return 0, false // « rien d'autre ? » asks for more
	}
	if m := chosenRe.FindStringSubmatch(f); m != nil {
		if rs := refsOf(m[1]); len(rs) == 1 {
			rank = rs[0]
		}
	}
	return rank, true
}

// closingReply is the warm text that ends the exchange; it names the film
// picked when it is on screen. The dialogue is left as it is.
func (e *Engine) closingReply(s *session, rank int) Reply {
	if rank == -1 {
		rank = len(s.last)
	}
	if rank >= 1 && rank <= len(s.last) {
		f := s.last[rank-1].Film
		return e.say2(s, "Excellent choix, "+e.quote(s, f)+" ! Bonne séance, et à bientôt.",
			"Great choice, "+e.quote(s, f)+"! Enjoy the film, and see you soon.")
	}
	return e.text(s, msgThanks)
}

// A thanks or a goodbye is often followed, or preceded, by a word about
// who the film is for or what comes next: « merci, mon frère va être
// content », « merci ma puce, elle va être ravie », « merci, fin de
// service », "thanks, end of my shift", "cheers mate". Once films are on
// screen, such a message is a closing too when, the closing words taken
// out, nothing in it asks for anything (requestMarkRe): its words are not
// looked up as titles, themes or an audience.

// thanksByeRe is a thanks or a goodbye proper, which a closing with
// chatter needs (« salut » alone may greet, « c'est bon » may go on).
var thanksByeRe = regexp.MustCompile(`\b(?:merci|thanks|thank\s+(?:you|u)|thx|cheers|au\s+revoir|bye|goodbye|good\s*night|bonne\s+(?:soiree|nuit|seance|journee|fin\s+de\s+soiree)|` + farewellAlt + `|cheerio|ta-?ra|ciao|tchao|` + chosenAlt + `)\b`)

// requestMarkRe is a word that asks for something after a thanks: a
// question, a rank or a year, more or other films, a comparison, a
// refusal, a request verb, a film liked (« j'ai aussi aimé »), a genre,
// courtesy that goes with a request (svp, "please").
var requestMarkRe = regexp.MustCompile(`\?|\d|\b(?:mais|but|plutot|rather|instead|encore|more|autres?|other|others|another|else|suite|suivants?|next|aussi|also|too|svp|stp|please|pls|plz|cherche|cherchons|voudrais|voudrait|voudrions|voulons|veux|want|wants|need|needs|give|(?:donne|montre|propose|conseille)s?[\s-]+(?:moi|nous|m'|en)|donnez|montrez|proposez|conseillez|recommend|suggest|pourquoi|why|pas|not|no|non|sans|without|comme|like|similar|films?|movies?|trucs?|something|anything|quelque|qqch|annees|plus|moins|less|older|newer|recents?|shorter|longer|court|courts|long|longs|et\s+avec|and\s+with|(?:j'ai|on\s+a|nous\s+avons|i|we|i've|we've)\s+(?:aussi\s+|also\s+)?(?:aime|adore|kiffe|liked|loved|enjoyed))\b|\b` + genreAlt + `\b`)

// inAdvanceRe is a thanks for what is asked: « merci d'avance », "thanks
// in advance".
var inAdvanceRe = regexp.MustCompile(`\b(?:d'avance|par\s+avance|en\s+avance|in\s+advance|beforehand)\b`)

// chatterOnly reports whether what m read could all come from chatter
// around a thanks (« mamie sera ravie »: a title or a theme, « mes enfants
// vont adorer »: an audience): no person, no genre, era, length, country or
// language (more is read on the words, by requestMarkRe: "see you next
// Friday" asks for nothing more).
func (m *message) chatterOnly() bool {
	return len(m.People) == 0 && len(m.ClauseNames) == 0 && len(m.SpanNames) == 0 && len(m.RolePeople) == 0 &&
		len(m.CueTitles) == 0 && !m.Reset && len(m.Refs) == 0 &&
		len(m.Genres) == 0 && len(m.AllGenres) == 0 && len(m.AvoidGenres) == 0 && m.MinYear == 0 && m.MaxYear == 0 &&
		!m.Newer && !m.Older && !m.Recent && m.Ago == nil && !m.Shorter && !m.Longer && m.MaxRuntime == 0 && m.MinRuntime == 0 &&
		len(m.Countries) == 0 && len(m.AvoidCountries) == 0 && m.Language == "" && !m.FrenchOnly && !m.LessKnown
}

// closingChatter reads a folded message that thanks or says goodbye with
// chatter around it and asks for nothing: ok, and the rank of the film
// picked (0: none named). It is meant for a dialogue with films on screen,
// and for a message whose reading is chatterOnly.
func closingChatter(f string) (rank int, ok bool) {
	if !thanksByeRe.MatchString(f) || inAdvanceRe.MatchString(f) {
		return 0, false
	}
	if m := chosenRe.FindStringSubmatch(f); m != nil {
		if rs := refsOf(m[1]); len(rs) == 1 {
			rank = rs[0]
		}
	}
	rest := closeCueRe.ReplaceAllString(f, " ")
	if requestMarkRe.MatchString(rest) {
		return 0, false
	}
	return rank, true
}
