package chat

import (
	"slices"
	"testing"
)

// TestParseConstraints9 checks the constraints customers phrase loosely
// (asides.go, the strict length bounds, « vieux » as an era, nationalities
// negated, numbered exclusions, resets in words, a film seen again): what
// the message asks for, and that none of its words is left to be looked up
// as a title.
func TestParseConstraints9(t *testing.T) {
	type want struct {
		minYear, maxYear, minRun, maxRun int
		genres, countries, avoid         []string
		family, reset, french            bool
		audience                         string
		refs                             []int
		titles                           []string
	}
	tests := []struct {
		in string
		w  want
	}{
		{"une comedie francaise de moins de 100 minutes", want{maxRun: 99, genres: []string{"Comedy"}, french: true}},
		{"pas plus de 95 minutes, un thriller", want{maxRun: 95, genres: []string{"Thriller"}}},
		{"un western de plus de 140 min svp", want{minRun: 141, genres: []string{"Western"}}},
		{"a war film over 150 minutes, up to three hours is fine", want{minRun: 151, maxRun: 180, genres: []string{"War"}}},
		{"un film de plus de 2h30, 3h ça me va", want{minRun: 151, maxRun: 180}},
		{"a war epic", want{genres: []string{"War"}}},
		{"an old British war film please", want{maxYear: oldFilmYear, genres: []string{"War"}, countries: []string{"GB"}}},
		{"une bonne vieillerie hollywoodienne", want{maxYear: oldFilmYear, countries: []string{"US"}}},
		{"un film d'aventure à l'ancienne", want{maxYear: oldFilmYear, genres: []string{"Adventure"}}},
		{"un thriler pas trop vieu", want{minYear: notOldYear, genres: []string{"Thriller"}}},
		{"un thriller ni americain ni anglais", want{genres: []string{"Thriller"}, avoid: []string{"US", "GB"}}},
		{"a horror movie that isn't American", want{genres: []string{"Horror"}, avoid: []string{"US"}}},
		{"j'en ai ras le bol des films ricains", want{avoid: []string{"US"}}},
		{"un dessin animé mais pas Disney ni Pixar, plutot japonais", want{genres: []string{"Animation"}, countries: []string{"JP"}}},
		{"animation, but not Disney or Pixar, maybe something Japanese", want{genres: []string{"Animation"}, countries: []string{"JP"}}},
		{"a family adventure under 100 minutes", want{maxRun: 99, genres: []string{"Adventure"}, family: true}},
		{"a gentle Italian comedy", want{genres: []string{"Comedy"}, countries: []string{"IT"}, audience: "gentle"}},
		{"un drame japonais calme et lent", want{genres: []string{"Drama"}, countries: []string{"JP"}}},
		{"my daughter's sick of princesses, she wants real fantasy", want{genres: []string{"Fantasy"}}},
		{"on a adoré les choristes, quelque chose de doux pour toute la famille", want{family: true, audience: "gentle", titles: []string{"les choristes"}}},
		{"un film tendre svp", want{audience: "gentle"}},
		{"something sweet for tonight", want{audience: "gentle"}},
		{"quelque chose de plutôt calme", want{}},
		{"ni le 2 ni le 4", want{refs: []int{2, 4}}},
		{"neither 1 nor 3", want{refs: []int{1, 3}}},
		{"laissez tomber, ma femme veut choisir maintenant", want{reset: true}},
		{"forget all that, the kids want to pick now", want{reset: true}},
		{"on vient de revoir les tontons flingueurs, un autre", want{titles: []string{"les tontons flingueurs"}}},
		{"we just watched Ghostbusters again", want{titles: []string{"Ghostbusters"}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			m := parse(tt.in, parseOptions{})
			w := tt.w
			if m.MinYear != w.minYear || m.MaxYear != w.maxYear {
				t.Errorf("years %d-%d, want %d-%d", m.MinYear, m.MaxYear, w.minYear, w.maxYear)
			}
			if m.MinRuntime != w.minRun || m.MaxRuntime != w.maxRun {
				t.Errorf("runtime %d-%d, want %d-%d", m.MinRuntime, m.MaxRuntime, w.minRun, w.maxRun)
			}
			if !slices.Equal(m.Genres, w.genres) || !slices.Equal(m.Countries, w.countries) || !slices.Equal(m.AvoidCountries, w.avoid) {
				t.Errorf("genres %v countries %v avoid %v, want %v %v %v", m.Genres, m.Countries, m.AvoidCountries, w.genres, w.countries, w.avoid)
			}
			if m.Family != w.family || m.Reset != w.reset || m.FrenchOnly != w.french || m.Audience != w.audience {
				t.Errorf("family %v reset %v french %v audience %q, want %v %v %v %q", m.Family, m.Reset, m.FrenchOnly, m.Audience, w.family, w.reset, w.french, w.audience)
			}
			if w.refs != nil && (m.Act != actReject || !slices.Equal(m.Refs, w.refs)) {
				t.Errorf("act %v refs %v, want a rejection of %v", m.Act, m.Refs, w.refs)
			}
			if !slices.Equal(m.Titles, w.titles) {
				t.Errorf("titles %q, want %q", m.Titles, w.titles)
			}
		})
	}
}
