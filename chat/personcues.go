package chat

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// Person cues beyond « avec » and « de »: a verb of acting (« un film où
// joue Belmondo », « dans lequel jouent Rochefort et Noiret », "in which
// Tom Hanks plays" is not read: the name comes first), a director named by
// the noun (« un film du réalisateur Jean-Pierre Melville », « de la
// cinéaste Agnès Varda », "by director Agnès Varda"), the director of a film
// named (« le réalisateur d'Amélie », "the director of Amélie"), the
// director the dialogue already works from (« de ce réalisateur »), and an
// English possessive ("Hitchcock's films").
const (
	// castVerbCue is an acting verb after « où » or « dans lequel ».
	castVerbCue = `(?:ou|dans\s+lequel|dans\s+laquelle|dans\s+lesquels|dans\s+quoi|dans\s+quels?\s+films?|in\s+which)\s+(?:(?:a\s+)?jou(?:e|ent|ait|aient)|(?:a\s+)?joue\s+aussi|apparai(?:t|ssent)|figure(?:nt)?|(?:plays?|stars?|acts?|appears?))`
	// writerCue: « écrit par Audiard », « les dialogues d'Audiard »,
	// « adapté de Pagnol », « d'après Simenon », « tiré d'un roman de Zola
	// », « les romans de Dumas », "written by", "based on a novel by",
	// "adapted from", and the composer (« la musique de Sarde », « une BO
	// de Desplat », "music by", "scored by"): any credit.
	writerCue = `(?:(?:ecrits?|ecrites?|scenarises?|dialogues?|dialoguees?|adaptes?|adaptees?|tires?|tirees?)\s+(?:par|de|d'|des|du)(?:\s*(?:un|une|l')?\s*(?:romans?|pieces?|livres?|nouvelles?|oeuvres?|bd|histoires?)\s+(?:de|d'))?|(?:(?:les|des|ses|un|une|the)\s+)?(?:romans?|pieces?|livres?|nouvelles?|scenarios)\s+(?:de|d')|(?:(?:avec|sur)\s+)?(?:(?:la|une|une\s+belle|les)\s+)?(?:musiques?|bo|b\.o\.?|bandes?[\s-]originales?|bandes?[\s-]sons?)\s+(?:de|d'|signees?|composees?\s+par)|composee?s?\s+par|(?:music|scores?|soundtracks?)\s+(?:by|from|of)|(?:scored|composed)\s+by|(?:(?:avec|sur)\s+)?(?:(?:les|des|de)\s+)?dialogues\s+(?:de|d')|(?:le\s+|un\s+)?scenario\s+(?:de|d')|d'apres\s+(?:(?:un|une|les|des|l')\s*(?:romans?|pieces?|livres?|nouvelles?|oeuvres?|bd)\s+(?:de|d'))?|(?:adapted|adaptations?)\s+(?:from|of)|written\s+by|screenplay\s+by|(?:scripted|penned)\s+by|based\s+on\s+(?:a\s+(?:book|novel|play)\s+by|the\s+(?:books?|novels?|plays?|work)\s+of))`
	// fanCue: « je suis fan de Romy Schneider », "a big fan of Binoche".
	fanCue = `(?:(?:grand|grande|gros|grosse|vrai|vraie|super|tres|big|huge|great|real)\s+)?fan\s+(?:de|d'|of)`
	// directorNounCue is the noun of a director before the name.
	directorNounCue = `(?:(?:du|de\s+la|le|la|par\s+le|par\s+la|by|by\s+the|the)\s+)?(?:realisateur|realisatrice|cineaste|director|filmmaker)`
)

var (
	// directorOfRe: « le réalisateur d'Amélie », « du cinéaste de La
	// Haine », "by the director of Amélie": the director of the film
	// that follows.
	directorOfRe = regexp.MustCompile(`\b(?:(?:du|le|la|de\s+la|par\s+le|par\s+la)\s+)?(?:meme\s+)?(?:realisateur|realisatrice|cineaste)\s+(?:de|d'|du|des)\s*|\b(?:(?:by|from)\s+)?the\s+(?:director|filmmaker|maker|guy|person)\s+(?:who\s+(?:made|directed)|(?:of|behind))\s+`)
	// thisDirectorRe: « de ce réalisateur », « par ce cinéaste », "by
	// this director": the director of the film the dialogue works from.
	thisDirectorRe = regexp.MustCompile(`\b(?:(?:de|par|du)\s+(?:ce|cette|son|sa)\s+(?:realisateur|realisatrice|cineaste|metteur\s+en\s+scene)|(?:by|from)\s+(?:this|that|its|the\s+same)\s+(?:director|filmmaker)|(?:ce|cette|son|sa)\s+(?:realisateur|realisatrice|cineaste))\b`)
	// whatHasRe: "what has Meryl Streep been in?", "what did Kubrick
	// direct?": the name comes before the verb.
	whatHasRe = regexp.MustCompile(`\bwhat\s+(?:else\s+|other\s+(?:films?|movies?)\s+)?(?:has|have|did|does|is)\s+([a-z][a-z'.-]*(?:\s+[a-z][a-z'.-]*){0,3}?)\s+(?:(been\s+in|(?:played|starred|acted|appeared|played)(?:\s+in)?|play\s+in|star\s+in|act\s+in|appear\s+in|in)|(made|directed|direct|make|done|do))\b`)
	// sameActorRe: « avec le même acteur », "with the same actress".
	sameActorRe = regexp.MustCompile(`\b(?:(?:avec|with)\s+)?(?:le\s+meme\s+(?:acteur|comedien)|la\s+meme\s+(actrice|comedienne)|the\s+same\s+(?:actor|star|lead)|the\s+same\s+(actress))\b`)
	// actorOfRe: « avec l'acteur principal de Léon », "the lead actor of
	// Léon": the lead of the film that follows (a pronoun's person).
	actorOfRe = regexp.MustCompile(`\b(?:(?:avec|with|starring)\s+)?(?:l'acteur|l'(actrice)|le\s+comedien|la\s+(comedienne)|the\s+(?:lead\s+|main\s+)?(?:actor|star)|the\s+(?:lead\s+|main\s+)?(actress))(?:\s+principale?)?\s+(?:de|d'|du|des|of|in|from)\s*`)
	// togetherRe: « Louis de Funès et Bourvil ensemble », "Tracy and
	// Hepburn together": two names without a cue, in one film.
	togetherRe = regexp.MustCompile(`^[\s\pP]*(?:(?:je\s+voudrais|je\s+cherche|un\s+film\s+avec|something\s+with|a\s+film\s+with)\s+)?([a-z][a-z'.-]*(?:\s+[a-z][a-z'.-]*){0,3}?)\s+(?:et|and|&)\s+([a-z][a-z'.-]*(?:\s+[a-z][a-z'.-]*){0,3}?)\s+(?:ensemble|together|reunis|dans\s+le\s+meme\s+film|in\s+the\s+same\s+(?:film|movie))\b`)
	// indifferentRe: « Belmondo ou Delon, peu importe », "either is fine":
	// the customer does not mind which, which is no title.
	indifferentRe = regexp.MustCompile(`(?:^|[,;.!?]\s*)(?:peu\s+importe(?:\s+(?:lequel|laquelle|les\s+deux))?|n'importe\s+(?:lequel|laquelle)|l'un\s+ou\s+l'autre|whatever|either\s+(?:one|is\s+fine|will\s+do)|(?:it\s+)?(?:doesn't|does\s+not)\s+matter|(?:ca\s+)?m'est\s+egal|c'est\s+egal)\s*[.!?]*\s*$`)
	// possessiveFilmsRe: "Hitchcock's films", "any of Spielberg's movies".
	possessiveFilmsRe = regexp.MustCompile(`(?:\b(?:any|some|one|all|more)\s+of\s+)?\b([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)'s\s+(?:(?:other|early|old|older|best|latest|new|newer|recent|classic|great|later)\s+)?(?:films?|movies?|work|filmography|pictures?)\b`)
)

// pronounWords are the pronouns whatHasRe may find where a name goes.
var pronounWords = map[string]string{"he": "actor", "she": "actress", "they": "plural"}

// directorPhrases reads the director cues that do not name the director
// (« le réalisateur d'Amélie », « de ce réalisateur ») and the English
// possessive. They run with the constraint phrases, before the titles are
// cut: the film after « le réalisateur de » stays a mention, and the
// dialogue asks for its director's films (message.SameDirector).
func (p *parser) directorPhrases() {
	p.each(directorOfRe, func([]string, []int) bool { p.m.SameDirector = true; return true })
	p.each(thisDirectorRe, func([]string, []int) bool { p.m.SameDirector = true; return true })
	p.each(indifferentRe, func([]string, []int) bool { return true })
	p.each(actorOfRe, func(sub []string, _ []int) bool {
		p.m.Pronoun, p.m.PronounCast = "actor", true
		if sub[1] != "" || sub[2] != "" || sub[3] != "" {
			p.m.Pronoun = "actress"
		}
		return true
	})
	p.each(togetherRe, func(sub []string, idx []int) bool {
		// « des films avec Noiret ET Rochefort ensemble »: the first name
		// is the last words before « et » that may be a name.
		i, _, ok := clauseName(sub[1], false)
		if !ok {
			return false
		}
		a, b := p.f.origSpan(idx[2]+i, idx[3]), p.f.origSpan(idx[4], idx[5])
		if lexiconName(a) || lexiconName(b) || junk(sub[1]) || junk(sub[2]) {
			return false
		}
		p.m.People = append(p.m.People, a, b)
		p.m.Starring = append(p.m.Starring, a, b)
		return true
	})
	p.each(whatHasRe, func(sub []string, idx []int) bool {
		name := p.f.origSpan(idx[2], idx[3])
		if pr, ok := pronounWords[sub[1]]; ok {
			// "Léon, both Luc Besson: what else did he direct?": the
			// person just named, or the film's.
			p.m.Pronoun, p.m.PronounCast = pr, sub[2] != ""
			return true
		}
		if junk(sub[1]) || lexiconName(name) {
			return false
		}
		p.m.People = append(p.m.People, name)
		if sub[2] != "" {
			p.m.Starring = append(p.m.Starring, name)
		} else {
			p.m.DirectedBy = append(p.m.DirectedBy, name)
		}
		return true
	})
	p.each(possessiveFilmsRe, func(sub []string, idx []int) bool {
		name := p.f.origSpan(idx[2], idx[3])
		if junk(sub[1]) || lexiconName(name) {
			return false
		}
		p.m.People = append(p.m.People, name)
		return true
	})
}

// famousRoles is how many credits make a person famous enough that the
// surname alone, typed in lower case, names them (« signoret »).
const famousRoles = 3 * knownPerson

// famousSurname returns the famous person whose surname is the one word w
// (a typo aside, for the most famous), or nil.
func (e *Engine) famousSurname(ctx context.Context, w string) (*data.Person, error) {
	per, err := e.bestKnownPerson(ctx, w)
	if err != nil {
		return nil, err
	}
	if per != nil {
		ws, typed := search.NameWords(per.Name), search.NameWords(w)
		if len(ws) >= 2 && len(typed) == 1 && ws[len(ws)-1] == typed[0] && e.cat.RoleCount(per.ID) >= famousRoles {
			return per, nil
		}
	}
	// Famous by the votes of their films rather than by their number of
	// credits, or misspelt (« kieslowski », « tarkovski »).
	return e.famousBySurname(ctx, w)
}

// soundAlikeSurname finds a person whose first names are typed right and
// whose surname is spelt as it sounds (« catherine deneuf », « gérard
// depardieux »): two edits away at most, beyond the index's typo budget,
// among the best-known people of those first names. Nil when none.
func (e *Engine) soundAlikeSurname(ctx context.Context, want []string) (*data.Person, error) {
	if len(want) < 2 {
		return nil, nil
	}
	last := want[len(want)-1]
	if len(last) < 5 {
		return nil, nil
	}
	first := strings.Join(want[:len(want)-1], " ")
	ms, err := e.res.SearchPeople(ctx, first, 50)
	if err != nil {
		if errors.Is(err, data.ErrInvalid) {
			return nil, nil
		}
		return nil, fmt.Errorf("chat: search people %q: %w", first, err)
	}
	var best *data.Person
	for _, m := range ms {
		have := search.NameWords(m.Person.Name)
		if len(have) != len(want) || !slices.Equal(have[:len(have)-1], want[:len(want)-1]) {
			continue
		}
		h := have[len(have)-1]
		if h[0] != last[0] || search.EditDistance(last, h, 2) > 2 || e.cat.RoleCount(m.Person.ID) < knownPerson {
			continue
		}
		if best == nil || e.cat.RoleCount(m.Person.ID) > e.cat.RoleCount(best.ID) {
			best = m.Person
		}
	}
	return best, nil
}

// knownAfterFilm is how many credits a person needs for a name after « un
// film de » to be that person rather than a subject: a surname typed alone
// in lower case (« un film de noel ») must be famous, being a common word
// as often as a name.
func (e *Engine) knownAfterFilm(name string) int {
	if len(search.NameWords(name)) == 1 && !capitalised(name) {
		return famousRoles
	}
	return knownPerson
}
