package chat

import (
	"slices"
	"strings"
	"testing"

	"github.com/bobine/bobine/data"
)

// TestParseTypedTitles checks the titles a message names as French
// customers type them: without a subject before the liked verb, a filler
// word completing a title, a question about a film, a list one film a line.
func TestParseTypedTitles(t *testing.T) {
	tests := []struct {
		in     string
		titles []string
		also   bool
	}{
		{"grave kiffé intouchables", []string{"intouchables"}, false},
		{"trop aimé la haine", []string{"la haine"}, false},
		{"nid de coucou", []string{"nid de coucou"}, false},
		{"le dîner de cons svp", []string{"le dîner de cons"}, false},
		{"vous connaissez le dîner de cons ?", []string{"le dîner de cons ?"}, false},
		{"que pensez-vous des visiteurs ?", []string{"visiteurs ?"}, false},
		{"ajoute la grande vadrouille", []string{"la grande vadrouille"}, true},
		{"mes films : - la cité de la peur - les bronzés", []string{"la cité de la peur - les bronzés"}, false},
		{"j'ai adoré 1917", []string{"1917"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			m := parse(tt.in, parseOptions{})
			if !slices.Equal(m.Titles, tt.titles) || m.Also != tt.also {
				t.Errorf("parse(%q): titles %q also %v, want %q also %v", tt.in, m.Titles, m.Also, tt.titles, tt.also)
			}
		})
	}
}

// TestSeparators checks where a mention may name several films: commas,
// spaced dashes and line breaks, never the hyphen inside a word.
func TestSeparators(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"la haine\nintouchables\nle diner de cons", 2},
		{"- la cité de la peur - les bronzés - camping", 3},
		{"vol au-dessus d'un nid de coucou", 0},
		{"la haine, intouchables", 1},
		{"delicatessen : un boucher… quel humour", 2},
		{"star wars: un nouvel espoir", 1},
		{"la cinquième élément (celui de 1997)", 2},
	}
	for _, tt := range tests {
		if got := len(separatorRe.FindAllStringIndex(fold(tt.in).s, -1)); got != tt.want {
			t.Errorf("%q: %d separators, want %d", tt.in, got, tt.want)
		}
	}
}

func TestTitleHasWords(t *testing.T) {
	coucou := &data.Film{Title: "One Flew Over the Cuckoo's Nest", FrenchTitle: "Vol au-dessus d'un nid de coucou"}
	tests := []struct {
		text string
		want bool
	}{
		{"nid de coucou", true},
		{"nid de coucu", true}, // a typo in a word of five letters or more
		{"coucou nid", false},  // the order matters
		{"nid", false},         // one word is too little to call a part of a title
		{"nid d'espions", false},
	}
	for _, tt := range tests {
		if got := titleHasWords(coucou, tt.text); got != tt.want {
			t.Errorf("titleHasWords(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestFrenchHomonym(t *testing.T) {
	taxi := &data.Film{ID: "tt0152930", Year: 1998, Votes: 93000, Countries: []string{"FR"}, OriginalLanguage: "fr"}
	remake := &data.Film{ID: "tt0316732", Year: 2004, Votes: 43000, Countries: []string{"US", "FR"}, OriginalLanguage: "en"}
	mis2012 := &data.Film{ID: "tt1707386", Year: 2012, Votes: 355000, Countries: []string{"GB", "US"}, OriginalLanguage: "en"}
	mis2019 := &data.Film{ID: "tt10199590", Year: 2019, Votes: 29000, Countries: []string{"FR"}, OriginalLanguage: "fr"}
	if got := frenchHomonym([]*data.Film{taxi, remake}); got != taxi {
		t.Errorf("Taxi: got %v, want the 1998 French film", got)
	}
	veber := &data.Film{ID: "tt0119038", Year: 1998, Votes: 46000, OriginalTitle: "Le Dîner de cons", Countries: []string{"FR"}, OriginalLanguage: "fr"}
	schmucks := &data.Film{ID: "tt0427152", Year: 2010, Votes: 109000, OriginalTitle: "Dinner for Schmucks", FrenchTitle: "Le Dîner de cons", Countries: []string{"US"}, OriginalLanguage: "en"}
	if got := frenchHomonym([]*data.Film{veber, schmucks}); got != veber {
		t.Errorf("Le Dîner de cons: got %v, want Veber's film rather than the remake released under its title", got)
	}
	mis2012.OriginalTitle, mis2019.OriginalTitle = "Les Misérables", "Les Misérables"
	if got := frenchHomonym([]*data.Film{mis2012, mis2019}); got != nil {
		t.Errorf("Les Misérables: got %v, want a question (the French film is not the best known)", got.ID)
	}
}

// TestComplementTail checks when a filler word ending a span completes a
// title instead: after « de » following a word that is not a generic noun.
func TestComplementTail(t *testing.T) {
	tests := []struct {
		text, suffix string
		want         bool
	}{
		{"nid de coucou", " coucou", true},
		{"la cite de merci", " merci", true},
		{"un film de maintenant", " maintenant", false},
		{"de maintenant", " maintenant", false},
		{"le diner de cons svp", " svp", false},
		{"nid de coucou ca vous dit", " ca vous dit", false},
	}
	for _, tt := range tests {
		if got := complementTail(tt.text, tt.suffix); got != tt.want {
			t.Errorf("complementTail(%q, %q) = %v, want %v", tt.text, tt.suffix, got, tt.want)
		}
	}
}

// TestOrdinalsSpelt checks that ordinals typed in digits are spelt out as
// titles spell them.
func TestOrdinalsSpelt(t *testing.T) {
	for in, want := range map[string]string{"le 5eme element": "le cinquieme element", "le 6e sens": "le sixieme sens", "2nde chance": "seconde chance"} {
		got := abbrevRe.ReplaceAllStringFunc(in, func(w string) string { return abbrevs[strings.TrimRight(w, ".")] })
		if got != want {
			t.Errorf("%q spelt %q, want %q", in, got, want)
		}
	}
}
