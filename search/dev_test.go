package search_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/bobine/bobine/indexer/indexertest"
	"github.com/bobine/bobine/search"
)

// The dev-dataset index is built once per test binary, on disk with Build
// and reopened with Open as `bobine serve` does, and shared by the golden
// suite and the benchmarks.
var (
	devOnce  sync.Once
	devIdx   *search.Index
	devErr   error
	devDir   string
	devBuild time.Duration
)

func TestMain(m *testing.M) {
	code := m.Run()
	if devIdx != nil {
		devIdx.Close()
	}
	if devDir != "" {
		os.RemoveAll(devDir)
	}
	os.Exit(code)
}

func devIndex(tb testing.TB) *search.Index {
	tb.Helper()
	res := indexertest.Dev(tb)
	devOnce.Do(func() {
		devDir, devErr = os.MkdirTemp("", "bobine-search-")
		if devErr != nil {
			return
		}
		// $BOBINE_DEV_SEARCH_INDEX names the search/ directory of an index
		// that `bobine index` built from the dev data, to skip the build
		// while iterating; Open refuses it if it is stale.
		if dir := os.Getenv("BOBINE_DEV_SEARCH_INDEX"); dir != "" {
			devIdx, devErr = search.Open(dir, res.Catalogue)
			return
		}
		dir := filepath.Join(devDir, "search")
		start := time.Now()
		// With BOBINE_TEST_INDEX (a directory written by "bobine index"
		// from the same data), its Bleve files are reused and only the theme
		// model is learnt again, by this code: a quicker loop when working
		// on themes.
		if built := os.Getenv("BOBINE_TEST_INDEX"); built != "" {
			devIdx, devErr = search.Open(filepath.Join(built, "search"), res.Catalogue)
			if devErr == nil {
				devErr = search.RelearnThemes(devIdx, res.Catalogue)
			}
			devBuild = time.Since(start)
			return
		}
		if devErr = search.Build(context.Background(), dir, res.Catalogue); devErr != nil {
			return
		}
		devBuild = time.Since(start)
		devIdx, devErr = search.Open(dir, res.Catalogue)
	})
	if devErr != nil {
		tb.Fatalf("building the dev search index: %v", devErr)
	}
	return devIdx
}
