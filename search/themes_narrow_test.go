package search

import (
	"slices"
	"testing"
)

func TestLooseForms(t *testing.T) {
	for _, c := range []struct {
		words      string
		want, miss string
	}{
		{"tap dancers", "tapdanc", ""},
		{"tap dancing", "tapdanc", ""},
		{"safe crackers", "safecracker", ""},
		{"Sand-Storm", "sandstorm", ""},
		{"book store", "bookstore", ""},
		{"stewardesses", "stewardess", ""},
		{"bodies", "body", ""},  // too short to trim: only the whole
		{"cars", "cars", "car"}, // a short word keeps its ending
	} {
		got := looseForms(c.words)
		if !slices.Contains(got, c.want) {
			t.Errorf("looseForms(%q) = %v, want %q among them", c.words, got, c.want)
		}
		if c.miss != "" && slices.Contains(got, c.miss) {
			t.Errorf("looseForms(%q) = %v, want no %q", c.words, got, c.miss)
		}
	}
}

func TestLooseKeyword(t *testing.T) {
	m := &themeModel{Keywords: []themeKeyword{
		{Name: "sandstorm", DF: 10},
		{Name: "tap dancing", DF: 9},
		{Name: "storm", DF: 40},
		{Name: "rare thing", DF: 2},
	}}
	for _, c := range []struct {
		words []string
		want  string
	}{
		{[]string{"sand", "storm"}, "sandstorm"},
		{[]string{"tap", "dancers"}, "tap dancing"},
		{[]string{"rare", "things"}, ""}, // on too few films
		{[]string{"storms"}, ""},         // too short to be read loosely
	} {
		k, ok := m.looseKeyword(c.words)
		got := ""
		if ok {
			got = m.Keywords[k].Name
		}
		if got != c.want {
			t.Errorf("looseKeyword(%v) = %q, want %q", c.words, got, c.want)
		}
	}
}
