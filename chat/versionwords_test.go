package chat

import (
	"testing"

	"github.com/bobine/bobine/data"
)

// Version words typed beside a title, or as the answer to « Quel … ? »,
// pick the homonym; words that say nothing of the version pick none.
func TestVersionPick(t *testing.T) {
	cartoon := &data.Film{ID: "c", Year: 1989, Type: "movie", Genres: []string{"Animation"}}
	remake := &data.Film{ID: "r", Year: 2023, Type: "movie", Genres: []string{"Adventure"}}
	series := &data.Film{ID: "s", Year: 2010, Type: "tvSeries"}
	film := &data.Film{ID: "f", Year: 2019, Type: "movie"}
	// Versions told by a descriptor (versions13.go), whatever the length
	// of the message.
	old := &data.Film{ID: "o", Year: 1978, Votes: 300000, Countries: []string{"US"}, OriginalLanguage: "en"}
	mid := &data.Film{ID: "m", Year: 2007, Votes: 130000, Countries: []string{"US"}, OriginalLanguage: "en"}
	recent := &data.Film{ID: "n", Year: 2018, Votes: 180000, Countries: []string{"US"}, OriginalLanguage: "en"}
	silent := &data.Film{ID: "s", Year: 1925, Votes: 8000}
	danish := &data.Film{ID: "d", Year: 2018, Votes: 67000} // origin unknown to the data
	korean := &data.Film{ID: "k", Year: 2003, Votes: 680000, Countries: []string{"KR"}, OriginalLanguage: "ko"}
	nineties := &data.Film{ID: "p", Year: 1991, Votes: 200000}
	remakeAT := &data.Film{ID: "a", Year: 2007, Votes: 107000, Countries: []string{"US", "AT"}, OriginalLanguage: "en"}
	for _, tc := range []struct {
		text  string
		films []*data.Film
		want  *data.Film // nil: no pick
	}{
		{"la petite sirène, le dessin animé", []*data.Film{remake, cartoon}, cartoon},
		{"mulan, pas le film avec des acteurs", []*data.Film{remake, cartoon}, cartoon},
		{"le livre de la jungle avec des vrais acteurs", []*data.Film{cartoon, remake}, remake},
		{"the live-action one", []*data.Film{cartoon, remake}, remake},
		{"le roi lion de 89, pas le nouveau", []*data.Film{remake, cartoon}, cartoon},
		{"pas le nouveau", []*data.Film{remake, cartoon}, cartoon},
		{"not the original", []*data.Film{cartoon, remake}, remake},
		{"l'original en noir et blanc", []*data.Film{remake, cartoon}, cartoon},
		{"le muet", []*data.Film{remake, cartoon}, cartoon},
		{"en noir et blanc", []*data.Film{remake, cartoon}, cartoon},
		{"roma, i love black and white, something newer", []*data.Film{remake, cartoon}, nil},
		{"celui de 89", []*data.Film{remake, cartoon}, cartoon},
		{"the Downton Abbey film, not the series", []*data.Film{series, film}, film},
		{"la planète des singes de tim burton", []*data.Film{remake, cartoon}, nil},
		{"celui de 75", []*data.Film{remake, cartoon}, nil},
		{"le dessin animé", []*data.Film{cartoon}, nil},
		{"Halloween, the original. Something scary for saturday", []*data.Film{old, mid, recent}, old},
		{"my kids loved Aladdin (the new one). ideas?", []*data.Film{old, recent}, recent},
		{"robocop, le premier !! des films comme ca", []*data.Film{recent, old}, old},
		{"la guerre des boutons, le vieux", []*data.Film{recent, old}, old},
		{"la petite sirene, la nouvelle version avec de vrais acteurs", []*data.Film{old, recent}, recent},
		{"ben-hur (the old one) - epics like that", []*data.Film{silent, old, recent}, old},
		{"point break, the 90s one", []*data.Film{nineties, recent}, nineties},
		{"point break, the 70s one", []*data.Film{old, recent}, old},
		{"The Guilty (the Danish one)", []*data.Film{recent, danish, mid}, danish},
		{"oldboy, le coreen", []*data.Film{recent, korean}, korean},
		{"funny games, the austrian original by haneke", []*data.Film{remakeAT, danish}, danish},
		{"something newer than halloween", []*data.Film{old, recent}, nil},
		{"the first time i saw halloween", []*data.Film{old, recent}, nil},
	} {
		cs := make([]Choice, len(tc.films))
		for i, f := range tc.films {
			cs[i] = Choice{Index: i + 1, Film: f}
		}
		i, ok := versionPick(fold(tc.text).s, cs)
		var got *data.Film
		if ok {
			got = tc.films[i-1]
		}
		if got != tc.want {
			t.Errorf("versionPick(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
