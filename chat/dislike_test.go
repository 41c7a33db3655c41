package chat

import (
	"slices"
	"testing"

	"github.com/bobine/bobine/data"
)

// A « Pas pour moi » on a card: that film and its sequels are not proposed
// again in the conversation, and other conversations are untouched.
func TestDislike(t *testing.T) {
	films := slices.Clone(fixture().Films())
	for i := range films {
		switch films[i].Title {
		case "Film 1", "Film 2":
			films[i].CollectionID = 77 // a film and its sequel
		}
	}
	cat := data.NewCatalogue(films, fixture().People())
	rec := &recorder{cat: cat}
	e := New(cat, fakeResolver{film: titleResolver(cat), people: peopleResolver(cat)}, fakeRecommender{recommend: rec.recommend}, Options{})

	first := say(t, e, "s1", "j'ai aimé Heat")
	if first.Kind != KindFilms || len(first.Films) < 2 {
		t.Fatalf("first reply %+v", first)
	}
	disliked := first.Films[1].Film // "Film 1"
	if disliked.CollectionID != 77 {
		t.Fatalf("the second card is %s, not the collection's film", disliked.Title)
	}
	e.Dislike("s1", disliked.ID)
	e.Dislike("s1", "tt0000000") // unknown: ignored

	again := say(t, e, "s1", "j'ai aimé Heat")
	for _, c := range again.Films {
		if c.Film.CollectionID == 77 {
			t.Errorf("%s proposed again after a dislike of %s", c.Film.Title, disliked.Title)
		}
	}
	if ex := rec.last().Exclude; !slices.Contains(ex, disliked.ID) || len(ex) < 2 {
		t.Errorf("recommender asked to exclude %v", ex)
	}
	other := say(t, e, "s2", "j'ai aimé Heat")
	if !slices.ContainsFunc(other.Films, func(c Card) bool { return c.Film.ID == disliked.ID }) {
		t.Error("another conversation lost the film too")
	}

	// Disliking a film the customer said they liked unlikes it.
	say(t, e, "s3", "j'ai aimé Heat et Intouchables")
	e.Dislike("s3", "tt1675434")
	r := say(t, e, "s3", "plus récent")
	if r.State != nil && slices.ContainsFunc(r.State.Liked, func(c Chip) bool { return c.Key == "film:tt1675434" }) {
		t.Errorf("Intouchables still liked after a dislike: %+v", r.State.Liked)
	}
}

// Replies to what Bobine could not use are marked for the staff's list.
func TestUnresolved(t *testing.T) {
	e, _ := newTestEngine(Options{})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"j'ai aimé Heat", false},
		{"bonjour", false},
		{"j'ai aimé Zorglub contre les tortues", true},
		{"blablabla", true},
	} {
		if r := say(t, e, "u-"+c.text, c.text); r.Unresolved != c.want {
			t.Errorf("%q: Unresolved %v (reply %q), want %v", c.text, r.Unresolved, r.Text, c.want)
		}
	}
}
