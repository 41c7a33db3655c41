package chat

import (
	"context"
	"regexp"
	"slices"
	"strings"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// People asked for in context: a well-known person named inside chatter,
// with no cue before the name, beside another request (« mon mari ne jure
// que par Spielberg, vous auriez quelque chose des années 80 ? », "My wife
// and I are big Scorsese fans, anything of his from the 90s?", « ma
// voisine trouve qu'Isabelle Huppert est la meilleure actrice du monde »),
// or after a title of courtesy (« Monsieur Delon », "Dame Maggie Smith").
// The parser leaves such a clause whole as a title; when it names no
// film, the person inside it is what the customer asks for, the other
// words are chatter.

// courtesyWords are titles of courtesy typed before a name, folded.
var courtesyWords = map[string]bool{"sir": true, "dame": true, "lord": true, "lady": true, "monsieur": true, "madame": true,
	"mademoiselle": true, "mr": true, "mrs": true, "ms": true, "miss": true, "mister": true, "m": true, "mme": true, "mlle": true}

// chatterNameWords is the longest name looked for inside chatter.
const chatterNameWords = 3

// chatterPeople reads the well-known people named inside the titles of
// the message that name no film (see above): the title gives way to the
// person, asked for as if named after « des films de ». A span whose
// other words hold a film's exact title, or whose title reading finds a
// film, is left to the readings of a title with its people
// (titlepeople.go). The names after « only », "just" that end with a
// well-known name are that name.
func (e *Engine) chatterPeople(ctx context.Context, p *plan) error {
	for i, t := range p.m.MorePeople {
		// "grandma only watches Fernandel": the name ends the words after
		// "only".
		f := fold(t)
		ws := nameWordSpans(f)
		if len(ws) < 2 {
			continue
		}
		if per, err := e.bestKnownPerson(ctx, t); err != nil || per != nil && exactName(t, per) {
			if err != nil {
				return err
			}
			continue
		}
		per, a, b, err := e.nameInside(ctx, f, ws, make([]bool, len(ws)))
		if err != nil {
			return err
		}
		if per != nil && a > 0 && b == len(ws) {
			p.m.MorePeople[i] = strings.TrimSpace(f.origSpan(ws[a][0], ws[b-1][1]))
		}
	}
	for k := 0; k < len(p.m.Titles); k++ {
		t := p.m.Titles[k]
		f := fold(t)
		ws := nameWordSpans(f)
		if len(ws) < 2 || e.exactFilm(ctx, t) {
			continue
		}
		// Every name of the span, the longest first: « Scorsese and De
		// Niro fans ».
		used := make([]bool, len(ws))
		var pers []*data.Person
		var names []string
		for {
			per, a, b, err := e.nameInside(ctx, f, ws, used)
			if err != nil {
				return err
			}
			if per == nil {
				break
			}
			for i := a; i < b; i++ {
				used[i] = true
			}
			names = append(names, strings.TrimSpace(f.origSpan(ws[a][0], ws[b-1][1])))
			for a > 0 && courtesyWords[f.s[ws[a-1][0]:ws[a-1][1]]] {
				a-- // « Sir Michael Caine »
				used[a] = true
			}
			pers = append(pers, per)
		}
		if len(pers) == 0 || !e.chatterRest(ctx, f, ws, used) {
			continue // « cyrano depardieu »: a title and the name that picks it
		}
		if film, err := e.namesFilm(ctx, t); err != nil || film {
			if err != nil {
				return err
			}
			continue // « la vie d'adèle de kechiche », « taxi de luc besson 1998 »
		}
		p.m.Titles = slices.Delete(slices.Clone(p.m.Titles), k, k+1)
		k--
		for i, per := range pers {
			if slices.ContainsFunc(p.people, func(q *data.Person) bool { return q.ID == per.ID }) {
				continue
			}
			name := names[i]
			if p.m.PronounCast {
				// « ma mère ne regarde que Lino Ventura, des films avec lui »:
				// the pronoun is the person just named.
				p.m.Starring = append(slices.Clone(p.m.Starring), name)
				if len(p.films) == 0 {
					p.m.Pronoun, p.m.PronounCast = "", false
				}
			} else {
				p.m.FilmsOf = append(slices.Clone(p.m.FilmsOf), name)
			}
			p.addPerson(e, per, name)
		}
	}
	return nil
}

// chatterRest reports whether the words of f the names left (not used)
// are chatter rather than titles the names pick or stand beside: all
// words of the chat's lexicons, or at least two words, none of their
// pieces (cut at punctuation, at « et », "and", and at the names, a
// particle at their end left out: « le cercle rouge de ») a film's exact
// title.
func (e *Engine) chatterRest(ctx context.Context, f folded, ws [][]int, used []bool) bool {
	var pieces [][2]int
	n, lexicon := 0, true
	start := -1
	cut := func(end int) {
		if start < 0 {
			return
		}
		a, b := start, end
		for a < b && pieceLead[f.s[ws[a][0]:ws[a][1]]] {
			a++
		}
		for b > a && pieceTail[f.s[ws[b-1][0]:ws[b-1][1]]] {
			b--
		}
		if a < b {
			pieces = append(pieces, [2]int{a, b})
		}
		start = -1
	}
	for i, w := range ws {
		word := f.s[w[0]:w[1]]
		if used[i] || pieceJoin[word] {
			cut(i)
			continue
		}
		if i > 0 && strings.ContainsAny(f.s[ws[i-1][1]:w[0]], ",.;:!?()/") {
			cut(i) // punctuation between
		}
		if start < 0 {
			start = i
		}
		if !commonWord(word) {
			lexicon = false
		}
		n++
	}
	cut(len(ws))
	if lexicon {
		return true
	}
	if n < 2 {
		return false
	}
	for _, pc := range pieces {
		if e.exactFilm(ctx, strings.TrimSpace(f.origSpan(ws[pc[0]][0], ws[pc[1]-1][1]))) {
			return false
		}
	}
	return true
}

// namesFilm reports whether the title reading of t finds a film (one, or
// several to choose from): the names in it pick or describe the film.
func (e *Engine) namesFilm(ctx context.Context, t string) (bool, error) {
	ms, err := e.mentions(ctx, []string{t})
	if err != nil {
		return false, err
	}
	for _, m := range ms {
		if lexiconWords(m.Text) {
			continue // « Ma voisine trouve… »: « Ma » is a film, and chatter
		}
		if o, _ := classify(m); m.Theme == nil && m.Person == nil && !m.Not && (o == resolved || o == ambiguous && quality(m) >= looseAccept) {
			return true, nil
		}
	}
	return false, nil
}

// lexiconWords reports whether every word of t is a word of the chat's
// lexicons.
func lexiconWords(t string) bool {
	for _, w := range words(fold(t).s) {
		if !commonWord(w) {
			return false
		}
	}
	return true
}

// pieceJoin, pieceLead and pieceTail are the words that join titles, open
// or end a piece of chatter around a name and are no part of a title.
var (
	pieceJoin = map[string]bool{"et": true, "and": true, "ou": true, "or": true, "&": true}
	pieceLead = map[string]bool{"mais": true, "but": true, "puis": true, "then": true}
	pieceTail = map[string]bool{"de": true, "d'": true, "du": true, "by": true, "of": true, "par": true, "avec": true, "with": true,
		"from": true, "starring": true, "the": true, "le": true, "la": true, "les": true, "un": true, "une": true}
)

// nameWordSpans returns the spans of the words of f, a word's elision
// left out (« qu'isabelle » is « isabelle »).
func nameWordSpans(f folded) [][]int {
	ws := wordSpanRe.FindAllStringIndex(f.s, -1)
	out := ws[:0:0]
	for _, w := range ws {
		if i := strings.LastIndexByte(f.s[w[0]:w[1]], '\''); i >= 0 && i <= 3 {
			w = []int{w[0] + i + 1, w[1]}
		}
		if w[1] > w[0] {
			out = append(out, w)
		}
	}
	return out
}

// nameInside returns the well-known person whose name is typed among the
// words ws of f, the longest name first, and the words it spans: a full
// name typed exactly (capitalised, or of a famous person), or a surname
// alone, capitalised or famous and no word of a film's title nor of the
// chat's lexicons.
func (e *Engine) nameInside(ctx context.Context, f folded, ws [][]int, used []bool) (*data.Person, int, int, error) {
	for n := min(chatterNameWords, len(ws)); n >= 1; n-- {
		for i := 0; i+n <= len(ws); i++ {
			if slices.Contains(used[i:i+n], true) || !nameRun(f, ws[i:i+n]) {
				continue
			}
			if n == 1 && (properNeighbour(f, ws, i-1, i) || properNeighbour(f, ws, i+1, i) || nationWord[f.s[ws[i][0]:ws[i][1]]] != "") {
				continue // « Sherlock Holmes », « en France »: a longer proper noun, a place
			}
			name := strings.TrimSpace(f.origSpan(ws[i][0], ws[i+n-1][1]))
			per, err := e.chatterPerson(ctx, name, f.s[ws[i][0]:ws[i+n-1][1]], n)
			if err != nil || per != nil {
				return per, i, i + n, err
			}
		}
	}
	return nil, 0, 0, nil
}

// properNeighbour reports whether word j of ws, next to word i with no
// punctuation between, is typed with a capital and is no word of the
// chat's lexicons: the two words are one proper noun.
func properNeighbour(f folded, ws [][]int, j, i int) bool {
	if j < 0 || j >= len(ws) {
		return false
	}
	a, b := min(i, j), max(i, j)
	if strings.ContainsAny(f.s[ws[a][1]:ws[b][0]], ",.;:!?()/") {
		return false
	}
	w := f.s[ws[j][0]:ws[j][1]]
	return capitalised(f.origSpan(ws[j][0], ws[j][1])) && !commonWord(w) && !courtesyWords[w]
}

// nameRun reports whether the words ws may together be a name: no
// punctuation between them, none a word of the chat's lexicons or a
// courtesy.
func nameRun(f folded, ws [][]int) bool {
	for j, w := range ws {
		word := f.s[w[0]:w[1]]
		if commonWord(word) || courtesyWords[word] || len(word) < 2 {
			return false
		}
		if j > 0 && strings.ContainsAny(f.s[ws[j-1][1]:w[0]], ",.;:!?()/'") {
			return false
		}
	}
	return true
}

// chatterPerson returns the person name (n words, folded key) stands for
// inside chatter, or nil.
func (e *Engine) chatterPerson(ctx context.Context, name, key string, n int) (*data.Person, error) {
	upper := capitalised(name)
	if n >= 2 {
		per, err := e.bestKnownPerson(ctx, name)
		if err != nil || per == nil || !exactName(name, per) || e.cat.RoleCount(per.ID) < knownPerson {
			return nil, err
		}
		if !upper && e.fame(per.ID) < famousVotes {
			return nil, nil
		}
		return per, nil
	}
	if len(key) < 4 || !upper && e.titleWord(ctx, key) {
		return nil, nil // "stone", "king" in lower case: words of titles before surnames
	}
	per, err := e.famousSurname(ctx, name)
	if err != nil || per == nil {
		return nil, err
	}
	have := search.NameWords(per.Name)
	if len(have) == 0 || have[len(have)-1] != key {
		return nil, nil // a typo is a word of chatter here
	}
	if !upper && e.fame(per.ID) < famousVotes || e.cat.RoleCount(per.ID) < famousRoles {
		return nil, nil // « Robespierre » alone is no Gillian Robespierre: a surname alone wants many credits
	}
	return per, nil
}

// A person added after a director: « d'autres films de Truffaut ? » then «
// avec Jean-Pierre Léaud », "Billy Wilder comedies" then "with Jack Lemmon
// in them": the actor in the director's films, the director kept. A word
// of replacement says the person asked before gives way (« et avec
// Bourvil maintenant », « plutôt avec Fernandel », "Maggie Smith
// instead"), one of addition keeps them (« et de Jacques Demy aussi »).
var (
	// castLeadRe opens a message that asks for a cast: « avec X », « et
	// avec X », "with X in them".
	castLeadRe = regexp.MustCompile(`^[\s\pP]*(?:(?:et|and|mais|but|ok|oui|yes|bon|alors|so)[\s,]+)?(?:(?:des\s+films\s+|les\s+films\s+|ceux\s+|celui\s+|films\s+|ones\s+|the\s+ones\s+|some\s+|any\s+)?(?:avec|with|starring)\b)`)
	// replaceWordRe says the new people replace the earlier ones.
	replaceWordRe = regexp.MustCompile(`\b(?:maintenant|plutot|a\s+la\s+place|au\s+lieu|instead|rather|now|cette\s+fois|this\s+time)\b`)
	// addWordRe says they are added to them.
	addWordRe = regexp.MustCompile(`\b(?:aussi|egalement|en\s+plus|also|too|as\s+well)\b`)
)

// peopleAdded reports whether the people of a message are added to those
// the dialogue asks for already (plan.addsPeople): after « et de X », «
// et avec X » (andPeopleRe), or a cast asked for alone after a director
// (see above), unless a word of replacement says otherwise.
func peopleAdded(s *session, text string) bool {
	f := fold(text).s
	if replaceWordRe.MatchString(f) && !addWordRe.MatchString(f) {
		return false
	}
	if andPeopleRe.MatchString(f) {
		return true
	}
	return len(s.cons.Directors) > 0 && len(s.cons.Cast) == 0 && len(s.cons.People) == 0 && castLeadRe.MatchString(f)
}

// bothRe narrows to the films where the people asked for are all
// credited: « ceux où ils sont tous les deux », « les films où elles
// jouent ensemble », "the ones where they're both in it", "only those
// with both of them". The people asked for are already all wanted in each
// film: the message keeps them and asks for more.
var bothRe = regexp.MustCompile(`(?:^|[,.;:!?]\s*)(?:(?:et|and|mais|but|ok|alors|so|juste|seulement|uniquement|only|just)\s+)*` +
	`(?:(?:ceux|celles|les\s+films|des\s+films|those|the\s+ones|ones|films|movies)\s+)?` +
	`(?:(?:ou|dans\s+lesquels|dans\s+lesquelles|where|in\s+which|when)\s+(?:ils|elles|they)\s*(?:sont|jouent|apparaissent|'re|\s+are|\s+play|\s+appear|\s+star)(?:\s+(?:tous|toutes))?\s+(?:tous\s+les\s+deux|toutes\s+les\s+deux|les\s+deux|ensemble|both|together)(?:\s+(?:ensemble|together|in\s+(?:it|them)|dedans))?` +
	`|(?:avec|with)\s+(?:les\s+deux|eux\s+deux|elles\s+deux|both\s+of\s+them|them\s+both))` + politeTail + `[\s\pP]*$`)

// bothOfThem reads bothRe.
func (p *parser) bothOfThem() {
	p.each(bothRe, func([]string, []int) bool { p.m.More = true; return true })
}
