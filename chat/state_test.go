package chat_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/bobine/bobine/chat"
	"github.com/bobine/bobine/data"
)

func chipKeys(cs []chat.Chip) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Key)
	}
	return out
}

// TestRemoveChip removes a filter and a liked film the way the widget's
// chips do, and checks the list that comes back obeys what is left.
func TestRemoveChip(t *testing.T) {
	e := devEngine(t)
	ctx := context.Background()
	r, err := e.Handle(ctx, "chips", "j'ai aimé Heat, des comédies de moins de 2h")
	if err != nil {
		t.Fatal(err)
	}
	if r.Kind != chat.KindFilms || r.State == nil {
		t.Fatalf("reply %+v", r)
	}
	if got := chipKeys(r.State.Filters); !slices.Contains(got, "runtime") || !slices.Contains(got, "genre:Comedy") {
		t.Fatalf("filters %v, want runtime and genre:Comedy", got)
	}
	if len(r.State.Liked) != 1 || r.State.Liked[0].Label != "Heat (1995)" {
		t.Fatalf("liked %+v, want Heat (1995)", r.State.Liked)
	}
	r, err = e.Remove(ctx, "chips", "genre:Comedy")
	if err != nil {
		t.Fatal(err)
	}
	if r.Kind != chat.KindFilms || slices.Contains(chipKeys(r.State.Filters), "genre:Comedy") {
		t.Fatalf("after removing the genre: %+v", r)
	}
	for _, c := range r.Films {
		if c.Film.Runtime > 120 {
			t.Errorf("%s runs %d min although the runtime filter is kept", c.Film.ID, c.Film.Runtime)
		}
	}
	r, err = e.Remove(ctx, "chips", "film:"+r.State.Liked[0].Key[len("film:"):])
	if err != nil {
		t.Fatal(err)
	}
	if len(r.State.Liked) != 0 || r.Lang != "fr" {
		t.Fatalf("after removing Heat: %+v", r.State)
	}
	r, err = e.Remove(ctx, "chips", "genre:Comedy")
	if err != nil || r.Kind != chat.KindText {
		t.Fatalf("removing an inactive chip: %+v, %v", r, err)
	}
	if _, err := e.Remove(ctx, "chips", "colour:blue"); !errors.Is(err, data.ErrInvalid) {
		t.Fatalf("unknown chip kind: err %v, want data.ErrInvalid", err)
	}
}

// TestFrenchReasons: a French reply carries no English TMDB keyword.
func TestFrenchReasons(t *testing.T) {
	e := devEngine(t)
	for _, msg := range []string{"j'ai aimé Le Parrain", "j'ai aimé Alien et Heat", "j'ai aimé Retour vers le futur"} {
		r, err := e.Handle(context.Background(), "reasons-"+msg, msg)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range r.Films {
			for _, rs := range c.Reasons {
				if rs.Kind == "keywords" && len(rs.FR) > 0 && slices.Contains([]rune(rs.FR), ':') {
					t.Errorf("%q: French keywords reason %q lists English keywords", msg, rs.FR)
				}
			}
		}
	}
}

// TestRemoveAllOfChips checks that constraints asked all together show
// one chip each, in the customer's language, and are removed one by one:
// what is left still holds for every film.
func TestRemoveAllOfChips(t *testing.T) {
	e := devEngine(t)
	ctx := context.Background()
	plays := func(f *data.Film, id string) bool {
		return slices.ContainsFunc(f.Credits, func(c data.Credit) bool { return c.PersonID == id && c.IsCast() })
	}
	const depardieu, deneuve = "nm0000367", "nm0000366"
	for _, tc := range []struct {
		session, msg string
		labels       []string
	}{
		{"allof-fr", "avec gerard depardieu et catherine deneuve, une comedie romantique", []string{"comédie", "et romance", "avec Gérard Depardieu", "avec Catherine Deneuve"}},
		{"allof-en", "a romantic comedy with Gerard Depardieu and Catherine Deneuve", []string{"comedy", "and romance", "with Gérard Depardieu", "with Catherine Deneuve"}},
	} {
		t.Run(tc.session, func(t *testing.T) {
			r, err := e.Handle(ctx, tc.session, tc.msg)
			if err != nil {
				t.Fatal(err)
			}
			if r.State == nil {
				t.Fatalf("reply %+v", r)
			}
			var labels []string
			for _, c := range r.State.Filters {
				labels = append(labels, c.Label)
			}
			for _, l := range tc.labels {
				if !slices.Contains(labels, l) {
					t.Errorf("chips %q lack %q", labels, l)
				}
			}
			// Both genres hold for every film (when no film has both
			// actors too, the reply says so and takes either of them).
			for _, c := range r.Films {
				if !slices.Contains(c.Film.Genres, "Comedy") || !slices.Contains(c.Film.Genres, "Romance") {
					t.Errorf("%s %v is not a romantic comedy", c.Film.ID, c.Film.Genres)
				}
			}
			r, err = e.Remove(ctx, tc.session, "genre:Romance")
			if err != nil {
				t.Fatal(err)
			}
			if r.Kind != chat.KindFilms || slices.Contains(chipKeys(r.State.Filters), "genre:Romance") {
				t.Fatalf("after removing romance: %+v", r)
			}
			for _, c := range r.Films {
				if !slices.Contains(c.Film.Genres, "Comedy") {
					t.Errorf("%s %v: the comedy chip is kept", c.Film.ID, c.Film.Genres)
				}
			}
			r, err = e.Remove(ctx, tc.session, "genre:Comedy")
			if err != nil {
				t.Fatal(err)
			}
			keys := chipKeys(r.State.Filters)
			if !slices.Contains(keys, "person:"+depardieu) || !slices.Contains(keys, "person:"+deneuve) {
				t.Fatalf("after removing the genres: chips %v", keys)
			}
			if len(r.Films) == 0 {
				t.Fatal("no film with both actors")
			}
			for _, c := range r.Films {
				if !plays(c.Film, depardieu) || !plays(c.Film, deneuve) {
					t.Errorf("%s lacks one of the two actors asked together", c.Film.ID)
				}
			}
			r, err = e.Remove(ctx, tc.session, "person:"+deneuve)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range r.Films {
				if !plays(c.Film, depardieu) {
					t.Errorf("%s: Depardieu's chip is kept", c.Film.ID)
				}
			}
		})
	}
}
