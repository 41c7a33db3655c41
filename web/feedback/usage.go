package feedback

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"time"
)

// Usage is what the staff see of the chat's use over a period.
type Usage struct {
	Since         time.Time  `json:"since"`
	Conversations int        `json:"conversations"` // distinct sessions with a turn
	Turns         int        `json:"turns"`
	Days          []DayUsage `json:"days"` // oldest first, days with a turn only
	// Overall rates over distinct (session, film) pairs shown.
	Overall     Rates         `json:"overall"`
	ByPosition  []Rates       `json:"by_position"` // Key "1".."5"...
	ByReason    []Rates       `json:"by_reason"`   // Key: the reason kind, most shown first
	Showing     Rates         `json:"showing"`     // films shown while on the cinema's programme
	TopLiked    []FilmCount   `json:"top_liked"`   // films said liked in the chat, most first
	TopLikes    []FilmCount   `json:"top_likes"`   // films with the most « J'aime » on their card
	Unresolved  []TextCount   `json:"unresolved"`  // messages not understood, most frequent first
	Themes      []TextCount   `json:"themes"`
	Constraints []TextCount   `json:"constraints"`
	Events      map[Kind]int  `json:"events"` // events of each kind in the period
	Stats       *StatsSummary `json:"store,omitempty"`
}

// StatsSummary is Stats for JSON.
type StatsSummary struct {
	Recorded, Written, Dropped int64
}

// DayUsage is one day (UTC) of use.
type DayUsage struct {
	Day           string `json:"day"` // YYYY-MM-DD
	Conversations int    `json:"conversations"`
	Turns         int    `json:"turns"`
}

// Rates counts what customers did with the films shown.
type Rates struct {
	Key       string  `json:"key,omitempty"`
	Shown     int     `json:"shown"`
	Clicked   int     `json:"clicked"`
	Liked     int     `json:"liked"`
	Disliked  int     `json:"disliked"`
	ClickRate float64 `json:"click_rate"` // Clicked / Shown
	LikeRate  float64 `json:"like_rate"`  // Liked / Shown
}

func (r *Rates) add(o Rates) {
	r.Shown += o.Shown
	r.Clicked += o.Clicked
	r.Liked += o.Liked
	r.Disliked += o.Disliked
}

func (r *Rates) finish() {
	if r.Shown > 0 {
		r.ClickRate = float64(r.Clicked) / float64(r.Shown)
		r.LikeRate = float64(r.Liked) / float64(r.Shown)
	}
}

// FilmCount is a film and how many sessions.
type FilmCount struct {
	Film  string `json:"film"`
	Title string `json:"title,omitempty"` // filled by the caller, which has the catalogue
	Count int    `json:"count"`
}

// TextCount is a text and how often.
type TextCount struct {
	Text  string    `json:"text"`
	Count int       `json:"count"`
	Last  time.Time `json:"last"`
}

// Usage computes the figures of the events since the given time. A click,
// like or dislike counts once per session and film, and only for a film
// that was shown to that session (its position and reason are those of the
// card shown).
func (s *Store) Usage(ctx context.Context, since time.Time, top int) (Usage, error) {
	if top <= 0 {
		top = 20
	}
	u := Usage{Since: since, Events: map[Kind]int{}}
	from := since.UnixMilli()
	wrap := func(err error) error { return fmt.Errorf("feedback: usage: %w", err) }

	rows, err := s.db.QueryContext(ctx, `SELECT kind, COUNT(*) FROM events WHERE at >= ? GROUP BY kind`, from)
	if err != nil {
		return u, wrap(err)
	}
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			rows.Close()
			return u, wrap(err)
		}
		u.Events[Kind(k)] = n
	}
	rows.Close()
	u.Turns = u.Events[Turn]
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(DISTINCT session) FROM events WHERE kind = 'turn' AND at >= ?`, from).Scan(&u.Conversations); err != nil {
		return u, wrap(err)
	}

	rows, err = s.db.QueryContext(ctx, `SELECT strftime('%Y-%m-%d', at / 1000, 'unixepoch') AS d, COUNT(DISTINCT session), COUNT(*)
		FROM events WHERE kind = 'turn' AND at >= ? GROUP BY d ORDER BY d`, from)
	if err != nil {
		return u, wrap(err)
	}
	for rows.Next() {
		var d DayUsage
		if err := rows.Scan(&d.Day, &d.Conversations, &d.Turns); err != nil {
			rows.Close()
			return u, wrap(err)
		}
		u.Days = append(u.Days, d)
	}
	rows.Close()

	rows, err = s.db.QueryContext(ctx, `
		WITH shown AS (
			SELECT session, film, MIN(position) AS pos, MAX(reason) AS reason, MAX(text = 'showing') AS showing
			FROM events WHERE kind = 'shown' AND at >= ? GROUP BY session, film),
		act AS (
			SELECT session, film, MAX(kind = 'click') AS c, MAX(kind = 'like') AS l, MAX(kind = 'dislike') AS d
			FROM events WHERE kind IN ('click', 'like', 'dislike') AND at >= ? GROUP BY session, film)
		SELECT s.pos, s.reason, s.showing, COUNT(*), COALESCE(SUM(a.c), 0), COALESCE(SUM(a.l), 0), COALESCE(SUM(a.d), 0)
		FROM shown s LEFT JOIN act a ON a.session = s.session AND a.film = s.film
		GROUP BY s.pos, s.reason, s.showing`, from, from)
	if err != nil {
		return u, wrap(err)
	}
	byPos, byReason := map[int]*Rates{}, map[string]*Rates{}
	for rows.Next() {
		var pos int
		var reason string
		var showing bool
		var r Rates
		if err := rows.Scan(&pos, &reason, &showing, &r.Shown, &r.Clicked, &r.Liked, &r.Disliked); err != nil {
			rows.Close()
			return u, wrap(err)
		}
		u.Overall.add(r)
		if showing {
			u.Showing.add(r)
		}
		if byPos[pos] == nil {
			byPos[pos] = &Rates{Key: strconv.Itoa(pos)}
		}
		byPos[pos].add(r)
		if reason == "" {
			reason = "other"
		}
		if byReason[reason] == nil {
			byReason[reason] = &Rates{Key: reason}
		}
		byReason[reason].add(r)
	}
	rows.Close()
	u.Overall.finish()
	u.Showing.finish()
	positions := make([]int, 0, len(byPos))
	for p := range byPos {
		positions = append(positions, p)
	}
	sort.Ints(positions)
	for _, p := range positions {
		byPos[p].finish()
		u.ByPosition = append(u.ByPosition, *byPos[p])
	}
	for _, r := range byReason {
		r.finish()
		u.ByReason = append(u.ByReason, *r)
	}
	sort.Slice(u.ByReason, func(i, j int) bool {
		a, b := u.ByReason[i], u.ByReason[j]
		return a.Shown > b.Shown || (a.Shown == b.Shown && a.Key < b.Key)
	})

	films := func(kind Kind) ([]FilmCount, error) {
		rows, err := s.db.QueryContext(ctx, `SELECT film, COUNT(DISTINCT session) AS n FROM events
			WHERE kind = ? AND film != '' AND at >= ? GROUP BY film ORDER BY n DESC, film LIMIT ?`, string(kind), from, top)
		if err != nil {
			return nil, wrap(err)
		}
		defer rows.Close()
		var out []FilmCount
		for rows.Next() {
			var f FilmCount
			if err := rows.Scan(&f.Film, &f.Count); err != nil {
				return nil, wrap(err)
			}
			out = append(out, f)
		}
		return out, rows.Err()
	}
	// texts counts messages not understood one by one, themes and
	// constraints once per conversation (every turn restates them).
	texts := func(kind Kind) ([]TextCount, error) {
		count := "COUNT(DISTINCT session)"
		if kind == Unresolved {
			count = "COUNT(*)"
		}
		rows, err := s.db.QueryContext(ctx, `SELECT text, `+count+` AS n, MAX(at) FROM events
			WHERE kind = ? AND text != '' AND at >= ? GROUP BY text ORDER BY n DESC, MAX(at) DESC LIMIT ?`, string(kind), from, top)
		if err != nil {
			return nil, wrap(err)
		}
		defer rows.Close()
		var out []TextCount
		for rows.Next() {
			var t TextCount
			var last int64
			if err := rows.Scan(&t.Text, &t.Count, &last); err != nil {
				return nil, wrap(err)
			}
			t.Last = time.UnixMilli(last).UTC()
			out = append(out, t)
		}
		return out, rows.Err()
	}
	if u.TopLiked, err = films(Liked); err != nil {
		return u, err
	}
	if u.TopLikes, err = films(Like); err != nil {
		return u, err
	}
	if u.Unresolved, err = texts(Unresolved); err != nil {
		return u, err
	}
	if u.Themes, err = texts(Theme); err != nil {
		return u, err
	}
	if u.Constraints, err = texts(Constraint); err != nil {
		return u, err
	}
	st := s.Stats()
	u.Stats = &StatsSummary{Recorded: st.Recorded, Written: st.Written, Dropped: st.Dropped}
	return u, nil
}
