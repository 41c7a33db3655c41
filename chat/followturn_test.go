package chat

import (
	"reflect"
	"testing"
)

// TestAlsoRanks checks that a short follow-up repeats the act before it on
// other cards, and only when it says it goes on from it.
func TestAlsoRanks(t *testing.T) {
	tests := []struct {
		in   string
		prev act
		ok   bool
		act  act
		refs []int
	}{
		{"le 4 aussi", actReject, true, actReject, []int{4}},
		{"et le 2 aussi", actReject, true, actReject, []int{2}},
		{"Le troisième également.", actReject, true, actReject, []int{3}},
		{"pareil pour le 1", actReject, true, actReject, []int{1}},
		{"and number 5", actReject, true, actReject, []int{5}},
		{"the 5th one too", actReject, true, actReject, []int{5}},
		{"le 2 et le 3 aussi", actReject, true, actReject, []int{2, 3}},
		{"et le 4 ?", actWhy, true, actWhy, []int{4}},
		{"and the fifth?", actWhy, true, actWhy, []int{5}},
		{"le 4", actReject, false, 0, nil},              // no word says it goes on
		{"le 4 aussi", actNone, false, 0, nil},          // nothing to repeat
		{"et le 4 aussi", actThanks, false, 0, nil},     // thanks is no act on a card
		{"et celui-là aussi", actReject, false, 0, nil}, // which one is not said
		{"le 4 aussi mais plus récent", actReject, false, 0, nil},
	}
	for _, tt := range tests {
		m, ok := alsoRanks(tt.in, tt.prev, 5)
		if ok != tt.ok || ok && (m.Act != tt.act || !reflect.DeepEqual(m.Refs, tt.refs)) {
			t.Errorf("alsoRanks(%q, %v) = %v %v %v, want %v %v %v", tt.in, tt.prev, m.Act, m.Refs, ok, tt.act, tt.refs, tt.ok)
		}
	}
}

// TestAllSeen checks the messages that set the whole list aside, and some
// that do not.
func TestAllSeen(t *testing.T) {
	for _, in := range []string{
		"on les a déjà vus, tous ces films",
		"Nous les avons déjà tous vus, ces films. D'autres ?",
		"deja vu tt ces films",
		"on a vu tous ceux-là",
		"on les connait tous deja",
		"seen them all",
		"we've watched all of those already, anything else?",
		"I've seen every one of these",
	} {
		m, ok := allSeen(in, 5)
		if !ok || m.Act != actReject || !reflect.DeepEqual(m.Refs, []int{1, 2, 3, 4, 5}) {
			t.Errorf("allSeen(%q) = %v %v %v, want every card set aside", in, m.Act, m.Refs, ok)
		}
	}
	for _, in := range []string{"j'ai aimé tous ces films", "le 2 on l'a vu", "seen the second one", "tous les films de Tati"} {
		if _, ok := allSeen(in, 5); ok {
			t.Errorf("allSeen(%q): read as the whole list seen", in)
		}
	}
	if _, ok := allSeen("seen them all", 0); ok {
		t.Error("allSeen with no list on screen: ok")
	}
}

// TestReplyLangAsked checks that a request for the replies' language is
// found and cut out, the rest kept as typed.
func TestReplyLangAsked(t *testing.T) {
	tests := []struct {
		in, cur    string
		lang, rest string
		ok         bool
	}{
		{"sorry, my french is bad, could you reply in english? something with Gabin from the sixties", "fr", "en", ", ? something with Gabin from the sixties", true},
		{"can you answer in English? I liked the dinner game", "fr", "en", "? I liked the dinner game", true},
		{"in english please", "fr", "en", "", true},
		{"merci, en français svp la réponse, et des films avec de funès", "en", "fr", "merci,   , et des films avec de funès", true},
		{"Pourriez-vous me répondre en français ? Quelque chose de plus récent", "en", "fr", "? Quelque chose de plus récent", true},
		{"en francais stp", "en", "fr", "", true},
		// « en français » alone in a French dialogue asks for French films.
		{"en français svp", "fr", "", "", false},
		{"in English please", "en", "", "", false},
		{"un film en anglais", "fr", "", "", false},
	}
	for _, tt := range tests {
		lang, rest, ok := replyLangAsked(tt.in, tt.cur)
		if ok != tt.ok || lang != tt.lang || ok && norm(rest) != norm(tt.rest) {
			t.Errorf("replyLangAsked(%q, %q) = %q %q %v, want %q %q %v", tt.in, tt.cur, lang, rest, ok, tt.lang, tt.rest, tt.ok)
		}
	}
}

// TestSMSWhy checks the texting forms of « pourquoi ».
func TestSMSWhy(t *testing.T) {
	for in, rank := range map[string]int{"pk le 2 ?": 2, "pq le 1": 1, "pkoi le 4 ??": 4, "pourkoi le deuxieme": 2, "PK LE 5": 5} {
		m := parse(in, parseOptions{})
		if m.Act != actWhy || !reflect.DeepEqual(m.Refs, []int{rank}) {
			t.Errorf("parse(%q) = act %v refs %v, want why %d", in, m.Act, m.Refs, rank)
		}
	}
}
