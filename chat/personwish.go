package chat

import (
	"context"
	"regexp"
	"slices"
	"strings"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// A person's films asked for with words about what is wanted from them:
// « un gabin que je n'ai jamais vu », « tout chabrol », « tout ce qu'a fait
// Sautet », « depardieu dans cyrano ou autre », « un truffaut, pas les 400
// coups ni jules et jim », "cary grant films", « ceux de verneuil avec lui
// », « rien qui fasse trop peur ». The words around the name are read here
// so that they never become a title, and the name is left to the person
// rules.

var (
	// notSeenRe is a relative clause that only says the film should be new
	// to the customer (« que je n'ai jamais vu », « qu'elle n'aurait pas
	// vu », « que je connais pas », "I haven't seen"): the chat never shows
	// a film the dialogue liked or showed, so it asks for nothing more.
	notSeenRe = regexp.MustCompile(`\b(?:que|qu')\s*(?:je\s+|j'|on\s+|nous\s+|il\s+|elle\s+|ils\s+|elles\s+|ma\s+[a-z]+\s+|mon\s+[a-z]+\s+|mes\s+[a-z]+\s+)(?:n'|ne\s+|n\s+)?(?:ai|a|avons|ont|aurais|aurait|aurions|auraient|connais|connait|connaissons|connaissent|connaitrais|connaitrait)\s+(?:pas|jamais|point|toujours\s+pas|encore\s+jamais)(?:\s+(?:encore|deja))?(?:\s+(?:vus?|vues?))?\b` +
		`|\b(?:that\s+|which\s+)?(?:i|we|she|he|they)\s*(?:haven't|have\s+not|'ve\s+not|'ve\s+never|have\s+never|hasn't|has\s+not|has\s+never|never|didn't|did\s+not|don't|do\s+not)\s+(?:(?:already|yet)\s+)?(?:seen|watched|see|know)(?:\s+(?:yet|before|already))?\b`)
	// allOfRe: « tout chabrol », « tout ce qu'a fait Claude Sautet »,
	// « toute la filmographie de Demy », "everything by Billy Wilder": the
	// name that follows is asked for by name, as after « que du ».
	allOfRe = regexp.MustCompile(clauseStart + `(?:(?:je\s+veux|je\s+voudrais|on\s+veut|i\s+want)\s+)?(?:tout(?:e\s+la\s+filmo(?:graphie)?\s+(?:de|d')|\s+ce\s+qu'(?:a|(?:il|elle)\s+a)\s+(?:fait|realise|tourne|joue)(?:\s+(?:de|d'))?)?|everything\s+(?:by|with|from|of)|all\s+(?:the\s+)?(?:films?|movies?)\s+(?:by|with|of))\s*` + nameWords + politeTail + clauseEnd)
	// nameFilmsRe: "cary grant films", "Billy Wilder movies": a name of
	// two words (or typed with its capital), then the noun, no article:
	// English grammar, the person's films.
	nameFilmsRe = regexp.MustCompile(clauseStart + `(?:(?:some|more|any|other|the|his|her)\s+|(an?|one)\s+)?` + nameWords + `\s+(?:(films|movies|pictures)|film|movie)` + politeTail + clauseEnd)
	// nameInOrOtherRe: « depardieu dans cyrano ou autre », « ventura dans
	// l'armée des ombres ou un autre », "Gabin in La Bête humaine or
	// anything else": the film is an example of the person's films, the
	// person is what is asked for.
	nameInOrOtherRe = regexp.MustCompile(clauseStart + `(?:(?:je\s+(?:cherche|voudrais|veux)|on\s+voudrait|i\s+want|i'd\s+like|looking\s+for|des\s+films\s+avec|un\s+film\s+avec)\s+)?` + nameWords + `\s+(?:dans|in)\s+([^,;.!?\x00]+?)\s+(?:ou|or)\s+(?:(?:un|une|n'importe\s+quel|any|an?)\s+)?(?:autres?|autre\s+chose|other(?:\s+ones?)?|something\s+else|anything\s+else|else)` + politeTail + clauseEnd)
	// theirPluralRe: « ceux de verneuil », « celles de Varda »: films of a
	// person, the noun left out (the singular « celui de » picks one film
	// among homonyms, titlepeople.go).
	theirPluralRe = regexp.MustCompile(`\b((?:plutot\s+)?(?:ceux|celles))\s+(?:de|d')`)
	// notScaryRe: « rien qui fasse trop peur », « pas trop effrayant »,
	// "nothing too scary": no horror.
	notScaryRe = regexp.MustCompile(`\b(?:rien|pas|nothing|not|no|sans)\s+(?:(?:qui\s+(?:fasse|fait|fera|ferait)|de|d'|too|trop|tres|very|so|que\s+(?:ca|cela)\s+fasse)\s*)*(?:peur|flippant|effrayant|terrifiant|angoissant|scary|frightening|terrifying|creepy)\b`)
	// basedOnRe: "based on a Roald Dahl book", "based on Stephen King's
	// novel": a writer's name of two words at least, then the work.
	basedOnRe = regexp.MustCompile(`\bbased\s+on\s+(?:an?\s+|the\s+)?([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){1,3}?)(?:'s)?\s+(?:books?|novels?|stor(?:y|ies)|plays?|short\s+stor(?:y|ies))\b`)
	// writerCueRe tells a person cue that names a writer.
	writerCueRe = regexp.MustCompile(`\b` + writerCue)
	// seenTailRe: « sauf le samouraï que j'ai déjà vu »: after a film left
	// out, the clause only says why.
	seenTailRe = regexp.MustCompile(`\b(?:sauf|pas|except|excepte|hormis|not|but)\s+[^,;.!?\x00]*?(\s+(?:que|qu')\s*(?:j'|je\s+|on\s+|nous\s+|ma\s+[a-z]+\s+|mon\s+[a-z]+\s+)(?:l'\s*)?(?:ai|a|avons)\s+deja\s+(?:vus?|vues?)|\s+(?:that\s+|which\s+)?(?:i|we)(?:'ve|\s+have)?\s+already\s+(?:seen|watched)|\s+(?:i|we)(?:'ve|\s+have)\s+seen)\b`)
	// filmAfterRe: « un film d'après Simenon »: the noun before « d'après »
	// is no cue of its own.
	filmAfterRe = regexp.MustCompile(`\b((?:un|une|des|les|a|an)\s+(?:films?|oeuvres?|movies?))\s+d'apres\s`)
	// scaryWhoRe: who would be scared, after notScaryRe: an audience.
	scaryWhoRe = regexp.MustCompile(`^\s+(?:aux|a\s+(?:mes|nos|des|la|ma)|pour\s+(?:les|mes|nos|des|la|ma)|for|to)\s`)
	// notNextRe joins the films after a negation: « pas A ni B », "not A
	// nor B", "not A or B" are each left out.
	notNextRe = regexp.MustCompile(`^((?:.*?[\s,])?(?:pas|not|sauf|except|sans)\s+.+?)\s*,?\s+(?:ni|nor|ou|or)\s+(?:(?:pas|not)\s+)?(.+)$`)
)

// personWishes reads the words around a name that say what is wanted of
// the person. It runs with the person clauses, before the cues and the
// titles are cut. Without people (noPeople), only the wishes that name
// nobody are read.
func (p *parser) personWishes(noPeople bool) {
	p.each(notSeenRe, func([]string, []int) bool { return true })
	p.each(seenTailRe, func(_ []string, idx []int) bool {
		p.consume(idx[2], idx[3])
		return false
	})
	p.each(filmAfterRe, func(_ []string, idx []int) bool {
		p.consume(idx[2], idx[3])
		return false
	})
	p.each(notScaryRe, func(_ []string, idx []int) bool {
		if scaryWhoRe.MatchString(string(p.work[idx[1]:])) {
			return false // « pas trop peur aux enfants »: the audience rules read it
		}
		p.m.AvoidGenres = appendNew(p.m.AvoidGenres, "Horror")
		return true
	})
	if noPeople {
		return
	}
	p.each(theirPluralRe, func(_ []string, idx []int) bool {
		// The person cue stays for the name rules: « de verneuil ».
		p.consume(idx[2], idx[3])
		return false
	})
	byName := func(sub []string, idx []int, lang string) bool {
		a, b, ok := clauseName(sub[1], true)
		if !ok || lexiconName(sub[1][a:b]) {
			return false
		}
		p.m.MorePeople = append(p.m.MorePeople, strings.TrimSpace(p.f.origSpan(idx[2]+a, idx[2]+b)))
		if lang != "" {
			p.m.LangHint = lang
		}
		return true
	}
	p.each(basedOnRe, func(sub []string, idx []int) bool {
		a, b, ok := clauseName(sub[1], true)
		if !ok || lexiconName(sub[1][a:b]) {
			return false
		}
		p.m.MorePeople = append(p.m.MorePeople, strings.TrimSpace(p.f.origSpan(idx[2]+a, idx[2]+b)))
		return true
	})
	p.each(allOfRe, func(sub []string, idx []int) bool { return byName(sub, idx, "") })
	p.each(nameFilmsRe, func(sub []string, idx []int) bool {
		if nameGenreRe.MatchString(sub[0]) {
			return false // "melville gangster films": the genre rules read it
		}
		ws := wordSpanRe.FindAllString(sub[2], -1)
		if len(ws) == 0 || genreWords[ws[len(ws)-1]] != nil || genreWordRe.MatchString(ws[len(ws)-1]) {
			return false // "melville gangster films": the kind of films, read by the genre rules
		}
		if !p.capitalisedSpan(idx[4], idx[5]) && (len(ws) < 2 || sub[3] == "") {
			// "zombie films", "a mountain climbing film": words in lower
			// case are a name only two or more of them, in the plural
			// with no article ("cary grant films").
			return false
		}
		return byName(sub[1:], idx[2:], "en")
	})
	p.each(nameInOrOtherRe, func(sub []string, idx []int) bool {
		a, b, ok := clauseName(sub[1], false)
		if !ok || lexiconName(sub[1][a:b]) {
			return false
		}
		name := strings.TrimSpace(p.f.origSpan(idx[2]+a, idx[2]+b))
		p.m.People = append(p.m.People, name)
		p.m.Starring = append(p.m.Starring, name)
		p.consume(idx[2]+a, idx[1])
		return false
	})
}

// notEachTitle rewrites a mention that leaves out several films joined by
// « ni », "nor" or « ou » (« pas les 400 coups ni jules et jim ») so that
// each is left out: « pas les 400 coups, pas jules et jim ».
func (p *parser) notEachTitle() {
	for i, t := range p.m.Titles {
		f := fold(t)
		for n := 0; n < 4; n++ {
			sub := notNextRe.FindStringSubmatchIndex(f.s)
			if sub == nil || !hasWord(f.s[sub[4]:sub[5]]) {
				break
			}
			t = strings.TrimSpace(f.origSpan(sub[2], sub[3])) + ", pas " + strings.TrimSpace(f.origSpan(sub[4], sub[5]))
			f = fold(t)
		}
		p.m.Titles[i] = t
	}
}

// castCarried returns the actor « avec lui » means in a message that names
// only whose films they are (« plutôt ceux de Verneuil avec lui », « les
// films de Pagnol avec elle »): the one person of the cast the dialogue
// already works from, or nil.
func (e *Engine) castCarried(s *session, p *plan) []*data.Person {
	if !p.m.PronounCast || len(p.people) == 0 {
		return nil
	}
	for _, per := range p.people {
		if p.roles[per.ID] == roleCast {
			return nil
		}
	}
	var out []*data.Person
	for _, id := range slices.Concat(s.cons.Cast, s.cons.People) {
		if slices.ContainsFunc(p.people, func(q *data.Person) bool { return q.ID == id }) || slices.ContainsFunc(out, func(q *data.Person) bool { return q.ID == id }) {
			continue
		}
		if per, err := e.cat.Person(id); err == nil {
			out = append(out, per)
		}
	}
	if len(out) != 1 {
		return nil
	}
	return out
}

// surnameOverTitle is the factor by which a famous person's fame (the
// votes of the films they directed or led) must exceed the votes of a
// film titled with their surname alone for the surname to name them:
// « hitchcock » is Alfred Hitchcock, not the 2012 film about him;
// « ali » stays the film.
const surnameOverTitle = 20

// surnameBeatsTitle returns the famous person a one-word mention names
// when that word is also the exact title of a far less known film, or nil.
func (e *Engine) surnameBeatsTitle(ctx context.Context, t string, f *data.Film) (*data.Person, error) {
	if len(search.NameWords(t)) != 1 || len(contentWords(fold(t).s)) != 1 {
		return nil, nil
	}
	per, err := e.famousSurname(ctx, t)
	if err != nil || per == nil {
		return nil, err
	}
	if e.fame(per.ID) < surnameOverTitle*f.Votes {
		return nil, nil
	}
	return per, nil
}

// diminutives are the short first names English speakers give actors,
// folded, and the first names the catalogue has: "jimmy stewart" is James
// Stewart. They are tried only when the name as typed finds nobody, as
// "Billy Wilder" is his own name.
var diminutives = map[string]string{"jimmy": "james", "jim": "james", "bobby": "robert", "bob": "robert",
	"bill": "william", "billy": "william", "tommy": "thomas", "mike": "michael", "mick": "michael",
	"dick": "richard", "rick": "richard", "steve": "steven", "kate": "katharine", "katie": "katherine",
	"liz": "elizabeth", "betty": "elizabeth", "bette": "elizabeth", "jack": "john", "johnny": "john",
	"ed": "edward", "eddie": "edward", "ted": "edward", "chuck": "charles", "charlie": "charles",
	"tony": "anthony", "fred": "frederick", "alf": "alfred", "sam": "samuel", "ben": "benjamin"}

// unDiminutive returns name with its diminutive first names replaced by
// the full ones, or name itself when it holds none.
func unDiminutive(name string) string {
	ws := strings.Fields(fold(name).s)
	found := false
	for i, w := range ws {
		if n, ok := diminutives[w]; ok && i < len(ws)-1 {
			ws[i], found = n, true
		}
	}
	if !found {
		return name
	}
	return strings.Join(ws, " ")
}
