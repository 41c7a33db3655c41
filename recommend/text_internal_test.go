package recommend

import (
	"slices"
	"testing"
)

// TestFoldedWordsASCII checks that the ASCII fast path of foldedWords cuts
// and lower-cases words as the general path does, and that accents are
// still dropped.
func TestFoldedWordsASCII(t *testing.T) {
	collect := func(f func(string, func(string)), s string) []string {
		var out []string
		f(s, func(w string) { out = append(out, w) })
		return out
	}
	for _, s := range []string{"Les Bronzes 3: Amis pour la vie", "OSS 117 : Le Caire, nid d'espions", "Star Wars: Episode IV - A New Hope", "  ", "", "L'Odyssee de Pi!", "2001"} {
		if got, want := collect(foldedWords, s), collect(foldedWordsUnicode, s); !slices.Equal(got, want) {
			t.Errorf("foldedWords(%q) = %q, want %q", s, got, want)
		}
	}
	if got := collect(foldedWords, "Été 85"); !slices.Equal(got, []string{"ete", "85"}) {
		t.Errorf("foldedWords(\"Été 85\") = %q, want [ete 85]", got)
	}
}
