package chat

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// A surname typed alone, or misspelt (« tarkovski », « kubrik », « bergmann
// »), names a person when the person is famous enough that a customer who
// types it means them: fame is the IMDb votes of the films they directed
// or acted in, not their number of credits (Kieslowski directed four films
// of the catalogue, all well known). The index (search.SearchPeople) finds
// the candidates within its typo budget; the chat only weighs them.

const (
	// famousVotes is the fame (IMDb votes of a person's films as actor or
	// director) that makes a surname typed alone, in lower case, name the
	// person: Jean-Pierre Melville has about 190,000, a namesake nobody
	// has heard of a few thousand.
	famousVotes = 100_000
	// typoFame is how much a typo divides a candidate's fame when
	// namesakes compete: « bergmann » is Ingmar Bergman (680,000 votes,
	// one typo) before a Benjamin Bergmann typed exactly (a few hundred).
	typoFame = 20
)

// fameLeads is how many of a film's first-billed actors its votes make
// famous: the eighth name of La Haine's cast is nobody a customer types.
const fameLeads = 4

// fameFilms is the least number of such films that makes anyone famous.
const fameFilms = 3

// fame returns the IMDb votes of the films a person directed or was among
// the leads of, when they are at least fameFilms: one well-known film does
// not make its fourth-billed actor famous.
func (e *Engine) fame(id string) int {
	n, films := 0, 0
	for _, r := range e.cat.Roles(id) {
		if r.Category != "actor" && r.Category != "actress" && r.Category != "director" {
			continue
		}
		f, err := e.cat.Film(r.FilmID)
		if err != nil {
			continue
		}
		if r.Category == "director" || leadOf(f, id) {
			n += f.Votes
			films++
		}
	}
	if films < fameFilms {
		return 0
	}
	return n
}

// leadOf reports whether the person is among the film's first fameLeads
// actors and actresses by billing.
func leadOf(f *data.Film, id string) bool {
	isCast := func(c data.Credit) bool { return c.Category == "actor" || c.Category == "actress" }
	for i, c := range f.Credits {
		if c.PersonID != id || !isCast(c) {
			continue
		}
		// Its place in billing order: the cast credits billed before it
		// (an equal ordering counts when listed earlier, as a stable sort).
		before := 0
		for j, o := range f.Credits {
			if isCast(o) && (o.Ordering < c.Ordering || o.Ordering == c.Ordering && j < i) {
				before++
			}
		}
		if before < fameLeads {
			return true
		}
	}
	return false
}

// surnameTypos returns how many edits the one word w is from the person's
// surname (the last word of the name, or the whole of a single name such
// as Bourvil), or -1 when it is further than a typo: none under five
// letters, one under eight, two beyond; a surname spelt as it sounds
// (search.SoundKey) counts as two.
func surnameTypos(w string, p *data.Person) int {
	ws := search.NameWords(p.Name)
	if len(ws) == 0 {
		return -1
	}
	last := ws[len(ws)-1]
	if last == w {
		return 0
	}
	budget := 0
	switch n := utf8.RuneCountInString(w); {
	case n >= 8:
		budget = 2
	case n >= 5:
		budget = 1
	}
	if budget == 0 || last[0] != w[0] {
		return -1
	}
	if d := search.EditDistance(w, last, budget); d <= budget {
		return d
	}
	if search.SoundKey(w) == search.SoundKey(last) {
		return 2 // « truffo »: spelt as it sounds
	}
	return -1
}

// famousBySurname returns the famous person whose surname is the one word
// w, typed exactly or with a typo, or nil: among the candidates the index
// finds, the one whose fame divided by typoFame per typo is highest, when
// their fame is at least famousVotes.
func (e *Engine) famousBySurname(ctx context.Context, w string) (*data.Person, error) {
	typed := search.NameWords(unNickname(w))
	if len(typed) != 1 || commonWord(typed[0]) {
		return nil, nil
	}
	ms, err := e.res.SearchPeople(ctx, typed[0], 20)
	if err != nil {
		if errors.Is(err, data.ErrInvalid) {
			return nil, nil
		}
		return nil, fmt.Errorf("chat: search people %q: %w", w, err)
	}
	var best *data.Person
	bestScore := 0.0
	typos := -1 // unknown yet; 1 when typos are allowed, 0 when not
	for _, m := range ms {
		d := surnameTypos(typed[0], m.Person)
		if d < 0 {
			continue
		}
		if d > 0 && typos < 0 {
			typos = 1
			if e.titleWord(ctx, typed[0]) {
				typos = 0
			}
		}
		if d > 0 && typos == 0 {
			continue
		}
		f := e.fame(m.Person.ID)
		if d == 0 && len(search.NameWords(m.Person.Name)) == 1 && e.cat.RoleCount(m.Person.ID) >= knownPerson {
			// Bourvil, Fernandel, Coluche: a single name typed whole is
			// that person, whose old films have fewer votes.
			f = max(f, famousVotes)
		}
		if f < famousVotes {
			continue
		}
		score := float64(f)
		for range d {
			score /= typoFame
		}
		if score > bestScore {
			best, bestScore = m.Person, score
		}
	}
	return best, nil
}

// better reports whether a namesake is the one a customer more likely
// means: between two known people, the better known by the votes of their
// films (« demy » is Jacques, not Mathieu, who has more credits), else the
// one with more credits.
func (e *Engine) better(a, b *data.Person) bool {
	if e.cat.RoleCount(a.ID) >= knownPerson && e.cat.RoleCount(b.ID) >= knownPerson {
		return e.fame(a.ID) > e.fame(b.ID)
	}
	return e.cat.RoleCount(a.ID) > e.cat.RoleCount(b.ID)
}

// titleWord reports whether w is, exactly, a word of the titles of the
// films it finds: a word of the language (« jeune », « magie », «
// zombies »), which is no surname misspelt even when a famous surname is
// one letter away (Jeunet, Magee, Zombie).
func (e *Engine) titleWord(ctx context.Context, w string) bool {
	ms, err := e.res.ResolveFilm(ctx, w, resolveLimit)
	if err != nil {
		return false
	}
	for _, m := range ms {
		for _, t := range filmTitles(m.Film) {
			if slices.Contains(search.NameWords(t), w) {
				return true
			}
		}
	}
	return false
}

// commonWord reports whether w is a word of the chat's lexicons (« bon »,
// « petit », "great"), which a customer types for itself and never for
// the famous person bearing it (Charlotte Le Bon).
func commonWord(w string) bool {
	return junkWords[w] || clauseWord(w) || softAdjectives[w] || nameLead[w] || pronounWord[w] || audienceNouns[w] ||
		roleNouns[w] || filmNounWords[w] || personStop[w] || langWords[w] != 0 || genreWords[w] != nil
}

// leadingName returns the known person whose whole name (two or three
// words, typed exactly) begins t and is followed by more words, or nil.
func (e *Engine) leadingName(ctx context.Context, t string) (*data.Person, error) {
	f := fold(t)
	ws := wordSpanRe.FindAllStringIndex(f.s, -1)
	for k := min(3, len(ws)-1); k >= 2; k-- {
		if strings.TrimSpace(strings.Trim(f.s[ws[0][1]:ws[k-1][0]], " -")) != "" && strings.ContainsAny(f.s[ws[0][1]:ws[k-1][0]], ",.;:!?") {
			continue // punctuation inside: no name
		}
		name := strings.TrimSpace(f.origSpan(ws[0][0], ws[k-1][1]))
		per, err := e.namedPerson(ctx, name, true)
		if err != nil || per == nil {
			if err != nil {
				return nil, err
			}
			continue
		}
		if exactName(name, per) {
			return per, nil
		}
	}
	return nil, nil
}

// nicknames are the names the French public gives its actors, folded, and
// the name words they stand for: « bébel » is Belmondo, « gégé depardieu »
// Gérard Depardieu. The catalogue has no nicknames; these are the common
// ones.
var nicknames = map[string]string{"bebel": "belmondo", "gege": "gerard", "jpb": "bacri", "fifi": "philippe", "bogie": "bogart"}

// unNickname returns name with its nicknames replaced by the names they
// stand for, or name itself when it holds none.
func unNickname(name string) string {
	ws := strings.Fields(fold(name).s)
	found := false
	for i, w := range ws {
		if n, ok := nicknames[w]; ok {
			ws[i], found = n, true
		}
	}
	if !found {
		return name
	}
	return strings.Join(ws, " ")
}
