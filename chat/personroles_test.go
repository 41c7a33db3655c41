package chat

import "testing"

// TestFrOf: a French label names a director with « de », elided before a
// vowel, as a customer reads it.
func TestFrOf(t *testing.T) {
	for name, want := range map[string]string{
		"Agnès Varda": "d'", "Éric Rohmer": "d'", "Orson Welles": "d'", "Yves Robert": "d'",
		"Claude Sautet": "de ", "Alfred Hitchcock": "d'", "Hitchcock": "de ", "": "de ",
	} {
		if got := frOf(name); got != want {
			t.Errorf("frOf(%q) = %q, want %q", name, got, want)
		}
	}
}
