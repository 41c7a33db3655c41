package chat

import (
	"slices"
	"testing"
)

// TestParseFollowUpFilters checks the filters and follow-ups of
// tune_constraints7 as the parser reads them: black and white only leans
// old when nothing asks newer, « court » among other wishes, « ses derniers
// films », a person left out (« pas ceux avec », « sans X dedans »), a card
// praised then "more like that one", a nationality after « mais », decades
// side by side, a preference said first. No word of them may be left as a
// title.
func TestParseFollowUpFilters(t *testing.T) {
	type want struct {
		minYear, maxYear int
		newer, shorter   bool
		pronoun          string
		avoidPeople      []string
		act              act
		refs             []int
		countries        []string
		frenchOnly       bool
		genres           []string
		titles           []string
	}
	tests := []struct {
		in   string
		want want
	}{
		{"des vieux polars en noir et blanc svp", want{maxYear: blackWhiteYear, genres: []string{"Crime"}}},
		{"pas en couleur, un drame", want{maxYear: blackWhiteYear, genres: []string{"Drama"}}},
		{"un film sans couleur", want{maxYear: blackWhiteYear}},
		{"no colour films please, a comedy", want{maxYear: blackWhiteYear, genres: []string{"Comedy"}}},
		{"nothing in color", want{maxYear: blackWhiteYear}},
		{"en couleur seulement", want{minYear: blackWhiteYear + 1}},
		{"du noir et blanc mais plus récent", want{newer: true}},
		{"en noir et blanc, des années 2010", want{minYear: 2010, maxYear: 2019}},
		{"en noir et blanc, des années 30", want{minYear: 1930, maxYear: 1939}},
		{"un truc drôle et court svp", want{shorter: true, genres: []string{"Comedy"}}},
		{"un polar, court si possible", want{shorter: true, genres: []string{"Crime"}}},
		{"something funny and short", want{shorter: true, genres: []string{"Comedy"}}},
		{"je préfère ses derniers films", want{newer: true, pronoun: "any"}},
		{"ses films les plus récents stp", want{newer: true, pronoun: "any"}},
		{"his latest films rather", want{newer: true, pronoun: "actor"}},
		{"pas ceux avec Jean Reno", want{avoidPeople: []string{"Jean Reno"}}},
		{"sans gabin dedans", want{avoidPeople: []string{"gabin"}}},
		{"without lee van cleef in it", want{avoidPeople: []string{"lee van cleef"}}},
		{"le deuxième m'a bien plu, d'autres comme lui", want{act: actLikeShown, refs: []int{2}}},
		{"le 3e a l'air super, plus comme celui-là svp", want{act: actLikeShown, refs: []int{3}}},
		{"the fifth looks good, more like that one", want{act: actLikeShown, refs: []int{5}}},
		{"plus comme celui-là", want{act: actLikeShown, refs: []int{0}}},
		{"seven samurai, but something european", want{countries: []string{"EU"}, titles: []string{"seven samurai"}}},
		{"goodfellas but a french one", want{frenchOnly: true, titles: []string{"goodfellas"}}},
		{"old boy, pareil mais européen ?", want{countries: []string{"EU"}, titles: []string{"old boy"}}},
		{"des films des années 50 60", want{minYear: 1950, maxYear: 1969}},
		{"films from the 50s and 60s", want{minYear: 1950, maxYear: 1969}},
		{"je préférerais des westerns", want{genres: []string{"Western"}}},
		{"i'd rather have a comedy", want{genres: []string{"Comedy"}}},
		{"en fait on a adoré les demoiselles de rochefort", want{titles: []string{"les demoiselles de rochefort"}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			m := parse(tt.in, parseOptions{})
			w := tt.want
			if m.MinYear != w.minYear || m.MaxYear != w.maxYear {
				t.Errorf("years = %d-%d, want %d-%d", m.MinYear, m.MaxYear, w.minYear, w.maxYear)
			}
			if m.Newer != w.newer || m.Shorter != w.shorter {
				t.Errorf("newer, shorter = %v, %v, want %v, %v", m.Newer, m.Shorter, w.newer, w.shorter)
			}
			if m.Pronoun != w.pronoun {
				t.Errorf("pronoun = %q, want %q", m.Pronoun, w.pronoun)
			}
			if !slices.Equal(m.AvoidPeople, w.avoidPeople) {
				t.Errorf("avoid people = %q, want %q", m.AvoidPeople, w.avoidPeople)
			}
			if m.Act != w.act || !slices.Equal(m.Refs, w.refs) {
				t.Errorf("act, refs = %v, %v, want %v, %v", m.Act, m.Refs, w.act, w.refs)
			}
			if !slices.Equal(m.Countries, w.countries) || m.FrenchOnly != w.frenchOnly {
				t.Errorf("countries, french = %q, %v, want %q, %v", m.Countries, m.FrenchOnly, w.countries, w.frenchOnly)
			}
			if !slices.Equal(m.Genres, w.genres) {
				t.Errorf("genres = %q, want %q", m.Genres, w.genres)
			}
			if !slices.Equal(m.Titles, w.titles) {
				t.Errorf("titles = %q, want %q", m.Titles, w.titles)
			}
		})
	}
}
