package tmdbfetch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"
)

// ErrUnauthorized is returned when TMDB refuses the API key.
var ErrUnauthorized = errors.New("tmdbfetch: TMDB refused the API key (HTTP 401): check tmdb.api_key")

// errNotFound is a 404 answer: the id is unknown to TMDB.
var errNotFound = errors.New("not found")

// client makes the API requests: token bucket, shared pause after a 429,
// retries with backoff. Safe for concurrent use.
type client struct {
	base      string
	key       string
	bearer    bool
	http      *http.Client
	limiter   *rate.Limiter
	retries   int
	retryWait time.Duration
	maxWait   time.Duration
	requests  atomic.Int64

	mu         sync.Mutex
	pauseUntil time.Time
}

func newClient(o Options) *client {
	return &client{
		base:      strings.TrimRight(o.BaseURL, "/"),
		key:       o.APIKey,
		bearer:    isBearer(o.APIKey),
		http:      o.Client,
		limiter:   rate.NewLimiter(rate.Limit(o.Rate), o.Burst),
		retries:   o.Retries,
		retryWait: o.RetryWait,
		maxWait:   o.MaxWait,
	}
}

// isBearer tells a v4 read access token (a JWT: three dot-separated parts)
// from a v3 API key (32 hex digits).
func isBearer(key string) bool { return strings.Count(key, ".") == 2 && len(key) > 40 }

// get fetches path?query into v. A 404 gives errNotFound; a 401
// ErrUnauthorized; anything else that fails after the retries is returned
// wrapped, naming the path but never the key.
func (c *client) get(ctx context.Context, path string, query url.Values, v any) error {
	q := url.Values{}
	for k, vs := range query {
		q[k] = vs
	}
	if !c.bearer {
		q.Set("api_key", c.key)
	}
	u := c.base + path + "?" + q.Encode()
	var last error
	for attempt := 0; ; attempt++ {
		if attempt > c.retries {
			return fmt.Errorf("tmdbfetch: GET %s: giving up after %d attempts: %w", path, attempt, last)
		}
		if err := c.wait(ctx); err != nil {
			return err
		}
		retry, wait, err := c.once(ctx, u, v)
		if err == nil || !retry {
			if err != nil && !errors.Is(err, errNotFound) && !errors.Is(err, ErrUnauthorized) {
				err = fmt.Errorf("tmdbfetch: GET %s: %w", path, err)
			}
			return err
		}
		last = err
		if wait <= 0 {
			// Exponential backoff with full jitter.
			wait = c.retryWait << min(attempt, 16)
			wait = min(wait, c.maxWait)
			wait = wait/2 + rand.N(wait/2+1)
		} else {
			c.pause(wait)
		}
		if err := sleep(ctx, wait); err != nil {
			return err
		}
	}
}

// once makes one request. retry says whether trying again may help; wait is
// the server's Retry-After, when it gave one.
func (c *client) once(ctx context.Context, u string, v any) (retry bool, wait time.Duration, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return false, 0, errors.New("bad request URL") // never echo u: it holds the key
	}
	req.Header.Set("Accept", "application/json")
	if c.bearer {
		req.Header.Set("Authorization", "Bearer "+c.key)
	}
	c.requests.Add(1)
	resp, err := c.http.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return false, 0, ctx.Err()
		}
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // url.Error prints the URL, and the URL holds the key
		}
		return true, 0, err
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusOK:
	case resp.StatusCode == http.StatusNotFound:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
		return false, 0, errNotFound
	case resp.StatusCode == http.StatusUnauthorized:
		return false, 0, ErrUnauthorized
	case resp.StatusCode == http.StatusTooManyRequests:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
		w := retryAfter(resp.Header.Get("Retry-After"), time.Now())
		if w <= 0 {
			w = c.retryWait
		}
		return true, min(w, c.maxWait), fmt.Errorf("HTTP 429 (rate limited)")
	case resp.StatusCode >= 500:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
		return true, 0, fmt.Errorf("HTTP %d", resp.StatusCode)
	default:
		return false, 0, fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 16<<20)).Decode(v); err != nil {
		if ctx.Err() != nil {
			return false, 0, ctx.Err()
		}
		// A cut connection or a truncated body: ask again.
		return true, 0, fmt.Errorf("reading the answer: %w", err)
	}
	return false, 0, nil
}

// wait blocks until the shared pause is over and the bucket has a token.
func (c *client) wait(ctx context.Context) error {
	for {
		c.mu.Lock()
		d := time.Until(c.pauseUntil)
		c.mu.Unlock()
		if d <= 0 {
			break
		}
		if err := sleep(ctx, d); err != nil {
			return err
		}
	}
	return c.limiter.Wait(ctx)
}

// pause makes every worker wait d before its next request.
func (c *client) pause(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if t := time.Now().Add(d); t.After(c.pauseUntil) {
		c.pauseUntil = t
	}
}

// retryAfter parses a Retry-After header: delay-seconds or an HTTP date.
func retryAfter(h string, now time.Time) time.Duration {
	h = strings.TrimSpace(h)
	if h == "" {
		return 0
	}
	if n, err := strconv.Atoi(h); err == nil {
		return time.Duration(max(n, 0)) * time.Second
	}
	if t, err := http.ParseTime(h); err == nil {
		return t.Sub(now)
	}
	return 0
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
