package chat

import (
	"slices"
	"testing"
)

// TestParsePeopleAudience reads the person cues and audiences of
// personcues.go, avoidpeople.go and audience.go: what each phrasing means
// before anything is looked up.
func TestParsePeopleAudience(t *testing.T) {
	for _, tc := range []struct {
		in       string
		people   []string // names as typed
		avoid    []string // names not wanted
		audience string
		family   bool
		teen     bool
		sameDir  bool
	}{
		{in: "un film où joue Belmondo", people: []string{"Belmondo"}},
		{in: "je cherche un film dans lequel jouent Montand et Signoret", people: []string{"Montand", "Signoret"}},
		{in: "un film du réalisateur Jean-Pierre Melville", people: []string{"Jean-Pierre Melville"}},
		{in: "un film de la cinéaste Agnès Varda", people: []string{"Agnès Varda"}},
		{in: "any of Hitchcock's films?", people: []string{"Hitchcock"}},
		{in: "what has Meryl Streep been in?", people: []string{"Meryl Streep"}},
		{in: "je suis fan de Romy Schneider", people: []string{"Romy Schneider"}},
		{in: "un autre film du réalisateur d'Amélie", sameDir: true},
		{in: "d'autres films de ce réalisateur", sameDir: true},
		{in: "une comédie mais pas avec Christian Clavier", avoid: []string{"Christian Clavier"}},
		{in: "un film pour ma grand-mère", audience: "elders"},
		{in: "un polar pas trop violent", audience: "gentle"},
		{in: "nothing too violent please", audience: "gentle"},
		{in: "un film pour un premier rendez-vous", audience: "date"},
		{in: "a movie for date night", audience: "date"},
		{in: "un film à regarder entre potes", audience: "friends"},
		{in: "un film tout public", family: true},
		{in: "pour ma fille de 10 ans", family: true},
		{in: "pour ma fille de 15 ans", teen: true},
		{in: "my daughter is 9, what should we watch?", family: true},
		{in: "for my 16-year-old son", teen: true},
		{in: "a cartoon for my son", family: true},
		{in: "it's for the kids", family: true},
		{in: "something appropriate for children", family: true},
		{in: "nothing inappropriate, the kids are watching", family: true},
		{in: "a film to watch with my teenage son", teen: true},
		{in: "no violence or swearing please", audience: "gentle"},
		{in: "a movie for a children's party", family: true},
		{in: "a good movie for the family", family: true},
		{in: "un film écrit par Michel Audiard", people: []string{"Michel Audiard"}},
		{in: "a film written by Aaron Sorkin", people: []string{"Aaron Sorkin"}},
		{in: "un film avec soit Gabin soit Fernandel", people: []string{"Gabin", "Fernandel"}},
		{in: "Louis de Funès et Bourvil ensemble", people: []string{"Louis de Funès", "Bourvil"}},
	} {
		m := parse(tc.in, parseOptions{})
		if !slices.Equal(m.People, tc.people) || !slices.Equal(m.AvoidPeople, tc.avoid) || m.Audience != tc.audience ||
			m.Family != tc.family || m.Teen != tc.teen || m.SameDirector != tc.sameDir {
			t.Errorf("%q: people %q, avoid %q, audience %q, family %v, teen %v, same director %v; want %q, %q, %q, %v, %v, %v",
				tc.in, m.People, m.AvoidPeople, m.Audience, m.Family, m.Teen, m.SameDirector,
				tc.people, tc.avoid, tc.audience, tc.family, tc.teen, tc.sameDir)
		}
	}
}
