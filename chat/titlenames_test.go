package chat

import "testing"

// A name right after a title describes it (« la piscine avec delon »); after
// « un film », « d'autres », « mais » it is a wish.
func TestTitleNameCue(t *testing.T) {
	for _, tc := range []struct {
		text, cue string
		want      bool
	}{
		{"la piscine avec delon", "avec", true},
		{"la strada de fellini, avec masina", "avec", true},
		{"chinatown with jack nicholson", "with", true},
		{"vertigo by hitchcock", "by", true},
		{"un film avec delon", "avec", false},
		{"un film d action avec belmondo", "avec", false},
		{"le samourai, d'autres avec delon", "avec", false},
		{"le samourai mais avec delon", "avec", false},
		{"avec delon", "avec", false},
		{"more by kurosawa", "by", false},
	} {
		i := indexCue(tc.text, tc.cue)
		if got := titleNameCue(tc.text, i, i+len(tc.cue)+1, false); got != tc.want {
			t.Errorf("titleNameCue(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// indexCue is where the last " cue " is in s (or the cue opening s).
func indexCue(s, cue string) int {
	for i := len(s) - len(cue); i >= 0; i-- {
		if s[i:i+len(cue)] == cue && (i == 0 || s[i-1] == ' ') && i+len(cue) < len(s) && s[i+len(cue)] == ' ' {
			return i
		}
	}
	return -1
}
