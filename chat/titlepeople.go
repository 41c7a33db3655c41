package chat

import (
	"context"
	"errors"
	"regexp"
	"slices"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// Title and people: customers type the people of a film right after its
// title, without « de » or « avec » (« les tontons flingueurs ventura
// blier », "anatomy of a fall, justine triet"), or with them next to a
// title several films bear or resemble (« cyrano avec depardieu »): the
// names say which film it is (issue 10, item 3), they are neither a title
// of their own nor a question.

// peopleLink are the words that join a title to its people, or the people
// to one another, in folded NameWords form.
var peopleLink = map[string]bool{"et": true, "and": true, "de": true, "d": true, "du": true, "avec": true, "with": true,
	"by": true, "par": true, "starring": true, "feat": true, "ft": true}

// titledByPeople returns the one film among matches whose title opens the
// text t and whose director or main actors bear every other word of it
// (links aside): « la belle et la bête léa seydoux vincent cassel » is the
// 2014 film. It returns nil when no film, or more than one, fits.
func (e *Engine) titledByPeople(t string, matches []search.FilmMatch) *data.Film {
	ws := search.NameWords(t)
	if len(ws) < 2 || sentenceBreakRe.MatchString(t) {
		return nil
	}
	var pick *data.Film
	for _, c := range matches {
		if c.Confidence < suggestMin || c.Film == pick {
			continue
		}
		n := titleOpens(ws, c.Film)
		if n == 0 || n == len(ws) {
			continue
		}
		var rest []string
		for _, w := range ws[n:] {
			if !peopleLink[w] {
				rest = append(rest, w)
			}
		}
		if !nameLike(rest) || !e.creditsBear(c.Film, rest) {
			continue
		}
		if pick != nil {
			return nil
		}
		pick = c.Film
	}
	return pick
}

// sentenceBreakRe ends a sentence: the names after it are a request of
// their own (« goodfellas and the departed. Scorsese please »).
var sentenceBreakRe = regexp.MustCompile(`[.!?;:]\s|[!?]`)

// nameLike reports whether words may be people's names: one of three
// letters at least, and no short word last (« les misérables, le … » ends
// on an article, though Le Chanois directed one of them).
func nameLike(ws []string) bool {
	if len(ws) == 0 || len(ws[len(ws)-1]) < 3 {
		return false
	}
	return slices.ContainsFunc(ws, func(w string) bool { return len(w) >= 3 })
}

// titleOpens returns how many of the words ws one of the film's titles
// opens (leading article optional, a typo aside in the longer words), the
// longest title first; 0 when none does.
func titleOpens(ws []string, f *data.Film) int {
	best := 0
	for _, t := range filmTitles(f) {
		tw := search.NameWords(t)
		if len(tw) == 0 {
			continue
		}
		for _, skip := range []bool{false, true} {
			tt := tw
			if skip {
				if len(tw) < 2 || !titleArticles[tw[0]] {
					continue
				}
				tt = tw[1:]
			}
			if len(tt) > len(ws) || len(tt) <= best {
				continue
			}
			ok := true
			for i, w := range tt {
				if ws[i] != w && !(len(w) >= 5 && search.EditDistance(ws[i], w, 1) <= 1) {
					ok = false
					break
				}
			}
			if ok {
				best = len(tt)
			}
		}
	}
	return best
}

// titleArticles are the leading articles a customer may leave out.
var titleArticles = map[string]bool{"le": true, "la": true, "les": true, "l": true, "the": true, "a": true, "an": true, "un": true, "une": true}

// creditsBear reports whether every word of want (a typo aside in the
// longer ones) is a word of the name of one of the film's directors or
// main actors.
func (e *Engine) creditsBear(f *data.Film, want []string) bool {
	var have []string
	ids := slices.Clone(f.Directors)
	for i, c := range f.Credits {
		if i < 10 {
			ids = append(ids, c.PersonID)
		}
	}
	for _, id := range ids {
		if p, err := e.cat.Person(id); err == nil {
			have = append(have, search.NameWords(p.Name)...)
		}
	}
	for _, w := range want {
		if len(w) < 2 || !slices.ContainsFunc(have, func(h string) bool {
			return h == w || (len(w) >= 5 && search.EditDistance(w, h, 1) <= 1)
		}) {
			return false
		}
	}
	return true
}

// credited reports whether the person directed the film or acts in it:
// a writer's name does not say which of two films it is (Hawks wrote the
// 1983 Scarface, he directed the 1932 one).
func credited(f *data.Film, per *data.Person) bool {
	if slices.Contains(f.Directors, per.ID) {
		return true
	}
	return slices.ContainsFunc(f.Credits, func(c data.Credit) bool { return c.PersonID == per.ID && c.IsCast() })
}

// pickByPeople returns the one film that a person the message names
// picks among those a resolved mention bears or resembles (« cyrano avec
// depardieu » is Cyrano de Bergerac of 1990, not Cyrano of 2021; « drunk
// avec mads mikkelsen » is Druk, which the title search alone misses), with
// the index of that person in people; the top film itself when it is
// theirs and a homonym is not; nil when no single film is. Picking says
// the message already tells homonyms apart by their people (« pas celui
// avec Clooney »).
func (e *Engine) pickByPeople(mt mention, people []*data.Person, picking bool) (*data.Film, int) {
	if len(mt.Matches) == 0 || len(people) == 0 {
		return nil, -1
	}
	top := mt.Matches[0].Film
	ws := search.NameWords(mt.Text)
	for i, per := range people {
		if credited(top, per) {
			if picking {
				// « ocean's eleven avec sinatra, pas celui avec
				// clooney »: the names said which of the homonyms it
				// is, they ask for no filter.
				return top, i
			}
			return nil, -1
		}
		var pick *data.Film
		n := 0
		consider := func(f *data.Film) {
			if f == pick || f == top {
				return
			}
			if homonyms(top, f) || titleBegins(mt.Text, f) || titleHasWords(f, mt.Text) || titleStarts(ws, f) || nearTitle(mt.Text, f) {
				pick = f
				n++
			}
		}
		for _, c := range mt.Matches[1:] {
			if c.Confidence >= suggestMin && credited(c.Film, per) {
				consider(c.Film)
			}
		}
		if n == 0 {
			for _, r := range e.cat.Roles(per.ID) {
				if f, err := e.cat.Film(r.FilmID); err == nil && !slices.ContainsFunc(mt.Matches, func(c search.FilmMatch) bool { return c.Film == f }) {
					consider(f)
				}
			}
		}
		if n == 1 {
			return pick, i
		}
	}
	return nil, -1
}

// nearTitle reports whether the mention is one of the film's titles, a
// typo aside (one edit in five letters or more, two in ten or more).
func nearTitle(text string, f *data.Film) bool {
	k := search.TitleKey(text)
	if len(k) < 5 {
		return false
	}
	d := 1
	if len(k) >= 10 {
		d = 2
	}
	for _, t := range filmTitles(f) {
		if t != "" && search.EditDistance(k, search.TitleKey(t), d) <= d {
			return true
		}
	}
	return false
}

// notWhoseRe is « pas celui avec », "not the one with": the name after it
// says which of the films bearing a title is not meant (« fanfan la
// tulipe, pas celui avec vincent perez »); it asks for no filter.
var notWhoseRe = regexp.MustCompile(`\b(?:(?:mais|but|et|and)\s+)?(?:pas|not|non)\s+(?:celui|celle|la\s+version|le\s+film|the\s+one|the\s+version|the\s+film|the\s+remake|le\s+remake)\s+(?:avec|with|starring|de|d'|du|by|of|from)\s*`)

// notWhosePeople reads the names after notWhoseRe into the message. It
// runs before the person cues, which would read « avec Perez » as wanted.
func (p *parser) notWhosePeople() {
	p.m.NotWhose = append(p.m.NotWhose, p.namesAfter(notWhoseRe)...)
}

// dropNotWhose leaves out of each mention's matches the films crediting a
// person the message says is not in the film meant; the best film left
// inherits the belief the top one had.
func (e *Engine) dropNotWhose(ctx context.Context, names []string, ms []mention) error {
	var not []*data.Person
	for _, name := range names {
		per, err := e.resolvePerson(ctx, name)
		if errors.Is(err, data.ErrNotFound) {
			continue
		}
		if err != nil {
			return err
		}
		not = append(not, per)
	}
	if len(not) == 0 {
		return nil
	}
	for i := range ms {
		mt := &ms[i]
		if mt.Theme != nil || mt.Person != nil || mt.Not || len(mt.Matches) < 2 {
			continue
		}
		kept := slices.DeleteFunc(slices.Clone(mt.Matches), func(c search.FilmMatch) bool {
			return slices.ContainsFunc(not, func(per *data.Person) bool { return credited(c.Film, per) })
		})
		if len(kept) == 0 || len(kept) == len(mt.Matches) {
			continue
		}
		kept[0].Confidence = max(kept[0].Confidence, mt.Matches[0].Confidence)
		mt.Matches, mt.Decided = kept, false
	}
	return nil
}

// titleStarts reports whether one of the film's titles starts with the
// words ws (leading article optional, a typo aside in the longer words):
// « drunk » is Druk misspelt.
func titleStarts(ws []string, f *data.Film) bool {
	if len(ws) == 0 {
		return false
	}
	for _, t := range filmTitles(f) {
		tw := search.NameWords(t)
		if len(tw) > 1 && titleArticles[tw[0]] && (len(ws) == 0 || ws[0] != tw[0]) {
			tw = tw[1:]
		}
		if len(tw) < len(ws) {
			continue
		}
		ok := true
		for i, w := range ws {
			if tw[i] != w && !(len(w) >= 5 && search.EditDistance(w, tw[i], 1) <= 1) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// pickByNames is pickByPeople over the people of the plan and those the
// mentions still to classify name (« drunk avec mads mikkelsen, les profs
// qui boivent » is read as mentions when a name is not found); the person
// that picked the film is used up: it asks for no filter.
func (e *Engine) pickByNames(p *plan, mt mention) *data.Film {
	people := slices.Clone(p.people)
	var from []int // index in p.todo of each person after p.people
	for j, o := range p.todo {
		if o.Person != nil && !o.Not {
			people = append(people, o.Person)
			from = append(from, j)
		}
	}
	f, i := e.pickByPeople(mt, people, len(p.m.NotWhose) > 0)
	switch {
	case f == nil:
	case i < len(p.people):
		if !p.example(p.people[i]) { // personwish.go
			p.people = slices.Delete(slices.Clone(p.people), i, i+1)
		}
	default:
		p.todo = slices.Delete(slices.Clone(p.todo), from[i-len(p.people)], from[i-len(p.people)]+1)
	}
	return f
}
