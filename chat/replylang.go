package chat

import (
	"regexp"
	"slices"
	"strings"
)

// The language of the replies asked for in words: "sorry my French is not
// good, can you answer in English? …", « en français svp la réponse, avec
// des films de Pagnol », « répondez-moi en français ». The request switches
// the dialogue's language and is cut out of the message, whose rest is read
// as usual: « la réponse » is neither a title nor a person, and « en
// français » there asks nothing of the films.

// replyEnRe asks for replies in English whatever the dialogue's language,
// in English or in French (« vous pouvez me répondre en anglais ? »).
var replyEnRe = regexp.MustCompile(`\b(?:(?:(?:pouvez-vous|pourriez-vous|vous\s+pouvez|vous\s+pourriez|tu\s+peux|tu\s+pourrais|peux-tu|pourrais-tu)\s+)?(?:me\s+|nous\s+)?(?:repondre|repondez|reponds|ecrire|ecrivez|ecris|parler|parlez|parle)(?:-moi|-nous|\s+moi)?\s+en\s+anglais|(?:(?:la|les|vos|tes)\s+)?reponses?\s+(?:(?:svp|stp|s'il\s+vous\s+plait)\s+)?en\s+anglais|(?:(?:can|could|would)\s+you\s+(?:please\s+)?|please\s+)?(?:answer|reply|respond|write|talk|speak)(?:\s+(?:to\s+me|me|back))?\s+in\s+english(?:\s+please)?|(?:sorry[\s,]+)?my\s+french\s+is\s+(?:not\s+(?:very\s+|that\s+|so\s+)?(?:good|great)|bad|poor|terrible|rusty|limited|not\s+good\s+enough)|(?:sorry[\s,]+)?i\s+(?:don't|do\s+not|can't|cannot)\s+(?:speak|read|understand)\s+(?:much\s+)?french(?:\s+(?:very\s+)?well)?|(?:in\s+)?english\s+(?:answers?|replies)(?:\s+please)?)\b`)

// replyFrRe asks for replies in French whatever the dialogue's language,
// in French or in English ("could you answer in French please?", "French
// answers please").
var replyFrRe = regexp.MustCompile(`\b(?:(?:(?:can|could|would)\s+you\s+(?:please\s+)?|please\s+)?(?:answer|reply|respond|write|talk|speak)(?:\s+(?:to\s+me|to\s+us|me|us|back))?\s+in\s+french(?:\s+please)?|(?:in\s+)?french\s+(?:answers?|replies)(?:\s+please)?|(?:(?:pouvez-vous|pourriez-vous|vous\s+pouvez|vous\s+pourriez|tu\s+peux|tu\s+pourrais|peux-tu|pourrais-tu)\s+)?(?:me\s+)?(?:repondre|repondez|reponds|ecrire|ecrivez|ecris|parler|parlez|parle)(?:-moi|\s+moi)?\s+en\s+francais|(?:(?:la|les|vos|tes)\s+)?reponses?\s+(?:(?:svp|stp|s'il\s+vous\s+plait)\s+)?en\s+francais|en\s+francais(?:\s+(?:svp|stp|s'il\s+vous\s+plait|merci))*\s+(?:la|les|vos|tes)\s+reponses?|je\s+(?:ne\s+)?(?:parle|comprends|lis)\s+pas\s+(?:tres\s+)?(?:bien\s+)?(?:l')?anglais(?:\s+(?:tres\s+)?bien)?)\b`)

// bareEnRe and bareFrRe are a whole message naming the other language
// alone (« en français svp » in an English dialogue, "in English please"
// in a French one): the customer asks to be answered in it.
var (
	bareEnRe = regexp.MustCompile(`^[\s\pP]*(?:(?:ok|merci|thanks|sorry)[\s\pP]+)?(?:in\s+)?english(?:\s+(?:please|pls|thanks))?[\s\pP]*$`)
	bareFrRe = regexp.MustCompile(`^[\s\pP]*(?:(?:ok|merci|thanks|pardon)[\s\pP]+)?en\s+francais(?:\s+(?:svp|stp|s'il\s+(?:vous|te)\s+plait|merci|please))?[\s\pP]*$`)
)

// replyPoliteRe is what a request for a language leaves behind once cut
// out: « svp », "please", « la réponse ».
var replyPoliteRe = regexp.MustCompile(`^[\s,;:]*(?:svp|stp|s'il\s+(?:vous|te)\s+plait|please|pls|merci|thanks)\b`)

// replyLangAsked finds a request for the replies' language in text, typed
// in a dialogue in language cur. It returns the language asked and the
// text without the request, or ok=false.
func replyLangAsked(text, cur string) (lang, rest string, ok bool) {
	f := fold(text)
	switch {
	case cur != "en" && bareEnRe.MatchString(f.s):
		return "en", "", true
	case cur == "en" && bareFrRe.MatchString(f.s):
		return "fr", "", true
	}
	for _, c := range []struct {
		re   *regexp.Regexp
		lang string
	}{{replyEnRe, "en"}, {replyFrRe, "fr"}} {
		locs := c.re.FindAllStringIndex(f.s, -1)
		if locs == nil {
			continue
		}
		var b strings.Builder
		prev := 0
		for _, l := range locs {
			b.WriteString(f.orig[f.off[prev]:f.off[l[0]]])
			b.WriteString(" ")
			end := l[1]
			if m := replyPoliteRe.FindStringIndex(f.s[end:]); m != nil {
				end += m[1]
			}
			prev = end
		}
		b.WriteString(f.orig[f.off[prev]:])
		return c.lang, strings.TrimSpace(b.String()), true
	}
	return "", "", false
}

// inLang answers a request for the replies' language alone: the list on
// screen again, its reasons in that language, or the invitation to name a
// film.
func (e *Engine) inLang(s *session) Reply {
	if s.pending != nil {
		return e.ask(s)
	}
	if len(s.last) == 0 {
		return e.text(s, msgAskFilm)
	}
	last := slices.Clone(s.last) // the cards of earlier replies keep their language
	for i := range last {
		if r := reasonText(last[i].Reasons, s.lang); r != "" {
			last[i].Reason = r
		}
	}
	s.last = last
	return Reply{Lang: s.lang, Kind: KindFilms, Text: e.withCriteria(s, e.say(s, msgHereAre, e.films(s, len(last), false))), Films: last}
}
