package search

import "testing"

func TestCognateOf(t *testing.T) {
	for _, c := range []struct {
		w    string
		ws   []string
		want bool
	}{
		{"psychologique", []string{"psychological", "thriller"}, true},
		{"nazis", []string{"neo", "nazism"}, true}, // all but the last letter
		{"sexy", []string{"sex", "comedy"}, true},  // the whole shorter word
		{"adultes", []string{"adult", "animation"}, true},
		{"moderne", []string{"modern"}, true},
		{"marin", []string{"marine"}, true},
		{"mere", []string{"merit"}, false},    // three letters shared of four
		{"police", []string{"polish"}, false}, // four of six
		{"ca", []string{"cat"}, false},        // too short to tell
		{"psycho", []string{"physics"}, false},
	} {
		if got := cognateOf(c.w, c.ws); got != c.want {
			t.Errorf("cognateOf(%q, %q) = %v, want %v", c.w, c.ws, got, c.want)
		}
	}
}
