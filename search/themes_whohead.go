package search

import (
	"context"
	"slices"
	"strings"
)

// A French request often names who the story is about by its head noun
// and what happens to them by a relative clause: « des ados qui montent
// un groupe de rock », « un ado qui se fait harceler », « une vieille
// dame qui perd la mémoire ». When the head names a broad kind of person
// surely (« ados »: teenagers, on many films), read as one phrase it
// drowns the clause, and the whole reading is the head's, unsure. The
// clause is then what the request is about when it names a theme on its
// own, more narrowly than the head does: a teenager forming a rock band
// is a rock band film, not a teenage film. A head narrower than its clause
// (« un voyeur qui espionne ses voisins ») is headTheme's to weigh, and a
// whole reading that is not the head's stands.

// whoHeadClauseMin is the least score of the clause's own reading, and
// whoHeadMinDF the least number of films the head's lead keyword is on: a
// head naming a narrow trade or kind of person (« une baby-sitter qui
// garde des enfants ») is itself the subject.
const (
	whoHeadClauseMin = 0.6
	whoHeadMinDF     = 50
	// whoHeadLinkMinDF is the least number of films of the lead keyword of
	// a head naming a bond (whoHeadLinks): a bond that common says nothing
	// of the story (friendship, love), a rarer one is the subject
	// (« la jalousie entre amants »).
	whoHeadLinkMinDF = 200
)

// whoHeadTheme returns the reading of q's relative clause instead of th
// (q's reading as a whole, ok: read at all) when th is unsure and leads
// with the head's lead keyword while the clause names a theme on its own
// on headNarrower times fewer films than that keyword, or fewer.
func (x *Index) whoHeadTheme(ctx context.Context, q string, th Theme, ok bool) (Theme, bool, error) {
	head, unsure := unsureHead(q, th, ok, whoHeadOf)
	if !unsure {
		return th, ok, nil // a sure reading of the whole stands, or no head
	}
	clause := strings.TrimSpace(strings.TrimPrefix(q, head))
	minDF := whoHeadMinDF
	if f := strings.Fields(clause); len(f) > 0 && whoHeadLinks[fold(f[0])] {
		clause = strings.Join(f[1:], " ") // the two a bond binds
		minDF = whoHeadLinkMinDF
	}
	if ws, _ := themeWords(clause); len(ws) == 0 {
		return th, ok, nil
	}
	h, hok, err := x.matchThemeWhole(ctx, head)
	if err != nil || !hok || len(h.Keywords) == 0 || h.Keywords[0] != th.Keywords[0] {
		return th, ok, err // the whole reading is not the head's
	}
	c, cok, err := x.matchThemeWhole(ctx, clause)
	// A clause whose reading holds the head's lead (« la jalousie entre
	// amants »: lovers, jealousy) is about the head's subject too: the
	// whole reading stands.
	if err != nil || !cok || len(c.Keywords) == 0 || c.Score < whoHeadClauseMin || slices.Contains(h.Keywords, c.Keywords[0]) || slices.Contains(c.Keywords, h.Keywords[0]) {
		return th, ok, err
	}
	m := x.themes
	hk, found := m.byName[h.Keywords[0]]
	ck, cfound := m.byName[c.Keywords[0]]
	if !found || !cfound || m.Keywords[hk].DF < minDF || headNarrower*m.Keywords[ck].DF > m.Keywords[hk].DF {
		return th, ok, nil // the clause is no narrower than the head
	}
	// The clause tells what happens to the head's kind of person: some
	// film carrying the clause's lead carries one of the head's keywords
	// too. A clause read as a subject no such person ever meets in the
	// catalogue (« un tueur en série qui sème la terreur »: the French
	// Revolution's Terror) is a misreading.
	for _, name := range h.Keywords {
		if k, found := m.byName[name]; found && x.cooccur(k, ck) > 0 {
			// The head's lead follows the clause's keywords: the films
			// about both (teenagers forming a band) rank first.
			if len(c.Keywords) < themeMaxKeys && !slices.Contains(c.Keywords, h.Keywords[0]) {
				c.Keywords = append(slices.Clip(c.Keywords), h.Keywords[0])
			}
			return c, true, nil
		}
	}
	return th, ok, nil
}

// whoHeadLinks are the folded words that tie a head naming an abstract
// bond to the two it binds (« l'amitié entre une fille et un cheval »,
// "the rivalry between two boxers"): what follows is the subject.
var whoHeadLinks = setOf("entre", "between")

// whoHeadOf returns the head of q: the words before its first relative
// pronoun (headOf), else before its first link word (whoHeadLinks) after
// a first word, else "".
func whoHeadOf(q string) string {
	if h := headOf(q); h != "" {
		return h
	}
	fields := strings.Fields(q)
	for i := 1; i < len(fields); i++ {
		if whoHeadLinks[strings.Trim(fold(fields[i]), ".,;:!?")] {
			return strings.Join(fields[:i], " ")
		}
	}
	return ""
}
