package chat

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// fakeProgramme shows Heat tonight, Intouchables tomorrow and Film 3 in
// three days.
type fakeProgramme struct{ shows []Showtime }

func (p fakeProgramme) Showtimes(from, to time.Time, lang string) []Showtime {
	var out []Showtime
	for _, s := range p.shows {
		if !s.Start.Before(from) && s.Start.Before(to) {
			s.Label = s.Start.Format("02/01 15:04") + " " + lang
			out = append(out, s)
		}
	}
	return out
}

func TestProgrammeQuestions(t *testing.T) {
	now := time.Date(2026, 12, 9, 17, 0, 0, 0, time.UTC) // a Wednesday
	at := func(days, hour int) time.Time { return time.Date(2026, 12, 9+days, hour, 30, 0, 0, time.UTC) }
	prog := fakeProgramme{shows: []Showtime{
		{FilmID: "tt0113277", Start: at(0, 20)}, // Heat, tonight
		{FilmID: "tt0113277", Start: at(0, 22)},
		{FilmID: "tt1675434", Start: at(1, 18)}, // Intouchables, tomorrow
		{FilmID: "tt9900003", Start: at(3, 21)}, // Film 3, Saturday
	}}
	newEngine := func() (*Engine, *recorder) {
		e, rec := newTestEngine(Options{Now: func() time.Time { return now }})
		e.SetProgramme(prog)
		return e, rec
	}
	titles := func(r Reply) string {
		var out []string
		for _, c := range r.Films {
			out = append(out, c.Film.ID)
		}
		return strings.Join(out, " ")
	}

	e, rec := newEngine()
	for _, c := range []struct{ text, text0, films string }{
		{"qu'est-ce qui passe ce soir ?", "Ce soir au cinéma :", "tt0113277"},
		{"Qu’est ce qui passe cette semaine", "Cette semaine au cinéma :", "tt0113277 tt1675434 tt9900003"},
		{"quels films sont à l'affiche demain ?", "Demain au cinéma :", "tt1675434"},
		{"what's on this weekend?", "This weekend at the cinema:", "tt9900003"},
		{"what's showing tomorrow", "Tomorrow at the cinema:", "tt1675434"},
	} {
		r := say(t, e, "list-"+c.text, c.text)
		if r.Kind != KindFilms || r.Text != c.text0 || titles(r) != c.films {
			t.Errorf("%q: %s %q %s; want %q %s", c.text, r.Kind, r.Text, titles(r), c.text0, c.films)
		}
	}
	r := say(t, e, "reason", "qu'est-ce qui passe ce soir")
	if len(r.Films) != 1 || r.Films[0].Reason != "Séances : 09/12 20:30 fr, 09/12 22:30 fr" {
		t.Errorf("tonight's card reason %q", r.Films[0].Reason)
	}
	// « pourquoi le 1 » and « comme le 1 » work on the list.
	if r := say(t, e, "reason", "plus de films comme le 1"); r.Kind != KindFilms {
		t.Errorf("after the programme list, « comme le 1 »: %s %q", r.Kind, r.Text)
	}

	// « à l'affiche comme Heat »: recommended among the films showing.
	e, rec = newEngine()
	r = say(t, e, "like", "à l'affiche comme Heat cette semaine ?")
	req := rec.last()
	if !slices.Equal(req.Liked, []string{"tt0113277"}) || !slices.Equal(req.Constraints.Among, []string{"tt0113277", "tt1675434", "tt9900003"}) ||
		!strings.HasPrefix(r.Text, "À l'affiche cette semaine : ") {
		t.Errorf("« à l'affiche comme Heat »: request %+v, reply %q", req, r.Text)
	}
	// The programme limit holds for that question only.
	say(t, e, "like", "plus récent")
	if len(rec.last().Constraints.Among) != 0 {
		t.Errorf("the next request still limited to the programme: %v", rec.last().Constraints.Among)
	}
	// Films already liked: the question recommends among the films showing.
	say(t, e, "liked", "j'ai aimé Heat")
	r = say(t, e, "liked", "qu'est-ce qui passe demain ?")
	if len(rec.last().Constraints.Among) != 1 || r.Kind != KindFilms || !strings.HasPrefix(r.Text, "À l'affiche demain, les plus proches") {
		t.Errorf("with a liked film, « qu'est-ce qui passe demain »: %v %q", rec.last().Constraints.Among, r.Text)
	}
	// Nothing in the window.
	if r := say(t, e, "none", "qu'est-ce qui passe ce soir"); r.Kind != KindFilms {
		t.Errorf("tonight: %q", r.Text)
	}
	now = at(5, 12)
	if r := say(t, e, "none", "qu'est-ce qui passe ce soir ?"); r.Kind != KindText || r.Text != "Je ne vois aucune séance ce soir au programme." {
		t.Errorf("nothing tonight: %s %q", r.Kind, r.Text)
	}

	// Mentioning the cinema is not a programme question.
	e, rec = newEngine()
	if r := say(t, e, "seen", "au cinéma j'ai aimé Heat"); strings.Contains(r.Text, "affiche") || strings.Contains(r.Text, "programme") || len(rec.last().Constraints.Among) != 0 {
		t.Errorf("« au cinéma j'ai aimé Heat »: %q", r.Text)
	}

	// Without a programme.
	e, _ = newTestEngine(Options{})
	if r := say(t, e, "noprog", "qu'est-ce qui passe ce soir ?"); r.Kind != KindText || !strings.Contains(r.Text, "pas le programme") {
		t.Errorf("no programme: %q", r.Text)
	}
}
