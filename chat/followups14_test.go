package chat

import (
	"slices"
	"testing"
)

// A card said seen with a comment around it is set aside, and the comment
// is never a title or a theme; a comment that asks for something is read.
func TestSeenCardComment(t *testing.T) {
	tests := []struct {
		text  string
		ranks []int
		newer bool
	}{
		{"le 2 on l'a vu en cours lol", []int{2}, false},
		{"celui en 4 on l'a déjà fait à la salle des fêtes", []int{4}, false},
		{"le cinquième ma femme l'a déjà vu à la télé", []int{5}, false},
		{"le 1er et le 3e les petits les ont déjà vus plein de fois", []int{1, 3}, false},
		{"le deuxieme jlai deja vu", []int{2}, false},
		{"LE 4 ON L'A DEJA VU, UN AUTRE A LA PLACE", []int{4}, false},
		{"we watched number 2 at school lol", []int{2}, false},
		{"the 5th, my husband saw it last week", []int{5}, false},
		{"already watched the second one at the cinema, swap it out", []int{2}, false},
		{"have seen the 1st and 2nd a hundred times, others please", []int{1, 2}, false},
		{"le 3 on l'a vu plus récent svp", []int{3}, true},
	}
	for _, tt := range tests {
		m, ok := cardTalk(tt.text, 5)
		if !ok {
			t.Errorf("%q: not read as talk about a card", tt.text)
			continue
		}
		got := append(slices.Clone(m.Seen), m.Refs...)
		if m.Act != actNone && m.Act != actReject || !slices.Equal(got, tt.ranks) {
			t.Errorf("%q: act %v refs %v seen %v, want cards %v set aside", tt.text, m.Act, m.Refs, m.Seen, tt.ranks)
		}
		if len(m.Titles) > 0 || len(m.Themes) > 0 || len(m.CueThemes) > 0 || m.Newer != tt.newer {
			t.Errorf("%q: titles %q themes %q %q newer %v, want no title, no theme, newer %v", tt.text, m.Titles, m.Themes, m.CueThemes, m.Newer, tt.newer)
		}
	}
	// Seen and loved: liked, not set aside.
	for _, text := range []string{"we watched the 3rd and loved it", "le 2 je l'ai vu, adoré"} {
		if m, ok := cardTalk(text, 5); ok && len(m.Seen) > 0 {
			t.Errorf("%q: set aside %v, want liked", text, m.Seen)
		}
	}
}

// A card someone loved, or that looks good, is the card to start from.
func TestLikedCard(t *testing.T) {
	tests := []struct {
		text string
		rank int
	}{
		{"the little one loved the first one, more like it", 1},
		{"my son loved the 2nd one, more like it", 2},
		{"les enfants ont adoré le premier, encore comme ça", 1},
		{"mamie a adoré le 3, d'autres du même style", 3},
		{"the 4th looks sick, more like that one", 4},
		{"the 3rd looks awesome, more like that one", 3},
		{"un autre du même style que le premier, il nous a bien plu", 1},
		{"another in the same vein as the 2nd", 2},
	}
	for _, tt := range tests {
		m := parse(tt.text, parseOptions{})
		if m.Act != actLikeShown || !slices.Equal(m.Refs, []int{tt.rank}) || len(m.Titles) > 0 {
			t.Errorf("%q: act %v refs %v titles %q, want more like %d and no title", tt.text, m.Act, m.Refs, m.Titles, tt.rank)
		}
	}
}

// What a message says before a reset goes with the rest of the dialogue.
func TestResetDrops(t *testing.T) {
	for _, text := range []string{
		"wait, scratch that, grandma is staying with us. let's start again",
		"attendez, oubliez tout, ma mère vient finalement. on recommence",
		"hang on, my in-laws are coming. let's start over",
		"actually scrap everything, let's begin again",
	} {
		m := parse(text, parseOptions{})
		if !m.Reset || m.hasRequest() {
			t.Errorf("%q: reset %v titles %q themes %q, want a reset alone", text, m.Reset, m.Titles, m.Themes)
		}
	}
	if m := parse("on recommence : j'ai aimé Amélie", parseOptions{}); !m.Reset || len(m.Titles) != 1 {
		t.Errorf("a film after the reset: reset %v titles %q, want it liked", m.Reset, m.Titles)
	}
}

// A wish framed as « ce serait encore mieux », "ideally" adds what it
// frames; a film compared to is the film liked; « d'abord » is filler.
func TestWishCompare(t *testing.T) {
	tests := []struct {
		text    string
		title   string
		minYear int
		family  bool
	}{
		{"encore mieux si c'est des années 80", "", 1980, false},
		{"et avec des enfants ce serait encore mieux", "", 0, true},
		{"ideally from the 90s", "", 1990, false},
		{"it would be even better from the 80s", "", 1980, false},
		{"ceux des années 60 d'abord", "", 1960, false},
		{"moins violent que Heat", "Heat", 0, false},
		{"not as violent as The Departed", "The Departed", 0, false},
		{"plus récents que ceux-là", "", 0, false},
		{"l'as des as", "l'as des as", 0, false},
	}
	for _, tt := range tests {
		m := parse(tt.text, parseOptions{})
		var title string
		if len(m.Titles) == 1 {
			title = m.Titles[0]
		}
		if title != tt.title || len(m.Titles) > 1 || m.MinYear != tt.minYear || m.Family != tt.family || m.More {
			t.Errorf("%q: titles %q min year %d family %v more %v, want %q %d %v", tt.text, m.Titles, m.MinYear, m.Family, m.More, tt.title, tt.minYear, tt.family)
		}
	}
}
