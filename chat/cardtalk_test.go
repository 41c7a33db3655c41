package chat

import (
	"slices"
	"strings"
	"testing"
)

// A card named with commentary around its rank is the card the customer
// means: why it is there, or set aside while asking for something else.
func TestCardTalk(t *testing.T) {
	tests := []struct {
		text       string
		act        act
		refs, seen []int
		more       bool
	}{
		{text: "pourquoi celui-ci, le 3 ?", act: actWhy, refs: []int{3}},
		{text: "le 4 a l'air sympa, pourquoi tu le proposes ?", act: actWhy, refs: []int{4}},
		{text: "et le dernier, pourquoi lui ?", act: actWhy, refs: []int{-1}},
		{text: "le 5 me tente, il parle de quoi ?", act: actWhy, refs: []int{5}},
		{text: "how come the second one?", act: actWhy, refs: []int{2}},
		{text: "the third one looks fun, why did you pick it?", act: actWhy, refs: []int{3}},
		{text: "celui-là on l'a déjà vu, le 2", act: actReject, refs: []int{2}},
		{text: "that one we've seen, the 2nd", act: actReject, refs: []int{2}},
		{text: "le 2 on l'a déjà, un autre comme le 5", act: actLikeShown, refs: []int{5}, seen: []int{2}},
		{text: "le 1 je l'ai en dvd. un autre comme le 3 svp", act: actLikeShown, refs: []int{3}, seen: []int{1}},
		{text: "seen the 4th already, another like the 1st", act: actLikeShown, refs: []int{1}, seen: []int{4}},
		{text: "le 3 on l'a vu. un autre", seen: []int{3}, more: true},
		{text: "le 4 je connais deja, encore", seen: []int{4}, more: true},
	}
	for _, tt := range tests {
		m, ok := cardTalk(tt.text, 5)
		if !ok {
			t.Errorf("%q: not read as talk about a card", tt.text)
			continue
		}
		if m.Act != tt.act || !slices.Equal(m.Refs, tt.refs) || !slices.Equal(m.Seen, tt.seen) || m.More != tt.more {
			t.Errorf("%q: act %v refs %v seen %v more %v, want %v %v %v %v", tt.text, m.Act, m.Refs, m.Seen, m.More, tt.act, tt.refs, tt.seen, tt.more)
		}
	}
	// Not about one card: left to the other rules.
	for _, text := range []string{
		"pourquoi pas un western",
		"pourquoi pas le 2 et le 3",
		"sans la partie 2 ni la 3, je les ai vues",
		"toy story 2 on l'a vu",
		"le 7 on l'a vu", // no 7th card on screen
		"un polar des années 70",
	} {
		if m, ok := cardTalk(text, 5); ok {
			t.Errorf("%q: read as %v %v seen %v", text, m.Act, m.Refs, m.Seen)
		}
	}
}

// A question about a card that is not « pourquoi » (who made it, who is in
// it, how long it runs, for what age) is about that card, and says which
// aspect; a card liked in passing is liked, not set aside.
func TestCardAbout(t *testing.T) {
	tests := []struct {
		text  string
		n     int
		refs  []int
		about string
	}{
		{"le 3, c'est de qui ?", 5, []int{3}, aboutDirector},
		{"et le premier, c'est qui le réalisateur ?", 5, []int{1}, aboutDirector},
		{"who directed the fourth one?", 5, []int{4}, aboutDirector},
		{"c'est avec qui le deuxième ?", 5, []int{2}, aboutCast},
		{"who's in number 5?", 5, []int{5}, aboutCast},
		{"le dernier il dure combien ?", 5, []int{-1}, aboutRuntime},
		{"how long is the 2nd?", 5, []int{2}, aboutRuntime},
		{"le 4e c'est pour quel age ?", 5, []int{4}, aboutAge},
		{"pour quelle raison le 2 ?", 5, []int{2}, ""},
		{"le deux, il dure combien ?", 1, []int{2}, aboutRuntime}, // past the list: the reply says so
		{"le 7 il dure combien ?", 5, []int{7}, aboutRuntime},
	}
	for _, tt := range tests {
		m, ok := cardTalk(tt.text, tt.n)
		if !ok || m.Act != actWhy || !slices.Equal(m.Refs, tt.refs) || m.About != tt.about {
			t.Errorf("%q: ok %v act %v refs %v about %q, want why %v %q", tt.text, ok, m.Act, m.Refs, m.About, tt.refs, tt.about)
		}
	}
	for _, text := range []string{
		"toy story 2, c'est avec qui ?", // a title's digit
		"le 1 on l'a aimé aussi",        // liked, read by the act rules
	} {
		if m, ok := cardTalk(text, 5); ok {
			t.Errorf("%q: read as %v %v seen %v", text, m.Act, m.Refs, m.Seen)
		}
	}
	for text, want := range map[string][]int{
		"le 1 on l'a aimé aussi":                      {1},
		"le dernier je l'ai adoré, d'autres comme ça": {-1},
		"j'aime aussi le 3 de votre liste":            {3},
		"le 2 m'intéresse, d'autres comme lui":        {2},
		"I liked the first one as well":               {1},
		"we loved number 4 too":                       {4},
		"Le quatrième, on l'a adoré également !":      {4},
		"le 2e on l a aime aussi":                     {2},
	} {
		if m := parse(text, parseOptions{}); m.Act != actLikeShown || !slices.Equal(m.Refs, want) || len(m.Titles) > 0 || len(m.People) > 0 {
			t.Errorf("%q: act %v refs %v titles %q people %q, want like-shown %v", text, m.Act, m.Refs, m.Titles, m.People, want)
		}
	}
}

// Starting over is said many ways; dropping one film is not starting over.
func TestRestart(t *testing.T) {
	for _, text := range []string{"non finalement oubliez ça, on reprend à zéro", "laissez tomber", "scratch that, let's start from scratch", "forget all that"} {
		if m := parse(text, parseOptions{}); !m.Reset {
			t.Errorf("%q: not a reset", text)
		}
	}
	for _, text := range []string{"forget that one", "laissez tomber le 3"} {
		if m := parse(text, parseOptions{}); m.Reset {
			t.Errorf("%q: read as a reset", text)
		}
	}
}

// Kinds of film French speakers name in English do not make a French
// message English.
func TestLoanwordsLanguage(t *testing.T) {
	for text, want := range map[string]string{
		"road movie, francais si possible": "fr",
		"un feel good movie pour ce soir":  "fr",
		"a road movie with friends please": "en",
		"road movie":                       "",
	} {
		if got := leanLang(text); got != want {
			t.Errorf("%q: language %q, want %q", text, got, want)
		}
	}
}

// When the filters of a dialogue together leave no film, the one asked
// earlier is set aside and the reply says which; what the customer does
// not want stays.
func TestLoosen(t *testing.T) {
	e, rec := newTestEngine(Options{Count: 5})
	if r := say(t, e, "s", "des films sortis après 2015"); r.Kind != KindFilms {
		t.Fatalf("first turn: %s %q", r.Kind, r.Text)
	}
	r := say(t, e, "s", "pas de drame")
	if r.Kind != KindFilms || len(r.Films) == 0 {
		t.Fatalf("pas de drame: %s %q, want films", r.Kind, r.Text)
	}
	if !strings.Contains(r.Text, "laisse de côté") || !strings.Contains(r.Text, "2016") {
		t.Errorf("pas de drame: %q does not say the era was set aside", r.Text)
	}
	for _, c := range r.Films {
		if slices.Contains(c.Film.Genres, "Drama") {
			t.Errorf("pas de drame: %s is a drama", c.Film.Title)
		}
	}
	if c := rec.last().Constraints; c.MinYear != 0 || !slices.Contains(c.AvoidGenres, "Drama") {
		t.Errorf("constraints %+v: want no era, no drama", c)
	}
}
