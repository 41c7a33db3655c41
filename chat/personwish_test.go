package chat

import (
	"slices"
	"testing"
)

// TestPersonWishes checks that the words around a name about what is
// wanted of the person never become a title, and that the name is read.
func TestPersonWishes(t *testing.T) {
	tests := []struct {
		in                       string
		titles, more, people     []string
		clause, examples, avoidG []string
	}{
		// not seen: the relative clause goes, the name stays a mention
		{in: "je cherche un gabin que je n'ai jamais vu", titles: []string{"un gabin"}},
		{in: "un lino ventura que j'ai pas encore vu svp", titles: []string{"un lino ventura"}},
		// « tout X », "everything by X": asked for by name
		{in: "tout chabrol", more: []string{"chabrol"}},
		{in: "tout ce qu'a fait Claude Sautet", more: []string{"Claude Sautet"}},
		{in: "everything by billy wilder", more: []string{"billy wilder"}},
		// a title starting with « tout » is no name
		{in: "tout sur ma mère", titles: []string{"tout"}},
		// a film given as an example of the person's, or another
		{in: "depardieu dans cyrano ou autre", people: []string{"depardieu"}},
		{in: "yves robert, comme la guerre des boutons", titles: []string{"yves robert", "la guerre des boutons"}, clause: []string{"yves robert"}, examples: []string{"yves robert"}},
		// « qqch » is spelled out and « d'allemand » is the country: only the film is a title.
		{in: "qqch d'allemand, genre good bye lenin", titles: []string{"good bye lenin"}},
		// films left out after a name
		{in: "un truffaut, pas les 400 coups ni jules et jim", titles: []string{"un truffaut, pas les 400 coups, pas jules et jim"}},
		{in: "daniel radcliffe not in harry potter", titles: []string{"daniel radcliffe", "pas harry potter"}, clause: []string{"daniel radcliffe"}},
		{in: "des films avec alain delon, sauf le samourai que j'ai deja vu", titles: []string{"sauf le samourai"}, people: []string{"alain delon"}},
		// "X films": a name, not a subject
		{in: "cary grant films", more: []string{"cary grant"}},
		{in: "a mountain climbing film, snow, peaks", titles: nil},
		// writers
		{in: "un film d'après simenon", people: []string{"simenon"}},
		{in: "un film avec les dialogues de michel audiard", people: []string{"michel audiard"}},
		{in: "something based on a roald dahl book", more: []string{"roald dahl"}},
		// « ceux de X avec lui »; nothing scary
		{in: "plutôt ceux de verneuil avec lui", people: []string{"verneuil"}},
	}
	// « rien qui fasse trop peur » is the gentle audience (audience.go: no
	// horror, thriller or war), read before the person rules see it.
	if m := parse("rien qui fasse trop peur", parseOptions{}); m.Audience != "gentle" && !slices.Contains(m.AvoidGenres, "Horror") {
		t.Errorf("rien qui fasse trop peur: audience %q, avoid genres %q: nothing scary not read", m.Audience, m.AvoidGenres)
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			m := parse(tt.in, parseOptions{})
			for _, c := range []struct {
				what      string
				got, want []string
			}{
				{"titles", m.Titles, tt.titles}, {"more", m.MorePeople, tt.more}, {"people", m.People, tt.people},
				{"clause", m.ClauseNames, tt.clause}, {"examples", m.ExampleNames, tt.examples}, {"avoid genres", m.AvoidGenres, tt.avoidG},
			} {
				if len(c.got) == 0 && len(c.want) == 0 {
					continue
				}
				if !slices.Equal(c.got, c.want) {
					t.Errorf("%s = %q, want %q", c.what, c.got, c.want)
				}
			}
		})
	}
}
