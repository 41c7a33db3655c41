package chat

import (
	"slices"
	"testing"
)

// TestIntentReading checks that a message made of a rank and intent words,
// typos allowed, is read as its act on that card, that a message of words
// of more alone asks for more, and that a message with one word the
// lexicon cannot explain (a title, a genre, an era) is left to the other
// rules.
func TestIntentReading(t *testing.T) {
	known := map[string]bool{"samourai": true, "cercle": true, "rouge": true, "retour": true, "vers": true, "futur": true, "parrain": true}
	words := map[string]bool{"newer": true, "maison": true} // the synopses' words, in part
	vocab := func(w string) bool { return words[w] }
	tests := []struct {
		in   string
		act  act
		refs []int
		more bool
		ok   bool
	}{
		{"pourqoi le 2", actWhy, []int{2}, false, true},
		{"le 3 c'est quoi le lien ?", actWhy, []int{3}, false, true},
		{"LE 2 IL A QUOI A VOIR ??", actWhy, []int{2}, false, true},
		{"en quoi le cinquième ressemble au samouraï ?", actWhy, []int{5}, false, true},
		{"wyh the 3rd?", actWhy, []int{3}, false, true},
		{"can you explian number two", actWhy, []int{2}, false, true},
		{"what has 4 got to do with it?", actWhy, []int{4}, false, true},
		{"how is the 2nd one similar?", actWhy, []int{2}, false, true},
		{"enlevz le 3 svp", actReject, []int{3}, false, true},
		{"le 4 bof, non merci", actReject, []int{4}, false, true},
		{"2 is a no", actReject, []int{2}, false, true},
		{"pas le 3 mci", actReject, []int{3}, false, true},
		{"le 5 non merci, déjà vu et pas aimé", actReject, []int{5}, false, true},
		{"on part du 3", actLikeShown, []int{3}, false, true},
		{"reaprtons du 4 svp", actLikeShown, []int{4}, false, true},
		{"le 2 je l'ai vu, adoré !", actLikeShown, []int{2}, false, true},
		{"we watched the 2nd last year and loved it", actLikeShown, []int{2}, false, true},
		{"d'autres comme le premeir", actLikeShown, []int{1}, false, true},
		{"encre svp", actNone, nil, true, true},
		{"AUTRE CHOZE SVP", actNone, nil, true, true},
		{"somthing else?", actNone, nil, true, true},
		{"NEXT 5 PLEASE", actNone, nil, true, true},
		{"ok, remove it", actReject, []int{0}, false, true},
		{"bon, enlevez-le", actReject, []int{0}, false, true},
		{"lose the first one", actReject, []int{1}, false, true},
		{"le 3 ne me dit rien, enlevez-le", actReject, []int{3}, false, true},
		{"j'ai vu le 4, très bon", actLikeShown, []int{4}, false, true},
		{"je comprends pas le 2", actWhy, []int{2}, false, true},
		{"plus comme le n°2", actLikeShown, []int{2}, false, true},
		{"more like no. 3 please", actLikeShown, []int{3}, false, true},
		{"enlevez le 3ième", actReject, []int{3}, false, true},
		{"le 2 je l'ai vu 3 fois au cinéma, adoré", actLikeShown, []int{2}, false, true},
		{"le 3 ne nous tente pas", actReject, []int{3}, false, true},
		{"not keen on the 3rd", actReject, []int{3}, false, true},
		{"the 4th doesn't appeal", actReject, []int{4}, false, true},
		{"remplacez le 4 svp", actReject, []int{4}, false, true},
		{"vous en avez d'autres dans le même genre ?", actNone, nil, true, true},
		{"le 2 c'est quoi comme film ?", actWhy, []int{2}, false, true},
		// Left to the other rules.
		{"j'ai déjà vu retour vers le futur 2", actNone, nil, false, false},
		{"j'ai déjà vu le parrain 2e partie", actNone, nil, false, false},
		{"a newer one", actNone, nil, false, false},
		{"pas le premier, je l'ai déjà à la maison", actNone, nil, false, false},
		{"le 7 pourquoi", actNone, nil, false, false},
		{"plus comme le 3 mais plus récent", actNone, nil, false, false},
		{"encore des comédies", actNone, nil, false, false},
		{"pourquoi pas le 2", actNone, nil, false, false},
		{"j'ai aimé heat", actNone, nil, false, false},
		{"le 2", actNone, nil, false, false},
		{"merci", actNone, nil, false, false},
		{"le 3 et le 4 pourquoi", actNone, nil, false, false},
	}
	for _, tt := range tests {
		m, ok := intentReading(tt.in, 5, func() map[string]bool { return known }, true, vocab)
		if ok != tt.ok || ok && (m.Act != tt.act || !slices.Equal(m.Refs, tt.refs) || m.More != tt.more) {
			t.Errorf("intentReading(%q) = %v %v more=%v, %v; want %v %v more=%v, %v", tt.in, m.Act, m.Refs, m.More, ok, tt.act, tt.refs, tt.more, tt.ok)
		}
	}
}

// TestReplyLangTurn checks that a request for the replies' language keeps
// its reasons out of the rest of the message, reads a typo in the
// language's name, and leaves a language asked for the films alone.
func TestReplyLangTurn(t *testing.T) {
	tests := []struct {
		in, cur, lang, rest string
		ok                  bool
	}{
		{"in english please, my husband is from leeds", "fr", "en", "", true},
		{"vous pouvez repondre en anglais ? c'est pour mon copain irlandais", "fr", "en", "", true},
		{"ENGLSH PLEASE", "fr", "en", "", true},
		{"IN ENGLISH PLAESE", "fr", "en", "", true},
		{"in french please, my mother does not read english", "en", "fr", "", true},
		{"could you reply in frnech? my dad is from lyon", "en", "fr", "", true},
		{"en français svp, c'est pour ma grand-mère", "en", "fr", "", true},
		{"could you do it in english? my wife doesn't speak french", "fr", "en", "", true},
		{"on peut passer en anglais ?", "fr", "en", "", true},
		{"my husband is english, can we continue in english?", "fr", "en", "", true},
		{"a french film for the kids so they practise their french", "en", "", "", false},
		{"j'écris en français pour pratiquer :) J'aime Elle avec Isabelle Huppert", "", "fr", "j'  pour pratiquer :) J'aime Elle avec Isabelle Huppert", true},
		{"a comedy in french please", "en", "", "", false},
		{"en anglais", "fr", "", "", false},
		{"un film anglais, pour mon mari", "fr", "", "", false},
		{"a film about trench warfare", "en", "", "", false},
	}
	for _, tt := range tests {
		lang, rest, ok := replyLangTurn(tt.in, tt.cur)
		if ok != tt.ok || lang != tt.lang || rest != tt.rest {
			t.Errorf("replyLangTurn(%q, %q) = %q %q %v, want %q %q %v", tt.in, tt.cur, lang, rest, ok, tt.lang, tt.rest, tt.ok)
		}
	}
}
