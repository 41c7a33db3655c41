package chat

import "testing"

// TestClosingChatter checks that a thanks or a goodbye with chatter around
// it is a closing, naming the film picked, and that a thanks followed by a
// request is not.
func TestClosingChatter(t *testing.T) {
	tests := []struct {
		in   string
		ok   bool
		rank int
	}{
		{"merci beaucoup, ma tante va être contente", true, 0},
		{"merci mon grand, il va adorer", true, 0},
		{"merci, fin de ma journée", true, 0},
		{"merci et à jeudi prochain", true, 0},
		{"MERCI, A LA SEMAINE PROCHAINE", true, 0},
		{"ok on prendra le 4, merci et bonne nuit", true, 4},
		{"nous choisirons le deuxième, merci", true, 2},
		{"cheers love, ta-ra", true, 0},
		{"thanks so much, my nan will be over the moon", true, 0},
		{"we're gonna watch number 3 on Sunday, thanks", true, 3},
		{"thank you, see you next Tuesday", true, 0},
		{"merci, et pourquoi le 2 ?", false, 0},
		{"merci, mais plus récent svp", false, 0},
		{"merci, une comédie maintenant", false, 0},
		{"merci, j'ai aussi aimé le parrain", false, 0},
		{"thanks, something older please", false, 0},
		{"thanks, more like the first", false, 0},
		{"salut, mon fils a 8 ans", false, 0},
		{"mon frère va être content", false, 0},
		{"alors avec Gabin, merci d'avance", false, 0},
		{"thanks in advance, my wife will be pleased", false, 0},
	}
	for _, tt := range tests {
		rank, ok := closingChatter(fold(tt.in).s)
		if ok != tt.ok || rank != tt.rank {
			t.Errorf("closingChatter(%q) = %d, %v; want %d, %v", tt.in, rank, ok, tt.rank, tt.ok)
		}
	}
}

// TestHelpInRequest checks that « aide », "help" inside a request leaves
// the request to be answered, and that a call for help alone is help.
func TestHelpInRequest(t *testing.T) {
	tests := []struct {
		in   string
		help bool
	}{
		{"aide", true},
		{"au secours !", true},
		{"j'ai besoin d'aide svp", true},
		{"help", true},
		{"can you help me?", true},
		{"aidez-moi à trouver un western des années 60", false},
		{"pouvez-vous m'aider ? je cherche un drame", false},
		{"à l'aide, une comédie pour ce soir", false},
		{"please help, a horror film from the 90s", false},
		{"can you help me find something like Jurassic Park", false},
		{"HELP. kids aged 6 and 8", false},
		{"need help finding a comedy", false},
		{"we loved The Help", false},
		{"j'ai aimé au secours j'ai 30 ans", false},
	}
	for _, tt := range tests {
		m := parse(tt.in, parseOptions{})
		if got := m.Act == actHelp; got != tt.help {
			t.Errorf("parse(%q): help %v, want %v (titles %q)", tt.in, got, tt.help, m.Titles)
		}
		if !tt.help && !m.hasRequest() {
			t.Errorf("parse(%q): no request read", tt.in)
		}
	}
}

// TestReplyLangCourtesy checks that a request for the replies' language
// with courtesy before it and a reason after it leaves nothing to look up.
func TestReplyLangCourtesy(t *testing.T) {
	tests := []struct {
		in, cur, lang, rest string
	}{
		{"actually could you answer in French, my father in law is reading along", "en", "fr", ""},
		{"oh sorry, in English please, my wife reads with me", "fr", "en", ""},
	}
	for _, tt := range tests {
		lang, rest, ok := replyLangTurn(tt.in, tt.cur)
		if !ok || lang != tt.lang || rest != tt.rest {
			t.Errorf("replyLangTurn(%q) = %q, %q, %v; want %q, %q", tt.in, lang, rest, ok, tt.lang, tt.rest)
		}
	}
}

// TestChatterOnly checks that a message naming a person, a nationality or
// a genre beside its thanks asks for something, and that chatter does not.
func TestChatterOnly(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"merci, mamie sera ravie", true},
		{"thanks a lot, my dad is going to be thrilled", true},
		{"so with Cary Grant cheers", false},
		{"français si possible, merci", false},
		{"merci, une comédie", false},
		{"merci, des années 60", false},
	}
	for _, tt := range tests {
		m := parse(tt.in, parseOptions{})
		if got := m.chatterOnly(); got != tt.want {
			t.Errorf("parse(%q).chatterOnly() = %v, want %v", tt.in, got, tt.want)
		}
	}
}
