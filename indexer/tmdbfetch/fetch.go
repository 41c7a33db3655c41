package tmdbfetch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/bobine/bobine/data/tmdb"
)

// DefaultBaseURL is TMDB's API v3.
const DefaultBaseURL = "https://api.themoviedb.org/3"

// Options says what to fetch, where to write it and how hard to push TMDB.
type Options struct {
	APIKey  string   // v3 API key or v4 read access token; required
	BaseURL string   // DefaultBaseURL when empty
	IDs     []string // IMDb ids (tconsts) of the films wanted
	Out     string   // movies.csv path; required
	Journal string   // journal path; Out + ".journal" when empty
	// MaxAge: a film fetched longer ago than this is asked again; 0 keeps
	// what was fetched forever.
	MaxAge    time.Duration
	Client    *http.Client  // http.Client with a 30 s timeout when nil
	Rate      float64       // requests per second; 20 when 0
	Burst     int           // token bucket size; 5 when 0
	Workers   int           // films fetched at once; 4 when 0
	Retries   int           // retries of one request; 5 when 0, none when < 0
	RetryWait time.Duration // first backoff, and the wait after a 429 without Retry-After; 1 s when 0
	MaxWait   time.Duration // longest single wait; 1 min when 0
	// Progress, when set, is called after each film from one goroutine.
	Progress func(Progress)
	Now      func() time.Time // time.Now when nil
}

// Progress reports how far a run has got.
type Progress struct {
	Done     int   // films asked so far (fetched, not found or failed)
	Total    int   // films to ask in this run
	Fresh    int   // films skipped because their record is recent enough
	Requests int64 // HTTP requests made, retries included
	Failed   int
}

// Result sums a run up.
type Result struct {
	Wanted    int   // distinct ids asked for
	Fresh     int   // already fetched and younger than MaxAge: not asked
	Fetched   int   // found and written
	NotFound  int   // TMDB knows no film with that IMDb id
	Failed    int   // still failing after the retries; asked again next run
	Requests  int64 // HTTP requests made, retries included
	Malformed int   // rows of the previous movies.csv or journal that could not be read (dropped)
	Rows      int   // rows in the movies.csv written
}

// entry is one journal line.
type entry struct {
	IMDbID string      `json:"imdb_id"`
	At     time.Time   `json:"fetched_at"`
	Found  bool        `json:"found"`
	Kind   string      `json:"kind,omitempty"`
	Movie  *tmdb.Movie `json:"movie,omitempty"`
}

func (o Options) withDefaults() Options {
	if o.BaseURL == "" {
		o.BaseURL = DefaultBaseURL
	}
	if o.Journal == "" {
		o.Journal = o.Out + ".journal"
	}
	if o.Client == nil {
		o.Client = &http.Client{Timeout: 30 * time.Second}
	}
	if o.Rate <= 0 {
		o.Rate = 20
	}
	if o.Burst <= 0 {
		o.Burst = 5
	}
	if o.Workers <= 0 {
		o.Workers = 4
	}
	switch {
	case o.Retries == 0:
		o.Retries = 5
	case o.Retries < 0:
		o.Retries = 0
	}
	if o.RetryWait <= 0 {
		o.RetryWait = time.Second
	}
	if o.MaxWait <= 0 {
		o.MaxWait = time.Minute
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}

// Fetch asks TMDB for the films of o.IDs that movies.csv lacks or holds a
// stale record of, and rewrites movies.csv. It returns what it did even
// with an error: when the context is cancelled, when TMDB refuses the key
// (ErrUnauthorized) or when some films failed (run it again). Not safe to
// run twice at once on the same files.
func Fetch(ctx context.Context, o Options) (Result, error) {
	o = o.withDefaults()
	var res Result
	if o.APIKey == "" {
		return res, errors.New("tmdbfetch: no API key (set tmdb.api_key or BOBINE_TMDB_API_KEY)")
	}
	if o.Out == "" {
		return res, errors.New("tmdbfetch: no output file")
	}
	if err := os.MkdirAll(filepath.Dir(o.Out), 0o755); err != nil {
		return res, fmt.Errorf("tmdbfetch: %w", err)
	}
	state, csvExisted, err := loadState(o, &res)
	if err != nil {
		return res, err
	}
	now := o.Now()
	var todo []string
	seen := make(map[string]bool, len(o.IDs))
	for _, id := range o.IDs {
		if seen[id] {
			continue
		}
		seen[id] = true
		if e, ok := state[id]; ok && (o.MaxAge <= 0 || now.Sub(e.At) < o.MaxAge) {
			res.Fresh++
			continue
		}
		todo = append(todo, id)
	}
	res.Wanted = len(seen)

	journal, err := os.OpenFile(o.Journal, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return res, fmt.Errorf("tmdbfetch: open journal: %w", err)
	}
	c := newClient(o)
	runErr := run(ctx, o, c, todo, state, journal, &res)
	res.Requests = c.requests.Load()
	if err := journal.Close(); err != nil && runErr == nil {
		runErr = fmt.Errorf("tmdbfetch: journal: %w", err)
	}
	if res.Fetched+res.NotFound > 0 || !csvExisted || res.Malformed > 0 {
		if err := save(o, state, &res); err != nil {
			return res, errors.Join(runErr, err)
		}
	} else {
		res.Rows = countFound(state)
	}
	if runErr == nil && res.Failed > 0 {
		runErr = fmt.Errorf("tmdbfetch: %d of %d films failed; run fetch again to retry them", res.Failed, len(todo))
	}
	return res, runErr
}

type outcome struct {
	id  string
	e   entry
	err error
}

// run fetches todo with o.Workers workers; the calling goroutine owns state,
// the journal and the progress callback.
func run(ctx context.Context, o Options, c *client, todo []string, state map[string]entry, journal *os.File, res *Result) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type job struct {
		id   string
		prev entry
	}
	jobs := make([]job, len(todo))
	for i, id := range todo {
		jobs[i] = job{id, state[id]}
	}
	ids := make(chan job)
	out := make(chan outcome)
	var wg sync.WaitGroup
	for range min(o.Workers, max(len(todo), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range ids {
				e, err := fetchOne(ctx, c, j.id, j.prev, o.Now)
				out <- outcome{j.id, e, err}
			}
		}()
	}
	go func() {
		defer close(ids)
		for _, j := range jobs {
			select {
			case ids <- j:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(out) }()

	var fatal error
	done, sinceSync := 0, 0
	for r := range out {
		done++
		switch {
		case r.err == nil:
			line, err := json.Marshal(r.e)
			if err == nil {
				_, err = journal.Write(append(line, '\n'))
			}
			if err != nil && fatal == nil {
				fatal = fmt.Errorf("tmdbfetch: journal: %w", err)
				cancel()
			}
			if sinceSync++; sinceSync >= 50 {
				journal.Sync()
				sinceSync = 0
			}
			state[r.id] = r.e
			if r.e.Found {
				res.Fetched++
			} else {
				res.NotFound++
			}
		case errors.Is(r.err, ErrUnauthorized):
			if fatal == nil {
				fatal = ErrUnauthorized
				cancel()
			}
		case ctx.Err() != nil:
			// Interrupted in flight: asked again next run, not a failure.
		default:
			res.Failed++
		}
		if o.Progress != nil {
			o.Progress(Progress{Done: done, Total: len(todo), Fresh: res.Fresh, Requests: c.requests.Load(), Failed: res.Failed})
		}
	}
	journal.Sync()
	if fatal != nil {
		return fatal
	}
	return ctx.Err()
}

// fetchOne asks TMDB for one film. prev is its previous entry, if any: a
// known TMDB id saves the find request.
func fetchOne(ctx context.Context, c *client, id string, prev entry, now func() time.Time) (entry, error) {
	kind, tmdbID := prev.Kind, 0
	if prev.Movie != nil {
		tmdbID = prev.Movie.TMDBID
	}
	if kind == "" || tmdbID == 0 {
		var ok bool
		var err error
		kind, tmdbID, ok, err = c.find(ctx, id)
		if err != nil {
			return entry{}, err
		}
		if !ok {
			return entry{IMDbID: id, At: now(), Found: false}, nil
		}
	}
	d, err := c.details(ctx, kind, tmdbID)
	if errors.Is(err, errNotFound) {
		return entry{IMDbID: id, At: now(), Found: false}, nil
	}
	if err != nil {
		return entry{}, err
	}
	m := d.movie(id)
	return entry{IMDbID: id, At: now(), Found: true, Kind: kind, Movie: &m}, nil
}
