package search

import (
	"slices"
	"testing"
)

func TestHeadOf(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"un voyeur qui espionne ses voisins", "un voyeur"},
		{"un séducteur qu'aucune femme ne résiste", "un séducteur"},
		{"une femme dont le mari a disparu", "une femme"},
		{"un voyeur", ""},
		{"qui a tué Harry", ""},                   // no head before the pronoun
		{"convicts who escape from a prison", ""}, // English clauses are left alone
	} {
		if got := headOf(c.q); got != c.want {
			t.Errorf("headOf(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

func TestLexNamedFirst(t *testing.T) {
	e := &lexEntry{fr: "usurpateur", keywords: []string{"disguise", "impostor"}}
	if got := lexNamedFirst(e, []string{"imposteur"}); !slices.Equal(got.keywords, []string{"impostor", "disguise"}) {
		t.Errorf("« imposteur »: keywords %v, want impostor first", got.keywords)
	}
	if !slices.Equal(e.keywords, []string{"disguise", "impostor"}) {
		t.Errorf("the lexicon's entry was changed: %v", e.keywords)
	}
	if got := lexNamedFirst(e, []string{"usurpateur"}); !slices.Equal(got.keywords, e.keywords) {
		t.Errorf("« usurpateur »: keywords %v, want the entry's order", got.keywords)
	}
	p := &lexEntry{fr: "professeur", keywords: []string{"teacher", "high school teacher", "professor"}}
	if got := lexNamedFirst(p, []string{"professeur"}); got.keywords[0] != "teacher" {
		t.Errorf("« professeur » (the entry's own name): keywords %v, want teacher first", got.keywords)
	}
	w := &lexEntry{fr: "nature sauvage", keywords: []string{"wilderness", "nature"}}
	if got := lexNamedFirst(w, []string{"nature", "sauvages"}); got.keywords[0] != "wilderness" {
		t.Errorf("« nature sauvages »: keywords %v, want wilderness first (one word alone spells nature)", got.keywords)
	}
}
