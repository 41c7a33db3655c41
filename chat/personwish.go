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
	nameFilmsRe = regexp.MustCompile(clauseStart + `(?:(?:some|more|any|other|the|his|her)\s+|(an?|one)\s+)?` + nameWords + `\s+((films|movies|pictures)|film|movie)(?:` + politeTail + clauseEnd + `|\s+(?:but|except|not|sauf|mais|pas)\s)`)
	// nameInOrOtherRe: « depardieu dans cyrano ou autre », « ventura dans
	// l'armée des ombres ou un autre », "Gabin in La Bête humaine or
	// anything else": the film is an example of the person's films, the
	// person is what is asked for.
	nameInOrOtherRe = regexp.MustCompile(clauseStart + `(?:(?:je\s+(?:cherche|voudrais|veux)|on\s+voudrait|i\s+want|i'd\s+like|looking\s+for|des\s+films\s+avec|un\s+film\s+avec)\s+)?` + nameWords + `\s+(?:dans|in)\s+([^,;.!?\x00]+?)\s+(?:ou|or)\s+(?:(?:un|une|n'importe\s+quel|any|an?)\s+)?(?:autres?|autre\s+chose|other(?:\s+ones?)?|something\s+else|anything\s+else|else)` + politeTail + clauseEnd)
	// theirPluralRe: « ceux de verneuil », « celles de Varda »: films of a
	// person, the noun left out (the singular « celui de » picks one film
	// among homonyms, titlepeople.go).
	theirPluralRe = regexp.MustCompile(`\b((?:plutot\s+)?(?:ceux|celles))\s+(?:de|d')`)
	// whateverRe: « Belmondo, tout ce que vous avez », « montrez-moi ce
	// que vous avez de Truffaut », « il reste quoi de Besson », «
	// n'importe lequel », "whatever you've got": any of the person's films,
	// words that ask for nothing more and are no title.
	whateverRe = regexp.MustCompile(`\b(?:(?:montrez|donnez|dites|proposez)[- ]moi\s+)?(?:tout\s+)?ce\s+que\s+vous\s+(?:avez|auriez|proposez)(?:\s+(?:en\s+stock|dispo(?:nible)?s?|en\s+ce\s+moment))?(?:\s+(?:avec|with)\b)?|\b(?:(?:et\s+)?(?:vous\s+avez|vous\s+auriez|t'as|tu\s+as|il\s+(?:vous\s+)?reste)\s+quoi|qu'est[- ]ce\s+que\s+vous\s+(?:avez|auriez)|qu'est[- ]ce\s+qu'il\s+(?:vous\s+)?reste)(?:\s+(?:comme\s+films?|d'autre))?|\bn'importe\s+(?:le|la|les)?quel(?:le)?s?\b|\b(?:whatever|everything|anything)\s+you(?:'ve|\s+have)(?:\s+got)?\b|\bwhat\s+(?:have\s+you\s+got|do\s+you\s+have)(?:\s+with)?\b`)
	// notScaryRe: « rien qui fasse trop peur », « pas trop effrayant »,
	// "nothing too scary": no horror.
	notScaryRe = regexp.MustCompile(`\b(?:rien|pas|nothing|not|no|sans)\s+(?:(?:qui\s+(?:fasse|fait|fera|ferait)|de|d'|too|trop|tres|very|so|que\s+(?:ca|cela)\s+fasse)\s*)*(?:peur|flippant|effrayant|terrifiant|angoissant|scary|frightening|terrifying|creepy)\b`)
	// basedOnRe: "based on a Roald Dahl book", "based on Stephen King's
	// novel": a writer's name of two words at least, then the work.
	basedOnRe = regexp.MustCompile(`\bbased\s+on\s+(?:an?\s+|the\s+)?([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){1,3}?)(?:'s)?\s+(?:books?|novels?|stor(?:y|ies)|plays?|short\s+stor(?:y|ies))\b`)
	// writerCueRe tells a person cue that names a writer.
	writerCueRe = regexp.MustCompile(`\b` + writerCue)
	// creditLeadRe: a subject that starts with a writer cue is no subject
	// (« avec des dialogues d'Audiard »).
	creditLeadRe = regexp.MustCompile(`^` + writerCue)
	// seenTailRe: « sauf le samouraï que j'ai déjà vu », « sauf Heat
	// qu'ils ont vu cent fois »: after a film left out, the clause only
	// says why.
	seenTailRe = regexp.MustCompile(`\b(?:sauf|pas|except|excepte|hormis|not|but)\s+[^,;.!?\x00]*?(\s+(?:que|qu')\s*(?:j'|je\s+|on\s+|nous\s+|ils\s+|elles\s+|il\s+|elle\s+|ma\s+[a-z]+\s+|mon\s+[a-z]+\s+|mes\s+[a-z]+\s+)(?:l'\s*|les\s+)?(?:ai|a|avons|ont)\s+(?:deja\s+)?(?:vus?|vues?)(?:\s+(?:cent|mille|dix|vingt|plein\s+de|des\s+dizaines\s+de)\s+fois)?|\s+(?:that\s+|which\s+)?(?:i|we)(?:'ve|\s+have)?\s+already\s+(?:seen|watched)|\s+(?:i|we)(?:'ve|\s+have)\s+seen)\b`)
	// filmAfterRe: « un film d'après Simenon »: the noun before « d'après »
	// is no cue of its own.
	filmAfterRe = regexp.MustCompile(`\b((?:un|une|des|les|a|an)\s+(?:films?|oeuvres?|movies?))\s+d'apres\s`)
	// scaryWhoRe: who would be scared, after notScaryRe: an audience.
	scaryWhoRe = regexp.MustCompile(`^\s+(?:aux|a\s+(?:mes|nos|des|la|ma)|pour\s+(?:les|mes|nos|des|la|ma)|for|to)\s`)
	// nameExampleRe: « yves robert, comme la guerre des boutons », "peter
	// sellers, the pink panther sort of thing": a name, then one of the
	// person's films as an example of what is wanted; the person is the
	// request, the film a film liked.
	nameExampleRe = regexp.MustCompile(clauseStart + nameWords + `\s*,\s*(?:(?:un\s+peu\s+|a\s+bit\s+|kind\s+of\s+|sort\s+of\s+)?(?:comme|like|such\s+as|dans\s+le\s+(?:genre|style)\s+(?:de|du|d')|du\s+(?:genre|style)\s+(?:de|du|d')|genre|style)\s+([^,;.!?\x00]+?)|((?:the|a|an)\s+[^,;.!?\x00]+?|[^,;.!?\x00]+?)\s+(?:sort|kind|type)\s+of\s+(?:thing|stuff|films?|movies?))` + politeTail + clauseEnd)
	// nameButNotRe: "maggie smith films, not harry potter", « depardieu
	// mais pas dans astérix », "daniel radcliffe not in harry potter": a
	// name, then the films of theirs left out.
	nameButNotRe = regexp.MustCompile(clauseStart + nameWords + `(?:\s+(?:films|movies))?\s*,?\s*(?:but\s+|mais\s+)?(?:not|pas|sauf|except|hormis)\s+(?:(?:in|dans|as|en|comme)\s+)?([^,;.!?\x00]+?)` + politeTail + clauseEnd)
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
	if noPeople {
		return
	}
	p.each(whateverRe, func([]string, []int) bool { return true })
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
		if len(ws) < 2 && (sub[4] == "" || !p.capitalisedSpan(idx[4], idx[5])) || len(ws) >= 2 && sub[4] == "" && !p.capitalisedSpan(idx[4], idx[5]) {
			// "zombie films", "a mountain climbing film", "a Hitchcock
			// film" (a subject the theme rules read): a name is two
			// words typed with capitals ("a Cary Grant film"), or in the
			// plural with no article ("cary grant films", "Kubrick
			// films").
			return false
		}
		if byName(sub[1:], idx[2:], "en") {
			p.consume(idx[0], idx[7]) // "hitchcock films except psycho": what follows is read apart
		}
		return false
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

// personExamples reads a name beside films of theirs given as examples
// or left out. It runs once the constraints are read (« pas trop long »,
// « pas de drame » are no films), before the cues and the titles are cut.
func (p *parser) personExamples() {
	// After the audience rules: « pas trop peur aux enfants », "not too
	// scary" are theirs.
	p.each(notScaryRe, func(_ []string, idx []int) bool {
		if scaryWhoRe.MatchString(string(p.work[idx[1]:])) {
			return false
		}
		p.m.AvoidGenres = appendNew(p.m.AvoidGenres, "Horror")
		return true
	})
	name := func(sub []string, idx []int) bool {
		a, b, ok := clauseName(sub[1], true)
		if !ok || lexiconName(sub[1][a:b]) || len(wordSpanRe.FindAllString(sub[1][a:b], -1)) < 2 && !p.capitalisedSpan(idx[2]+a, idx[2]+b) {
			return false // one word in lower case may be a title
		}
		if x, y := trimFillers(sub[1][a:b]); x != 0 || y != b-a {
			return false // « qqch d'allemand »: words of the request, no name
		}
		for _, w := range wordSpanRe.FindAllString(sub[1][a:b], -1) {
			if _, after, ok := strings.Cut(w, "'"); ok && (nationWord[after] != "" || genreWords[after] != nil || commonWord(after)) {
				return false
			}
		}
		n := strings.TrimSpace(p.f.origSpan(idx[2]+a, idx[2]+b))
		p.m.ClauseNames = append(p.m.ClauseNames, n)
		p.m.Titles = append(p.m.Titles, n)
		return true
	}
	p.each(nameExampleRe, func(sub []string, idx []int) bool {
		g := 4
		if idx[g] < 0 {
			g = 6
		}
		film := strings.TrimSpace(p.f.origSpan(idx[g], idx[g+1]))
		if !hasWord(film) || !name(sub, idx) {
			return false
		}
		p.m.ExampleNames = append(p.m.ExampleNames, p.m.ClauseNames[len(p.m.ClauseNames)-1])
		p.m.Titles = append(p.m.Titles, film)
		return true
	})
	p.each(nameButNotRe, func(sub []string, idx []int) bool {
		film := strings.TrimSpace(p.f.origSpan(idx[4], idx[5]))
		if !hasWord(film) || junk(fold(film).s) || !name(sub, idx) {
			return false
		}
		p.m.Titles = append(p.m.Titles, "pas "+film)
		return true
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
// « hitchcock » is Alfred Hitchcock (3.9 million votes), not the 2012
// film about him (81,000); « renoir » stays the 2012 film about the
// painter (6,000) beside Jean Renoir (122,000), as a customer may name the
// painter among others.
const surnameOverTitle = 30

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

// franchise returns the films of a mention left out whose titles hold
// every word typed (« pas harry potter »: the eight films and the
// documentary), when the words are two or more.
func franchise(mt mention) []*data.Film {
	var out []*data.Film
	for _, c := range mt.Matches {
		if titleHasWords(c.Film, mt.Text) {
			out = append(out, c.Film)
		}
	}
	return out
}

// example reports whether the plan's person was named with one of their
// films as an example, or asked for in a clause of their own (« un autre
// film de Tim Burton, ils connaissent déjà Charlie et la chocolaterie »,
// not « Charlie et la chocolaterie de Tim Burton »): picking that film
// among homonyms does not use the person up.
func (p *plan) example(per *data.Person) bool {
	typed := p.typed[per.ID]
	return slices.Contains(p.m.ExampleNames, typed) || slices.Contains(p.m.MorePeople, typed) || slices.Contains(p.m.FilmsOf, typed) && !slices.Contains(p.m.TitleBy, typed) ||
		p.m.More && slices.Contains(p.m.Starring, typed) // « il connaît la grande vadrouille par cœur, autre chose avec Bourvil »
}

// writersNamed replaces the names after a writer cue with the namesake who
// wrote the most films (« dialogué par Audiard » is Michel Audiard, who
// wrote some thirty films, not his son Jacques, better known as a
// director), when that namesake wrote at least fameFilms.
func (e *Engine) writersNamed(ctx context.Context, p *plan) error {
	for _, name := range p.m.WrittenBy {
		if !slices.Contains(p.m.People, name) {
			continue
		}
		pick, err := e.namesakeWithMost(ctx, name, "writer", fameFilms, func(per *data.Person) bool { return exactName(name, per) }, func(per *data.Person) int {
			n := 0
			for _, r := range e.cat.Roles(per.ID) {
				if r.Category == "writer" {
					n++
				}
			}
			return n
		})
		if err != nil {
			return err
		}
		if pick != nil {
			p.m.People = slices.DeleteFunc(slices.Clone(p.m.People), func(n string) bool { return n == name })
			p.addPerson(e, pick, name)
		}
	}
	return nil
}

// namesakeWithMost returns, among the people found for name that keep
// accepts, the one count credits with the most films, at least least; nil
// when none is (or the name cannot be searched). what names the role in
// the error.
func (e *Engine) namesakeWithMost(ctx context.Context, name, what string, least int, keep func(*data.Person) bool, count func(*data.Person) int) (*data.Person, error) {
	ms, err := e.res.SearchPeople(ctx, name, 20)
	if err != nil {
		if errors.Is(err, data.ErrInvalid) {
			return nil, nil
		}
		return nil, fmt.Errorf("chat: search %s %q: %w", what, name, err)
	}
	var pick *data.Person
	most := least - 1
	for _, m := range ms {
		if !keep(m.Person) {
			continue
		}
		if n := count(m.Person); n > most {
			pick, most = m.Person, n
		}
	}
	return pick, nil
}

// directorsNamed replaces a surname typed after « les films de », « un
// film de », "the films of" (FilmsOf) with the namesake who directed the
// most films, when the person found is no director and that namesake
// directed at least authorFilms, mostly as a director: « les films de
// Bergman » are Ingmar's, « les films de Blier » Bertrand's, not those
// Ingrid or Bernard played in. A surname typed with « avec » keeps the
// actor; a whole name typed keeps its person; so does a name credited on
// the films the dialogue works from. It runs after namesakesInContext.
func (e *Engine) directorsNamed(ctx context.Context, s *session, p *plan) error {
	for i, per := range p.people {
		typed := p.typed[per.ID]
		ws := search.NameWords(typed)
		if len(ws) != 1 || !slices.Contains(p.m.FilmsOf, typed) || slices.Contains(p.m.Starring, typed) || slices.Contains(p.m.WrittenBy, typed) ||
			p.roles[per.ID] == roleDirector || slices.ContainsFunc(e.workingFilms(s, p), func(f *data.Film) bool { return e.credited(f, per.ID) }) {
			continue // a director already, or the films the dialogue works from credit them
		}
		pick, err := e.namesakeWithMost(ctx, typed, "director", authorFilms, func(m *data.Person) bool {
			have := search.NameWords(m.Name)
			return m.ID != per.ID && len(have) >= 2 && have[len(have)-1] == ws[0] && e.mainlyDirector(m.ID)
		}, func(m *data.Person) int {
			d, _, _ := e.directorTally(m.ID, false)
			return d
		})
		if err != nil {
			return err
		}
		if pick == nil {
			continue
		}
		delete(p.roles, per.ID)
		delete(p.typed, per.ID)
		p.people[i] = pick
		p.roles[pick.ID], p.typed[pick.ID] = roleDirector, typed
	}
	return nil
}

// dropFilmCast returns the plan's people without those named « avec »
// who play in a film the message names, when the message asks for the
// films « de lui », "by him": « César et Rosalie de Sautet avec Montand,
// d'autres films de lui » describes the film with its cast and asks for
// its director's films.
func (e *Engine) dropFilmCast(p *plan) []*data.Person {
	return slices.DeleteFunc(slices.Clone(p.people), func(per *data.Person) bool {
		return p.roles[per.ID] == roleCast && slices.ContainsFunc(p.films, func(f *data.Film) bool { return credited(f, per) && !slices.Contains(f.Directors, per.ID) })
	})
}
