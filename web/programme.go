package web

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/bobine/bobine/chat"
	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/data/programme"
	"github.com/bobine/bobine/search"
)

// Programme is what the cinema shows, its titles resolved to catalogue
// films. It is read-only once built.
type Programme struct {
	File      string
	Loaded    time.Time
	Showings  []Showing            // resolved, by start time
	Unmatched []programme.Showing  // titles the catalogue could not match
	Rejected  []*data.ParseError   // rows that could not be read
	byFilm    map[string][]Showing // film id -> its showings, by start time
}

// Showing is a showtime of a catalogue film.
type Showing struct {
	programme.Showing
	Film *data.Film
}

// Among returns the ids of the films showing from now on, for
// recommend.Constraints.Among.
func (p *Programme) Among(now time.Time) []string {
	if p == nil {
		return nil
	}
	var ids []string
	for id, ss := range p.byFilm {
		if ss[len(ss)-1].Start.After(now) {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids
}

// Next returns up to n showings of a film from now on.
func (p *Programme) Next(filmID string, now time.Time, n int) []Showing {
	if p == nil {
		return nil
	}
	var out []Showing
	for _, s := range p.byFilm[filmID] {
		if s.Start.After(now) && len(out) < n {
			out = append(out, s)
		}
	}
	return out
}

// BuildProgramme resolves the titles of a programme file against the
// catalogue: an IMDb id is taken as is; a title is matched through the
// search resolver the chat uses, keeping a film whose title is exactly the
// one given (accents and case aside) or else a clear winner.
func BuildProgramme(ctx context.Context, cat *data.Catalogue, res Searcher, file string, r programme.Result) (*Programme, error) {
	p := &Programme{File: file, Loaded: time.Now(), Rejected: r.Rejected, byFilm: map[string][]Showing{}}
	cache := map[string]*data.Film{}
	for _, s := range r.Showings {
		var f *data.Film
		if s.IMDbID != "" {
			f, _ = cat.Film(s.IMDbID)
		} else if cached, ok := cache[s.Title]; ok {
			f = cached
		} else {
			ms, err := res.ResolveFilm(ctx, s.Title, 8)
			if err != nil {
				return nil, fmt.Errorf("web: programme: resolve %q: %w", s.Title, err)
			}
			f = pickShowing(s.Title, ms)
			cache[s.Title] = f
		}
		if f == nil {
			p.Unmatched = append(p.Unmatched, s)
			continue
		}
		sh := Showing{Showing: s, Film: f}
		p.Showings = append(p.Showings, sh)
		p.byFilm[f.ID] = append(p.byFilm[f.ID], sh)
	}
	byStart := func(ss []Showing) {
		sort.SliceStable(ss, func(i, j int) bool { return ss[i].Start.Before(ss[j].Start) })
	}
	byStart(p.Showings)
	for _, ss := range p.byFilm {
		byStart(ss)
	}
	return p, nil
}

// pickShowing chooses the film a programme title names: one whose title is
// exactly it (the most confident of those), else a clear winner.
func pickShowing(title string, ms []search.FilmMatch) *data.Film {
	want := foldTitle(title)
	for _, m := range ms {
		f := m.Film
		for _, t := range []string{f.Title, f.FrenchTitle, f.OriginalTitle, f.DisplayTitle("fr")} {
			if t != "" && foldTitle(t) == want {
				return f
			}
		}
	}
	if len(ms) > 0 && ms[0].Confidence >= search.ClearWinner {
		return ms[0].Film
	}
	return nil
}

var titleFolder = strings.NewReplacer("é", "e", "è", "e", "ê", "e", "ë", "e", "à", "a", "â", "a", "ç", "c",
	"î", "i", "ï", "i", "ô", "o", "û", "u", "ù", "u", "œ", "oe", "æ", "ae", "’", "'", ",", "", ":", "", "!", "", "?", "", ".", "", "-", " ")

func foldTitle(s string) string {
	return strings.Join(strings.Fields(titleFolder.Replace(strings.ToLower(s))), " ")
}

// SetProgramme replaces the programme served (nil: none). Safe for
// concurrent use.
func (s *Server) SetProgramme(p *Programme) { s.programme.Store(p) }

// WatchProgramme reads the programme file now and again whenever its
// modification time changes (checked every interval) until ctx ends. A file
// that cannot be read keeps the previous programme and is logged.
func (s *Server) WatchProgramme(ctx context.Context, path string, loc *time.Location, every time.Duration) {
	var last time.Time
	for {
		if st, err := os.Stat(path); err != nil {
			if !last.IsZero() || s.programme.Load() == nil {
				s.o.Logger.Error("programme file unreadable", "file", path, "error", err)
			}
			last = time.Time{}
		} else if !st.ModTime().Equal(last) {
			last = st.ModTime()
			if err := s.loadProgramme(ctx, path, loc); err != nil {
				s.o.Logger.Error("programme not loaded", "file", path, "error", err)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(every):
		}
	}
}

func (s *Server) loadProgramme(ctx context.Context, path string, loc *time.Location) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r, err := programme.Read(f, path, loc)
	if err != nil {
		return err
	}
	st := s.acquire()
	defer st.release()
	p, err := BuildProgramme(ctx, st.Catalogue, st.Search, path, r)
	if err != nil {
		return err
	}
	s.SetProgramme(p)
	s.o.Logger.LogAttrs(ctx, slog.LevelInfo, "programme loaded", slog.String("file", path),
		slog.Int("showings", len(p.Showings)), slog.Int("unmatched", len(p.Unmatched)), slog.Int("rejected", len(p.Rejected)))
	return nil
}

var (
	frDays   = []string{"dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."}
	frMonths = []string{"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."}
)

// showtimeLabel says when and how a film shows: "sam. 12 déc. 20:30 · VOST · Salle 1".
func showtimeLabel(s programme.Showing, lang string) string {
	when := fmt.Sprintf("%s %d %s %s", frDays[s.Start.Weekday()], s.Start.Day(), frMonths[s.Start.Month()-1], s.Start.Format("15:04"))
	if lang == "en" {
		when = s.Start.Format("Mon 2 Jan 15:04")
	}
	parts := []string{when}
	if s.Version != "" {
		parts = append(parts, s.Version)
	}
	if s.Room != "" {
		parts = append(parts, s.Room)
	}
	return strings.Join(parts, " · ")
}

// showingLabels are the next showtimes of a film, for its card.
func (s *Server) showingLabels(filmID, lang string) []string {
	var out []string
	for _, sh := range s.programme.Load().Next(filmID, time.Now(), 3) {
		out = append(out, showtimeLabel(sh.Showing, lang))
	}
	return out
}

// programmePage is the data of /programme.
type programmePage struct {
	P        *Programme
	Upcoming []programmeRow
	Past     int
}

type programmeRow struct {
	When, Version, Room string
	Film                filmSummary
}

func (s *Server) handleProgrammePage(c echo.Context) error {
	p := s.programme.Load()
	d := programmePage{P: p}
	if p != nil {
		now := time.Now()
		for _, sh := range p.Showings {
			if !sh.Start.After(now) {
				d.Past++
				continue
			}
			d.Upcoming = append(d.Upcoming, programmeRow{When: showtimeLabel(programme.Showing{Start: sh.Start}, "fr"),
				Version: sh.Version, Room: sh.Room, Film: s.filmSummary(sh.Film)})
		}
	}
	return s.render(c, http.StatusOK, "programme.html", s.page("Bobine — programme", d))
}

// Showtimes returns the showings of the programme starting in [from, to),
// by start, labelled in lang: the chat's view of the programme
// (chat.Programme).
func (s *Server) Showtimes(from, to time.Time, lang string) []chat.Showtime {
	p := s.programme.Load()
	if p == nil {
		return nil
	}
	var out []chat.Showtime
	for _, sh := range p.Showings {
		if !sh.Start.Before(from) && sh.Start.Before(to) {
			out = append(out, chat.Showtime{FilmID: sh.Film.ID, Start: sh.Start, Label: showtimeLabel(sh.Showing, lang)})
		}
	}
	return out
}
