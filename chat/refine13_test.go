package chat

import (
	"slices"
	"testing"
)

func TestCardCredit(t *testing.T) {
	cases := []struct{ msg, want string }{
		{"le 1 c'est avec romain duris ?", "credit:cast:romain duris"},
		{"le 2 c'est avec de niro ?", "credit:cast:de niro"},
		{"le 3, il est de lautner ?", "credit:director:lautner"},
		{"il y a gabin dedans, le 2 ?", "credit:cast:gabin"},
		{"is the first one with al pacino?", "credit:cast:al pacino"},
		{"is 4 by spielberg?", "credit:director:spielberg"},
		{"is meryl streep in the second one?", "credit:cast:meryl streep"},
		{"le 2 c'est avec qui ?", ""},
		{"le 2 c'est de la science-fiction ?", ""},
		{"le 4 c'est avec des zombies ?", ""},
	}
	for _, c := range cases {
		if got, _ := cardCredit(fold(c.msg).s); got != c.want {
			t.Errorf("%q: %q, want %q", c.msg, got, c.want)
		}
	}
}

func TestComparedRanks(t *testing.T) {
	cases := []struct {
		rest string
		n    int
		want []int
	}{
		{"le 2 ou le 4, ", 5, []int{1, 3}},
		{"entre le 1 et le 3 ", 5, []int{0, 2}},
		{", 2 or 5", 5, []int{1, 4}},
		{"le 2 ou le 7", 5, nil},
		{"le 2", 5, nil},
	}
	for _, c := range cases {
		got, rest := comparedRanks(fold(c.rest).s, c.n)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: %v, want %v", c.rest, got, c.want)
		}
		if got != nil && !talkRestRe.MatchString(rest) {
			t.Errorf("%q: rest %q is no talk", c.rest, rest)
		}
	}
}

func TestRefine13Parse(t *testing.T) {
	cases := []struct {
		msg                   string
		gentle, less, shorter bool
		titles                int
	}{
		{"moins violent svp", true, false, false, 0},
		{"moin violant", true, false, false, 0},
		{"less violent maybe", true, false, false, 0},
		{"something not as violent pls", true, false, false, 0},
		{"plu cour", false, false, true, 0},
		{"des films moins connus svp", false, true, false, 0},
		{"pas les gros succès, des films qu'on connait pas", false, true, false, 0},
		{"lesser-known ones please", false, true, false, 0},
		{"not the big hits", false, true, false, 0},
		{"pas le 4 trop glauque pour ma femme", false, false, false, 0},
		{"pas le 2, trop triste pour moi", false, false, false, 0},
		{"ok forget all that, now something for my grandma who's 80, light and sweet", false, false, false, 0},
		{"une comédie, quelque chose de léger et doux", true, false, false, 0},
	}
	for _, c := range cases {
		m := parse(c.msg, parseOptions{})
		if (m.Audience == "gentle") != c.gentle || m.LessKnown != c.less || m.Shorter != c.shorter || len(m.Titles) != c.titles {
			t.Errorf("%q: audience %q lessKnown %v shorter %v titles %q", c.msg, m.Audience, m.LessKnown, m.Shorter, m.Titles)
		}
	}
}

func TestShownEras(t *testing.T) {
	cases := []struct {
		msg          string
		newer, older bool
		min, max     int
	}{
		{"newer than those, they're all from the 70s and 80s", true, false, 0, 0},
		{"plus récents que ceux-là, ils sont tous des années 60", true, false, 0, 0},
		{"plus récent si possible, mon fils trouve les vieux films nuls", true, false, 0, 0},
		{"older than the ones you showed", false, true, 0, 0},
		{"just the colour ones", false, false, 1960, 0},
		{"plus vieux que 1990", false, false, 0, 1989},
	}
	for _, c := range cases {
		m := parse(c.msg, parseOptions{})
		if m.Newer != c.newer || m.Older != c.older || m.MinYear != c.min || m.MaxYear != c.max || len(m.Titles) > 0 {
			t.Errorf("%q: newer %v older %v years %d-%d titles %q", c.msg, m.Newer, m.Older, m.MinYear, m.MaxYear, m.Titles)
		}
	}
}

func TestSuperlativeScary(t *testing.T) {
	for _, s := range []string{"le 2 ou le 5, lequel fait le plus peur ?", "which one is scarier, 1 or 3?", "lequel est le plus flippant", "2 or 5, which one is longer?", "lequel est le plus long ?"} {
		if !superlativeRe.MatchString(fold(s).s) {
			t.Errorf("%q: no superlative", s)
		}
	}
}
