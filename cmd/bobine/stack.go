package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"time"

	"github.com/bobine/bobine/config"
	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/indexer"
	"github.com/bobine/bobine/indexer/kpi"
	"github.com/bobine/bobine/recommend"
	"github.com/bobine/bobine/search"
)

// stack is what serving a request needs: the catalogue, the search index and
// the recommender, opened from one index directory.
type stack struct {
	in  *indexer.Result
	idx *search.Index
	rec *recommend.Recommender
	gc  string // the garbage collector settings in force (GOGC, GOMEMLIMIT)
}

func (s *stack) close() { s.idx.Close() }

// openStack opens the index directory, first explaining the two common
// mistakes: no index yet, or one written by an incompatible build. Each
// step of the start-up (the catalogue, the search index, the recommender)
// is logged with its time, and stops when ctx ends (SIGINT, SIGTERM): the
// error is then ctx's, within a second whatever the step (see
// indexer.Cancellable), and what was opened is released.
func openStack(ctx context.Context, dir string, e *env) (*stack, error) {
	if err := checkIndexDir(dir, false); err != nil {
		return nil, err
	}
	gc := applyMemoryLimit(e)
	var (
		in  *indexer.Result
		idx *search.Index
		rec *recommend.Recommender
	)
	steps := []struct {
		name string
		run  func() error
	}{
		{"catalogue", func() (err error) {
			in, err = indexer.Open(ctx, dir)
			return err
		}},
		{"search", func() (err error) {
			idx, err = search.OpenContext(ctx, filepath.Join(dir, "search"), in.Catalogue)
			if err != nil && ctx.Err() == nil {
				err = fmt.Errorf("%w (re-run `bobine index`)", err)
			}
			return err
		}},
		{"recommender", func() (err error) {
			rec, err = recommend.Load(ctx, filepath.Join(dir, "vectors"), in.Catalogue, idx, recommendOptions(e.cfg.Recommend))
			if err != nil && ctx.Err() == nil {
				err = fmt.Errorf("%w (re-run `bobine index`)", err)
			}
			return err
		}},
	}
	for i, s := range steps {
		start := time.Now()
		e.log.Info("opening the index", "step", s.name, "dir", dir)
		if err := indexer.Cancellable(ctx, s.run); err != nil {
			if ctx.Err() != nil {
				e.log.Info("start-up cancelled", "step", s.name, "error", err)
			}
			// Only what the steps before this one opened is closed: a
			// step abandoned past its grace still runs, and whatever it
			// opens goes with the process.
			if i > 1 {
				idx.Close()
			}
			return nil, err
		}
		e.log.Info("opened", "step", s.name, "elapsed", time.Since(start).Round(time.Millisecond))
	}
	// Opening the search index and the recommender read every film and
	// person; a request reads a few.
	in.Catalogue.Evict()
	if e.cfg.Server.MemoryLimit == config.MemoryLimitAuto {
		gc = autoMemoryLimit()
	}
	return &stack{in: in, idx: idx, rec: rec, gc: gc}, nil
}

// checkIndexDir explains the common mistakes before anything is loaded: no
// index yet, one written by an incompatible build, or one that is not what
// its manifest lists (a file missing or of another size; with checksums,
// any byte changed, which reads the whole index).
func checkIndexDir(dir string, checksums bool) error {
	b, err := os.ReadFile(filepath.Join(dir, indexer.ManifestFile))
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("no index in %s: run `bobine index` first (or pass -index DIR)", dir)
	}
	if err != nil {
		return fmt.Errorf("read index manifest: %w", err)
	}
	var m indexer.Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return fmt.Errorf("index %s: manifest.json: %w (re-run `bobine index`)", dir, err)
	}
	if m.Format != indexer.FormatVersion || m.CatalogueVersion != data.CatalogueVersion {
		return fmt.Errorf("index %s was built by another version of bobine (format %d, catalogue %d; this build reads format %d, catalogue %d): re-run `bobine index`",
			dir, m.Format, m.CatalogueVersion, indexer.FormatVersion, data.CatalogueVersion)
	}
	if err := indexer.Verify(dir, checksums); err != nil {
		return fmt.Errorf("index %s is incomplete or damaged: %w: re-run `bobine index`", dir, err)
	}
	return nil
}

// loadKPI reads the KPI report the index step wrote in dir, or computes it
// when it is missing or of another version.
func loadKPI(dir string, in *indexer.Result, e *env) *kpi.Report {
	r, err := kpi.Load(dir)
	if err != nil {
		e.log.Warn("kpi report not loaded; computing it", "error", err)
		return kpiReport(in)
	}
	return r
}

// applyMemoryLimit sets server.memory_limit as the soft memory limit, unless
// GOMEMLIMIT is set, which wins, and says what the collector runs with. The
// catalogue is now a few large arrays whose strings point into its mapped
// file instead of millions of small objects, so Go's default GOGC 100 no
// longer makes marking it costly; the limit caps what the collector lets
// the heap grow to on a small machine.
func applyMemoryLimit(e *env) string {
	gogc := gogcText()
	if e.cfg.Server.MemoryLimit == config.MemoryLimitAuto {
		return "GOGC " + gogc + ", GOMEMLIMIT auto (set once the index is open)"
	}
	n, _ := config.ParseBytes(e.cfg.Server.MemoryLimit) // validated when the configuration was loaded
	return "GOGC " + gogc + ", GOMEMLIMIT " + softMemoryLimit(n, e.cfg.Server.MemoryLimit)
}

// softMemoryLimit sets n bytes (written text) as the soft memory limit
// unless GOMEMLIMIT is set, which wins, or n is 0, and returns the limit in
// force.
func softMemoryLimit(n int64, text string) string {
	if env := os.Getenv("GOMEMLIMIT"); env != "" {
		return env
	}
	if n <= 0 {
		return "none"
	}
	debug.SetMemoryLimit(n)
	return text
}

// autoMemoryLimit sets the soft memory limit of server.memory_limit "auto"
// (unless GOMEMLIMIT is set, which wins) from what the opened index holds:
// the live heap plus half of it, and at least 96MiB more, for the caches
// that fill as requests come (more-like-this's, bounded) and the requests
// in flight. GOGC 100 alone lets the heap grow to twice the live heap at
// each cycle, so the resident memory ended at twice the grown heap; the
// limit keeps the heap near the fresh start's while leaving the collector
// room enough not to run all the time. The heap is mostly large
// pointer-free arrays (the catalogue's films are outside it, see
// data.OpenCatalogue), so that a collection costs little to mark. Half the
// live heap, not a quarter (the rule before this one): at the full IMDb
// size a quarter (158MiB over a 634MiB live heap) had the collector run
// 594 times over `bobine bench -n 200` and the tails of people by name and
// recommendation at 200-500 ms; half halves the collections for about
// 160MB more resident (README, issue 11's figures). The 96MiB keep it from
// running all the time on a small index, whose live heap grows by about
// 40MB over `bobine bench` as the caches fill. Called during a swap, it
// counts both indexes and errs on the high side. Returns the limit in force.
func autoMemoryLimit() string {
	if env := os.Getenv("GOMEMLIMIT"); env != "" {
		return "GOGC " + gogcText() + ", GOMEMLIMIT " + env
	}
	runtime.GC()
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	var live int64
	if s[0].Value.Kind() == metrics.KindUint64 {
		live = int64(s[0].Value.Uint64())
	}
	n := max(live+max(live/2, 96<<20), 64<<20)
	debug.SetMemoryLimit(n)
	return fmt.Sprintf("GOGC %s, GOMEMLIMIT auto: %dMiB (live heap %dMiB once open)", gogcText(), n>>20, live>>20)
}

// gogcText is the GOGC in force: the environment's, else Go's default.
func gogcText() string {
	if g := os.Getenv("GOGC"); g != "" {
		return g
	}
	return "100"
}
