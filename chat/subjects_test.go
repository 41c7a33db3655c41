package chat_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/bobine/bobine/chat"
)

// TestSubjectsNotTitles checks, on the development dataset, that a subject
// typed where a title could be (an article and a noun, a relative clause, a
// noun after a liked film) is asked for as a theme, while titles typed with
// their own article, or well known and typed alone, stay liked films.
func TestSubjectsNotTitles(t *testing.T) {
	e := devEngine(t)
	tests := []struct {
		in    string
		liked []string // film ids the state must hold, in order
		theme bool     // a theme chip
	}{
		{in: "des robots, de l'intelligence artificielle", theme: true},
		{in: "un homme qui perd la mémoire", theme: true},
		{in: "a man who loses his memory", theme: true},
		{in: "kill bill, la vengeance", liked: []string{"tt0266697"}, theme: true},
		{in: "heat de michael mann, les braquages de banque", liked: []string{"tt0113277"}, theme: true},
		{in: "un film sur napoléon", theme: true},
		{in: "Robots", liked: []string{"tt0358082"}},
		{in: "une séparation", liked: []string{"tt1832382"}},
		{in: "la haine, le samouraï", liked: []string{"tt0113247", "tt0062229"}},
		{in: "le quai des brumes, a bout de souffle", liked: []string{"tt0030643", "tt0053472"}},
		{in: "l'homme qui aimait les femmes", liked: []string{"tt0076155"}},
	}
	for i, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			r, err := e.Handle(context.Background(), "subjects-"+strings.Repeat("x", i), tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if r.Kind != chat.KindFilms || r.State == nil {
				t.Fatalf("reply %s %q, want films", r.Kind, r.Text)
			}
			var liked []string
			for _, c := range r.State.Liked {
				liked = append(liked, strings.TrimPrefix(c.Key, "film:"))
			}
			theme := slices.ContainsFunc(r.State.Filters, func(c chat.Chip) bool { return c.Key == "theme" })
			if !slices.Equal(liked, tt.liked) || theme != tt.theme {
				t.Errorf("liked %v, theme %v (%q); want liked %v, theme %v", liked, theme, r.Text, tt.liked, tt.theme)
			}
		})
	}
}
