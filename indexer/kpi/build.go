package kpi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/bobine/bobine/indexer"
)

// FileName is the name of the report Build writes in the index directory.
const FileName = "kpi.json"

// Build computes the unfiltered report of in, with the Quality section from
// in.Report, and writes it as dir/kpi.json. The output is deterministic.
// It is an indexer.Step.
func Build(ctx context.Context, dir string, in *indexer.Result) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("kpi: build: %w", err)
	}
	r := Compute(in.Catalogue, Filter{})
	r.Quality = Summarize(in.Report)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("kpi: build: encode: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, FileName), buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("kpi: build: %w", err)
	}
	return nil
}

// Load reads the report Build wrote in dir. It fails on a report of
// another Version: re-run `bobine index`.
func Load(dir string) (*Report, error) {
	b, err := os.ReadFile(filepath.Join(dir, FileName))
	if err != nil {
		return nil, fmt.Errorf("kpi: load: %w", err)
	}
	var r Report
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("kpi: load %s: %w", FileName, err)
	}
	if r.Version != Version {
		return nil, fmt.Errorf("kpi: load %s: format version %d, this build reads %d: re-run `bobine index`", FileName, r.Version, Version)
	}
	return &r, nil
}
