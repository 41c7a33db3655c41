package chat

import "testing"

// TestParseDurations checks the lengths of durations.go and the wider
// durAlt: what bound the message sets, and that no word of it is left to
// be looked up as a title or a person.
func TestParseDurations(t *testing.T) {
	tests := []struct {
		in                      string
		max, min                int
		shorter, longer, anyLen bool
	}{
		{"une comédie d'une heure trois quarts maximum svp", 105, 0, false, false, false},
		{"un polar, 1h trois quarts max", 105, 0, false, false, false},
		{"pas plus d'une heure et quart", 75, 0, false, false, false},
		{"une heure quarante max", 100, 0, false, false, false},
		{"un film, 2h grand maximum svp", 120, 0, false, false, false},
		{"un thriller de moin de 2 heurs", 119, 0, false, false, false},
		{"un film avec jean gabin de moins de 1h40", 99, 0, false, false, false},
		{"une comedie de 1 h 30 max", 90, 0, false, false, false},
		{"moins de 90mn", 89, 0, false, false, false},
		{"un film de moins d'une heure", 59, 0, false, false, false},
		{"un court métrage svp", shortFilmMinutes, 0, false, false, false},
		{"un drame mais pas un film de 3 heures", 150, 0, false, false, false},
		{"not a 3-hour movie please", 150, 0, false, false, false},
		{"jusqu'à 2h", 120, 0, false, false, false},
		{"a comedy, an hour and 40 minutes at most", 100, 0, false, false, false},
		{"an hour forty max", 100, 0, false, false, false},
		{"under two hrs", 119, 0, false, false, false},
		{"a movie that's under two hours", 119, 0, false, false, false},
		{"at least two and a half hours", 0, 150, false, false, false},
		{"nothing longer than 2 hours", 120, 0, false, false, false},
		{"un long western", 0, longFilmMinutes, false, false, false},
		{"un western long", 0, longFilmMinutes, false, false, false},
		{"un film fleuve", 0, longFilmMinutes, false, false, false},
		{"even shorter", 0, 0, true, false, false},
		{"something like that but not as long", 0, 0, true, false, false},
		{"pas aussi long", 0, 0, true, false, false},
		{"moins long que celui-là", 0, 0, true, false, false},
		{"pas plus long qu'1h40", 100, 0, false, false, false},
		{"la durée : 2h max", 120, 0, false, false, false},
		{"durée maximale 1h45", 105, 0, false, false, false},
		{"1h30 pas plus", 90, 0, false, false, false},
		{"Je n'ai qu'une heure et demie devant moi", 90, 0, false, false, false},
		{"entre une heure et demie et deux heures", 120, 90, false, false, false},
		{"un film d'1h30 à 2h", 120, 90, false, false, false},
		{"shorter than 2 hours", 119, 0, false, false, false},
		{"two hours at the most", 120, 0, false, false, false},
		{"less than 2 and a half hours", 149, 0, false, false, false},
		{"I don't want anything longer than 2 hours", 120, 0, false, false, false},
		{"please nothing that runs over 2 hours", 120, 0, false, false, false},
		{"rien qui dure plus de 2h", 120, 0, false, false, false},
		{"a film over two hours", 0, 121, false, false, false},
		{"Any good thrillers that aren't too long?", 0, 0, true, false, false},
		{"un film qui ne soit pas trop long", 0, 0, true, false, false},
		{"shorter than that", 0, 0, true, false, false},
		{"a movie that is long", 0, longFilmMinutes, false, false, false},
		{"I don't mind long films", 0, 0, false, false, true},
		{"ça peut être long", 0, 0, false, false, true},
		{"we want a film under 2 hours", 119, 0, false, false, false},
		{"a short comedy", 0, 0, true, false, false},
		{"une comédie courte svp", 0, 0, true, false, false},
		{"pas trop longtemps", 0, 0, true, false, false},
		{"des films plus longs", 0, 0, false, true, false},
		{"something longer", 0, 0, false, true, false},
		{"finalement la durée m'importe peu", 0, 0, false, false, true},
		{"actually epic length is fine", 0, 0, false, false, true},
		{"long films are fine", 0, 0, false, false, true},
	}
	for _, tt := range tests {
		m := parse(tt.in, parseOptions{})
		if m.MaxRuntime != tt.max || m.MinRuntime != tt.min || m.Shorter != tt.shorter || m.Longer != tt.longer || m.AnyLength != tt.anyLen {
			t.Errorf("%q: max %d min %d shorter %v longer %v any %v, want %d %d %v %v %v", tt.in,
				m.MaxRuntime, m.MinRuntime, m.Shorter, m.Longer, m.AnyLength, tt.max, tt.min, tt.shorter, tt.longer, tt.anyLen)
		}
		if len(m.Titles) > 0 || (len(m.People) > 0 && m.People[0] != "jean gabin") {
			t.Errorf("%q: left to look up: titles %q people %q", tt.in, m.Titles, m.People)
		}
	}
}
