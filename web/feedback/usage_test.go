package feedback_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/bobine/bobine/web/feedback"
)

func TestUsage(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "f.db"), feedback.Options{})
	d1 := time.Date(2026, 12, 1, 20, 0, 0, 0, time.UTC)
	d2 := d1.Add(24 * time.Hour)
	ev := func(at time.Time, session string, kind feedback.Kind, film string, pos int, reason, text string) {
		s.Record(feedback.Event{Time: at, Session: session, Kind: kind, Film: film, Position: pos, Reason: reason, Text: text})
	}
	// Session A, day 1: two turns, five films shown (twice the same list:
	// counted once), a click and a like on the first, a dislike on the third.
	for _, at := range []time.Time{d1, d1.Add(time.Minute)} {
		ev(at, "A", feedback.Turn, "", 0, "", "films")
		for i, f := range []string{"tt0000001", "tt0000002", "tt0000003", "tt0000004", "tt0000005"} {
			reason := "people"
			if i >= 2 {
				reason = "genres"
			}
			ev(at, "A", feedback.Shown, f, i+1, reason, "")
		}
	}
	ev(d1, "A", feedback.Liked, "tt0211915", 0, "", "")
	ev(d1, "A", feedback.Click, "tt0000001", 1, "", "")
	ev(d1, "A", feedback.Click, "tt0000001", 1, "", "") // twice: counts once
	ev(d1, "A", feedback.Like, "tt0000001", 1, "", "")
	ev(d1, "A", feedback.Dislike, "tt0000003", 3, "", "")
	ev(d1, "A", feedback.Like, "tt0000009", 1, "", "") // never shown to A: not in the rates
	// Session B, day 2: one turn not understood, one list with a like on the second.
	ev(d2, "B", feedback.Turn, "", 0, "", "text")
	ev(d2, "B", feedback.Unresolved, "", 0, "", "un film qui fait rêver")
	ev(d2, "C", feedback.Unresolved, "", 0, "", "un film qui fait rêver")
	ev(d2, "B", feedback.Liked, "tt0211915", 0, "", "")
	ev(d2, "B", feedback.Turn, "", 0, "", "films")
	ev(d2, "B", feedback.Shown, "tt0000001", 1, "people", "showing")
	ev(d2, "B", feedback.Shown, "tt0000002", 2, "people", "")
	ev(d2, "B", feedback.Like, "tt0000002", 2, "", "")
	ev(d2, "B", feedback.Theme, "", 0, "", "noel")
	// Before the period: ignored.
	ev(d1.Add(-10*24*time.Hour), "Z", feedback.Turn, "", 0, "", "films")
	sync(t, s)

	u, err := s.Usage(context.Background(), d1.Add(-time.Hour), 10)
	if err != nil {
		t.Fatal(err)
	}
	if u.Conversations != 2 || u.Turns != 4 || len(u.Days) != 2 || u.Days[0] != (feedback.DayUsage{Day: "2026-12-01", Conversations: 1, Turns: 2}) ||
		u.Days[1] != (feedback.DayUsage{Day: "2026-12-02", Conversations: 1, Turns: 2}) {
		t.Errorf("conversations %d turns %d days %+v", u.Conversations, u.Turns, u.Days)
	}
	o := u.Overall
	if o.Shown != 7 || o.Clicked != 1 || o.Liked != 2 || o.Disliked != 1 || o.ClickRate != 1.0/7 || o.LikeRate != 2.0/7 {
		t.Errorf("overall %+v", o)
	}
	if len(u.ByPosition) != 5 || u.ByPosition[0].Key != "1" || u.ByPosition[0].Shown != 2 || u.ByPosition[0].Liked != 1 ||
		u.ByPosition[1].Liked != 1 || u.ByPosition[2].Disliked != 1 || u.ByPosition[4].Shown != 1 {
		t.Errorf("by position %+v", u.ByPosition)
	}
	if len(u.ByReason) != 2 || u.ByReason[0].Key != "people" || u.ByReason[0].Shown != 4 || u.ByReason[0].LikeRate != 0.5 ||
		u.ByReason[1].Key != "genres" || u.ByReason[1].Disliked != 1 {
		t.Errorf("by reason %+v", u.ByReason)
	}
	if u.Showing.Shown != 1 || u.Showing.Liked != 0 {
		t.Errorf("shown while on the programme %+v", u.Showing)
	}
	if len(u.TopLiked) != 1 || u.TopLiked[0] != (feedback.FilmCount{Film: "tt0211915", Count: 2}) {
		t.Errorf("top liked %+v", u.TopLiked)
	}
	if len(u.Unresolved) != 1 || u.Unresolved[0].Text != "un film qui fait rêver" || u.Unresolved[0].Count != 2 {
		t.Errorf("unresolved %+v", u.Unresolved)
	}
	if len(u.Themes) != 1 || u.Themes[0].Text != "noel" {
		t.Errorf("themes %+v", u.Themes)
	}
}
