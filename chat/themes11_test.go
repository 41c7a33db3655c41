package chat

import (
	"slices"
	"testing"
)

// TestChatThemes checks the chatter that is no theme and the themes told
// inside chat messages (themes11.go); titles are checked where given (what
// is left of chatter, « on veut », is trimmed by the engine).
func TestChatThemes(t *testing.T) {
	cases := []struct {
		msg       string
		themes    []string
		avoid     []string
		titles    []string
		family    bool
		french    bool
		countries []string
	}{
		{msg: "mon frère est boulanger, on veut une comédie"},
		{msg: "ma femme et moi sommes à la retraite, un film sur la montagne ?", themes: []string{"montagne"}},
		{msg: "c'est pour des personnes âgées, une comédie"},
		{msg: "nous sommes à la retraite et on aime marcher, des films sur la mer ?", themes: []string{"mer"}},
		{msg: "a French comedy that is not too hard to follow", french: true},
		{msg: "which French classics should an Englishman watch?", french: true},
		{msg: "une histoire d'amour entre deux femmes", themes: []string{lesbianLove}},
		{msg: "a love story between two men", themes: []string{gayLove}},
		{msg: "we adore spy films like The Ipcress File", themes: []string{"spy"}, titles: []string{"The Ipcress File"}},
		{msg: "un western mais pas ceux où il y a trop de scalps", avoid: []string{"scalps"}},
		{msg: "un western dans le désert", themes: []string{"désert"}},
		{msg: "une comédie en famille", family: true},
		{msg: "un film sur la campagne anglaise", themes: []string{"campagne"}, countries: []string{"GB"}},
		{msg: "il neige encore, les enfants sont à la maison : un film sur les pirates pour eux", themes: []string{"pirates"}, family: true},
		{msg: "des films avec des enfants adoptés", themes: []string{"enfants adoptés"}},
	}
	for _, c := range cases {
		m := parse(c.msg, parseOptions{})
		if !slices.Equal(m.Themes, c.themes) || !slices.Equal(m.AvoidThemes, c.avoid) || c.titles != nil && !slices.Equal(m.Titles, c.titles) ||
			m.Family != c.family || m.FrenchOnly != c.french || !slices.Equal(m.Countries, c.countries) {
			t.Errorf("%q: themes %q avoid %q titles %q family %v french %v countries %v, want %q %q %q %v %v %v", c.msg,
				m.Themes, m.AvoidThemes, m.Titles, m.Family, m.FrenchOnly, m.Countries, c.themes, c.avoid, c.titles, c.family, c.french, c.countries)
		}
	}
}
