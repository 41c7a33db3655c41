package chat

import (
	"fmt"
	"testing"

	"github.com/bobine/bobine/data"
)

// TestTitleLang: a title typed alone says the language of its form, and
// nothing when the film bears it in both languages.
func TestTitleLang(t *testing.T) {
	shining := &data.Film{Title: "The Shining", OriginalTitle: "The Shining", FrenchTitle: "Shining"}
	samurai := &data.Film{Title: "Seven Samurai", OriginalTitle: "Shichinin no samurai"}
	pan := &data.Film{Title: "Pan's Labyrinth", OriginalTitle: "El laberinto del fauno", FrenchTitle: "Le labyrinthe de Pan"}
	amelie := &data.Film{Title: "Amélie", OriginalTitle: "Le Fabuleux Destin d'Amélie Poulain", FrenchTitle: "Le Fabuleux Destin d'Amélie Poulain"}
	knight := &data.Film{Title: "The Dark Knight", OriginalTitle: "The Dark Knight", FrenchTitle: "The Dark Knight : Le Chevalier noir"}
	parasite := &data.Film{Title: "Parasite", OriginalTitle: "Gisaengchung", FrenchTitle: "Parasite"}
	thriller := &data.Film{Title: "Michael Jackson's Thriller", OriginalTitle: "Michael Jackson's Thriller"}
	for _, tc := range []struct {
		typed       string
		f           *data.Film
		lang        string
		exact, weak bool
	}{
		{"the shining", shining, "en", true, true},
		{"shining", shining, "fr", true, true},
		{"seven samurai", samurai, "en", true, false},
		{"the dark knight rises", &data.Film{Title: "The Dark Knight Rises", OriginalTitle: "The Dark Knight Rises", FrenchTitle: "The Dark Knight Rises"}, "", true, false},
		{"back to the future", &data.Film{Title: "Back to the Future", OriginalTitle: "Back to the Future", FrenchTitle: "Retour vers le futur"}, "en", true, true},
		{"les 7 samourais", samurai, "", false, false},
		{"pans labyrinth", pan, "en", true, false},
		{"le labyrinthe de pan", pan, "fr", true, false},
		{"amelie", amelie, "", true, false},
		{"le fabuleux destin d'amelie poulain", amelie, "fr", true, true}, // its own title: the page outweighs it
		{"les choristes", &data.Film{Title: "The Chorus", OriginalTitle: "Les choristes", FrenchTitle: "Les Choristes", OriginalLanguage: "fr"}, "fr", true, true},
		{"festen", &data.Film{Title: "The Celebration", OriginalTitle: "Festen", FrenchTitle: "Festen - Fête de famille", OriginalLanguage: "da"}, "fr", true, true},
		{"la vie des autres", &data.Film{Title: "The Lives of Others", OriginalTitle: "Das Leben der Anderen", FrenchTitle: "La Vie des autres", OriginalLanguage: "de"}, "fr", true, false},
		{"the dark knight", knight, "", true, false},
		{"parasite", parasite, "", true, false},
		{"parasite 2019", parasite, "", true, false},
		{"a thriller", thriller, "", false, false},
	} {
		lang, exact, weak := titleLang(tc.typed, tc.f)
		if lang != tc.lang || exact != tc.exact || weak != tc.weak {
			t.Errorf("titleLang(%q, %q) = %q, %v, %v; want %q, %v, %v", tc.typed, tc.f.Title, lang, exact, weak, tc.lang, tc.exact, tc.weak)
		}
	}
}

// TestClosing: a message that only ends the exchange, in any words, and
// the film picked; a question or a request is no closing.
func TestClosing(t *testing.T) {
	for _, tc := range []struct {
		text string
		ok   bool
		rank int
	}{
		{"merci beaucoup c'est parfait, bonne soirée", true, 0},
		{"Merci c'est top, on prend le premier", true, 1},
		{"génial, va pour le troisième !", true, 3},
		{"thanks a lot, that's all", true, 0},
		{"perfect, we'll go with the second one", true, 2},
		{"cheers, i'm all set", true, 0},
		{"ok merci bcp bonne soiree", true, 0},
		{"rien d'autre ?", false, 0},
		{"merci, et un autre comme le 2 ?", false, 0},
		{"thanks, now something older", false, 0},
		{"le premier", false, 0},
		{"super", false, 0},
	} {
		rank, ok := closing(fold(tc.text).s)
		if ok != tc.ok || rank != tc.rank {
			t.Errorf("closing(%q) = %d, %v; want %d, %v", tc.text, rank, ok, tc.rank, tc.ok)
		}
	}
}

// TestLangModel: words the hand lexicon lacks lean to the language of the
// synopses they appear in; words and names of both weigh nothing.
func TestLangModel(t *testing.T) {
	var films []data.Film
	for i := 0; i < 20; i++ {
		films = append(films, data.Film{ID: fmt.Sprintf("tt%07d", i+1),
			OverviewFR: "Un réalisateur raconte une histoire déchirante de montagne avec Lellouche à Marseille.",
			OverviewEN: "A director tells a heartbreaking mountaineering story with Lellouche in Marseille."})
	}
	lm := newLangModel(data.NewCatalogue(films, nil))
	sign := func(n int) int { return min(1, max(-1, n)) }
	for w, want := range map[string]int{"realisateur": 1, "dechirante": 1, "heartbreaking": -1, "mountaineering": -1, "lellouche": 0, "marseille": 0, "unknownword": 0} {
		if got := lm.weight(w); sign(got) != want {
			t.Errorf("weight(%q) = %d, want the sign of %d", w, got, want)
		}
	}
	if s := lm.score("heartbreaking mountaineering films"); s >= 0 {
		t.Errorf("score of an English message = %d, want < 0", s)
	}
	if s := lm.score("Lellouche réalisateur à Marseille"); s <= 0 {
		t.Errorf("score of a French message = %d, want > 0", s)
	}
	if lm := newLangModel(nil); lm.weight("realisateur") != 0 {
		t.Error("a model without synopses weighs words")
	}
}
