package chat

import (
	"testing"

	"github.com/bobine/bobine/data"
)

// The rest of a long message picks among homonyms: the genre asked, the
// years asked, the other films' years, one version far better known; a
// title typed alone, or homonyms nothing tells apart, are still asked
// about.
func TestPickByMessage(t *testing.T) {
	aladdin92 := &data.Film{ID: "a92", Year: 1992, Genres: []string{"Animation"}, Votes: 487000}
	aladdin19 := &data.Film{ID: "a19", Year: 2019, Genres: []string{"Adventure"}, Votes: 304000}
	dune84 := &data.Film{ID: "d84", Year: 1984, Genres: []string{"Sci-Fi"}, Votes: 189000}
	dune21 := &data.Film{ID: "d21", Year: 2021, Genres: []string{"Sci-Fi"}, Votes: 960000}
	mis12 := &data.Film{ID: "m12", Year: 2012, Countries: []string{"GB"}, Votes: 355000}
	mis19 := &data.Film{ID: "m19", Year: 2019, Countries: []string{"FR"}, Votes: 30000}
	frozen := &data.Film{ID: "fz", Year: 2013}
	singin := &data.Film{ID: "si", Year: 1952}
	br2049 := &data.Film{ID: "br", Year: 2017}
	cases := []struct {
		name   string
		m      message
		films  []*data.Film
		others []*data.Film
		want   *data.Film
	}{
		{"un dessin animé", message{Genres: []string{"Animation"}}, []*data.Film{aladdin92, aladdin19}, nil, aladdin92},
		{"en famille", message{Family: true}, []*data.Film{aladdin92, aladdin19}, []*data.Film{frozen}, aladdin92},
		{"des années 80", message{MinYear: 1980, MaxYear: 1989}, []*data.Film{dune84, dune21}, nil, dune84},
		{"beside a 1952 film", message{}, []*data.Film{aladdin92, aladdin19}, []*data.Film{singin}, aladdin92},
		{"beside a 2017 film", message{}, []*data.Film{dune84, dune21}, []*data.Film{br2049}, dune21},
		{"alone: asked", message{}, []*data.Film{dune84, dune21}, nil, nil},
		{"close years, close votes: asked", message{}, []*data.Film{aladdin92, aladdin19}, []*data.Film{{Year: 2005}}, nil},
		{"far better known, beside another film", message{}, []*data.Film{dune84, dune21}, []*data.Film{{Year: 2002}}, dune21},
		{"a French homonym is never passed over", message{}, []*data.Film{mis12, mis19}, []*data.Film{{Year: 2015}}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := pickByMessage(c.m, c.films, c.others); got != c.want {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

// Eras said by what is not wanted: the decade inside « pas un vieux truc
// des années 80 » is no bound, « rien de récent » asks for older films.
func TestNegatedEras(t *testing.T) {
	cases := []struct {
		in               string
		minYear, maxYear int
		sameEra          bool
	}{
		{"un film d'horreur récent, pas un vieux machin des années 80", notOldYear, 0, false},
		{"de la science-fiction, pas des vieux films tout moches", notOldYear, 0, false},
		{"a scary film, something recent, not some old 70s thing", notOldYear, 0, false},
		{"un bon polar, pas un récent", 0, notRecentYear, false},
		{"un polar français, pas un récent, plutôt un classique", 0, classicYear, false},
		{"des westerns de la même période, rien de récent", 0, 0, true},
		{"des comédies musicales de ces années-là", 0, 0, true},
		{"more westerns from that time please", 0, 0, true},
		{"un film pas trop vieux", notOldYear, 0, false},
	}
	for _, c := range cases {
		m := parse(c.in, parseOptions{})
		if m.MinYear != c.minYear || m.MaxYear != c.maxYear || m.SameEra != c.sameEra {
			t.Errorf("%q: years %d-%d same era %v; want %d-%d %v", c.in, m.MinYear, m.MaxYear, m.SameEra, c.minYear, c.maxYear, c.sameEra)
		}
	}
}
