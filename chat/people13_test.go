package chat

import (
	"slices"
	"testing"
)

// TestRoleTones: the kind of role after a person is a genre wanted or
// avoided, never a title, and a genre refused is not read as wanted.
func TestRoleTones(t *testing.T) {
	for _, c := range []struct {
		text          string
		genres, avoid []string
	}{
		{"Ventura dans un rôle comique", []string{"Comedy"}, nil},
		{"noiret dans un role dramatique, pas dans ses comedies", []string{"Drama"}, []string{"Comedy"}},
		{"Delon mais pas dans un polar", nil, []string{"Crime"}},
		{"Denzel Washington mais pas dans ses films d'action", nil, []string{"Action"}},
		{"un Tom Hanks où il est drôle", []string{"Comedy"}, nil},
		{"anything with Tom Hanks where he's funny", []string{"Comedy"}, nil},
		{"Robin Williams in a serious role, not one of his comedies", nil, []string{"Comedy"}},
		{"Gabin, ses grands rôles dramatiques", []string{"Drama"}, nil},
		{"Clint Eastwood in his westerns", []string{"Western"}, nil},
	} {
		m := parse(c.text, parseOptions{})
		for _, g := range c.genres {
			if !slices.Contains(m.Genres, g) && !slices.Contains(m.AllGenres, g) {
				t.Errorf("%q: genres %v %v, want %s", c.text, m.Genres, m.AllGenres, g)
			}
		}
		for _, g := range c.avoid {
			if !slices.Contains(m.AvoidGenres, g) || slices.Contains(m.Genres, g) {
				t.Errorf("%q: avoid %v genres %v, want %s avoided", c.text, m.AvoidGenres, m.Genres, g)
			}
		}
	}
}

// TestPeopleReadings13: a person's films left out, a person narrowed to,
// and names inside a noun phrase are read as people, not titles.
func TestPeopleReadings13(t *testing.T) {
	for _, c := range []struct {
		text  string
		avoid string // a name in AvoidThemes
		more  string // a name in MorePeople
		span  string // a name in SpanNames
	}{
		{"des polars français, mais pas ceux de Melville", "Melville", "", ""},
		{"des comédies musicales autres que celles de Demy", "Demy", "", ""},
		{"Japanese films beyond Kurosawa?", "Kurosawa", "", ""},
		{"thrillers, but not by Hitchcock", "Hitchcock", "", ""},
		{"que Ventura", "", "Ventura", ""},
		{"juste Noiret finalement", "", "Noiret", ""},
		{"on organise une soirée Melville avec des amis", "", "", "Melville"},
		{"the Coen brothers please", "", "", "Coen"},
		{"we fancy a Sautet this weekend", "", "", "Sautet"},
	} {
		m := parse(c.text, parseOptions{})
		switch {
		case c.avoid != "" && !slices.Contains(m.AvoidThemes, c.avoid):
			t.Errorf("%q: avoid %q, want %q", c.text, m.AvoidThemes, c.avoid)
		case c.more != "" && !slices.Contains(m.MorePeople, c.more):
			t.Errorf("%q: more %q, want %q", c.text, m.MorePeople, c.more)
		case c.span != "" && !slices.ContainsFunc(m.SpanNames, func(s [3]string) bool { return s[0] == c.span }):
			t.Errorf("%q: spans %q, want %q", c.text, m.SpanNames, c.span)
		}
	}
	for _, text := range []string{"que la fête commence", "Beyond the Sea", "the shining"} {
		m := parse(text, parseOptions{})
		if len(m.MorePeople) > 0 || len(m.AvoidThemes) > 0 || len(m.SpanNames) > 0 {
			t.Errorf("%q: read as people (%q %q %q), want a title", text, m.MorePeople, m.AvoidThemes, m.SpanNames)
		}
	}
}

// TestSpanTail: the words after a name read with its determiner.
func TestSpanTail(t *testing.T) {
	for _, c := range []struct {
		title, whole, name, tail string
		inner, ok                bool
	}{
		{"some hitchcock for a rainy evening", "some hitchcock", "hitchcock", "", false, true},
		{"lumet", "j'ai envie d'un lumet", "lumet", "", false, true},
		{"un sautet avec montand", "un sautet", "sautet", "avec montand", false, true},
		{"un prophete d'audiard", "un prophete", "prophete", "", false, false},
		{"on organise une soiree melville", "une soiree melville", "melville", "", true, true},
		{"on organise une soiree melville", "une soiree melville", "melville", "", false, false},
		{"un rohmer pour l'ete, plage, vacances", "j'aimerais un rohmer", "rohmer", "plage, vacances", false, true},
		{"the dardenne brothers?", "the dardenne brothers", "dardenne", "", false, true},
	} {
		tail, ok := spanTail(" "+c.title+" ", " "+c.whole+" ", c.name, c.inner)
		if tail != c.tail || ok != c.ok {
			t.Errorf("spanTail(%q, %q) = %q, %v; want %q, %v", c.title, c.whole, tail, ok, c.tail, c.ok)
		}
	}
}

func TestTrimEitherLead(t *testing.T) {
	for in, want := range map[string]string{"either Alain Delon or Lino Ventura": "Alain Delon or Lino Ventura", "soit Gabin soit Fernandel": "Gabin soit Fernandel", "Either": "Either", "Gabin": "Gabin"} {
		if got := trimEitherLead(in); got != want {
			t.Errorf("trimEitherLead(%q) = %q, want %q", in, got, want)
		}
	}
}
