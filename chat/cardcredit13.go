package chat

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/bobine/bobine/data"
)

// A card's credits asked about by name: « le 1 c'est avec Romain Duris ? »,
// « le 3, il est de Lautner ? », « il y a Gabin dedans, le 2 ? », "is the
// first one with Al Pacino?", "is 4 by Spielberg?", "is Meryl Streep in the
// second one?". cardTalk reads the card's rank as a question about it
// (cardabout.go); the reply says yes or no from the card's credits, and who
// is in it or made it when the name is not there.

// creditAbout prefixes the aspect of such a question: "credit:cast:de niro",
// "credit:director:lautner".
const creditAbout = "credit:"

const creditName = `([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2}?)`

// cardCreditRes are the questions, folded; group 1 is the role word
// (« avec », « de », "with", "by"), group 2 the name.
var cardCreditRes = []*regexp.Regexp{
	regexp.MustCompile(`\b(?:c'est|c|il\s+est|elle\s+est|est-ce\s+que\s+c'est|est-ce\s+qu'il\s+est|ca\s+se\s+joue|ca\s+joue)\s+(avec|de|par|realise\s+par)\s+` + creditName + `\s*(?:dedans\s*)?(?:[?,]|$)`),
	regexp.MustCompile(`\b(?:il\s+y\s+a|y\s+a|on\s+voit|ca\s+joue)\s+()` + creditName + `\s+(?:dedans|dans\s+(?:le|la|celui)\b)`),
	regexp.MustCompile(`\b(?:is|s)\s+(?:it|that|this|that\s+one|this\s+one|(?:the\s+)?(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|[4-9]th)(?:\s+(?:one|film|movie))?|number\s+\d|no\.?\s*\d|#\s*\d|\d)\s+(with|by|starring|directed\s+by)\s+` + creditName + `\s*(?:[?,]|$)`),
	regexp.MustCompile(`\b(?:is|does)\s+()` + creditName + `\s+(?:in|appear\s+in|play\s+in|star\s+in|act\s+in)\s+(?:it|that|this|that\s+one|this\s+one|the\s+(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|[4-9]th)(?:\s+(?:one|film|movie))?|number\s+\d|\d)\s*(?:[?,]|$)`),
}

// creditNotName are first words that make the span no name: « c'est avec
// qui ? » (cardabout.go), « c'est avec des zombies ? ».
var creditNotName = map[string]bool{"qui": true, "quoi": true, "who": true, "what": true, "des": true, "un": true, "une": true,
	"a": true, "an": true, "the": true, "some": true, "lui": true, "elle": true, "eux": true, "moi": true, "him": true, "her": true,
	"them": true, "it": true, "ca": true, "combien": true, "quel": true, "quelle": true, "plein": true, "beaucoup": true}

// creditParticle are first words of a name only before another word («
// de niro », « de funès »): alone, or before nothing, no name.
var creditParticle = map[string]bool{"de": true, "du": true, "la": true, "le": true, "les": true, "d'": true}

// cardCredit returns the aspect of a folded question on a card's credits
// by name, and whether there is one.
func cardCredit(s string) (string, bool) {
	for _, re := range cardCreditRes {
		sub := re.FindStringSubmatch(s)
		if sub == nil {
			continue
		}
		name := strings.TrimSpace(sub[2])
		if w := strings.Fields(name); len(w) == 0 || creditNotName[w[0]] || creditParticle[w[0]] && (len(w) < 2 || w[1] == "la" || w[1] == "l'") ||
			len(genresOf(name)) > 0 || nationWord[w[len(w)-1]] != "" {
			// « c'est de la science-fiction ? », « il est avec des
			// français ? »: a genre or a nationality, no name.
			continue
		}
		role := aboutCast
		switch sub[1] {
		case "de", "par", "realise par", "by", "directed by":
			role = aboutDirector
		}
		return creditAbout + role + ":" + name, true
	}
	return "", false
}

// creditFacts answers a question read by cardCredit about f.
func (e *Engine) creditFacts(s *session, f *data.Film, about string) string {
	role, typed, _ := strings.Cut(strings.TrimPrefix(about, creditAbout), ":")
	var ids []string
	if role == aboutDirector {
		ids = f.Directors
	} else {
		for _, c := range f.Credits {
			if c.IsCast() {
				ids = append(ids, c.PersonID)
			}
		}
	}
	for _, id := range ids {
		if p, err := e.cat.Person(id); err == nil && strings.Contains(" "+fold(p.Name).s+" ", " "+typed+" ") {
			if role == aboutDirector {
				return e.pick(s, "Oui, il est réalisé par "+p.Name+".", "Yes, it is directed by "+p.Name+".")
			}
			return e.pick(s, "Oui, "+p.Name+" joue dedans.", "Yes, "+p.Name+" is in it.")
		}
	}
	name := typedName(typed)
	other := e.cardFacts(s, f, role)
	if role == aboutDirector {
		return fmt.Sprint(e.pick(s, "Non, il n'est pas de "+name+". ", "No, it is not by "+name+". "), other)
	}
	return fmt.Sprint(e.pick(s, "Non, "+name+" n'y joue pas. ", "No, "+name+" is not in it. "), other)
}

// typedName writes a folded name with capitals: "de niro" → "De Niro".
func typedName(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		w[i] = strings.ToUpper(x[:1]) + x[1:]
	}
	return strings.Join(w, " ")
}
