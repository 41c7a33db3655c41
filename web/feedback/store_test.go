package feedback_test

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bobine/bobine/web/feedback"
)

func open(t testing.TB, path string, o feedback.Options) *feedback.Store {
	t.Helper()
	s, err := feedback.Open(path, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func sync(t testing.TB, s *feedback.Store) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := s.Sync(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestOpenCreatesAndMigrates(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "feedback.db")
	s, err := feedback.Open(path, feedback.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Record(feedback.Event{Session: "s1", Kind: feedback.Like, Film: "tt0211915", Position: 2})
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	// Reopening keeps the data and runs no migration twice.
	s = open(t, path, feedback.Options{})
	var buf bytes.Buffer
	if n, err := s.Export(context.Background(), "s1", &buf); err != nil || n != 1 {
		t.Fatalf("export after reopen: %d events, %v", n, err)
	}
	s.Close()

	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`PRAGMA user_version = 99`); err != nil {
		t.Fatal(err)
	}
	if _, err := feedback.Open(path, feedback.Options{}); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("a database from a newer bobine: error %v, want one saying it is newer", err)
	}
}

func TestExportAndPurge(t *testing.T) {
	now := time.Date(2026, 12, 6, 12, 0, 0, 0, time.UTC)
	s := open(t, filepath.Join(t.TempDir(), "f.db"), feedback.Options{Now: func() time.Time { return now }, Retention: 30 * 24 * time.Hour})
	old := now.Add(-31 * 24 * time.Hour)
	events := []feedback.Event{
		{Time: old, Session: "alice-session-01", Kind: feedback.Shown, Film: "tt0211915", Position: 1, Reason: "people"},
		{Session: "alice-session-01", Kind: feedback.Like, Film: "tt0211915", Position: 1},
		{Session: "alice-session-01", Kind: feedback.Unresolved, Text: "un film qui fait peur mais pas trop", Lang: "fr"},
		{Session: "bob-session-0002", Kind: feedback.Dislike, Film: "tt0078748", Position: 3},
	}
	for _, e := range events {
		if !s.Record(e) {
			t.Fatal("Record refused an event")
		}
	}
	sync(t, s)
	var buf bytes.Buffer
	n, err := s.Export(context.Background(), "alice-session-01", &buf)
	if err != nil || n != 3 {
		t.Fatalf("export: %d, %v", n, err)
	}
	sc := bufio.NewScanner(&buf)
	var got []feedback.Event
	for sc.Scan() {
		var e feedback.Event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatal(err)
		}
		got = append(got, e)
	}
	if got[0].Kind != feedback.Shown || !got[0].Time.Equal(old) || got[2].Text != "un film qui fait peur mais pas trop" {
		t.Errorf("export %+v", got)
	}
	// Retention: the 31-day-old event goes, the rest stays.
	if n, err := s.Purge(context.Background()); err != nil || n != 1 {
		t.Errorf("purge: %d deleted, %v; want 1", n, err)
	}
	if n, err := s.PurgeSession(context.Background(), "alice-session-01"); err != nil || n != 2 {
		t.Errorf("purge session: %d deleted, %v; want 2", n, err)
	}
	buf.Reset()
	if n, _ := s.Export(context.Background(), "alice-session-01", &buf); n != 0 {
		t.Errorf("%d events left after purging the session", n)
	}
	if n, _ := s.Export(context.Background(), "bob-session-0002", &buf); n != 1 {
		t.Errorf("purging one session removed another's events")
	}
	if _, err := s.PurgeSession(context.Background(), ""); err == nil {
		t.Error("PurgeSession accepted an empty id")
	}
}

// A database locked by another process and a full queue lose events,
// counted, and Record never waits.
func TestLockedDatabaseAndFullQueue(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f.db")
	s := open(t, path, feedback.Options{Queue: 50, Batch: 10, Flush: 5 * time.Millisecond, BusyTimeout: 20 * time.Millisecond})
	other, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(context.Background(), `BEGIN EXCLUSIVE`); err != nil {
		t.Fatal(err)
	}
	accepted := 0
	for i := range 1000 {
		if s.Record(feedback.Event{Session: "s", Kind: feedback.Shown, Position: i%5 + 1}) {
			accepted++
		}
	}
	if accepted == 1000 || accepted == 0 {
		t.Errorf("%d of 1000 accepted with a queue of 50 and a locked database", accepted)
	}
	sync(t, s) // the locked batches fail their three attempts
	st := s.Stats()
	if st.Dropped == 0 || st.Written != 0 || s.Err() == nil {
		t.Errorf("while locked: %+v, err %v; want drops, nothing written and an error", st, s.Err())
	}
	if _, err := conn.ExecContext(context.Background(), `COMMIT`); err != nil {
		t.Fatal(err)
	}
	conn.Close()
	s.Record(feedback.Event{Session: "after", Kind: feedback.Like})
	sync(t, s)
	if st2 := s.Stats(); st2.Written != 1 || st2.Recorded != st.Recorded+1 || st2.Dropped+st2.Written < st2.Recorded {
		t.Errorf("after the lock: %+v", st2)
	}
}

// BenchmarkRecord: events per second through Record to the disk.
func BenchmarkRecord(b *testing.B) {
	s := open(b, filepath.Join(b.TempDir(), "f.db"), feedback.Options{Queue: 100000})
	b.ResetTimer()
	start := time.Now()
	dropped := 0
	for i := range b.N {
		if !s.Record(feedback.Event{Session: "bench-session-01", Kind: feedback.Shown, Film: "tt0211915", Position: i%5 + 1, Reason: "people"}) {
			dropped++
		}
	}
	sync(b, s)
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "events/s")
	b.ReportMetric(float64(dropped), "dropped")
}
