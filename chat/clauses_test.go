package chat

import (
	"testing"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// TestCommentary checks which unresolved parts of a message are read as the
// customer's comment (dropped beside what the message understood) and which
// still look like a mistyped title worth a question.
func TestCommentary(t *testing.T) {
	mepris := &data.Film{ID: "tt0057345", Title: "Contempt", FrenchTitle: "Le Mépris", OriginalTitle: "Le Mépris", Year: 1963, Votes: 37000}
	garcon := &data.Film{ID: "tt0276751", Title: "About a Boy", FrenchTitle: "Pour un garçon", Year: 2002, Votes: 200000}
	futur := &data.Film{ID: "tt0088763", Title: "Back to the Future", FrenchTitle: "Retour vers le futur", Year: 1985, Votes: 1300000}
	topGun := &data.Film{ID: "tt0092099", Title: "Top Gun", Year: 1986, Votes: 400000}
	cour := &data.Film{ID: "tt0266452", Title: "Le Cœur des hommes", Year: 2003, Votes: 3000}
	weak := func(text string, fs ...*data.Film) mention {
		m := mention{Text: text}
		for _, f := range fs {
			m.Matches = append(m.Matches, search.FilmMatch{Film: f, Confidence: 0.1})
		}
		return m
	}
	tests := []struct {
		name string
		m    mention
		want bool // commentary
	}{
		{"a typo of a title", weak("le mepri", mepris), false},
		{"every word of a title, in order", weak("retour vers futur", futur), false},
		{"function words of a title", weak("pour un", garcon), true},
		{"one short common word", weak("top", topGun), true},
		{"one word, a title a letter away", weak("other", &data.Film{Title: "The Others", Votes: 400000}, &data.Film{Title: "The Other Guys", Votes: 300000}), true},
		{"one word typed exactly", weak("alien", &data.Film{Title: "Alien", Votes: 1000000}), false},
		{"words of no title among homonyms", mention{Text: "les gene pas", Matches: []search.FilmMatch{
			{Film: &data.Film{ID: "tt1132620", Title: "The Girl with the Dragon Tattoo", FrenchTitle: "Millénium : Les hommes qui n'aimaient pas les femmes", Year: 2009, Votes: 250000}, Confidence: 0.03},
			{Film: &data.Film{ID: "tt1568346", Title: "The Girl with the Dragon Tattoo", FrenchTitle: "Millénium : Les hommes qui n'aimaient pas les femmes", Year: 2011, Votes: 500000}, Confidence: 0.03},
		}}, true},
		{"homonyms of the title typed", mention{Text: "dune", Matches: []search.FilmMatch{
			{Film: &data.Film{ID: "tt1160419", Title: "Dune", Year: 2021, Votes: 900000}, Confidence: 0.5},
			{Film: &data.Film{ID: "tt0087182", Title: "Dune", Year: 1984, Votes: 200000}, Confidence: 0.4},
		}}, false},
		{"a comment sharing a word with a title", weak("des repliques qu'on connait par coeur", cour), true},
		{"nothing found", mention{Text: "gabin et belmondo ensemble c'est magique"}, true},
		{"a short title the catalogue lacks", mention{Text: "Zorglubinator"}, false},
		{"one word search has no doubt about", mention{Text: "intouchable", Matches: []search.FilmMatch{{Film: &data.Film{Title: "The Intouchables", FrenchTitle: "Intouchables", Votes: 900000}, Confidence: 0.9}}}, false},
		{"resolved", mention{Text: "le mépris", Matches: []search.FilmMatch{{Film: mepris, Confidence: 1}}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := commentary(tt.m); got != tt.want {
				t.Errorf("commentary(%q) = %v, want %v", tt.m.Text, got, tt.want)
			}
		})
	}
}

// TestSkipComment checks that a comment is let go only beside something
// the message understood: alone, the words are the request and are asked
// about.
func TestSkipComment(t *testing.T) {
	heat := &data.Film{ID: "tt0113277", Title: "Heat", Year: 1995, Votes: 760000}
	donc := mention{Text: "donc", Matches: []search.FilmMatch{{Film: &data.Film{ID: "tt0070363", Title: "Mais où est donc passée la 7ème compagnie ?", Votes: 9000}, Confidence: 0.2}}}
	tests := []struct {
		name string
		p    *plan
		want bool
	}{
		{"alone", &plan{}, false},
		{"beside a film", &plan{films: []*data.Film{heat}}, true},
		{"beside a year", &plan{m: message{MaxYear: 1965}}, true},
		{"beside a film still to read", &plan{todo: []mention{{Text: "heat", Matches: []search.FilmMatch{{Film: heat, Confidence: 1}}}}}, true},
		{"beside a comment only", &plan{todo: []mention{{Text: "justement", Matches: donc.Matches}}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := skipComment(tt.p, donc); got != tt.want {
				t.Errorf("skipComment = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestLoneObscure checks that one word read as a little-known film's title
// can be a comment, a well-known one never.
func TestLoneObscure(t *testing.T) {
	colourful := mention{Text: "colourful", Matches: []search.FilmMatch{{Film: &data.Film{Title: "Colourful", Votes: 6000}, Confidence: 1}}}
	heat := mention{Text: "heat", Matches: []search.FilmMatch{{Film: &data.Film{Title: "Heat", Votes: 760000}, Confidence: 1}}}
	two := mention{Text: "le samouraï", Matches: []search.FilmMatch{{Film: &data.Film{Title: "Le Samouraï", Votes: 19000}, Confidence: 1}}}
	if !loneObscure(colourful) || loneObscure(heat) || loneObscure(two) {
		t.Errorf("loneObscure: colourful %v (want true), heat %v, le samouraï %v (want false)", loneObscure(colourful), loneObscure(heat), loneObscure(two))
	}
}
