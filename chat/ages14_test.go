package chat

import "testing"

// TestMoreAgePhrases checks the ages said without a child's noun before
// them, and that an adult's age or a length in years says nothing of the
// audience.
func TestMoreAgePhrases(t *testing.T) {
	for _, c := range []struct {
		in           string
		family, teen bool
	}{
		{"Grandkids are over from Bristol for half term. Ages 5 and 9. Something funny", true, false},
		{"kids aged 6-8, a comedy", true, false},
		{"twin girls age 4, obsessed with princesses", true, false},
		{"our twins (6) love cartoons", true, false},
		{"grandkids, 5 and 9, something animated", true, false},
		{"c'est avec les cousins, de 3 a 12 ans, un film drôle", true, false},
		{"un dessin animé pour les 8-12 ans", true, false},
		{"les jumeaux (4 ans) veulent un dessin animé", true, false},
		{"des ados entre 13 et 15 ans", false, true},
		{"un film que tout le monde peut regarder", true, false},
		{"quelque chose que toute la famille puisse voir", true, false},
		{"we're both aged 40 and 42, a thriller", false, false},
		{"nothing scary, my daughter is five", true, false},
		{"the kids are six and nine", true, false},
		{"ma fille a cinq ans, un dessin animé", true, false},
		{"mon fils vient d'avoir quatorze ans", false, true},
		{"ma fille a deux copines qui viennent", false, false},
		{"un film pour des préados", true, false},
		{"something for tweens", true, false},
		{"the little ones want a cartoon", true, false},
		{"un film de 2 à 3 heures", false, false},
		{"un film des années 80", false, false},
	} {
		m := parse(c.in, parseOptions{})
		if m.Family != c.family || m.Teen != c.teen {
			t.Errorf("parse(%q): family %v teen %v, want %v %v", c.in, m.Family, m.Teen, c.family, c.teen)
		}
	}
}

// TestKidsOccasion checks that a child's party beside a child's age is
// the occasion, no title, and that « L'Anniversaire » alone stays one.
func TestKidsOccasion(t *testing.T) {
	for _, c := range []struct {
		in    string
		title bool
	}{
		{"anniversaire de ma fille, 7 ans", false},
		{"birthday party for a bunch of 8 year olds", false},
		{"the little ones want a cartoon", false},
		{"l'anniversaire", true},
	} {
		m := parse(c.in, parseOptions{})
		if got := len(m.Titles) > 0; got != c.title {
			t.Errorf("parse(%q): titles %q, want a title: %v", c.in, m.Titles, c.title)
		}
	}
}

// TestRealWordsNotCorrected checks that everyday words one edit from a
// genre or a nationality keep their meaning, and that typos of those
// words are still corrected.
func TestRealWordsNotCorrected(t *testing.T) {
	for w := range realWords {
		if c := correction(w); c != "" {
			t.Errorf("correction(%q) = %q, want none", w, c)
		}
	}
	for w, want := range map[string]string{"italein": "italien", "westrn": "western", "comedei": "comedie"} {
		if c := correction(w); c != want {
			t.Errorf("correction(%q) = %q, want %q", w, c, want)
		}
	}
	for _, w := range []string{"order", "thinks", "cooking", "franchise", "revent"} {
		if got := correctLexicon(fold(w)).s; got != w {
			t.Errorf("correctLexicon(%q) = %q, want it kept", w, got)
		}
	}
	for _, in := range []string{"une cliente m'a dit que romain duris est trop beau", "le fiancé de ma fille adore les films d'action", "les films de francis veber"} {
		if m := parse(in, parseOptions{}); len(m.Countries) > 0 || m.FrenchOnly {
			t.Errorf("parse(%q): countries %v, French only %v, want none", in, m.Countries, m.FrenchOnly)
		}
	}
}
