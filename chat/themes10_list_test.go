package chat

import (
	"regexp"
	"testing"
)

// TestListedItem checks listedItem against the regular expression it
// replaces, on lists of subjects and on names that only look listed.
func TestListedItem(t *testing.T) {
	cases := []struct {
		text, name string
		want       bool
	}{
		{"un film de voile, de marin", "marin", true},
		{"un film d'alpinisme, de montagne", "montagne", true},
		{"un film d'alpinisme ou d'escalade", "escalade", true},
		{"un film de vampires, ou de loups-garous", "loups-garous", true},
		{"un film de truffaut, de godard", "godard", true},
		{"un film de voile, de marins", "marin", false},
		{"un film de voile et de marin", "marin", false},
		{"marin, un film de voile", "marin", false},
		{"un film de voile, de marin, de marin d'eau douce", "marin d'eau douce", true},
		{"un film de voile, de  mer", "mer", true},
		{"un film de voile, de", "de", false},
		{"un film de voile", "", false},
	}
	for _, c := range cases {
		if got := listedItem(c.text, c.name); got != c.want {
			t.Errorf("listedItem(%q, %q) = %v, want %v", c.text, c.name, got, c.want)
		}
		if c.name == "" {
			continue
		}
		re := regexp.MustCompile(listItemBefore + regexp.QuoteMeta(c.name) + `\b`)
		if got := re.MatchString(c.text); got != c.want {
			t.Errorf("regexp on (%q, %q) = %v, want %v: the case is wrong", c.text, c.name, got, c.want)
		}
	}
}
