package recommend_test

import (
	"context"
	"slices"
	"testing"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/recommend"
)

const (
	deNiro = "nm0000134"
	pacino = "nm0000199"
)

// TestAllOfConstraints checks the constraints a customer gives as "all
// of": two genres at once, two actors in one film, a director (never a
// writer credit), a runtime about a length.
func TestAllOfConstraints(t *testing.T) {
	films := fixture(t).Films()
	cloned := make([]data.Film, len(films))
	copy(cloned, films)
	people := fixture(t).People()
	for i := range cloned {
		if cloned[i].ID == godfather {
			// Michael Mann did not write The Godfather: a writer credit
			// that a director filter must not count.
			cloned[i].Writers = append(slices.Clone(cloned[i].Writers), michaelMann)
		}
	}
	cat := data.NewCatalogue(cloned, people)
	v, err := recommend.Compute(context.Background(), cat, fixtureRatings(), buildOpts)
	if err != nil {
		t.Fatal(err)
	}
	r := recommend.New(cat, v, nil, recommend.DefaultOptions())
	has := func(f *data.Film, g string) bool { return slices.Contains(f.Genres, g) }
	plays := func(f *data.Film, id string) bool {
		return slices.ContainsFunc(f.Credits, func(c data.Credit) bool { return c.PersonID == id && c.IsCast() })
	}
	tests := []struct {
		name  string
		liked []string
		c     recommend.Constraints
		ok    func(f *data.Film) bool
		want  []string // films that must be among the answer (all of them when the answer is short)
	}{
		{"all genres", []string{heat}, recommend.Constraints{AllGenres: []string{"Crime", "thriller"}}, func(f *data.Film) bool { return has(f, "Crime") && has(f, "Thriller") }, nil},
		{"all genres, none has them all", nil, recommend.Constraints{AllGenres: []string{"Western", "Animation"}}, func(*data.Film) bool { return false }, nil},
		{"all genres, unknown genre", nil, recommend.Constraints{AllGenres: []string{"Crime", "Telenovela"}}, func(*data.Film) bool { return false }, nil},
		{"any genre still any", nil, recommend.Constraints{Genres: []string{"Western", "Animation"}}, func(f *data.Film) bool { return has(f, "Western") || has(f, "Animation") }, nil},
		{"cast, both in one film", nil, recommend.Constraints{Cast: []string{deNiro, pacino}}, func(f *data.Film) bool { return plays(f, deNiro) && plays(f, pacino) }, []string{heat, godfather2}},
		{"people, either", nil, recommend.Constraints{People: []string{deNiro, pacino}}, func(f *data.Film) bool { return plays(f, deNiro) || plays(f, pacino) }, []string{heat, "tt0112641"}},
		{"directors, not a writer credit", nil, recommend.Constraints{Directors: []string{michaelMann}}, func(f *data.Film) bool { return slices.Contains(f.Directors, michaelMann) }, []string{heat, collateral}},
		{"people counts the writer credit", nil, recommend.Constraints{People: []string{michaelMann}}, func(f *data.Film) bool {
			return slices.Contains(f.Directors, michaelMann) || slices.Contains(f.Writers, michaelMann)
		}, []string{godfather}},
		{"director and cast", nil, recommend.Constraints{Directors: []string{michaelMann}, Cast: []string{pacino}}, func(f *data.Film) bool { return f.ID == heat }, []string{heat}},
		{"cast and genre and era", nil, recommend.Constraints{Cast: []string{pacino}, Genres: []string{"Crime"}, MinYear: 1990}, func(f *data.Film) bool {
			return plays(f, pacino) && has(f, "Crime") && f.Year >= 1990
		}, []string{heat}},
		{"runtime about", nil, recommend.Constraints{MinRuntime: 100, MaxRuntime: 130}, func(f *data.Film) bool { return f.Runtime >= 100 && f.Runtime <= 130 }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, err := r.Recommend(context.Background(), recommend.Request{Liked: tt.liked, Constraints: tt.c, Count: 10})
			if err != nil {
				t.Fatal(err)
			}
			for _, rec := range recs {
				if !tt.ok(rec.Film) {
					t.Errorf("%s (%d, %v, %d min) breaks the constraint", rec.Film.Title, rec.Film.Year, rec.Film.Genres, rec.Film.Runtime)
				}
			}
			got := ids(recs)
			for _, id := range tt.want {
				if !slices.Contains(got, id) {
					t.Errorf("answer %v lacks %s", got, id)
				}
			}
			if tt.name == "all genres" || tt.name == "runtime about" {
				if len(recs) == 0 {
					t.Error("no recommendation")
				}
			}
		})
	}
}

// TestDirectorReason checks that a film two actors asked for together
// gives both as reasons.
func TestDirectorReason(t *testing.T) {
	r, _ := newRecommender(t, nil, recommend.DefaultOptions())
	recs, err := r.Recommend(context.Background(), recommend.Request{Constraints: recommend.Constraints{Cast: []string{deNiro, pacino}}, Count: 5})
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range recs {
		var withBoth int
		for _, rs := range rec.Reasons {
			if rs.Kind == "constraint" {
				withBoth++
			}
		}
		if withBoth < 2 {
			t.Errorf("%s: reasons %+v do not name both actors", rec.Film.Title, rec.Reasons)
		}
	}
}
