package chat

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/bobine/bobine/data"
)

// A question about a card on screen is not always « pourquoi »: « le 2, il
// est de qui ? », « c'est avec qui le 4 ? », « le premier dure combien ? »,
// « pour quel âge le 3 ? », "who's in the second one?", "how long is number
// 3?". cardTalk reads them as a question about that card (the reasons it was
// proposed), and the reply adds what was asked: its director, its cast, its
// length or whether children can watch it.

// The aspects of a card a customer may ask about.
const (
	aboutDirector = "director"
	aboutCast     = "cast"
	aboutRuntime  = "runtime"
	aboutAge      = "age"
)

// cardAboutRes are the questions on one aspect of a card, folded; none names
// the card, whose rank is elsewhere in the message.
var cardAboutRes = []struct {
	about string
	re    *regexp.Regexp
}{
	{aboutDirector, regexp.MustCompile(`\b(?:(?:c'est|il\s+est|elle\s+est|c'est\s+realise|il\s+est\s+realise)\s+(?:de|par)\s+qui|de\s+qui\s+(?:il\s+est|c'est)|qui\s+(?:l'a|a|les\s+a)\s+(?:realise|tourne|fait|mis\s+en\s+scene)|(?:c'est\s+)?qui\s+(?:est\s+)?(?:le|la)\s+(?:realisateur|realisatrice|reali|cineaste|metteur\s+en\s+scene)|(?:quel|c'est\s+quoi\s+le)\s+realisateur|who\s+(?:directed|made)|who(?:'s|\s+is|\s+was)\s+the\s+director|who(?:'s|\s+is)\s+it\s+by|what(?:'s|\s+is)\s+the\s+director)\b`)},
	{aboutCast, regexp.MustCompile(`\b(?:(?:c'est|il\s+est|elle\s+est|ca\s+joue|ca\s+se\s+joue)\s+avec\s+qui|avec\s+qui\s+(?:c'est|il\s+est)|qui\s+(?:joue|jouent)(?:\s+dedans|\s+dans)?|(?:il\s+y\s+a|y\s+a)\s+qui(?:\s+(?:dedans|comme\s+(?:acteurs?|actrices?|comediens?)))?|(?:quels?|c'est\s+qui)\s+(?:les\s+)?(?:acteurs|comediens)|who(?:'s|\s+is|\s+are)\s+in|who\s+(?:stars|plays|acts)|who\s+are\s+the\s+(?:actors|stars)|what(?:'s|\s+is)\s+the\s+cast)\b`)},
	{aboutRuntime, regexp.MustCompile(`\b(?:dure\s+combien|combien\s+(?:de\s+temps\s+)?(?:il|elle|ca)\s+dure|quelle\s+(?:est\s+(?:la|sa)\s+)?duree|c'est\s+long\s+combien|combien\s+de\s+temps|how\s+long|what(?:'s|\s+is)\s+the\s+(?:running\s+time|runtime|length))\b`)},
	{aboutAge, regexp.MustCompile(`\b(?:(?:pour|a\s+partir\s+de|des)\s+quel\s+age|quel\s+age|what\s+age|how\s+old\s+(?:should|do)|age\s+rating)\b`)},
}

// cardReasonRe asks for the reason in words « pourquoi » is not: « pour
// quelle raison le premier ? ».
var cardReasonRe = regexp.MustCompile(`\b(?:pour\s+quelle\s+raison|for\s+what\s+reason|what\s+for)\b`)

// cardAbout returns the aspect a folded message asks about ("" for none or
// the reasons alone), and whether it asks anything about a card.
func cardAbout(s string) (about string, asks bool) {
	if about, ok := cardCredit(s); ok {
		return about, true // cardcredit13.go: « le 1 c'est avec Romain Duris ? »
	}
	for _, a := range cardAboutRes {
		if a.re.MatchString(s) {
			return a.about, true
		}
	}
	return "", cardReasonRe.MatchString(s)
}

// cardFacts is the sentence answering the aspect asked about f, in the
// session's language; "" when there is nothing to say.
func (e *Engine) cardFacts(s *session, f *data.Film, about string) string {
	names := func(ids []string, n int) string {
		var out []string
		for _, id := range ids {
			if p, err := e.cat.Person(id); err == nil && p.Name != "" {
				out = append(out, p.Name)
			}
			if len(out) == n {
				break
			}
		}
		return e.join(s, out)
	}
	if strings.HasPrefix(about, creditAbout) {
		return e.creditFacts(s, f, about) // cardcredit13.go
	}
	switch about {
	case aboutDirector:
		if d := names(f.Directors, 3); d != "" {
			return e.pick(s, "Il est réalisé par "+d+".", "It is directed by "+d+".")
		}
	case aboutCast:
		var ids []string
		for _, c := range f.Credits {
			if c.IsCast() {
				ids = append(ids, c.PersonID)
			}
		}
		if c := names(ids, 4); c != "" {
			return e.pick(s, "Avec "+c+".", "With "+c+".")
		}
	case aboutRuntime:
		if f.Runtime > 0 {
			h, m := f.Runtime/60, f.Runtime%60
			return e.pick(s, fmt.Sprintf("Il dure %d min (%d h %02d).", f.Runtime, h, m), fmt.Sprintf("It runs %d min (%dh%02d).", f.Runtime, h, m))
		}
	case aboutAge:
		if f.FamilySafe() {
			return e.pick(s, "Il se regarde en famille, enfants compris.", "It suits the whole family, children included.")
		}
		return e.pick(s, "Il n'est pas pour les jeunes enfants.", "It is not for young children.")
	}
	return ""
}
