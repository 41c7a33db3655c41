package main

import (
	"strings"
	"testing"

	"github.com/bobine/bobine/data"
)

// At min_votes 0 the vector spaces keep the most voted titles only: a
// customer's recommendations come from them, and the neighbour lists cost
// the square of the titles.
func TestTopVoted(t *testing.T) {
	films := []data.Film{
		{ID: "tt05", Votes: 10}, {ID: "tt01", Votes: 500}, {ID: "tt03", Votes: 10},
		{ID: "tt02", Votes: 7}, {ID: "tt04", Votes: 90000, Directors: []string{"nm1"}},
	}
	cat := data.NewCatalogue(films, []data.Person{{ID: "nm1", Name: "A"}})
	if got := topVoted(cat, 5); got != cat {
		t.Error("a catalogue within the bound is not the catalogue itself")
	}
	top := topVoted(cat, 3)
	var ids []string
	for _, f := range top.Films() {
		ids = append(ids, f.ID)
	}
	// tt03 and tt05 tie at 10 votes: the lower id stays.
	if got, want := strings.Join(ids, " "), "tt01 tt03 tt04"; got != want {
		t.Errorf("top 3 by votes = %s, want %s", got, want)
	}
	if f, err := top.Film("tt04"); err != nil || len(f.Directors) != 1 {
		t.Errorf("kept film lost its record: %v %v", f, err)
	}
	if len(cat.Films()) != 5 {
		t.Error("the full catalogue was changed")
	}
}
