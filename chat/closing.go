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
	`au\s+revoir|bye(?:\s+bye)?|goodbye|good\s*night|ciao|salut|a\s+(?:bientot|plus|la\s+prochaine)|see\s+you(?:\s+(?:soon|later))?|` +
	`(?:(?:tres|tres\s+tres)\s+)?bonne\s+(?:soiree|journee|nuit|seance|fin\s+de\s+soiree|soiree\s+a\s+vous|projection)|` +
	`(?:have\s+a\s+)?(?:good|nice|great|lovely)\s+(?:night|evening|day|one|weekend|film|movie)|enjoy(?:\s+your\s+(?:evening|night|day))?|` +
	`c'est\s+tout(?:\s+pour\s+(?:moi|nous|ce\s+soir|aujourd'hui|l'instant))?|ca\s+ira(?:\s+comme\s+ca)?|rien\s+d'autre|c'est\s+bon|on\s+est\s+bons?|je\s+suis\s+(?:ravie?|contente?|comble)|` +
	`that(?:'s|\s+is)\s+(?:all|it|everything|great|perfect)(?:\s+for\s+(?:now|tonight|today|me|us))?|that(?:'ll|\s+will)\s+do|(?:i'm|i\s+am|we're|we\s+are)\s+(?:all\s+set|good|done|sorted)|all\s+set|nothing\s+else|` +
	chosenAlt + `)`

// chosenAlt is the film picked: « on prend le premier », « va pour le 3 »,
// « je regarde le deuxième ce soir », "we'll go with the first one",
// "I'll take number 2".
const chosenAlt = `(?:(?:on|je|j'|nous)\s*(?:prend|prends|prenons|choisi[st]?|choisissons|part\s+sur|pars\s+sur|partons\s+sur|regarde|regarderai|regardera|regarderons|garde|gardons|(?:va|vais|allons)\s+(?:prendre|regarder|voir|choisir|partir\s+sur))|va\s+pour|adjuge|` +
	`(?:i|we)(?:'ll|\s+will|'m\s+going\s+to|'re\s+going\s+to|\s+am\s+going\s+to|\s+are\s+going\s+to)?\s+(?:take|go\s+(?:with|for)|pick|choose|watch|see)|let's\s+(?:go\s+(?:with|for)|watch|do))\s+(` + ref + `)(?:\s+(?:ce\s+soir|demain|tonight|tomorrow|alors|then))?`

var (
	closingRe  = regexp.MustCompile(`^[\s\pP\pS]*(?:(?:` + closeCueAlt + `|` + praiseAlt + `|` + closeFillerAlt + `)\b[\s\pP\pS]*)+$`)
	closeCueRe = regexp.MustCompile(`\b` + closeCueAlt + `\b`)
	chosenRe   = regexp.MustCompile(`\b` + chosenAlt)
)

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
