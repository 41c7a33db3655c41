package chat

import (
	"reflect"
	"testing"
)

// TestCardWords checks that a card named in words ("number one", « le
// numéro un ») is the first one, that « celui-là » beside a rank is that
// rank, and that "one" and « un » alone name no card.
func TestCardWords(t *testing.T) {
	tests := []struct {
		in   string
		act  act
		refs []int
	}{
		{"why number one?", actWhy, []int{1}},
		{"why number one? just curious", actWhy, []int{1}},
		{"pourquoi le numéro un ?", actWhy, []int{1}},
		{"le numéro un, pourquoi ?", actWhy, []int{1}},
		{"ok, not number one then please", actReject, []int{1}},
		{"pas le numéro deux alors", actReject, []int{2}},
		{"more like number four please", actLikeShown, []int{4}},
		{"le 3 on l'a déjà vu hier, pas celui-là", actReject, []int{3}},
		{"le premier on l a deja vu, un autre", actReject, []int{1}},
		{"le quatrième on l'a vu hein", actReject, []int{4}},
		{"pas celui-là", actReject, []int{0}},
	}
	for _, tt := range tests {
		m := parse(tt.in, parseOptions{})
		if m.Act != tt.act || !reflect.DeepEqual(m.Refs, tt.refs) || len(m.Titles) > 0 {
			t.Errorf("parse(%q) = %v %v titles %q, want %v %v and no title", tt.in, m.Act, m.Refs, m.Titles, tt.act, tt.refs)
		}
	}
	for _, in := range []string{"un autre", "that one", "one more", "another one"} {
		if refs := refsOf(in); len(refs) > 0 && refs[0] != 0 {
			t.Errorf("refsOf(%q) = %v, want no rank", in, refs)
		}
	}
}

// TestFollowFillers checks that the courtesies and counts around a
// follow-up are never a title, while titles that hold such words stay one.
func TestFollowFillers(t *testing.T) {
	for _, in := range []string{
		"right, nothing over two hours if you don't mind",
		"and korean films if you don't mind",
		"no, actually Japanese ones",
		"donnez-moi cinq westerns italiens",
		"proposez-moi trois comédies anglaises",
		"give me three comedies",
		"plus récent, si ça ne vous dérange pas",
	} {
		if m := parse(in, parseOptions{}); len(m.Titles) > 0 || !m.hasRequest() {
			t.Errorf("parse(%q): titles %q, request %v; want a request and no title", in, m.Titles, m.hasRequest())
		}
	}
	for _, in := range []string{"Love Actually", "l a confidential", "les deux anglaises et le continent"} {
		if m := parse(in, parseOptions{}); len(m.Titles) != 1 || m.Titles[0] != in {
			t.Errorf("parse(%q): titles %q, want the title as typed", in, m.Titles)
		}
	}
	if m := parse("donnez-moi cinq autres films", parseOptions{}); !m.More {
		t.Errorf("« donnez-moi cinq autres films » asks for no more films")
	}
}

// TestReplyLangAskedInOtherLanguage checks a request for the replies'
// language typed in the dialogue's own language.
func TestReplyLangAskedInOtherLanguage(t *testing.T) {
	tests := []struct{ in, cur, lang, rest string }{
		{"could you reply in French please? I'm learning. A French drama", "en", "fr", "? I'm learning. A French drama"},
		{"can you write to me in French? a comedy", "en", "fr", "? a comedy"},
		{"vous pouvez me répondre en anglais ? c'est pour mon mari. Un polar", "fr", "en", "? c'est pour mon mari. Un polar"},
	}
	for _, tt := range tests {
		lang, rest, ok := replyLangAsked(tt.in, tt.cur)
		if !ok || lang != tt.lang || rest != tt.rest {
			t.Errorf("replyLangAsked(%q) = %q %q %v, want %q %q", tt.in, lang, rest, ok, tt.lang, tt.rest)
		}
	}
}
