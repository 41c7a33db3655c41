package programme_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bobine/bobine/data/programme"
)

func paris(t *testing.T) *time.Location {
	loc, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Skipf("no time zone data: %v", err)
	}
	return loc
}

func read(t *testing.T, name string) programme.Result {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := programme.Read(f, name, paris(t))
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func summary(res programme.Result) (shows, rejected []string) {
	for _, s := range res.Showings {
		shows = append(shows, fmt.Sprintf("%s|%s|%s|%s|%s", s.Title, s.IMDbID, s.Start.Format("2006-01-02 15:04 MST"), s.Room, s.Version))
	}
	for _, r := range res.Rejected {
		rejected = append(rejected, fmt.Sprintf("%d:%s", r.Line, r.Rule))
	}
	return
}

func TestRead(t *testing.T) {
	for _, c := range []struct {
		file           string
		shows, rejects []string
	}{
		{"seances.csv", []string{
			"Le Fabuleux Destin d'Amélie Poulain||2026-12-12 20:30 CET|Salle 1|VF",
			"|tt0078748|2026-12-12 18:00 CET|Salle 2|VOST",
			"Les Évadés||2026-12-13 14:00 CET||VO",
		}, []string{"5:date", "6:title", "7:time", "8:title"}},
		{"showtimes.csv", []string{
			"Alien, le huitième passager||2026-12-14 21:15 CET|2|VOST",
			"Heat||2026-12-15 20:00 CET|1|VF",
		}, nil},
		{"programme.ics", []string{
			"Le Fabuleux Destin d, Amélie Poulain|tt0211915|2026-12-12 20:30 CET|Salle 1|VOST",
			"Alien||2026-12-12 18:00 CET|Salle 2|VF",
		}, []string{"17:time", "21:date"}},
	} {
		t.Run(c.file, func(t *testing.T) {
			shows, rejects := summary(read(t, c.file))
			if strings.Join(shows, "\n") != strings.Join(c.shows, "\n") {
				t.Errorf("showings\n got %q\nwant %q", shows, c.shows)
			}
			if strings.Join(rejects, " ") != strings.Join(c.rejects, " ") {
				t.Errorf("rejected %v, want %v", rejects, c.rejects)
			}
		})
	}
}

func TestReadBadHeader(t *testing.T) {
	_, err := programme.Read(strings.NewReader("nom,quand\nAmélie,demain\n"), "x.csv", time.UTC)
	if err == nil || !strings.Contains(err.Error(), "lacks titre (title) or imdb, date, heure (time)") {
		t.Errorf("error %v, want one naming the missing columns", err)
	}
	if _, err := programme.Read(strings.NewReader("BEGIN:VEVENT\n"), "x.ics", time.UTC); err == nil {
		t.Error("an .ics without VCALENDAR was accepted")
	}
}
