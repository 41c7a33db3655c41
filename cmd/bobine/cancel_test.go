package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bobine/bobine/config"
	"github.com/bobine/bobine/indexer"
	"github.com/bobine/bobine/indexer/synth"
)

// TestIndexCancelledInEachStep cancels `bobine index` (what SIGINT and
// SIGTERM do through run's context) in each stage of a build on a synthetic
// set (reading, 150 ms into the joins; writing the catalogue, then the kpi,
// search and vectors steps, as each reports its start), and checks that the build stops quickly, that the index
// it was replacing still verifies and that no temporary directory is left.
// Each stage would run on for seconds if it ignored the cancellation. A
// stage that ends before the cancellation lands (kpi takes milliseconds
// here) passes it to the next one; the log says which stage was hit.
func TestIndexCancelledInEachStep(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 50,000-title synthetic set")
	}
	t.Setenv("BOBINE_LOG_LEVEL", "error")
	data := t.TempDir()
	if _, err := synth.Generate(context.Background(), synth.Options{Dir: data, Titles: 50_000, Seed: 5}); err != nil {
		t.Fatal(err)
	}
	parent := t.TempDir()
	out := filepath.Join(parent, "index")
	cfg := config.Default()
	o := indexer.Options{DataDir: data, OutDir: out, MinVotes: 20}
	if _, err := indexer.Build(context.Background(), o, indexSteps(cfg)...); err != nil {
		t.Fatal(err)
	}
	manifest, err := os.ReadFile(filepath.Join(out, indexer.ManifestFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, stage := range []string{"read", "write", "kpi", "search", "vectors"} {
		t.Run(stage, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var (
				mu       sync.Mutex
				current  string
				at       time.Time
				armed    bool
				reported bool
			)
			o := o
			o.Progress = func(p indexer.Progress) {
				mu.Lock()
				defer mu.Unlock()
				if !p.Done {
					current = p.Step
				}
				// Reading: wait for the big file, when the joins run.
				if p.Step == stage && !p.Done && !armed && (stage != "read" || strings.Contains(p.File, "principals")) {
					armed = true
					if stage != "read" {
						// The later stages take a fraction of a second on a
						// quiet machine: a timer could fire after they end.
						// Cancelled as the stage reports its start, it is
						// sure to be running.
						at, reported = time.Now(), true
						cancel()
						t.Logf("cancelled during %q", current)
						return
					}
					time.AfterFunc(150*time.Millisecond, func() {
						mu.Lock()
						at, reported = time.Now(), true
						running := current
						mu.Unlock()
						cancel()
						t.Logf("cancelled during %q", running)
					})
				}
			}
			_, err := indexer.Build(ctx, o, indexSteps(cfg)...)
			returned := time.Now()
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("error %v, want context.Canceled", err)
			}
			mu.Lock()
			defer mu.Unlock()
			if !reported {
				t.Fatalf("stage %s never reported", stage)
			}
			// Generous for a loaded machine; a stage that ignored the
			// cancellation would run for seconds.
			if took := returned.Sub(at); took > 2*time.Second {
				t.Errorf("returned %s after the cancellation", took)
			} else {
				t.Logf("returned %s after the cancellation", took.Round(time.Millisecond))
			}
			if b, err := os.ReadFile(filepath.Join(out, indexer.ManifestFile)); err != nil || string(b) != string(manifest) {
				t.Errorf("previous index changed (%v)", err)
			}
			if err := indexer.Verify(out, true); err != nil {
				t.Errorf("previous index no longer verifies: %v", err)
			}
			// An abandoned step may still be writing for a moment.
			deadline := time.Now().Add(10 * time.Second)
			for {
				es, _ := os.ReadDir(parent)
				var left []string
				for _, e := range es {
					if strings.Contains(e.Name(), ".tmp-") {
						left = append(left, e.Name())
					}
				}
				if len(left) == 0 {
					break
				}
				if time.Now().After(deadline) {
					t.Errorf("temporary directories left: %v", left)
					break
				}
				time.Sleep(100 * time.Millisecond)
			}
		})
	}
}
