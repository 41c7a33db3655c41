package chat

import "testing"

// TestShorthand checks that texting shorthands are spelled out before the
// rules read a message, and that numbers, elisions, hyphenated words and
// words of their own are left as typed.
func TestShorthand(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"jvoudrai 1 film dhorreur pa tro long", "je voudrais un film d'horreur pas trop long"},
		{"any gd horror 4 2nite?? thx", "any good horror for tonight?? thanks"},
		{"smth funny plz, not 2 long", "something funny please, not too long"},
		{"le 4 et le 1", "le 4 et le 1"},
		{"le 4 me plait, thx 1138 aussi", "le 4 me plait, thx 1138 aussi"},
		{"4 the kids, thx", "for the kids, thanks"},
		{"n'importe quoi, u-571", "n'importe quoi, u-571"},
		{"ta soeur et un tas de films", "ta soeur et un tas de films"},
		{"jai bi1 aimé, ossi les visiteurs", "j'ai bien aime, aussi les visiteurs"},
		{"g kiffer la haine jveu pareil", "j'ai kiffe la haine je veux pareil"},
		{"j'ai adorer amelie", "j'ai adore amelie"},
		{"un film a regarder, g 2 enfants", "un film a regarder, g 2 enfants"},
	} {
		if got := correctLexicon(fold(c.in)).s; got != c.want {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
}
