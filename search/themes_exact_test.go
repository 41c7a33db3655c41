package search

import (
	"slices"
	"testing"
)

func TestExactKeywordLead(t *testing.T) {
	m := &themeModel{Keywords: []themeKeyword{
		{Name: "normandy, france", DF: 40}, {Name: "france", DF: 300}, {Name: "tour de france", DF: 3},
		{Name: "bicycle", DF: 12}, {Name: "basketball", DF: 30}, {Name: "basketball player", DF: 8},
		{Name: "coup de foudre", DF: 2},
	}, byName: map[string]int32{}}
	for i, k := range m.Keywords {
		m.byName[k.Name] = int32(i)
	}
	x := &Index{themes: m}
	for _, c := range []struct {
		q        string
		keywords []string
		want     []string
	}{
		// The exact keyword leads; the readings of « france » are dropped.
		{"le tour de france, le vélo", []string{"normandy, france", "france", "bicycle", "tour de france"},
			[]string{"tour de france", "bicycle"}},
		// An English compound: "basketball" is what it is about and stays first.
		{"a basketball player", []string{"basketball", "basketball player"}, []string{"basketball", "basketball player"}},
		// Too few films to lead.
		{"un coup de foudre", []string{"france", "coup de foudre"}, []string{"france", "coup de foudre"}},
		// A lead that is no fragment of the phrase stays.
		{"le vélo, le tour de france", []string{"bicycle", "tour de france", "france"}, []string{"bicycle", "tour de france", "france"}},
	} {
		got := x.exactKeywordLead(c.q, Theme{LabelEN: c.keywords[0], Keywords: c.keywords, Score: 1}, true)
		if !slices.Equal(got.Keywords, c.want) {
			t.Errorf("%q: keywords %q, want %q", c.q, got.Keywords, c.want)
		}
		if got.LabelEN != c.want[0] && got.LabelEN != c.keywords[0] {
			t.Errorf("%q: label %q", c.q, got.LabelEN)
		}
		if slices.Equal(c.want, c.keywords) != (got.LabelEN == c.keywords[0]) {
			t.Errorf("%q: label %q, want the lead's", c.q, got.LabelEN)
		}
	}
}
