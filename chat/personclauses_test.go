package chat

import (
	"slices"
	"testing"
)

// TestParseClauseNames reads the names of personclauses.go: a name inside
// the clause around it, before anything is looked up. A name read from its
// clause stays a title too until the engine finds the person; the hedges
// that end a clause are never part of a name.
func TestParseClauseNames(t *testing.T) {
	for _, tc := range []struct {
		in        string
		clause    []string // ClauseNames
		titles    []string
		people    []string // People (strong cues)
		starring  []string
		directed  []string
		more      []string // MorePeople
		genres    []string
		maxYear   int
		pronounOK bool // a pronoun stands for the person just named
	}{
		{in: "la haine, cassel j'adore", clause: []string{"cassel"}, titles: []string{"cassel", "la haine"}},
		{in: "le samourai. melville reste mon cineaste prefere", clause: []string{"melville"}, titles: []string{"melville", "le samourai"}},
		{in: "Alien was amazing, anything similar?", clause: []string{"Alien"}, titles: []string{"Alien"}},
		{in: "The Big Blue was great", titles: []string{"The Big Blue"}},
		{in: "The Great Escape was great. Any more films about prison?", titles: []string{"The Great Escape"}},
		{in: "la môme, Cotillard y est bouleversante. d'autres avec elle", clause: []string{"Cotillard"}, titles: []string{"Cotillard", "la môme"}, pronounOK: true},
		{in: "j'aime bien Deneuve chez Demy", people: []string{"Deneuve", "Demy"}, starring: []string{"Deneuve"}, directed: []string{"Demy"}},
		{in: "gabin chez carné, c'est le meilleur", people: []string{"gabin", "carné"}, starring: []string{"gabin"}, directed: []string{"carné"}},
		{in: "que du Rohmer svp", more: []string{"Rohmer"}},
		{in: "rien que du tati ce soir", more: []string{"tati"}},
		{in: "j'aime bien noiret aussi", clause: []string{"noiret"}, titles: []string{"noiret"}},
		{in: "gene kelly musicals", clause: []string{"gene kelly"}, titles: []string{"gene kelly"}, genres: []string{"Musical"}},
		{in: "une comédie avec Louis de Funès si possible", people: []string{"Louis de Funès"}, starring: []string{"Louis de Funès"}, genres: []string{"Comedy"}},
		{in: "a western with John Wayne if you can", people: []string{"John Wayne"}, starring: []string{"John Wayne"}, genres: []string{"Western"}},
		{in: "d'autres avec Delon alors", people: []string{"Delon"}, starring: []string{"Delon"}},
		{in: "des films avec Raimu d'avant la guerre", people: []string{"Raimu"}, starring: []string{"Raimu"}, maxYear: 1939},
		{in: "des films avec Noiret ET Rochefort ensemble", people: []string{"Noiret", "Rochefort"}, starring: []string{"Noiret", "Rochefort"}},
		// Not names: a subject, a genre, the people the film is for.
		{in: "a zombie comedy", genres: []string{"Comedy"}},
		{in: "du même réalisateur"},
		{in: "j'adore la cité de la peur", titles: []string{"la cité de la peur"}},
	} {
		m := parse(tc.in, parseOptions{})
		if !slices.Equal(m.ClauseNames, tc.clause) || !slices.Equal(m.Titles, tc.titles) || !slices.Equal(m.People, tc.people) ||
			!slices.Equal(m.Starring, tc.starring) || !slices.Equal(m.DirectedBy, tc.directed) || !slices.Equal(m.MorePeople, tc.more) ||
			!slices.Equal(m.Genres, tc.genres) || m.MaxYear != tc.maxYear || (m.Pronoun != "") != tc.pronounOK {
			t.Errorf("%q:\n got clause %q titles %q people %q starring %q directed %q more %q genres %q max year %d pronoun %q", tc.in,
				m.ClauseNames, m.Titles, m.People, m.Starring, m.DirectedBy, m.MorePeople, m.Genres, m.MaxYear, m.Pronoun)
		}
	}
}

// TestClauseName cuts the name out of the words before a cue.
func TestClauseName(t *testing.T) {
	for _, tc := range []struct {
		span  string
		whole bool
		want  string // "" when none
	}{
		{"la haine et les rivieres pourpres, cassel", false, "cassel"},
		{"j'aime beaucoup isabelle huppert", false, "isabelle huppert"},
		{"antichrist et melancholia... gainsbourg", false, "gainsbourg"},
		{"louis de funes", false, "louis de funes"},
		{"louis de funes", true, "louis de funes"},
		{"vous auriez d'autres", true, ""},
		{"the kids", false, ""},
		{"forrest gump. tom hanks", true, ""},
		{"meme realisateur", true, ""},
	} {
		a, b, ok := clauseName(tc.span, tc.whole)
		got := ""
		if ok {
			got = tc.span[a:b]
		}
		if got != tc.want {
			t.Errorf("clauseName(%q, %v) = %q, want %q", tc.span, tc.whole, got, tc.want)
		}
	}
}
