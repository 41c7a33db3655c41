package search

import (
	"context"
	"slices"
	"strings"
)

// A French request often names its theme by a head noun that a relative
// clause then describes: « un voyeur qui espionne ses voisins », « un
// séducteur qui collectionne les conquêtes ». Read as one phrase, the
// clause's words weigh as much as the head's and may lead the reading
// elsewhere (« espionne »: spy films). headTheme reads the head alone, the
// words before the first relative pronoun: when the whole phrase's
// reading is unsure (the clause's words merely go with its keywords) while
// the head names a theme surely and a far more specific one than the
// whole phrase's lead (a keyword on far fewer films), the head's reading
// wins, unless the whole phrase's reading holds the head's lead keyword
// already, lower, or the clause alone names a theme surely (« un couple
// qui divorce »). A head that says little (« un homme qui sort de
// prison », « une ado qui se scarifie ») names nothing surely or nothing
// narrower, and the whole phrase's reading stands. English relative
// clauses are left alone: "convicts who escape from a prison" is about
// the escape.

// headPronouns are the folded relative pronouns that end a head.
var headPronouns = setOf("qui", "que", "dont")

// The head's reading wins when it is at least headSure and its lead is
// on headNarrower times fewer films than the whole reading's, or fewer:
// a head about as broad as the clause (« des voleurs qui attaquent une
// banque »: thieves, bank robbery) leaves the whole reading alone.
const (
	headSure     = 0.9
	headNarrower = 2
)

// headOf returns the words of q before its first relative pronoun, or ""
// when q has none after a first word.
func headOf(q string) string {
	fields := strings.Fields(q)
	for i := 1; i < len(fields); i++ {
		w := fold(fields[i])
		if j := strings.IndexAny(w, "'’"); j > 0 {
			w = w[:j] // « qu'il »
			if w == "qu" {
				w = "que"
			}
		}
		if headPronouns[strings.Trim(w, ".,;:!?")] {
			return strings.Join(fields[:i], " ")
		}
	}
	return ""
}

// headTheme returns the reading of q's head (headOf) instead of th (q's
// reading as a whole, ok: read at all) when the head names a theme surely
// and more narrowly than th's lead.
func (x *Index) headTheme(ctx context.Context, q string, th Theme, ok bool) (Theme, bool, error) {
	head, unsure := unsureHead(q, th, ok, headOf)
	if !unsure {
		return th, ok, nil // a sure reading of the whole stands, or no head
	}
	h, hok, err := x.MatchTheme(ctx, head)
	// A whole reading that weighed the head's theme and put it lower
	// stands (« un juge qui se laisse acheter, corruption et pots de
	// vin »): the head wins only where the clause drowned it out.
	if err != nil || !hok || h.Score < headSure || len(h.Keywords) == 0 || slices.Contains(th.Keywords, h.Keywords[0]) {
		return th, ok, err
	}
	m := x.themes
	hk, found := m.byName[h.Keywords[0]]
	tk, tfound := m.byName[th.Keywords[0]]
	if !found || !tfound || headNarrower*m.Keywords[hk].DF > m.Keywords[tk].DF {
		return th, ok, nil
	}
	// A clause that names a theme surely on its own (« un couple qui
	// divorce ») is what the request is about; the head only says who.
	c, cok, err := x.MatchTheme(ctx, strings.TrimSpace(strings.TrimPrefix(q, head)))
	if err != nil || cok && c.Score >= headSure {
		return th, ok, err
	}
	return h, true, nil
}

// unsureHead returns the head of (q's reading as a whole, ok: read at
// all) that of finds, and whether that reading is unsure enough for the
// head to be weighed (headTheme, whoHeadTheme): th is read, not sure, and
// the head has words a theme is read from.
func unsureHead(q string, th Theme, ok bool, of func(string) string) (head string, unsure bool) {
	if !ok || len(th.Keywords) == 0 || th.Score >= headSure {
		return "", false
	}
	head = of(q)
	if head == "" {
		return "", false
	}
	if ws, _ := themeWords(head); len(ws) == 0 {
		return "", false
	}
	return head, true
}
