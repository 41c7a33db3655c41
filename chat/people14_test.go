package chat

import (
	"strings"
	"testing"
)

// TestBothOfThem: a narrowing to the films where the people asked for are
// all credited keeps them and asks for more; it is never a title.
func TestBothOfThem(t *testing.T) {
	for _, c := range []struct {
		text string
		more bool
	}{
		{"ceux où ils sont tous les deux", true},
		{"et les films où elles jouent ensemble svp", true},
		{"only the ones where they're both in it", true},
		{"ceux avec eux deux", true},
		{"Les Deux Anglaises et le Continent", false},
		{"ceux où il est drôle", false},
	} {
		m := parse(c.text, parseOptions{})
		if m.More != c.more || c.more && len(m.Titles) > 0 {
			t.Errorf("%q: more %v titles %q, want more %v and no title", c.text, m.More, m.Titles, c.more)
		}
	}
}

// TestPeopleAdded: a cast asked for alone after a director adds the actor
// to the director's films; a word of replacement replaces the person
// asked before; « et de X » adds.
func TestPeopleAdded(t *testing.T) {
	director, cast := &session{}, &session{}
	director.cons.Directors = []string{"nm0000076"}
	cast.cons.Cast = []string{"nm0300064"}
	for _, c := range []struct {
		s    *session
		text string
		want bool
	}{
		{director, "avec Jean-Pierre Léaud", true},
		{director, "with Jack Lemmon in them", true},
		{director, "et avec johnny depp dedans", true},
		{director, "avec Romain Duris plutôt", false},
		{director, "des films de Chabrol", false},
		{cast, "avec Bourvil", false},
		{cast, "et avec Bourvil maintenant", false},
		{cast, "et avec Bourvil", true},
		{cast, "et avec Bourvil aussi maintenant", true},
		{cast, "and with Maggie Smith instead", false},
	} {
		if got := peopleAdded(c.s, c.text); got != c.want {
			t.Errorf("%q: added %v, want %v", c.text, got, c.want)
		}
	}
}

// TestNameWordSpans: a word's elision is no part of a name; courtesy
// words are known.
func TestNameWordSpans(t *testing.T) {
	f := fold("Ma voisine trouve qu'Isabelle Huppert est géniale")
	var ws []string
	for _, w := range nameWordSpans(f) {
		ws = append(ws, f.s[w[0]:w[1]])
	}
	if got := strings.Join(ws, " "); got != "ma voisine trouve isabelle huppert est geniale" {
		t.Errorf("words %q", got)
	}
	for _, w := range []string{"sir", "dame", "monsieur", "madame"} {
		if !courtesyWords[w] {
			t.Errorf("%q is no courtesy", w)
		}
	}
}
