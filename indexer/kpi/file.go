package kpi

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// FileName is the name of the report Write saves in the index directory.
const FileName = "kpi.json"

// Write saves r as dir/kpi.json, the unfiltered report the index step
// computes (Compute with the zero Filter, Quality from Summarize). The
// output is deterministic.
func Write(dir string, r *Report) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("kpi: write: encode: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, FileName), buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("kpi: write: %w", err)
	}
	return nil
}

// Load reads the report Write saved in dir. It fails on a report of
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
