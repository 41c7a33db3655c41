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
// other words hold a film's exact title is left to the readings of a
// title with its people (titlepeople.go).
func (e *Engine) chatterPeople(ctx context.Context, p *plan) error {
	for k := 0; k < len(p.m.Titles); k++ {
		t := p.m.Titles[k]
		f := fold(t)
		ws := nameWordSpans(f)
		if len(ws) < 2 || e.exactFilm(ctx, t) {
			continue
		}
		per, a, b, err := e.nameInside(ctx, f, ws)
		if err != nil {
			return err
		}
		if per == nil {
			continue
		}
		from := a
		for from > 0 && courtesyWords[f.s[ws[from-1][0]:ws[from-1][1]]] {
			from--
		}
		before := strings.TrimSpace(f.origSpan(0, ws[from][0]))
		after := strings.TrimSpace(f.origSpan(ws[b-1][1], len(f.s)))
		if !chatterAround(f, ws, from, b) && (len(ws)-(b-from) < 2 || before != "" && e.exactFilm(ctx, before) || after != "" && e.exactFilm(ctx, after)) {
			continue // « cyrano depardieu »: a title and the name that picks it
		}
		name := strings.TrimSpace(f.origSpan(ws[a][0], ws[b-1][1]))
		p.m.Titles = slices.Delete(slices.Clone(p.m.Titles), k, k+1)
		k--
		if slices.ContainsFunc(p.people, func(q *data.Person) bool { return q.ID == per.ID }) {
			continue
		}
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
	return nil
}

// chatterAround reports whether the words of f around the name (ws[a:b],
// its courtesy included) are all words of the chat's lexicons: « que
// Depardieu », « Sir Michael Caine ».
func chatterAround(f folded, ws [][]int, a, b int) bool {
	for i, w := range ws {
		if (i < a || i >= b) && !commonWord(f.s[w[0]:w[1]]) {
			return false
		}
	}
	return true
}

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
func (e *Engine) nameInside(ctx context.Context, f folded, ws [][]int) (*data.Person, int, int, error) {
	for n := min(chatterNameWords, len(ws)); n >= 1; n-- {
		for i := 0; i+n <= len(ws); i++ {
			if !nameRun(f, ws[i:i+n]) {
				continue
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

// nameRun reports whether the words ws may together be a name: no
// punctuation between them, none a word of the chat's lexicons or a
// courtesy.
func nameRun(f folded, ws [][]int) bool {
	for j, w := range ws {
		word := f.s[w[0]:w[1]]
		if commonWord(word) || courtesyWords[word] || len(word) < 2 {
			return false
		}
		if j > 0 && strings.TrimSpace(f.s[ws[j-1][1]:w[0]]) != "" && strings.Trim(f.s[ws[j-1][1]:w[0]], " -") != "" {
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
	if !upper && e.fame(per.ID) < famousVotes {
		return nil, nil
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
