package indexer_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bobine/bobine/indexer"
)

// A cancelled build (SIGINT, SIGTERM) returns within about a second even
// when a step ignores the cancellation for 30 s, leaves the previous index
// as it was and removes its temporary directory.
func TestBuildCancelled(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "index")
	if err := build(t, out); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(filepath.Join(out, indexer.ManifestFile))
	if err != nil {
		t.Fatal(err)
	}
	started := make(chan struct{})
	deaf := indexer.Step{Name: "deaf", Run: func(ctx context.Context, dir string, in *indexer.Result) error {
		close(started)
		time.Sleep(30 * time.Second) // a long computation that never looks at ctx
		return nil
	}}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cancelled := make(chan time.Time, 1)
	go func() {
		<-started
		time.Sleep(50 * time.Millisecond)
		cancelled <- time.Now()
		cancel()
	}()
	_, err = indexer.Build(ctx, indexer.Options{DataDir: minidata, OutDir: out}, deaf)
	returned := time.Now()
	// The bound is generous for a loaded machine, far below the 30 s the
	// step would take if the cancellation were not honoured.
	if took := returned.Sub(<-cancelled); took > 5*time.Second {
		t.Errorf("cancelled build returned %s after the cancellation", took)
	} else {
		t.Logf("cancelled build returned %s after the cancellation", took.Round(time.Millisecond))
	}
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled build: error %v, want context.Canceled", err)
	}
	after, err := os.ReadFile(filepath.Join(out, indexer.ManifestFile))
	if err != nil || string(after) != string(before) {
		t.Errorf("previous index changed by a cancelled build (%v)", err)
	}
	if err := indexer.Verify(out, true); err != nil {
		t.Errorf("previous index no longer verifies: %v", err)
	}
	for _, e := range entries(t, parent) {
		if strings.Contains(e, ".tmp-") {
			t.Errorf("temporary directory %s left by a cancelled build", e)
		}
	}
}
