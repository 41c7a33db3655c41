package chat_test

import (
	"context"
	"slices"
	"testing"

	"github.com/bobine/bobine/chat"
	"github.com/bobine/bobine/data"
)

// TestAudienceChips checks that an audience shows as one chip reading as the
// customer said it, that its films obey it, and that one click removes it;
// and that a person not wanted is a chip whose films never come back.
func TestAudienceChips(t *testing.T) {
	e := devEngine(t)
	ctx := context.Background()
	for _, tc := range []struct {
		msg, key, label string
		never           []string // genres none of the films may have
		genres          int      // genre chips the customer asked for
	}{
		{"un film pour ados", "audience", "pour ados", nil, 0},
		{"a movie for date night", "audience", "for a date", []string{"Horror", "War"}, 0},
		{"un polar pas trop violent", "audience", "rien de violent", []string{"Horror", "Thriller", "War"}, 1},
		{"un film pour ma grand-mère", "audience", "pour les grands-parents", []string{"Horror", "Thriller", "War"}, 0},
		{"un film pour une soirée entre filles", "audience", "entre filles", []string{"Horror", "War"}, 0},
		{"un film à voir avec mes parents", "audience", "avec les parents", []string{"Horror"}, 0},
		{"un film pour mon fils ado", "audience", "pour ados", []string{"Horror"}, 0},
		{"un film romantique sans scènes de sexe", "audience", "sans scènes de sexe", nil, 1},
		{"une comédie française mais pas avec Christian Clavier", "avoid-person:nm0002010", "sans Christian Clavier", nil, 0},
		{"a comedy without Jim Carrey", "avoid-person:nm0000120", "without Jim Carrey", nil, 0},
	} {
		t.Run(tc.msg, func(t *testing.T) {
			session := "audience-" + tc.msg
			r, err := e.Handle(ctx, session, tc.msg)
			if err != nil {
				t.Fatal(err)
			}
			if r.Kind != chat.KindFilms || r.State == nil || len(r.Films) == 0 {
				t.Fatalf("reply %+v", r)
			}
			i := slices.IndexFunc(r.State.Filters, func(c chat.Chip) bool { return c.Key == tc.key })
			if i < 0 || r.State.Filters[i].Label != tc.label {
				t.Fatalf("filters %+v, want %s «%s»", r.State.Filters, tc.key, tc.label)
			}
			if tc.key == "audience" && len(r.State.Filters) != 1+tc.genres {
				t.Errorf("filters %+v: the audience shows as more than its chip", r.State.Filters)
			}
			for _, c := range r.Films {
				for _, g := range tc.never {
					if slices.Contains(c.Film.Genres, g) {
						t.Errorf("%s %q is %s", c.Film.ID, c.Film.Title, g)
					}
				}
				if id, ok := cutPrefix(tc.key, "avoid-person:"); ok && credited(c.Film.Directors, c.Film.Credits, id) {
					t.Errorf("%s %q credits %s", c.Film.ID, c.Film.Title, id)
				}
			}
			r, err = e.Remove(ctx, session, tc.key)
			if err != nil {
				t.Fatal(err)
			}
			if r.State == nil || slices.ContainsFunc(r.State.Filters, func(c chat.Chip) bool { return c.Key == tc.key }) {
				t.Fatalf("after removing %s: %+v", tc.key, r.State)
			}
		})
	}
}

func cutPrefix(s, p string) (string, bool) {
	if len(s) >= len(p) && s[:len(p)] == p {
		return s[len(p):], true
	}
	return "", false
}

func credited(directors []string, credits []data.Credit, id string) bool {
	return slices.Contains(directors, id) || slices.ContainsFunc(credits, func(c data.Credit) bool { return c.PersonID == id })
}

// TestAudienceNoSexScenes checks that « sans scènes de sexe » keeps away
// every film whose TMDB keywords say it shows sex or nudity, after an answer
// too, while the genre asked for stays.
func TestAudienceNoSexScenes(t *testing.T) {
	e := devEngine(t)
	ctx := context.Background()
	explicit := []string{"sex", "nudity", "female nudity", "male nudity", "eroticism", "erotic movie"}
	for _, msgs := range [][]string{
		{"un film romantique", "sans scènes de sexe svp"},
		{"a romance, no nudity please"},
	} {
		session := "modest-" + msgs[0]
		var r chat.Reply
		for _, m := range msgs {
			var err error
			if r, err = e.Handle(ctx, session, m); err != nil {
				t.Fatal(err)
			}
		}
		if r.Kind != chat.KindFilms || len(r.Films) == 0 {
			t.Fatalf("%q: reply %+v", msgs, r)
		}
		for _, c := range r.Films {
			if k := slices.IndexFunc(c.Film.Keywords, func(k string) bool { return slices.Contains(explicit, k) }); k >= 0 {
				t.Errorf("%q: %s %q has the keyword %q", msgs, c.Film.ID, c.Film.Title, c.Film.Keywords[k])
			}
			if !slices.Contains(c.Film.Genres, "Romance") {
				t.Errorf("%q: %s %q is no romance %v", msgs, c.Film.ID, c.Film.Title, c.Film.Genres)
			}
		}
	}
}
