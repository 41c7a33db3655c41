package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"

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
	gc  string // the garbage collector target in force (GOGC)
}

func (s *stack) close() { s.idx.Close() }

// openStack opens the index directory, first explaining the two common
// mistakes: no index yet, or one written by an incompatible build.
func openStack(dir string, e *env) (*stack, error) {
	if err := checkIndexDir(dir, false); err != nil {
		return nil, err
	}
	// The catalogue and indexes are a large heap that never changes: with
	// Go's default target, collecting it after every 200 MB of request
	// garbage slows one request in ten (bobine bench p99). GOGC, when set,
	// is left to win.
	gc := os.Getenv("GOGC")
	if gc == "" {
		debug.SetGCPercent(e.cfg.Server.GCPercent)
		gc = fmt.Sprint(e.cfg.Server.GCPercent)
	}
	in, err := indexer.Open(dir)
	if err != nil {
		return nil, err
	}
	idx, err := search.Open(filepath.Join(dir, "search"), in.Catalogue)
	if err != nil {
		return nil, fmt.Errorf("%w (re-run `bobine index`)", err)
	}
	rec, err := recommend.Load(filepath.Join(dir, "vectors"), in.Catalogue, idx, recommendOptions(e.cfg.Recommend))
	if err != nil {
		idx.Close()
		return nil, fmt.Errorf("%w (re-run `bobine index`)", err)
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
