package chat

import (
	"slices"
	"testing"
)

// TestParseEras checks the eras, lengths, kinds of film and places said
// loosely (eras.go, nations.go): what the message asks, and that no word of
// it is left to be looked up as a title.
func TestParseEras(t *testing.T) {
	type want struct {
		minYear, maxYear int
		ago              *yearsAgo
		maxRuntime       int
		minRuntime       int
		shorter, anyLen  bool
		genres, all      []string
		avoidGenres      []string
		countries        []string
		avoidCountries   []string
		themes           []string
		recent           bool
		titles           []string
	}
	tests := []struct {
		in   string
		want want
	}{
		{"j'ai aimé Heat, quelque chose de la fin des années 90", want{minYear: 1994, maxYear: 1999, titles: []string{"Heat"}}},
		{"une comédie du début 2000", want{minYear: 2000, maxYear: 2005, genres: []string{"Comedy"}}},
		{"from the late 80s please", want{minYear: 1984, maxYear: 1989}},
		{"au milieu des années soixante", want{minYear: 1962, maxYear: 1968}},
		{"de la fin des années 80 au début des années 90", want{minYear: 1984, maxYear: 1995}},
		{"des années 70 ou 80", want{minYear: 1970, maxYear: 1989}},
		{"un film des années folles", want{minYear: 1920, maxYear: 1929}},
		{"quels films de cette année vous me conseillez ?", want{ago: &yearsAgo{0, 0}}},
		{"un film sorti l'an dernier", want{ago: &yearsAgo{1, 1}}},
		{"last year's films", want{ago: &yearsAgo{1, 1}}},
		{"un film sorti il y a deux ans", want{ago: &yearsAgo{2, 2}}},
		{"un film de science-fiction des 20 dernières années", want{ago: &yearsAgo{20, 0}, genres: []string{"Sci-Fi"}}},
		{"something made in the last 5 years", want{ago: &yearsAgo{5, 0}}},
		{"un film sorti ces dernières années", want{ago: &yearsAgo{From: recentYearsSpan}}}, // the last few years, fewer than « récent » (loose11.go)
		{"un grand classique du cinéma", want{maxYear: classicYear}},
		{"a classic western", want{maxYear: classicYear, genres: []string{"Western"}}},
		{"un classique récent", want{recent: true}},
		{"un film qui dure pas des plombes", want{shorter: true}},
		{"finalement un film de 3h ça me va", want{anyLen: true}},
		{"90 min", want{maxRuntime: 90}},
		{"a 90-minute movie", want{maxRuntime: 90}},
		{"less than two hours long", want{maxRuntime: 119}},
		{"un film de cape et d'épée", want{themes: []string{capeEtEpee}}},
		{"a swashbuckler", want{themes: []string{"swashbuckler"}}},
		{"a rom-com please", want{all: []string{"Comedy", "Romance"}}},
		{"une comédie, rien de triste", want{genres: []string{"Comedy"}, avoidGenres: []string{"Drama"}}},
		{"un péplum", want{themes: []string{"péplum"}}},
		{"a good whodunit", want{themes: []string{"whodunit"}, genres: []string{"Mystery"}}}, // a mystery, not a buddy comedy with a murder in it
		{"un drame tiré d'une histoire vraie", want{genres: []string{"Drama"}, all: []string{"Biography"}}},
		{"un film d'après une histoire vraie", want{all: []string{"Biography"}}},
		{"based on true stories", want{all: []string{"Biography"}}},
		{"du cinéma scandinave", want{countries: []string{"XS"}}},
		{"un film asiatique", want{countries: []string{"XA"}}},
		{"un film venant d'Italie", want{countries: []string{"IT"}}},
		{"un film norvégien", want{countries: []string{"NO"}}},
		{"a quick watch", want{shorter: true}},
		{"court, moins d'1h30", want{shorter: true, maxRuntime: 89}},
		{"the nineties", want{minYear: 1990, maxYear: 1999}},
		{"new releases", want{recent: true}},
		{"from the last decade", want{ago: &yearsAgo{10, 0}}},
		{"pre-2000", want{maxYear: 1999}},
		{"avant les années 80", want{maxYear: 1979}},
		{"depuis les années 2000", want{minYear: 2000}},
		{"un film pas trop récent", want{maxYear: notRecentYear}},
		{"un film de 1995 environ", want{minYear: 1992, maxYear: 1998}},
		{"entre 1h30 et 2h", want{minRuntime: 90, maxRuntime: 120}},
		{"between 90 and 120 minutes", want{minRuntime: 90, maxRuntime: 120}},
		{"entre 1980 et 1995", want{minYear: 1980, maxYear: 1995}},
		{"un bon vieux western", want{maxYear: oldFilmYear, genres: []string{"Western"}}},
		{"nothing sad please", want{avoidGenres: []string{"Drama"}}},
		{"un film en VO sous-titrée", want{}},
		{"un film africain", want{countries: []string{"XF"}}},
		{"we only have 90 minutes", want{maxRuntime: 90}},
		{"on a 1h30 devant nous", want{maxRuntime: 90}},
		{"il faut que ça tienne en 1h30", want{maxRuntime: 90}},
		{"keep it under 2 hours", want{maxRuntime: 119}},
		{"those are too long", want{shorter: true}},
		{"un film long", want{minRuntime: longFilmMinutes}},
		{"un film étranger", want{avoidCountries: []string{"FR"}}},
		{"tout sauf américain", want{avoidCountries: []string{"US"}}},
		{"autre chose qu'américain", want{avoidCountries: []string{"US"}}},
		{"des films anglo-saxons", want{countries: []string{"XN"}}},
		{"un film français ou belge", want{countries: []string{"BE", "FR"}}},
		{"Italian or French films", want{countries: []string{"IT", "FR"}}},
		{"I liked Heat, something in a foreign language", want{avoidCountries: []string{"US", "GB"}, titles: []string{"Heat"}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			m := parse(tt.in, parseOptions{})
			w := tt.want
			if m.MinYear != w.minYear || m.MaxYear != w.maxYear {
				t.Errorf("years %d-%d, want %d-%d", m.MinYear, m.MaxYear, w.minYear, w.maxYear)
			}
			if (m.Ago == nil) != (w.ago == nil) || m.Ago != nil && *m.Ago != *w.ago {
				t.Errorf("ago %v, want %v", m.Ago, w.ago)
			}
			if m.MinRuntime != w.minRuntime {
				t.Errorf("runtime min %d, want %d", m.MinRuntime, w.minRuntime)
			}
			if m.MaxRuntime != w.maxRuntime || m.Shorter != w.shorter || m.AnyLength != w.anyLen {
				t.Errorf("runtime max %d shorter %v any %v, want %d %v %v", m.MaxRuntime, m.Shorter, m.AnyLength, w.maxRuntime, w.shorter, w.anyLen)
			}
			if m.Recent != w.recent {
				t.Errorf("recent %v, want %v", m.Recent, w.recent)
			}
			for _, f := range []struct {
				name      string
				got, want []string
			}{
				{"genres", m.Genres, w.genres}, {"all genres", m.AllGenres, w.all}, {"avoid genres", m.AvoidGenres, w.avoidGenres},
				{"countries", m.Countries, w.countries}, {"avoid countries", m.AvoidCountries, w.avoidCountries}, {"themes", m.Themes, w.themes},
			} {
				if !slices.Equal(f.got, f.want) {
					t.Errorf("%s %q, want %q", f.name, f.got, f.want)
				}
			}
			if !slices.Equal(m.Titles, w.titles) || len(m.People) > 0 {
				t.Errorf("left to look up: titles %q people %q, want titles %q", m.Titles, m.People, w.titles)
			}
		})
	}
	// « un film bien de chez nous » is French.
	if m := parse("un film bien de chez nous", parseOptions{}); !m.FrenchOnly || len(m.Titles) > 0 {
		t.Errorf("de chez nous: french %v titles %q", m.FrenchOnly, m.Titles)
	}
	// « L'Année dernière à Marienbad » is a title, not last year.
	if m := parse("j'ai aimé l'année dernière à marienbad", parseOptions{}); m.Ago != nil || len(m.Titles) != 1 {
		t.Errorf("Marienbad: ago %v titles %q", m.Ago, m.Titles)
	}
}

// TestYearsAgo checks the years a relative era stands for.
func TestYearsAgo(t *testing.T) {
	for _, tt := range []struct {
		a        yearsAgo
		min, max int
	}{
		{yearsAgo{0, 0}, 2025, 2025},
		{yearsAgo{1, 1}, 2024, 2024},
		{yearsAgo{20, 0}, 2005, 0},
	} {
		if lo, hi := tt.a.years(2025); lo != tt.min || hi != tt.max {
			t.Errorf("%v: %d-%d, want %d-%d", tt.a, lo, hi, tt.min, tt.max)
		}
	}
}
