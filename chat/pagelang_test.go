package chat_test

import (
	"context"
	"testing"
)

// TestPageLanguage: a message that does not say the customer's language (a
// bare name) is answered in the language of the page it is typed on; one
// that does ("seven samurai", "quelque chose de drôle") is answered in its
// own, whatever the page.
func TestPageLanguage(t *testing.T) {
	e := devEngine(t)
	for i, tc := range []struct{ page, text, want string }{
		{"en", "isabelle huppert", "en"},
		{"fr", "isabelle huppert", "fr"},
		{"", "isabelle huppert", "fr"}, // the engine's default
		{"fr", "seven samurai", "en"},
		{"en", "les sept samourais", "fr"},
		{"fr", "something heartwarming about friendship", "en"},
		{"en", "un polar a marseille avec jean gabin", "fr"},
	} {
		r, err := e.HandleIn(context.Background(), "page-lang-"+string(rune('a'+i)), tc.page, tc.text)
		if err != nil {
			t.Fatal(err)
		}
		if r.Lang != tc.want {
			t.Errorf("page %q, %q: answered in %q (%s), want %q", tc.page, tc.text, r.Lang, r.Text, tc.want)
		}
	}
}
