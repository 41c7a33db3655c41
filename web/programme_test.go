package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/bobine/bobine/data/programme"
	"github.com/bobine/bobine/web"
)

// programmeCSV is a programme with two showings of Amélie (by title, with
// typos aside), one of Les Évadés by IMDb id, one past, and a title the
// catalogue lacks.
func programmeCSV(now time.Time) string {
	day := func(d int) string { return now.AddDate(0, 0, d).Format("02/01/2006") }
	return "Titre;IMDb;Date;Heure;Salle;Version\n" +
		"Le fabuleux destin d'amelie poulain;;" + day(1) + ";20h30;Salle 1;VF\n" +
		"Le Fabuleux Destin d'Amélie Poulain;;" + day(2) + ";18:00;Salle 2;VOST\n" +
		";tt0111161;" + day(1) + ";14:00;Salle 1;VOST\n" +
		"Le Fabuleux Destin d'Amélie Poulain;;" + day(-2) + ";20:00;Salle 1;VF\n" +
		"Un film inconnu au bataillon;;" + day(1) + ";21:00;Salle 3;VF\n" +
		"Sans heure;;" + day(1) + ";;Salle 3;VF\n"
}

func TestProgrammeMarksCardsAndStaffPage(t *testing.T) {
	rec := &memRecorder{}
	s, ts := newServer(t, func(o *web.Options) { o.Feedback = rec })
	cat := fixture(t)
	r, err := programme.Read(strings.NewReader(programmeCSV(time.Now())), "seances.csv", time.Local)
	if err != nil {
		t.Fatal(err)
	}
	p, err := web.BuildProgramme(context.Background(), cat, fakeSearch{cat}, "seances.csv", r)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Showings) != 4 || len(p.Unmatched) != 1 || len(p.Rejected) != 1 {
		t.Fatalf("programme: %d showings, %d unmatched, %d rejected", len(p.Showings), len(p.Unmatched), len(p.Rejected))
	}
	if got := strings.Join(p.Among(time.Now()), ","); got != "tt0111161,tt0211915" {
		t.Errorf("Among = %s", got)
	}
	s.SetProgramme(p)
	if st := s.Showtimes(time.Now(), time.Now().AddDate(0, 0, 7), "fr"); len(st) != 3 || st[0].FilmID != "tt0111161" || !strings.HasSuffix(st[0].Label, "14:00 · VOST · Salle 1") {
		t.Errorf("the chat's view of the programme: %+v", st)
	}

	c := dial(t, ts, "?session="+testSession, "")
	defer c.Close(websocket.StatusNormalClosure, "")
	write(t, c, websocket.MessageText, `{"type":"message","text":"films"}`)
	var raw struct {
		Films []struct {
			ID      string
			Showing []string
		}
	}
	if b := read(t, c); json.Unmarshal(b, &raw) != nil {
		t.Fatalf("server sent %s", b)
	}
	shows := map[string][]string{}
	for _, f := range raw.Films {
		shows[f.ID] = f.Showing
	}
	tomorrow := time.Now().AddDate(0, 0, 1)
	if am := shows["tt0211915"]; len(am) != 2 || !strings.HasSuffix(am[0], "20:30 · VF · Salle 1") || !strings.Contains(am[0], fmt.Sprintf(" %d ", tomorrow.Day())) || !strings.HasSuffix(am[1], "18:00 · VOST · Salle 2") {
		t.Errorf("Amélie's card shows %q", am)
	}
	if len(shows["tt0111161"]) != 1 {
		t.Errorf("Les Évadés' card shows %q", shows["tt0111161"])
	}
	// The usage figures know which films shown were on the programme.
	var marked []string
	for _, e := range rec.all() {
		if e.Kind == "shown" && e.Text == "showing" {
			marked = append(marked, e.Film)
		}
	}
	if strings.Join(marked, ",") != "tt0111161,tt0211915" {
		t.Errorf("films shown recorded as showing: %v", marked)
	}

	resp, err := http.Get(ts.URL + "/programme")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	page := string(b)
	for _, want := range []string{"4 séances reconnues", "1 non reconnues", "1 lignes illisibles", "Un film inconnu au bataillon",
		"(1 passées)", "is not HH:MM nor 20h30"} {
		if !strings.Contains(page, want) {
			t.Errorf("/programme lacks %q", want)
		}
	}
}

// The programme file is re-read when it changes.
func TestWatchProgramme(t *testing.T) {
	s, ts := newServer(t, nil)
	path := filepath.Join(t.TempDir(), "seances.csv")
	if err := os.WriteFile(path, []byte(programmeCSV(time.Now())), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.WatchProgramme(ctx, path, time.Local, 10*time.Millisecond)
	waitPage := func(want string) {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for {
			resp, err := http.Get(ts.URL + "/programme")
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if strings.Contains(string(b), want) {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("/programme never showed %q:\n%s", want, b)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	waitPage("4 séances reconnues")
	later := time.Now().Add(2 * time.Second)
	if err := os.WriteFile(path, []byte("imdb,date,time\ntt0111161,"+time.Now().AddDate(0, 0, 3).Format("2006-01-02")+",21:00\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(path, later, later)
	waitPage("1 séances reconnues")
}
