package search

import (
	"slices"
	"strings"
	"testing"
)

// TestReadPeriod checks the spellings of a period a customer types (French
// first: Roman numerals, ordinals in words, decades in words) against the
// TMDB keyword they name, and that words naming no period are left to the
// rest of the theme search.
func TestReadPeriod(t *testing.T) {
	tests := []struct {
		q     string
		lead  string // first keyword; "" when no period is read
		fr    string // French label, when checked
		broad bool
	}{
		{"un film qui se passe dans les années 30", "1930s", "années 30", false},
		{"les annees quatre-vingt-dix", "1990s", "années 90", false},
		{"une histoire dans les années quarante", "1940s", "", false},
		{"dans les années 2000", "2000s", "années 2000", false},
		{"un futur situé dans les années 2040", "2040s", "", false},
		{"dans les années 1890", "1890s", "années 1890", false},
		{"the eighteen-nineties", "1890s", "", false},
		{"a seventies setting", "1970s", "", false},
		{"'80s", "1980s", "", false},
		{"au XVIIe siècle", "17th century", "XVIIe siècle", false},
		{"au 19eme siecle", "19th century", "XIXe siècle", false},
		{"au dix-huitième siècle", "18th century", "XVIIIe siècle", false},
		{"au Ier siècle", "1st century", "Ier siècle", false},
		{"in the twelfth century", "12th century", "", false},
		{"au Ve siècle avant J.-C.", "5th century bc", "Ve siècle av. J.-C.", false},
		{"set in the 1600s", "17th century", "", false},
		{"une histoire qui se passe vers 1890", "1890s", "", false},
		{"les années folles", "1920s", "années folles", false},
		{"swinging sixties", "1960s", "", false},
		{"l'entre-deux-guerres", "post world war i", "entre-deux-guerres", false},
		{"l'antiquité", "ancient world", "Antiquité", true},
		{"un film d'époque", "period drama", "film d'époque", true},
		{"a costume drama", "period drama", "", true},
		{"un film de braquage", "", "", false},
		{"le 19e arrondissement", "", "", false},
		{"vix siecle", "", "", false},
		{"la bande à 2", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			p, _, ok := readPeriod(strings.Join(splitWords(fold(tt.q)), " "))
			switch {
			case tt.lead == "" && ok:
				t.Fatalf("read as the period %v, want none", p.keywords)
			case tt.lead == "":
				return
			case !ok:
				t.Fatalf("no period read, want %q", tt.lead)
			}
			if p.keywords[0] != tt.lead {
				t.Errorf("keywords %q, want %q first", p.keywords, tt.lead)
			}
			if tt.fr != "" && p.fr != tt.fr {
				t.Errorf("French label %q, want %q", p.fr, tt.fr)
			}
			if p.broad != tt.broad {
				t.Errorf("broad %v, want %v", p.broad, tt.broad)
			}
		})
	}
	if !slices.Equal([]int{roman("xvii"), roman("iv"), roman("vix"), roman("iiii")}, []int{17, 4, 0, 0}) {
		t.Errorf("roman numerals misread")
	}
}
