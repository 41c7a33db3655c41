package chat

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// Texts of the replies, French and English. French typography: « » quotes
// and a plain space before ? ! : ; (kept simple and consistent).
type msgKey int

const (
	msgGreet msgKey = iota
	msgHelp
	msgThanks
	msgAskFilm
	msgReset
	msgUnknownTitle  // mention
	msgUnknownPerson // name
	msgSkipped       // mention
	msgNothing
	msgNoList
	msgWhichOne
	msgBadRank // rank, list length
	msgWhy     // title, reasons
	msgWhyNone // title
	msgMoreLike
	msgMoreFilms // n
	msgBecause   // titles, n
	msgHereAre   // n
	msgRemoved   // titles
	msgRemovedEmpty
	msgAmbiguous // title, options
	msgSuggest   // mention, options
	msgNotActive
	msgChipRemoved // label
	msgNothingLeft
	msgNewRequest  // kept, dropped
	msgKept        // filters
	msgDropped     // filters
	msgApart       // people
	msgGenresApart // genres
	msgEraWidened  // year
	msgThemeApart  // people, theme
	msgFamilyGenre // genres
	msgLoosened    // the filter set aside
	msgShortest    // title, minutes
	msgLongest     // title, minutes
	msgNewest      // title, year
	msgOldest      // title, year
	msgBestRated   // title, rating
	msgComparedTo  // title, its figure (compare13.go)
	msgScariest    // title, its genres (compare13.go)
)

var texts = map[msgKey][2]string{
	msgGreet: {
		"Bonjour ! Je suis Bobine, je vous aide à choisir un film. Dites-moi un film que vous avez aimé, par exemple « j'ai aimé Les Évadés et Amélie », ou ce que vous cherchez : « une comédie des années 90 », « un film avec Jean Gabin ».",
		"Hello! I'm Bobine, I help you pick a film. Tell me a film you liked, for example “I liked Heat and Amélie”, or what you are looking for: “a comedy from the 90s”, “a film with Tom Hanks”.",
	},
	msgHelp: {
		"Dites-moi des films que vous avez aimés et je vous en propose cinq autres. Par exemple : « j'ai adoré Intouchables et Le Dîner de cons », « un film comme Les Bronzés mais plus récent », « des films avec Jean Gabin », « un film de Kubrick », « des films des années 90 », « pas d'horreur », « pour les enfants », « moins long », « en français ». Ensuite : « encore » pour d'autres films, « pourquoi le 2 ? », « plus comme le 3 », « pas le 4 », et « recommencer » pour repartir de zéro.",
		"Tell me films you liked and I'll suggest five more. For example: “I liked Heat, Alien and Amélie”, “a film like Alien but more recent”, “films with Tom Hanks”, “a film by Kubrick”, “from the 80s”, “no horror”, “for kids”, “shorter”, “in French”. Then: “more” for other films, “why the second?”, “more like 3”, “not that one”, and “start over” to begin again.",
	},
	msgThanks:  {"Avec plaisir ! Bonne séance.", "You're welcome! Enjoy the film."},
	msgAskFilm: {"Dites-moi un film que vous avez aimé (par exemple « j'ai aimé Amélie ») et je vous en proposerai d'autres.", "Tell me a film you liked (for example “I liked Amélie”) and I'll suggest others."},
	msgReset:   {"C'est reparti de zéro ! Quel film avez-vous aimé ?", "Let's start over! Which film did you like?"},
	msgUnknownTitle: {
		"Je ne trouve pas %s dans notre catalogue. Vérifiez l'orthographe, ou dites-moi un autre film que vous avez aimé.",
		"I can't find %s in our catalogue. Check the spelling, or tell me another film you liked.",
	},
	msgUnknownPerson: {
		"Je ne trouve personne nommé « %s » dans notre catalogue. Vérifiez l'orthographe, ou essayez un autre nom.",
		"I can't find anyone called “%s” in our catalogue. Check the spelling, or try another name.",
	},
	msgSkipped: {"Je n'ai pas trouvé %s.", "I couldn't find %s."},
	msgNothing: {
		"Je n'ai trouvé aucun film qui réponde à tout cela : je garde vos critères précédents. Essayez autre chose, ou dites « recommencer ».",
		"No film matches all of that, so I'm keeping your previous criteria. Try something else, or say “start over”.",
	},
	msgNoList:       {"Je ne vous ai encore proposé aucun film. Dites-moi d'abord un film que vous avez aimé.", "I haven't suggested any film yet. First tell me a film you liked."},
	msgWhichOne:     {"Lequel ? Dites par exemple « pas le 2 » ou « pourquoi le 3 ? ».", "Which one? Say for example “not the 2nd” or “why number 3?”."},
	msgBadRank:      {"Il n'y a pas de film n° %d : la liste va de 1 à %d.", "There is no film number %d: the list goes from 1 to %d."},
	msgWhy:          {"Je vous ai proposé %s parce que : %s.", "I suggested %s because: %s."},
	msgWhyNone:      {"Je vous ai proposé %s parce qu'il ressemble aux films que vous aimez.", "I suggested %s because it is close to the films you like."},
	msgMoreLike:     {"Plus de films comme %s", "More films like %s"},
	msgMoreFilms:    {"Voici %s", "Here %s"},
	msgBecause:      {"Puisque vous avez aimé %s, voici %s", "Since you liked %s, here %s"},
	msgHereAre:      {"Voici %s pour vous", "Here %s for you"},
	msgRemoved:      {"D'accord, je retire %s. Voici la liste mise à jour :", "OK, I've removed %s. Here is the updated list:"},
	msgRemovedEmpty: {"D'accord, je retire %s. Je n'ai plus d'autre film à proposer : dites-moi un autre film que vous avez aimé.", "OK, I've removed %s. I have no other film to suggest: tell me another film you liked."},
	msgAmbiguous:    {"Quel %s : %s ?", "Which %s: %s?"},
	msgNotActive:    {"Ce critère n'est plus actif.", "That criterion is no longer active."},
	msgChipRemoved:  {"D'accord, je retire %s.", "OK, I've removed %s."},
	msgNothingLeft:  {"Je n'ai plus de film à proposer avec ces critères.", "I have no more films to suggest with these criteria."},
	msgKept:         {"Je garde : %s.", "I'm keeping: %s."},
	msgDropped:      {"Nouvelle recherche : je retire %s, qui écarterait les films que vous citez.", "New search: I've removed %s, which would rule out the films you named."},
	msgApart:        {"Aucun film ne réunit %s : voici des films avec l'un ou l'autre.", "No film brings together %s: here are films with one or the other."},
	msgFamilyGenre:  {"Pour des enfants, je retire %s.", "For children, I've removed %s."},
	msgGenresApart:  {"Aucun film n'est à la fois %s : voici des films de l'un ou l'autre genre.", "No film is at once %s: here are films of either genre."},
	msgEraWidened:   {"Rien d'aussi récent : voici des films à partir de %d.", "Nothing that recent: here are films from %d on."},
	msgLoosened:     {"Aucun film ne répond à tous vos critères : je laisse de côté %s.", "No film meets all your criteria, so I've set aside %s."},
	msgShortest:     {"Le plus court est %s (%d min).", "The shortest is %s (%d min)."},
	msgLongest:      {"Le plus long est %s (%d min).", "The longest is %s (%d min)."},
	msgNewest:       {"Le plus récent est %s (%d).", "The most recent is %s (%d)."},
	msgOldest:       {"Le plus ancien est %s (%d).", "The oldest is %s (%d)."},
	msgBestRated:    {"Le mieux noté est %s (%s/10 sur IMDb).", "The best rated is %s (%s/10 on IMDb)."},
	msgComparedTo:   {" %s : %s.", " %s: %s."},
	msgScariest:     {"Le plus effrayant est %s (%s).", "The scariest is %s (%s)."},
	msgThemeApart:   {"Je n'ai aucun film de %s sur le thème %s : je laisse ce thème de côté.", "I have no film by %s on the theme %s, so I'm leaving that theme aside."},
	msgSuggest:      {"Je ne trouve pas %s. Vouliez-vous dire : %s ? (Sinon, dites « aucun ».)", "I can't find %s. Did you mean: %s? (If not, say “none”.)"},
}

// films counts films: "5 films", "un film"; "are 5 films", "is one film".
func (e *Engine) films(s *session, n int, other bool) string {
	switch {
	case s.lang == "en" && n == 1 && other:
		return "is one more film"
	case s.lang == "en" && n == 1:
		return "is one film"
	case s.lang == "en" && other:
		return fmt.Sprintf("are %d more films", n)
	case s.lang == "en":
		return fmt.Sprintf("are %d films", n)
	case n == 1 && other:
		return "un autre film"
	case n == 1:
		return "un film"
	case other:
		return fmt.Sprintf("%d autres films", n)
	}
	return fmt.Sprintf("%d films", n)
}

func (e *Engine) say(s *session, k msgKey, args ...any) string {
	t := texts[k][0]
	if s.lang == "en" {
		t = texts[k][1]
	}
	if len(args) == 0 {
		return t
	}
	return fmt.Sprintf(t, args...)
}

func (e *Engine) text(s *session, k msgKey, args ...any) Reply {
	for i, a := range args {
		if k == msgUnknownTitle || k == msgSkipped {
			if str, ok := a.(string); ok {
				args[i] = e.quoteText(s, str)
			}
		}
	}
	unresolved := k == msgAskFilm || k == msgUnknownTitle || k == msgUnknownPerson
	return Reply{Lang: s.lang, Kind: KindText, Text: e.say(s, k, args...), Unresolved: unresolved}
}

var articleRe = regexp.MustCompile(`^(?i:(?:le|la|les|the)\s+|l['’])`)

// quoteText quotes text in the session's language.
func (e *Engine) quoteText(s *session, t string) string {
	if s.lang == "en" {
		return "“" + t + "”"
	}
	return "« " + t + " »"
}

// quote quotes a film's title in the session's language.
func (e *Engine) quote(s *session, f *data.Film) string {
	return e.quoteText(s, f.DisplayTitle(s.lang))
}

// join lists items: "a, b et c" / "a, b and c".
func (e *Engine) join(s *session, items []string) string {
	and := " et "
	if s.lang == "en" {
		and = " and "
	}
	if len(items) <= 1 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + and + items[len(items)-1]
}

// ask is the question of the pending choice.
func (e *Engine) ask(s *session) Reply {
	p := s.pending
	or := " ou "
	if s.lang == "en" {
		or = " or "
	}
	var opts []string
	for _, c := range p.choices {
		o := fmt.Sprintf("%d — %s", c.Index, c.Film.DisplayTitle(s.lang))
		var det []string
		if c.Film.Year > 0 {
			det = append(det, fmt.Sprint(c.Film.Year))
		}
		if d := e.directors(c.Film); d != "" {
			det = append(det, d)
		}
		if len(det) > 0 {
			o += " (" + strings.Join(det, ", ") + ")"
		}
		opts = append(opts, o)
	}
	list := strings.Join(opts[:len(opts)-1], ", ") + or + opts[len(opts)-1]
	if len(opts) == 1 {
		list = opts[0]
	}
	var text string
	if p.kind == ambiguous {
		title := p.choices[0].Film.DisplayTitle(s.lang)
		for _, c := range p.choices[1:] {
			if search.TitleKey(c.Film.DisplayTitle(s.lang)) != search.TitleKey(title) {
				title = e.quoteText(s, p.mention)
				break
			}
		}
		// "Quel Dîner de cons", not "Quel Le dîner de cons".
		if t := articleRe.ReplaceAllString(title, ""); t != title {
			r, n := utf8.DecodeRuneInString(t)
			title = string(unicode.ToUpper(r)) + t[n:]
		}
		text = e.say(s, msgAmbiguous, title, list)
	} else {
		text = e.say(s, msgSuggest, e.quoteText(s, p.mention), list)
	}
	return Reply{Lang: s.lang, Kind: KindChoose, Text: text, Choices: p.choices}
}

// withCriteria ends a films intro with the session's filters, as their
// chips name them: "Voici 5 films pour vous (sans horreur, avec Jean Gabin) :".
func (e *Engine) withCriteria(s *session, intro string) string {
	var parts []string
	for _, c := range e.filterChips(s) {
		if len(parts) > 0 && (strings.HasPrefix(c.Label, "et ") || strings.HasPrefix(c.Label, "and ")) {
			parts[len(parts)-1] += " " + c.Label // "comédie et romance": both at once
			continue
		}
		parts = append(parts, c.Label)
	}
	if len(parts) > 0 {
		intro += " (" + strings.Join(parts, ", ") + ")"
	}
	if s.lang == "en" {
		return intro + ":"
	}
	return intro + " :"
}

// directorTally counts the films a person directed and those they were
// cast in (actor, actress, self); with leads, also the films they led as an
// actor, which reads each of their films.
func (e *Engine) directorTally(id string, leads bool) (directed, cast, led int) {
	for _, r := range e.cat.Roles(id) {
		switch r.Category {
		case "director":
			directed++
		case "actor", "actress", "self":
			cast++
			if leads && r.Category != "self" {
				if f, err := e.cat.Film(r.FilmID); err == nil && leadOf(f, id) {
					led++
				}
			}
		}
	}
	return directed, cast, led
}

// mainlyDirector reports whether a person asked for with « de » or "by"
// is meant as a director: one who directed several films, and at least a
// third as many as they played in (Eastwood, Truffaut, Besson; not
// Depardieu). Writer credits do not count either way.
func (e *Engine) mainlyDirector(id string) bool {
	d, cast, _ := e.directorTally(id, false)
	return d >= 2 && 3*d >= cast
}

// authorFilms is the least number of films an actor must have directed
// for « un film de X » to mean those films: enough to fill a reply.
const authorFilms = 5

// author reports whether « un film de X », a cue that names whose film it
// is, means the films the person directed although mainlyDirector says no:
// at least authorFilms of them, and at least one for every eight films they
// led as an actor (« un film de Guillaume Canet » is Les Petits Mouchoirs,
// « un film de Depardieu » any film he plays in, the three he directed
// being a footnote to his career).
func (e *Engine) author(id string) bool {
	d, _, led := e.directorTally(id, true)
	return d >= authorFilms && 8*d >= led
}

// directs reports whether a person is mostly credited as a director.
func (e *Engine) directs(id string) bool {
	d, n := 0, 0
	for _, r := range e.cat.Roles(id) {
		n++
		if r.Category == "director" {
			d++
		}
	}
	return n > 0 && 2*d >= n
}
