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
