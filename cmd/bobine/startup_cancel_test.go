package main

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bobine/bobine/config"
	"github.com/bobine/bobine/indexer"
	"github.com/bobine/bobine/indexer/indexertest"
)

// stepLog is a slog handler that hands openStack's step records to a
// function: the test's view of which start-up step is running.
type stepLog struct {
	mu sync.Mutex
	fn func(msg, step string, elapsed time.Duration)
}

func (h *stepLog) Enabled(context.Context, slog.Level) bool { return true }
func (h *stepLog) WithAttrs([]slog.Attr) slog.Handler       { return h }
func (h *stepLog) WithGroup(string) slog.Handler            { return h }
func (h *stepLog) Handle(_ context.Context, r slog.Record) error {
	var step string
	var elapsed time.Duration
	r.Attrs(func(a slog.Attr) bool {
		switch a.Key {
		case "step":
			step = a.Value.String()
		case "elapsed":
			elapsed = a.Value.Duration()
		}
		return true
	})
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.fn != nil {
		h.fn(r.Message, step, elapsed)
	}
	return nil
}

// TestStartupCancelledInEachStep cancels the start-up of serve and bench
// (openStack, what SIGINT and SIGTERM do through run's context) a third of
// the way (then, if need be, two thirds) into each of its steps (opening the catalogue, the search index,
// the recommender), on the development index, and checks that it returns
// the cancellation within a second and that the step stopped by itself
// (it was not abandoned by indexer.Cancellable). Each step reads every film
// or person; one that ignored the cancellation would run to its end. A step
// that ends before the cancellation lands passes it to the next one; the
// log says which step was hit.
func TestStartupCancelledInEachStep(t *testing.T) {
	if testing.Short() {
		t.Skip("opens the development index four times")
	}
	dir := os.Getenv("BOBINE_TEST_INDEX")
	cfg := config.Default()
	if dir == "" {
		data := indexertest.DevData(t)
		dir = filepath.Join(t.TempDir(), "index")
		if _, err := indexer.Build(context.Background(), indexer.Options{DataDir: data, OutDir: dir}, indexSteps(cfg)...); err != nil {
			t.Fatal(err)
		}
	}
	cfg.Index.Dir = dir
	cfg.Server.MemoryLimit = "" // the test's own heap is no serving process's
	h := &stepLog{}
	e := &env{cfg: cfg, log: slog.New(h), stdout: io.Discard, stderr: io.Discard}

	// A first, whole start-up times each step.
	took := map[string]time.Duration{}
	h.fn = func(msg, step string, elapsed time.Duration) {
		if msg == "opened" {
			took[step] = elapsed
		}
	}
	st, err := openStack(context.Background(), dir, e)
	if err != nil {
		t.Fatal(err)
	}
	st.close()
	t.Logf("steps took %v", took)

	for _, step := range []string{"catalogue", "search", "recommender"} {
		t.Run(step, func(t *testing.T) {
			if took[step] == 0 {
				t.Fatalf("step %q never reported its time", step)
			}
			// A third of the way in, then two thirds: a step may be in a
			// library call or a sort that does not look at the context
			// when a loaded machine's scheduler lets the grace run out;
			// one that ignores it is abandoned at both.
			var abandoned []string
			for _, delay := range []time.Duration{took[step] / 3, 2 * took[step] / 3} {
				hit, err := cancelStartup(t, h, e, dir, step, delay)
				if err == nil {
					return
				}
				abandoned = append(abandoned, hit+": "+err.Error())
			}
			t.Errorf("step %q did not stop by itself: %v", step, abandoned)
		})
	}
}

// cancelStartup opens the stack and cancels it after delay into step. It
// fails the test unless openStack returns the cancellation within a second,
// and returns the step hit and an error when that step had to be abandoned.
func cancelStartup(t *testing.T, h *stepLog, e *env, dir, step string, delay time.Duration) (string, error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var (
		mu        sync.Mutex
		at        time.Time
		hit       string
		cancelled bool
	)
	h.fn = func(msg, s string, _ time.Duration) {
		switch {
		case msg == "opening the index" && s == step:
			time.AfterFunc(delay, func() {
				mu.Lock()
				defer mu.Unlock()
				at, cancelled = time.Now(), true
				cancel()
			})
		case msg == "start-up cancelled":
			mu.Lock()
			hit = s
			mu.Unlock()
		}
	}
	st, err := openStack(ctx, dir, e)
	returned := time.Now()
	mu.Lock()
	defer mu.Unlock()
	if err == nil {
		st.close()
		t.Fatalf("opened despite a cancellation %s into step %q (cancelled: %v)", delay, step, cancelled)
	}
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	// Generous for a loaded machine; a step that ignored the
	// cancellation would run to its end.
	if d := returned.Sub(at); d > time.Second {
		t.Errorf("returned %s after the cancellation during %q", d, hit)
	} else {
		t.Logf("cancelled %s into %q, during %q, returned %s after", delay.Round(time.Millisecond), step, hit, d.Round(time.Millisecond))
	}
	if strings.Contains(err.Error(), "abandoned") {
		return hit, err
	}
	return hit, nil

}
