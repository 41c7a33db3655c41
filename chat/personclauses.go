package chat

import (
	"context"
	"regexp"
	"slices"
	"strings"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// People named the way customers name them, inside a longer message: the
// name sits in a clause that says what the customer thinks of the person
// (« cassel j'adore », « melville est mon réalisateur préféré », "audrey
// hepburn is lovely", « j'aime bien lhermitte aussi ») or what they want of
// them (« que du pagnol », « huppert chez chabrol », "tom hanks dramas",
// "both Luc Besson, what else did he direct?"), often ended by a hedge
// (« si possible », « alors », "if possible", « cette fois »). The parser
// reads the span; the engine decides whether it names a well-known person
// (then the films liked pick among namesakes) or is a title after all.

const (
	// clauseEnd ends the clause a name sits in.
	clauseEnd = `(?:[\s\pP]*(?:[,.;:!?()\x00]|$))`
	// clauseStart starts it.
	clauseStart = `(?:^|[,.;:!?()\x00]|\.\.\.|\s-\s)\s*`
	// politeTail is a word of politeness or time after a request.
	politeTail = `(?:\s+(?:please|pls|svp|stp|s'il\s+vous\s+plait|s'il\s+te\s+plait|merci|thanks|ce\s+soir|tonight))?`
	// nameWords are up to four words, trimmed later of what is no name.
	nameWords = `([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3}?)`
	// praiseAfter is an opinion of the person typed after the name.
	praiseAfter = `(?:j'adore|j'aime(?:\s+(?:bien|beaucoup|trop))?|je\s+(?:l'|les\s+)(?:adore|aime)(?:\s+(?:bien|beaucoup|trop))?|on\s+(?:l'|les\s+)?adore|` +
		`(?:y\s+)?(?:est|etait|sont|etaient|reste|restent|c'est)\s+(?:(?:mon|ma|mes|notre|nos)\s+(?:(?:realisateur|realisatrice|cineaste|acteur|actrice|comedien|comedienne|idole)s?\s+)?(?:prefere|preferee|preferes|preferees|favori|favorite|favoris)s?|(?:(?:trop|tellement|vraiment|super|si|absolument|juste|toujours|vachement|carrement)\s+)?(?:formidables?|geniale?s?|geniaux|incroyables?|magnifiques?|excellente?s?|parfaite?s?|sublimes?|extraordinaires?|fabuleux|fabuleuses?|droles?|top|le\s+meilleur|la\s+meilleure|les\s+meilleurs|un\s+genie|une\s+genie|des\s+genies|un\s+monstre|fantastiques?|bouleversante?s?|impressionnante?s?))|` +
		`(?:is|are|was|were)\s+(?:(?:so|really|just|truly|absolutely|simply)\s+)?(?:lovely|great|amazing|wonderful|brilliant|fantastic|superb|incredible|terrific|the\s+best|a\s+genius|geniuses|(?:my|our)\s+favou?rites?(?:\s+(?:director|actor|actress|filmmaker)s?)?)|(?:i|we)\s+(?:really\s+)?(?:love|adore)\s+(?:him|her|them)|rocks|rule[sz])`
)

var (
	// praisedNameRe: « cassel j'adore », « melville est mon préféré »,
	// "audrey hepburn is lovely".
	praisedNameRe = regexp.MustCompile(clauseStart + nameWords + `\s+` + praiseAfter + `\b`)
	// likedNameRe: « j'aime bien lhermitte aussi », "I love Kubrick": the
	// whole clause is the cue and the name.
	likedNameRe = regexp.MustCompile(`\b(?:j'aime\s+(?:bien|beaucoup|vraiment|trop)|j'adore\s+(?:aussi|vraiment)|j'aime|j'adore|i\s+(?:really\s+|also\s+)?(?:like|love|adore))\s+` + nameWords + `(\s+(?:aussi|egalement|also|too|as\s+well))?` + clauseEnd)
	// onlyNameRe: « que du pagnol », « rien que du Rohmer », "just
	// kubrick tonight", « du jacques audiard » standing alone, and a
	// clause that narrows to one person (« que Ventura », « juste Noiret
	// finalement », « seulement Delon »; not « que la fête commence »:
	// onlyLeadArticle).
	onlyNameRe = regexp.MustCompile(`(?:\b(?:que|rien\s+que|seulement|uniquement|toujours)\s+(?:(?:du|de)\s+|d')|\b(?:just|only|nothing\s+but)\s+(?:the\s+)?|` + clauseStart + `(?:et\s+)?du\s+)` + nameWords + politeTail + clauseEnd)
	// onlyBareNameRe: the clause that narrows to one person, read after
	// onlyNameRe.
	onlyBareNameRe = regexp.MustCompile(clauseStart + `(?:(?:non|mais|bon|ok|alors|finalement|plutot)[\s,]+)?(?:que|juste|seulement|uniquement|rien\s+que)\s+` + nameWords + `(?:\s+(?:finalement|alors|plutot|cette\s+fois|en\s+fait|au\s+final|then|instead|actually|this\s+time))?` + politeTail + clauseEnd)
	// invertedPronounRe is a verb with its subject after it (« pensez-vous
	// », « faut-il »): no name.
	invertedPronounRe = regexp.MustCompile(`-(?:t-)?(?:vous|tu|il|elle|on|nous|ils|elles|je)$`)
	// onlyLeadArticle is an article that makes what follows « que » or «
	// juste » a title or a kind of film, not a name.
	onlyLeadArticle = regexp.MustCompile(`^(?:le|la|les|l'|un|une|des|du|de|d'|the|a|an|ce|ces|cette|ca|pour|avec|with|for|moi|nous|toi|vous|je|j'|on|il|elle|ils|elles)\b`)
	// bothNameRe: "both Luc Besson", « tous les deux de Klapisch »: the
	// films just named are the person's.
	bothNameRe = regexp.MustCompile(clauseStart + `(?:both|tous\s+(?:les\s+)?deux|toutes\s+(?:les\s+)?deux)\s+(?:(?:by|de|d'|du|par|with|avec|from)\s*)?` + nameWords + clauseEnd)
	// chezRe: « Huppert chez Chabrol »: an actor in a director's films.
	chezRe = regexp.MustCompile(`(?:^|[,.;:!?()\x00]|\b)\s*` + nameWords + `\s+chez\s+`)
	// nameGenreRe: "tom hanks dramas", "Eastwood westerns".
	nameGenreRe = regexp.MustCompile(clauseStart + `(?:(?:some|more|any|other|the|his|her)\s+)?` + nameWords + `\s+(comedies|dramas|westerns|thrillers|musicals|romances|rom-?coms|(?:action|horror|war|crime|sci-fi|noir|spy|gangster)\s+(?:films|movies|flicks))` + politeTail + clauseEnd)
	// nameHedgeRe is a hedge that ends a clause, never a name's: « avec
	// jean reno si ça existe », « d'autres avec ventura alors », "with
	// Omar Sy if possible", « sans Clavier cette fois ».
	nameHedgeRe = regexp.MustCompile(`\s(?:si\s+(?:possible|ca\s+existe|(?:vous\s+)?(?:en\s+)?(?:avez|auriez)|il\s+y\s+en\s+a|y\s+en\s+a)|s'il\s+y\s+en\s+a|if\s+(?:possible|you\s+(?:can|could|have\s+(?:any|some|one)|got\s+any)|there\s+(?:is|are)\s+(?:any|one|some)|any\s+exists?)|alors|donc|then|cette\s+fois(?:-ci|\s+ci)?|this\s+time|pour\s+une\s+fois|for\s+once)` + clauseEnd)
	// togetherRe2 is « ensemble » after two names: « pierre richard ET
	// depardieu ensemble ».
	togetherTailRe = regexp.MustCompile(`\b(?:et|and|&)\s+[a-z][a-z'.-]*(?:\s+[a-z][a-z'.-]*){0,3}?\s+(ensemble|together|reunis)\b`)
	// praiseTailRe is an opinion right after a name.
	praiseTailRe = regexp.MustCompile(`^[\s,]*(?:` + praiseAfter + `|c'est\s+(?:le|la)\s+meilleure?|(?:is|are)\s+the\s+best)\b`)
	// otherThingsRe asks for more before a person cue: « autres choses
	// avec Bacri », "anything else with Bacri".
	otherThingsRe = regexp.MustCompile(`\b(?:(?:d')?autres?\s+choses?|quoi\s+d'autre|(?:anything|something)\s+else|other\s+(?:stuff|things))(\s+)(?:avec|de|du|d'|with|by|starring)\b`)
	// prewarRe: « d'avant la guerre », « de l'après la guerre ».
	prewarRe = regexp.MustCompile(`\b(?:d'|de\s+l')(avant|apres)\s+(?:la\s+)?guerre\b`)
)

// nameLead are words that may come before a name in the spans read here
// and never belong to it: « j'aime beaucoup Huppert chez Chabrol ».
var nameLead = map[string]bool{"j'aime": true, "j'adore": true, "aime": true, "adore": true, "beaucoup": true,
	"surtout": true, "vraiment": true, "prefere": true, "voir": true, "revoir": true, "love": true, "like": true,
	"especially": true, "really": true, "et": true, "and": true, "mais": true, "but": true, "moi": true,
	"perso": true, "personnellement": true, "franchement": true, "sinon": true, "oui": true, "yes": true,
	"ok": true, "bon": true, "enfin": true, "par": true, "contre": true, "bref": true, "chez": true}

// clauseName returns the name at the end of a span read before a cue:
// the last words that may all be in a name, with no punctuation between
// them (« la haine, cassel » is « cassel »; « j'aime beaucoup Huppert » is
// « Huppert »); ok is false when the span ends with a word no name has (a
// genre, a nationality, a filler).
//
// With whole, the span follows its cue and is the name entire, or none.
func clauseName(span string, whole bool) (a, b int, ok bool) {
	ws := wordSpanRe.FindAllStringIndex(span, -1)
	first := len(ws)
	for i := len(ws) - 1; i >= 0; i-- {
		w := span[ws[i][0]:ws[i][1]]
		if i < len(ws)-1 && strings.TrimSpace(span[ws[i][1]:ws[i+1][0]]) != "" {
			if whole {
				return 0, 0, false
			}
			break // punctuation between the words
		}
		if _, after, ok := strings.Cut(w, "'"); ok && (junkWords[after] || after == "") {
			w = "de" // « d'une », « l' »: an article
		}
		if junkWords[w] || personStop[w] || nameLead[w] || pronounWord[w] || audienceNouns[w] || roleNouns[w] || clauseWord(w) || langWords[w] >= 2 || langWords[w] <= -2 || genreWords[w] != nil || nationWord[w] != "" || softAdjectives[w] || filmNounWords[w] || len(w) < 2 {
			if nameParticles[w] && i > 0 && i < len(ws)-1 {
				continue // « louis de funès »
			}
			if whole {
				return 0, 0, false
			}
			break
		}
		first = i
	}
	for first < len(ws) && nameParticles[span[ws[first][0]:ws[first][1]]] {
		first++
	}
	if first == len(ws) {
		return 0, 0, false
	}
	if first > 0 && strings.TrimSpace(span[ws[first-1][1]:ws[first][0]]) == "" {
		// « le grand bleu est magnifique », "The Big Blue was great": a
		// name never follows an article or an adjective (« grand », big,
		// great) in the same run of words; the words are a title's.
		// « louis de funès » has its particle.
		if w := span[ws[first-1][0]:ws[first-1][1]]; titleLead[w] || softAdjectives[w] {
			return 0, 0, false
		}
	}
	return ws[first][0], ws[len(ws)-1][1], true
}

// pronounWord are words that stand for a person without naming one.
var pronounWord = map[string]bool{"lui": true, "elle": true, "eux": true, "elles": true, "him": true, "her": true,
	"them": true, "it": true, "ca": true, "cela": true, "ce": true, "celui-la": true, "celle-la": true, "ils": true}

// titleLead are words that lead into a title's next word, never a name's.
var titleLead = map[string]bool{"le": true, "la": true, "les": true, "l": true, "un": true, "une": true, "the": true,
	"a": true, "an": true, "grand": true, "grande": true, "grands": true, "grandes": true, "petit": true,
	"petite": true, "petits": true, "petites": true, "et": true, "and": true, "of": true}

// audienceNouns are the people a film is watched with, never a name:
// "the kids are great", « les enfants adorent ».
var audienceNouns = map[string]bool{"kids": true, "kid": true, "children": true, "child": true, "enfants": true,
	"enfant": true, "gamins": true, "gosses": true, "petits": true, "famille": true, "family": true, "parents": true,
	"grandparents": true, "grands-parents": true, "wife": true, "husband": true, "femme": true, "mari": true,
	"fils": true, "fille": true, "son": true, "daughter": true, "teenager": true, "teenagers": true, "ados": true,
	"ado": true, "amis": true, "friends": true, "everyone": true, "everybody": true, "girlfriend": true,
	"boyfriend": true, "copain": true, "copine": true, "partner": true, "guys": true, "people": true}

// roleNouns say what a person does or which one, never who: « du même
// réalisateur », "the same director".
var roleNouns = map[string]bool{"meme": true, "same": true, "realisateur": true, "realisatrice": true, "cineaste": true,
	"acteur": true, "actrice": true, "acteurs": true, "actrices": true, "director": true, "actor": true, "actress": true,
	"genre": true, "style": true, "type": true, "kind": true, "sort": true, "something": true, "quelque": true,
	"chose": true, "about": true, "sur": true, "histoire": true, "story": true}

// nameHedges explains the hedges that end a name's clause, and the era
// « d'avant la guerre » that may follow a name. They run whether people
// are read or not.
func (p *parser) nameHedges() {
	p.each(nameHedgeRe, func([]string, []int) bool { return true })
	p.each(prewarRe, func(sub []string, _ []int) bool {
		if sub[1] == "avant" {
			p.m.MaxYear = 1939
		} else {
			p.m.MinYear, p.m.MaxYear = 1945, 1959
		}
		return true
	})
}

// personClauses reads the names the clause around them marks as people.
// A name read here is a person only when the engine finds a well-known
// one (message.ClauseNames); a name after « chez » is the director.
func (p *parser) personClauses() {
	p.bothOfThem() // people14.go: « ceux où ils sont tous les deux »
	p.each(chezRe, func(sub []string, idx []int) bool {
		a, b, ok := clauseName(sub[1], false)
		if !ok || chezPlace[firstWord(string(p.work[idx[1]:]))] {
			// « vu Le Sens de la fête chez vous »: a place (chatter.go).
			return false
		}
		start, stop := p.name(idx[1], false)
		if stop == start {
			return false
		}
		actor := strings.TrimSpace(p.f.origSpan(idx[2]+a, idx[2]+b))
		director := strings.TrimSpace(p.f.origSpan(start, stop))
		if lexiconName(actor) || lexiconName(director) {
			return false
		}
		p.m.People = append(p.m.People, actor, director)
		p.m.Starring = append(p.m.Starring, actor)
		p.m.DirectedBy = append(p.m.DirectedBy, director)
		p.consume(idx[2]+a, stop)
		if t := praiseTailRe.FindStringIndex(string(p.work[stop:])); t != nil {
			p.consume(stop, stop+t[1]) // « depardieu chez blier, c'est le meilleur »
		}
		return false
	})
	read := func(sub []string, idx []int, whole bool) bool {
		a, b, ok := clauseName(sub[1], whole)
		if !ok {
			return false
		}
		name := strings.TrimSpace(p.f.origSpan(idx[2]+a, idx[2]+b))
		if lexiconName(name) {
			return false
		}
		// The name is a title too until the engine finds the person:
		// "Alien was amazing" names a film.
		p.m.ClauseNames = append(p.m.ClauseNames, name)
		p.m.Titles = append(p.m.Titles, name)
		if whole {
			p.consume(idx[0], idx[1])
		} else {
			// « antichrist et melancholia... gainsbourg est incroyable »:
			// the words before the name stay for the titles.
			p.consume(idx[2]+a, idx[1])
		}
		return true
	}
	p.each(otherThingsRe, func(_ []string, idx []int) bool {
		p.consume(idx[0], idx[2]) // « autres choses avec bacri »: the person cue stays
		return false
	})
	p.each(praisedNameRe, func(sub []string, idx []int) bool { read(sub, idx, false); return false })
	p.each(likedNameRe, func(sub []string, idx []int) bool {
		// « j'adore la cité de la peur » names a film: a name here is
		// typed with its capital or followed by « aussi ».
		if sub[2] == "" && !p.capitalisedSpan(idx[2], idx[3]) {
			return false
		}
		read(sub, idx, true)
		return false
	})
	p.each(bothNameRe, func(sub []string, idx []int) bool { read(sub, idx, true); return false })
	p.each(nameGenreRe, func(sub []string, idx []int) bool {
		if len(wordSpanRe.FindAllString(sub[1], -1)) < 2 && !p.capitalisedSpan(idx[2], idx[3]) {
			return false // "zombie comedies": one word in lower case is a subject
		}
		if read(sub, idx, true) {
			p.addGenres(sub[2])
			p.m.LangHint = "en" // a name, then a genre in the plural, no article: English grammar

		}
		return false
	})
	only := func(sub []string, idx []int) bool {
		// « que du chaplin »: asked for by name, the person wins over a
		// film of that title, as after « encore du ».
		a, b, ok := clauseName(sub[1], true)
		if !ok || lexiconName(sub[1][a:b]) || onlyLeadArticle.MatchString(sub[1]) || p.partitiveItem(idx[0], idx[1], idx[2]) {
			return false
		}
		name := strings.TrimSpace(p.f.origSpan(idx[2]+a, idx[2]+b))
		if strings.HasSuffix(sub[0][:idx[2]-idx[0]], "the ") && len(name) > 4 && strings.HasSuffix(name, "s") {
			name = name[:len(name)-1] // "only the Dardennes": the plural of a surname
		}
		p.m.MorePeople = append(p.m.MorePeople, name)
		return true
	}
	p.each(onlyNameRe, only)
	p.each(onlyBareNameRe, func(sub []string, idx []int) bool {
		for _, w := range strings.Fields(sub[1]) {
			if personStop[w] || invertedPronounRe.MatchString(w) {
				return false // « que pensez-vous des visiteurs ? »: a question
			}
		}
		return only(sub, idx)
	})
}

// togetherTail explains « ensemble » after two names the person cues
// read: « avec pierre richard ET depardieu ensemble ».
func (p *parser) togetherTail() {
	p.each(togetherTailRe, func(_ []string, idx []int) bool {
		p.consume(idx[2], idx[3])
		return false
	})
}

// clauseNames resolves the names read from their clause: a well-known
// person of that name, else each word of a span of several surnames
// (« jaoui bacri »), else the span is read as a title. It runs before
// the plan's other people and titles.
func (e *Engine) clauseNames(ctx context.Context, p *plan) error {
	if err := e.spanNames(ctx, p); err != nil { // people11.go
		return err
	}
	if err := e.writersNamed(ctx, p); err != nil { // personwish.go
		return err
	}
	for _, names := range [][]string{p.m.People, p.m.MorePeople} {
		for i, name := range names {
			if sing, err := e.familyName(ctx, name); err != nil {
				return err
			} else if sing != "" {
				names[i] = sing // the slices are the message's own
				if k := slices.Index(p.m.TitleBy, name); k >= 0 {
					p.m.TitleBy = slices.Delete(slices.Clone(p.m.TitleBy), k, k+1)
				}
			}
		}
	}
	for _, name := range p.m.DirectedBy {
		// « Huppert chez Blier », « réalisé par Coppola »: among namesakes,
		// the one known mainly as a director.
		per, err := e.directorNamed(ctx, name)
		if err != nil {
			return err
		}
		if per != nil && slices.Contains(p.m.People, name) {
			p.m.People = slices.DeleteFunc(slices.Clone(p.m.People), func(n string) bool { return n == name })
			p.addPerson(e, per, name)
		}
	}
	for _, name := range p.m.ClauseNames {
		pers, err := e.clausePeople(ctx, name)
		if err != nil {
			return err
		}
		if len(pers) == 0 {
			continue // a title after all
		}
		if k := slices.Index(p.m.Titles, name); k >= 0 {
			p.m.Titles = slices.Delete(slices.Clone(p.m.Titles), k, k+1)
		}
		if p.m.PronounCast && !slices.Contains(p.m.Starring, name) {
			p.m.Starring = append(p.m.Starring, name) // « X est formidable, d'autres avec elle »
		}
		for _, per := range pers {
			if slices.ContainsFunc(p.people, func(q *data.Person) bool { return q.ID == per.ID }) {
				continue
			}
			p.addPerson(e, per, name)
		}
		if p.m.Also && len(p.m.Titles) == 0 {
			p.addsPeople = true // « j'aime bien mastroianni aussi »
		}
	}
	return e.chatterPeople(ctx, p) // people14.go: « mon mari ne jure que par Spielberg »
}

// clausePeople returns the well-known people a span read from its clause
// names, or none when it is no such name, or is a film's exact title that
// no famous person bears. One word is a surname (« cassel » is a Cassel,
// not someone called Cassel Smith); a span of surnames that names nobody
// is each of them (« jaoui bacri »).
func (e *Engine) clausePeople(ctx context.Context, name string) ([]*data.Person, error) {
	ws := search.NameWords(name)
	if len(ws) == 1 {
		per, err := e.knownSurname(ctx, name)
		if err != nil || per == nil {
			return nil, err
		}
		return []*data.Person{per}, nil
	}
	per, err := e.bestKnownPerson(ctx, name)
	if err != nil {
		return nil, err
	}
	if per != nil && e.cat.RoleCount(per.ID) >= knownPerson {
		if e.cat.RoleCount(per.ID) < famousRoles && e.exactFilm(ctx, name) {
			return nil, nil
		}
		return []*data.Person{per}, nil
	}
	if len(ws) > 3 {
		return nil, nil
	}
	var out []*data.Person
	for _, w := range ws {
		per, err := e.knownSurname(ctx, w)
		if err != nil || per == nil {
			return nil, err
		}
		out = append(out, per)
	}
	return out, nil
}

// knownSurname returns the best-known person whose surname is the one
// word w, when known enough: a film titled w wants a famous one.
func (e *Engine) knownSurname(ctx context.Context, w string) (*data.Person, error) {
	per, err := e.bestKnownPerson(ctx, w)
	if err != nil || per == nil {
		return nil, err
	}
	have := search.NameWords(per.Name)
	typed := search.NameWords(w)
	if len(have) == 0 || len(typed) != 1 || have[len(have)-1] != typed[0] {
		return nil, nil // « fernandel » is Fernandel, « cassel » a Cassel
	}
	least := knownPerson
	if e.exactFilm(ctx, w) {
		least = famousRoles
	}
	if e.cat.RoleCount(per.ID) < least {
		return nil, nil
	}
	return per, nil
}

// familyName reads "the coens", « les frères Dardenne », "coen brothers":
// a surname in the plural or beside « frères » names the family's
// best-known; it returns the surname, or "" when name is no such thing.
func (e *Engine) familyName(ctx context.Context, name string) (string, error) {
	w := fold(name).s
	for _, pre := range []string{"the ", "les ", "des ", "freres ", "soeurs ", "sisters "} {
		w = strings.TrimPrefix(w, pre)
	}
	plain := true
	for _, suf := range []string{" brothers", " bros", " sisters"} {
		if t := strings.TrimSuffix(w, suf); t != w {
			w, plain = t, false
		}
	}
	if strings.HasPrefix(fold(name).s, "freres ") || strings.Contains(fold(name).s, " freres ") {
		plain = false
	}
	if len(search.NameWords(w)) != 1 {
		return "", nil
	}
	if plain {
		if !strings.HasSuffix(w, "s") || len(w) < 5 {
			return "", nil
		}
		w = strings.TrimSuffix(w, "s")
	}
	if per, err := e.bestKnownPerson(ctx, name); err != nil || per != nil && exactName(name, per) {
		return "", err
	}
	per, err := e.knownSurname(ctx, w)
	if err != nil || per == nil {
		return "", err
	}
	return w, nil
}

// directorNamed returns the best-known person of that name who is known
// mainly as a director, when the best-known of all is not: nil otherwise.
func (e *Engine) directorNamed(ctx context.Context, name string) (*data.Person, error) {
	best, err := e.bestKnownPerson(ctx, name)
	if err != nil || best == nil || e.mainlyDirector(best.ID) {
		return nil, err
	}
	ms, err := e.res.SearchPeople(ctx, name, 20)
	if err != nil {
		return nil, nil
	}
	var pick *data.Person
	for _, m := range ms {
		if exactName(name, m.Person) && e.mainlyDirector(m.Person.ID) && e.cat.RoleCount(m.Person.ID) >= knownPerson &&
			(pick == nil || e.cat.RoleCount(m.Person.ID) > e.cat.RoleCount(pick.ID)) {
			pick = m.Person
		}
	}
	return pick, nil
}

// exactFilm reports whether some film is titled exactly name.
func (e *Engine) exactFilm(ctx context.Context, name string) bool {
	ms, err := e.res.ResolveFilm(ctx, name, resolveLimit)
	if err != nil || len(ms) == 0 {
		return false
	}
	return exactTitle(name, ms[0].Film)
}

// namesakesInContext replaces a person asked for by a surname (« encore du
// coppola », "more anderson") with the namesake credited on the films the
// message names or the dialogue likes (Sofia Coppola after Lost in
// Translation, Wes Anderson after Moonrise Kingdom): the context decides
// before fame does.
func (e *Engine) namesakesInContext(ctx context.Context, s *session, p *plan) error {
	liked := slices.Clone(p.films)
	for _, id := range s.liked {
		if f, err := e.cat.Film(id); err == nil {
			liked = append(liked, f)
		}
	}
	for i, per := range p.people {
		typed := p.typed[per.ID]
		if typed == "" || len(search.NameWords(typed)) >= len(search.NameWords(per.Name)) {
			continue // the whole name was typed
		}
		if slices.Contains(p.m.WrittenBy, typed) {
			continue // the writer of that name, chosen by writersNamed
		}
		films := liked
		if len(films) == 0 {
			// "Tracy and Hepburn together": the films of the others asked
			// for, when the message names no film.
			for _, o := range p.people {
				if o.ID == per.ID {
					continue
				}
				for _, r := range e.cat.Roles(o.ID) {
					if f, err := e.cat.Film(r.FilmID); err == nil {
						films = append(films, f)
					}
				}
			}
		}
		if slices.ContainsFunc(films, func(f *data.Film) bool { return e.credited(f, per.ID) }) {
			continue // the one found is in the films already
		}
		var pick *data.Person
		for _, f := range films {
			ids := slices.Clone(f.Directors)
			for j, c := range f.Credits {
				if j < 8 && (c.Category == "actor" || c.Category == "actress") {
					ids = append(ids, c.PersonID)
				}
			}
			for _, id := range ids {
				q, err := e.cat.Person(id)
				if err != nil || q.ID == per.ID || !exactName(typed, q) {
					continue
				}
				if pick == nil || e.fame(q.ID) > e.fame(pick.ID) {
					pick = q // « un demy avec deneuve »: Jacques, not Mathieu
				}
			}
		}
		if pick == nil {
			// No film decides: the namesake whose films are the best
			// known (« mastroianni » is Marcello, though Chiara has more
			// credits).
			var err error
			if pick, err = e.famousNamesake(ctx, typed, per); err != nil {
				return err
			}
		}
		if pick == nil || pick.ID == per.ID {
			continue
		}
		role := p.roles[per.ID]
		if role == roleDirector && !slices.Contains(p.m.DirectedBy, typed) && !e.mainlyDirector(pick.ID) {
			role = "" // the director's name was the famous namesake's trade, not the message's
		} else if role == "" && e.mainlyDirector(pick.ID) {
			role = roleDirector
		}
		delete(p.roles, per.ID)
		p.roles[pick.ID] = role
		p.typed[pick.ID] = typed
		p.people[i] = pick
	}
	return nil
}

// famousNamesake returns, among the people whose name holds every word
// typed, the one whose films as actor or director have the most IMDb votes
// in all, or nil when that is per.
func (e *Engine) famousNamesake(ctx context.Context, typed string, per *data.Person) (*data.Person, error) {
	ms, err := e.res.SearchPeople(ctx, typed, 20)
	if err != nil {
		return nil, nil // the name was found once already; no better one then
	}
	best, most := per, e.fame(per.ID)
	for _, m := range ms {
		if m.Person.ID == per.ID || !exactName(typed, m.Person) || e.cat.RoleCount(m.Person.ID) < knownPerson {
			continue
		}
		if n := e.fame(m.Person.ID); n > most {
			best, most = m.Person, n
		}
	}
	if best == per {
		return nil, nil
	}
	return best, nil
}

// credited reports whether the person directed the film or is in its
// credits.
func (e *Engine) credited(f *data.Film, id string) bool {
	return slices.Contains(f.Directors, id) || slices.ContainsFunc(f.Credits, func(c data.Credit) bool {
		return c.PersonID == id && (c.Category == "actor" || c.Category == "actress" || c.Category == "director")
	})
}
