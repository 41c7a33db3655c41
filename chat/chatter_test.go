package chat

import (
	"slices"
	"testing"
)

// TestChatterClauses: who liked the film, where and when it was seen and
// the customer's words about themself never reach the title mentions, so
// that a short title made of them (Ma, Elle, LOL, Un Français) cannot win
// over the film named.
func TestChatterClauses(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Ma mère a beaucoup aimé Les Choristes", []string{"Les Choristes"}},
		{"ma fille a adoré les triplettes de belleville", []string{"les triplettes de belleville"}},
		{"Mon mari m'a fait découvrir les tontons flingueurs", []string{"les tontons flingueurs"}},
		{"lol j'ai revu les visiteurs", []string{"les visiteurs"}},
		{"Je suis un Français expatrié et j'adore Le Corniaud", []string{"Le Corniaud"}},
		{"the kids loved chicken run", []string{"chicken run"}},
		{"my grandson adores paddington", []string{"paddington"}},
		{"On a vu Le Sens de la fête chez vous l'an dernier", []string{"Le Sens de la fête"}},
		// Who liked it, said after the film and before a full stop.
		{"Les Choristes, ma mère adore. Un autre dans ce genre", []string{"Les Choristes"}},
		{"chicken run, the kids loved. something similar", []string{"chicken run"}},
		// A title of those words, typed as the film liked, stays.
		{"j'ai aimé Ma mère", []string{"Ma mère"}},
		{"j'ai adoré lol", []string{"lol"}},
		// Both films liked is chatter; the film of those words stays.
		{"la grande vadrouille et le corniaud, on a adoré les deux", []string{"la grande vadrouille et le corniaud"}},
		{"Heat and Ronin, we loved them both", []string{"Heat and Ronin"}},
		{"on a adoré les deux tours", []string{"les deux tours"}},
	} {
		m := parse(c.in, parseOptions{})
		if !slices.Equal(m.Titles, c.want) {
			t.Errorf("parse(%q).Titles = %q, want %q", c.in, m.Titles, c.want)
		}
	}
}

// TestDeicticTitle: « X, j'adore ce film, d'autres comme celui-ci ? » in a
// first message likes X; once a list is shown, "that one" is a card.
func TestDeicticTitle(t *testing.T) {
	m := parse("Le Grand Bleu, j'adore ce film. D'autres comme celui-ci ?", parseOptions{})
	if m.Act != actLikeShown {
		t.Fatalf("act = %v, want like-shown before the dialogue decides", m.Act)
	}
	listed := m
	deicticTitle(&listed, true)
	if listed.Act != actLikeShown {
		t.Errorf("with a list shown: act = %v, want like-shown", listed.Act)
	}
	deicticTitle(&m, false)
	if m.Act != actNone || len(m.Titles) == 0 {
		t.Errorf("without a list: act = %v, titles %q; want none and the title", m.Act, m.Titles)
	}
}
