package indexertest

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/bobine/bobine/indexer"
)

// DevData returns the development dataset directory: $BOBINE_DEVDATA, or
// ../shared/data beside the repository root. It skips the test when the
// dataset is absent.
func DevData(tb testing.TB) string {
	tb.Helper()
	dir := os.Getenv("BOBINE_DEVDATA")
	if dir == "" {
		root, err := repoRoot()
		if err != nil {
			tb.Skipf("dev dataset: cannot find the repository root (%v); set BOBINE_DEVDATA", err)
		}
		dir = filepath.Join(root, "..", "shared", "data")
	}
	if _, err := os.Stat(filepath.Join(dir, "imdb", "title.basics.tsv.gz")); err != nil {
		tb.Skipf("dev dataset absent (%v): set BOBINE_DEVDATA to the data bundle directory to run this test", err)
	}
	return dir
}

func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", os.ErrNotExist
		}
		dir = up
	}
}

var (
	once   sync.Once
	devRes *indexer.Result
	devErr error
)

// Dev returns the dev dataset read with default options (indexer.Read),
// cached for the whole test binary. Callers must not modify it. It skips
// when the dataset is absent and fails the test if reading fails.
func Dev(tb testing.TB) *indexer.Result {
	tb.Helper()
	dir := DevData(tb)
	once.Do(func() {
		devRes, devErr = indexer.Read(context.Background(), indexer.Options{DataDir: dir})
	})
	if devErr != nil {
		tb.Fatalf("reading the dev dataset: %v", devErr)
	}
	return devRes
}
