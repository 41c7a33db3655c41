package search

import "testing"

func TestAgreed(t *testing.T) {
	m := &themeModel{Keywords: []themeKeyword{
		{Name: "18th century", Stem: "18th centuri", DF: 43},
		{Name: "aristocrat", Stem: "aristocrat", DF: 10},
		{Name: "boarding school", Stem: "board school", DF: 30},
		{Name: "school", Stem: "school", DF: 300},
	}}
	m.index()
	for _, c := range []struct {
		name string
		ti   transInfo
		as   []assoc
		want string
	}{
		// The translation spells the texts' second keyword, rarer than
		// their first: it comes up.
		{"aristocrate", transInfo{E: []string{"aristocrat", "centuri"}}, []assoc{{0, 0.14}, {1, 0.07}}, "aristocrat"},
		// It spells a broader keyword than the texts' first: no.
		{"pensionnat", transInfo{E: []string{"school"}}, []assoc{{2, 0.2}, {3, 0.1}}, ""},
		// It spells the first already: nothing to bring up.
		{"siècle", transInfo{E: []string{"18th centuri"}}, []assoc{{0, 0.3}}, ""},
		// It spells none of them.
		{"autre", transInfo{E: []string{"centuri"}}, []assoc{{1, 0.3}}, ""},
	} {
		k, ok := m.agreed(c.ti, c.as)
		got := ""
		if ok {
			got = m.Keywords[k].Name
		}
		if got != c.want {
			t.Errorf("%s: agreed = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestWholeStem(t *testing.T) {
	if wholeStem(themeKeyword{Name: "world war i", Stem: "world war"}) {
		t.Error(`"world war i" stemmed "world war": want false`)
	}
	if !wholeStem(themeKeyword{Name: "russian mafia", Stem: "russian mafia"}) {
		t.Error(`"russian mafia": want true`)
	}
}
