package search

import (
	"reflect"
	"strings"
	"testing"
)

// analyze runs a registered analyzer of the index mapping, as Bleve does at
// index time.
func analyze(t *testing.T, analyzer, text string) []string {
	t.Helper()
	im, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	a := im.AnalyzerNamed(analyzer)
	if a == nil {
		t.Fatalf("no analyzer %s", analyzer)
	}
	var out []string
	for _, tok := range a.Analyze([]byte(text)) {
		out = append(out, string(tok.Term))
	}
	return out
}

func TestAnalyzers(t *testing.T) {
	tests := []struct {
		analyzer, in string
		want         []string
	}{
		{aTitle, "Les Évadés", []string{"les", "evades"}},
		{aTitle, "Le Fabuleux Destin d'Amélie Poulain", []string{"le", "fabuleux", "destin", "amelie", "poulain"}},
		{aTitle, "le fabuleux destin d amelie poulain", []string{"le", "fabuleux", "destin", "amelie", "poulain"}},
		{aTitle, "L’Armée des ombres", []string{"armee", "des", "ombres"}},
		{aTitle, "Qu'est-ce qu'on a fait au Bon Dieu ?", []string{"est", "ce", "on", "a", "fait", "au", "bon", "dieu"}},
		{aTitle, "Spider-Man: No Way Home", []string{"spider", "man", "no", "way", "home"}},
		{aTitle, "Star Wars: Episode IV - A New Hope", []string{"star", "wars", "episode", "4", "a", "new", "hope"}},
		{aTitle, "Rocky II", []string{"rocky", "2"}},
		{aTitle, "Ocean's Eleven", []string{"ocean", "11"}},
		{aTitle, "Les Quatre Cents Coups", []string{"les", "400", "coups"}},
		{aTitle, "les 400 coups", []string{"les", "400", "coups"}},
		{aTitle, "Schindler's List", []string{"schindler", "list"}},
		{aTitle, "E.T. the Extra-Terrestrial", []string{"et", "the", "extra", "terrestrial"}},
		{aTitle, "WALL·E", []string{"wall", "e"}},
		{aTitle, "Cœur de dragon", []string{"coeur", "de", "dragon"}},
		{aTitle, "Les Bronzés font du ski", []string{"les", "bronzes", "font", "du", "ski"}},
		{aTitle, "Æon Flux", []string{"aeon", "flux"}},
		{aTitle, "Der Himmel über Berlin", []string{"der", "himmel", "uber", "berlin"}},
		{aTitle, "Die Straße", []string{"die", "strasse"}},
		{aTitle, "Mix", []string{"mix"}}, // 1009 in roman numerals, kept as a word
		{aTitle, "Se7en", []string{"se7en"}},
		{aTitle, "Don't Look Up", []string{"dont", "look", "up"}},
		{aName, "Louis de Funès", []string{"louis", "de", "funes"}},
		{aName, "Jean-Paul Belmondo", []string{"jean", "paul", "belmondo"}},
		{aName, "Louis XIV", []string{"louis", "xiv"}}, // names keep numerals
		{aTitleKey, "Les Évadés", []string{"evades", "lesevades"}},
		{aTitleKey, "Spider-Man", []string{"spiderman"}},
		{aTitleKey, "X-Men", []string{"10men", "xmen"}},
		{aTitleKey, "The Lord of the Rings", []string{"lordoftherings", "thelordoftherings"}},
		{aNameKey, "Gérard Depardieu", []string{"gerarddepardieu"}},
		{aTitlePrefix, "Dune", []string{"d", "du", "dun", "dune"}},
		{aFR, "Deux évadés s'échappent de la prison", []string{"deux", "evad", "echappent", "prison"}},
		{aFR, "les evades s'echappent", []string{"evad", "echappent"}}, // accents or not, same stems,
		{aEN, "The prisoners' escape from prison", []string{"prison", "escap", "prison"}},
	}
	for _, tt := range tests {
		t.Run(tt.analyzer+"/"+tt.in, func(t *testing.T) {
			if got := analyze(t, tt.analyzer, tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("%s(%q) = %q, want %q", tt.analyzer, tt.in, got, tt.want)
			}
		})
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		max  int
		want int
	}{
		{"interstelar", "interstellar", 2, 1},
		{"rigns", "rings", 1, 1}, // a swap is one edit
		{"inceptoin", "inception", 2, 1},
		{"dark", "dune", 1, 2},            // over max: max+1
		{"godfather2", "godfather", 2, 3}, // digits never typos
		{"rocky2", "rocky3", 2, 3},
		{"", "abc", 3, 3},
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b, tt.max); got != tt.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.max, got, tt.want)
		}
	}
}

func TestTypoBudget(t *testing.T) {
	for w, want := range map[string]int{"up": 0, "her": 0, "dune": 1, "amélie": 1, "godfath": 1, "gladiator": 2, "interstelar": 2} {
		if got := typoBudget(w); got != want {
			t.Errorf("typoBudget(%q) = %d, want %d", w, got, want)
		}
	}
}

func TestMatchTitleOrder(t *testing.T) {
	q := titleWords("seigneur des anneaux")
	keys := makeKeys(q, nameWords("seigneur des anneaux"))
	rate := func(title string) float64 { return matchTitle(q, keys, newTitleInfo(title, true)) }
	exact := rate("Le Seigneur des anneaux")
	phrase := rate("Le Seigneur des anneaux : Le Retour du roi")
	scattered := rate("Les anneaux du seigneur des ténèbres")
	partial := rate("Le Seigneur de la guerre")
	if !(exact == 1 && exact > phrase && phrase > scattered && scattered > partial) {
		t.Errorf("want exact (1) > phrase > scattered > partial, got %.3f %.3f %.3f %.3f", exact, phrase, scattered, partial)
	}
	if s := strings.TrimSpace(fold("  ÉCOLE  ")); s != "ecole" {
		t.Errorf("fold = %q", s)
	}
}
