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
