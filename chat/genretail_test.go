package chat

import (
	"slices"
	"testing"
)

func TestGenreTail(t *testing.T) {
	for _, c := range []struct {
		text       string
		soft       []string
		frenchOnly bool
		countries  []string
		titles     []string
	}{
		{text: "un thriller judiciaire francais", soft: []string{"thriller judiciaire"}, frenchOnly: true},
		{text: "un drame judiciaire", soft: []string{"drame judiciaire"}},
		{text: "une comédie burlesque italienne", soft: []string{"comedie burlesque"}, countries: []string{"IT"}},
		{text: "un thriller francais", frenchOnly: true},
		// A title typed after the genre stays a title.
		{text: "un polar comme Le Cercle rouge", titles: []string{"Le Cercle rouge"}},
	} {
		m := parse(c.text, parseOptions{})
		if !slices.Equal(m.SoftThemes, c.soft) || m.FrenchOnly != c.frenchOnly || !slices.Equal(m.Countries, c.countries) || !slices.Equal(m.Titles, c.titles) {
			t.Errorf("%q: soft %q, french %v, countries %q, titles %q; want %q, %v, %q, %q", c.text, m.SoftThemes, m.FrenchOnly, m.Countries, m.Titles, c.soft, c.frenchOnly, c.countries, c.titles)
		}
	}
}
