package chat

import (
	"slices"
	"testing"
)

// TestParseSettingPeriods checks that the period a story is set in is read
// as a theme (handed to the theme search with the words that make it the
// story's when it is a decade or a year), that the years a film came out
// stay an era, and that both can come in one message.
func TestParseSettingPeriods(t *testing.T) {
	tests := []struct {
		in               string
		cue              []string // m.CueThemes
		minYear, maxYear int
		recent           bool
		genres           []string
	}{
		{"je cherche un film qui se passe dans les années 80", []string{"qui se passe dans les années 80"}, 0, 0, false, nil},
		{"des films des années 80 svp", nil, 1980, 1989, false, nil},
		{"un film récent qui se passe au Moyen Âge", []string{"Moyen Âge"}, 0, 0, true, nil},
		{"un film des années 2000 qui se passe dans les années 60", []string{"qui se passe dans les années 60"}, 2000, 2009, false, nil},
		{"je veux un film sorti dans les années 90 mais qui se passe dans les années 70", []string{"qui se passe dans les années 70"}, 1990, 1999, false, nil},
		{"un film au XVIIe siècle", []string{"XVIIe siècle"}, 0, 0, false, nil},
		{"un truc qui se pase au 19eme siecle", []string{"19eme siecle"}, 0, 0, false, nil},
		{"une comédie qui se passe dans les années 80", []string{"qui se passe dans les années 80"}, 0, 0, false, []string{"Comedy"}},
		{"un film des années folles", nil, 1920, 1929, false, nil},
		{"un film qui se passe pendant les années folles", []string{"qui se passe pendant les années folles"}, 0, 0, false, nil},
		{"l'époque des années 40", []string{"l'époque des années 40"}, 0, 0, false, nil},
		{"quelque chose dans l'Antiquité", []string{"Antiquité"}, 0, 0, false, nil},
		{"un film d'époque", []string{"film d'époque"}, 0, 0, false, nil},
		{"un film d'époque sur la cour de Versailles", []string{"film d'époque sur la cour de Versailles"}, 0, 0, false, nil},
		{"des films en costumes d'époque, pas trop longs", []string{"films en costumes d'époque"}, 0, 0, false, nil},
		{"a story that takes place in the fifties", []string{"a story that takes place in the fifties"}, 0, 0, false, nil},
		{"I'm looking for a movie set in the 80s", []string{"set in the 80s"}, 0, 0, false, nil},
		{"something from the 90s please", nil, 1990, 1999, false, nil},
		{"a seventies setting", []string{"seventies setting"}, 0, 0, false, nil},
		{"a movie set in the 1700s", []string{"1700s"}, 0, 0, false, nil},
		{"une histoire qui se passe en 1942", []string{"une histoire qui se passe en 1942"}, 0, 0, false, nil},
		{"un film de 1942", nil, 1942, 1942, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			m := parse(tt.in, parseOptions{})
			if !slices.Equal(m.CueThemes, tt.cue) {
				t.Errorf("cue themes %q, want %q", m.CueThemes, tt.cue)
			}
			if m.MinYear != tt.minYear || m.MaxYear != tt.maxYear || m.Recent != tt.recent {
				t.Errorf("years %d-%d recent %v, want %d-%d %v", m.MinYear, m.MaxYear, m.Recent, tt.minYear, tt.maxYear, tt.recent)
			}
			if !slices.Equal(m.Genres, tt.genres) {
				t.Errorf("genres %q, want %q", m.Genres, tt.genres)
			}
			if len(m.Titles) > 0 || len(m.People) > 0 {
				t.Errorf("left to look up: titles %q people %q", m.Titles, m.People)
			}
		})
	}
}
