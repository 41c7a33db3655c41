package feedback

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Kind is what an event records.
type Kind string

// The kinds of event.
const (
	Shown      Kind = "shown"      // a film card sent to the customer (Text "showing": on the cinema's programme)
	Click      Kind = "click"      // the customer opened a card's link
	Like       Kind = "like"       // "J'aime" on a card
	Dislike    Kind = "dislike"    // "Pas pour moi" on a card
	Turn       Kind = "turn"       // a chat message answered (Text: the reply kind)
	Unresolved Kind = "unresolved" // a message Bobine did not understand (Text: the message)
	Theme      Kind = "theme"      // a theme asked for (Text: its name)
	Constraint Kind = "constraint" // a constraint used (Text: e.g. "genre:Horror", "after:2000")
	Liked      Kind = "liked"      // a film the customer said they liked (Film)
)

var kinds = map[Kind]bool{Shown: true, Click: true, Like: true, Dislike: true, Turn: true, Unresolved: true, Theme: true, Constraint: true, Liked: true}

// Valid reports whether k is one of the kinds above.
func (k Kind) Valid() bool { return kinds[k] }

// Event is one thing a customer did. Session is the chat's anonymous
// session id; Film a tconst; Position the card's 1-based rank; Reason the
// kind of the card's main reason ("people", "genres"...).
type Event struct {
	Time     time.Time `json:"time"`
	Session  string    `json:"session"`
	Kind     Kind      `json:"kind"`
	Film     string    `json:"film,omitempty"`
	Position int       `json:"position,omitempty"`
	Reason   string    `json:"reason,omitempty"`
	Text     string    `json:"text,omitempty"`
	Lang     string    `json:"lang,omitempty"`
}

// Options tunes a Store. Zero values take the defaults.
type Options struct {
	Queue     int           // events waiting to be written; 10,000
	Batch     int           // most events per transaction; 500
	Flush     time.Duration // longest an event waits for its batch; 1 s
	Retention time.Duration // Purge's default age; 13 months (395 days)
	// BusyTimeout is how long a write waits for a lock held by another
	// process (bobine purge, a backup) before the attempt fails; 2 s.
	BusyTimeout time.Duration
	Now         func() time.Time
}

// Stats counts a store's events since Open.
type Stats struct {
	Recorded int64 // accepted by Record
	Written  int64 // committed to the database
	Dropped  int64 // lost: queue full, store closed, or a batch the database refused
	Queued   int   // waiting now
}

// Store is the feedback database. Safe for concurrent use.
type Store struct {
	db   *sql.DB
	path string
	o    Options
	q    chan Event

	closeOnce sync.Once
	closed    chan struct{} // closed by Close: Record stops queueing
	done      chan struct{} // closed when the writer has finished
	mu        sync.RWMutex  // Record holds it shared while sending; Close exclusively to close q

	recorded, written, dropped atomic.Int64
	lost                       atomic.Int64 // recorded events in batches the database refused
	lastErr                    atomic.Value // error
}

// migrations are applied in order; PRAGMA user_version is how many ran.
var migrations = []string{
	`CREATE TABLE events (
		id       INTEGER PRIMARY KEY,
		at       INTEGER NOT NULL,          -- Unix milliseconds, UTC
		session  TEXT    NOT NULL,
		kind     TEXT    NOT NULL,
		film     TEXT    NOT NULL DEFAULT '',
		position INTEGER NOT NULL DEFAULT 0,
		reason   TEXT    NOT NULL DEFAULT '',
		text     TEXT    NOT NULL DEFAULT '',
		lang     TEXT    NOT NULL DEFAULT ''
	);
	CREATE INDEX events_at ON events(at);
	CREATE INDEX events_session ON events(session);
	CREATE INDEX events_kind_film ON events(kind, film);`,
}

// DefaultRetention is 13 months, the CNIL's usual ceiling for audience
// measurement.
const DefaultRetention = 395 * 24 * time.Hour

// Open opens (creating it and its directory when needed) and migrates the
// database at path, and starts the writer. Close it.
func Open(path string, o Options) (*Store, error) {
	if o.Queue <= 0 {
		o.Queue = 10000
	}
	if o.Batch <= 0 {
		o.Batch = 500
	}
	if o.Flush <= 0 {
		o.Flush = time.Second
	}
	if o.Retention <= 0 {
		o.Retention = DefaultRetention
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.BusyTimeout <= 0 {
		o.BusyTimeout = 2 * time.Second
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		return nil, fmt.Errorf("feedback: %w", err)
	}
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() +
		fmt.Sprintf("?_pragma=busy_timeout(%d)", o.BusyTimeout.Milliseconds()) + "&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("feedback: open %s: %w", path, err)
	}
	if err := migrate(db); err != nil {
		db.Close()
		return nil, fmt.Errorf("feedback: %s: %w", path, err)
	}
	s := &Store{db: db, path: path, o: o, q: make(chan Event, o.Queue), closed: make(chan struct{}), done: make(chan struct{})}
	go s.writer()
	return s, nil
}

func migrate(db *sql.DB) error {
	var v int
	if err := db.QueryRow(`PRAGMA user_version`).Scan(&v); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if v > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this bobine's %d", v, len(migrations))
	}
	for i := v; i < len(migrations); i++ {
		tx, err := db.Begin()
		if err != nil {
			return err
		}
		if _, err := tx.Exec(migrations[i]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
		if _, err := tx.Exec(fmt.Sprintf(`PRAGMA user_version = %d`, i+1)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
	}
	return nil
}

// Record queues e without blocking; it reports false (and counts a drop)
// when the queue is full or the store closed. A zero Time is now.
func (s *Store) Record(e Event) bool {
	if e.Time.IsZero() {
		e.Time = s.o.Now()
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	select {
	case <-s.closed:
		s.dropped.Add(1)
		return false
	default:
	}
	select {
	case s.q <- e:
		s.recorded.Add(1)
		return true
	default:
		s.dropped.Add(1)
		return false
	}
}

// writer drains the queue in batches until Close.
func (s *Store) writer() {
	defer close(s.done)
	batch := make([]Event, 0, s.o.Batch)
	timer := time.NewTimer(s.o.Flush)
	defer timer.Stop()
	flush := func() {
		if len(batch) > 0 {
			s.write(batch)
			batch = batch[:0]
		}
	}
	for {
		select {
		case e, ok := <-s.q:
			if !ok {
				flush()
				return
			}
			batch = append(batch, e)
			if len(batch) >= s.o.Batch {
				flush()
			}
		case <-timer.C:
			flush()
			timer.Reset(s.o.Flush)
		}
	}
}

// write inserts a batch in one transaction, trying three times before the
// batch is counted as dropped.
func (s *Store) write(batch []Event) {
	var err error
	for attempt := range 3 {
		if err = s.insert(batch); err == nil {
			s.written.Add(int64(len(batch)))
			return
		}
		time.Sleep(time.Duration(50<<attempt) * time.Millisecond)
	}
	s.lastErr.Store(err)
	s.dropped.Add(int64(len(batch)))
	s.lost.Add(int64(len(batch)))
}

func (s *Store) insert(batch []Event) error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	st, err := tx.Prepare(`INSERT INTO events(at, session, kind, film, position, reason, text, lang) VALUES (?,?,?,?,?,?,?,?)`)
	if err != nil {
		tx.Rollback()
		return err
	}
	for _, e := range batch {
		if _, err := st.Exec(e.Time.UnixMilli(), e.Session, string(e.Kind), e.Film, e.Position, e.Reason, e.Text, e.Lang); err != nil {
			st.Close()
			tx.Rollback()
			return err
		}
	}
	st.Close()
	return tx.Commit()
}

// Stats returns the counters.
func (s *Store) Stats() Stats {
	return Stats{Recorded: s.recorded.Load(), Written: s.written.Load(), Dropped: s.dropped.Load(), Queued: len(s.q)}
}

// Err returns the last error that made a batch be dropped, or nil.
func (s *Store) Err() error {
	err, _ := s.lastErr.Load().(error)
	return err
}

// Close writes what is queued and closes the database.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		s.mu.Lock()
		close(s.closed)
		close(s.q)
		s.mu.Unlock()
	})
	<-s.done
	return s.db.Close()
}

// Sync waits until every event recorded before the call is written (or
// dropped), for tests and for export after a turn.
func (s *Store) Sync(ctx context.Context) error {
	target := s.recorded.Load()
	for s.written.Load()+s.lost.Load() < target {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Millisecond):
		}
	}
	return nil
}

// RunRetention purges events older than the retention period now and then
// every interval until ctx is done; report, when set, hears of each purge.
func (s *Store) RunRetention(ctx context.Context, every time.Duration, report func(deleted int64, err error)) {
	for {
		n, err := s.Purge(ctx)
		if report != nil && ctx.Err() == nil {
			report(n, err)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(every):
		}
	}
}

// Purge deletes the events older than the retention period and returns how
// many went.
func (s *Store) Purge(ctx context.Context) (int64, error) {
	return s.exec(ctx, `DELETE FROM events WHERE at < ?`, s.o.Now().Add(-s.o.Retention).UnixMilli())
}

// PurgeSession deletes every event of one session (a customer's request).
func (s *Store) PurgeSession(ctx context.Context, session string) (int64, error) {
	if session == "" {
		return 0, errors.New("feedback: purge: empty session id")
	}
	return s.exec(ctx, `DELETE FROM events WHERE session = ?`, session)
}

func (s *Store) exec(ctx context.Context, q string, args ...any) (int64, error) {
	r, err := s.db.ExecContext(ctx, q, args...)
	if err != nil {
		return 0, fmt.Errorf("feedback: %w", err)
	}
	n, err := r.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("feedback: %w", err)
	}
	return n, nil
}

// Export writes every event of a session as JSON lines, oldest first, and
// returns how many.
func (s *Store) Export(ctx context.Context, session string, w io.Writer) (int, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT at, session, kind, film, position, reason, text, lang FROM events WHERE session = ? ORDER BY at, id`, session)
	if err != nil {
		return 0, fmt.Errorf("feedback: export: %w", err)
	}
	defer rows.Close()
	enc := json.NewEncoder(w)
	n := 0
	for rows.Next() {
		var e Event
		var at int64
		var kind string
		if err := rows.Scan(&at, &e.Session, &kind, &e.Film, &e.Position, &e.Reason, &e.Text, &e.Lang); err != nil {
			return n, fmt.Errorf("feedback: export: %w", err)
		}
		e.Time, e.Kind = time.UnixMilli(at).UTC(), Kind(kind)
		if err := enc.Encode(e); err != nil {
			return n, fmt.Errorf("feedback: export: %w", err)
		}
		n++
	}
	if err := rows.Err(); err != nil {
		return n, fmt.Errorf("feedback: export: %w", err)
	}
	return n, nil
}
