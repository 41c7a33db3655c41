package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bobine/bobine/config"
	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/indexer"
)

// make run re-indexes when `bobine index -check` fails: it must fail on a
// missing index, on one written by an older layout, on one whose files are
// not those its manifest lists (truncated, altered), and pass on a current
// one.
func TestIndexCheck(t *testing.T) {
	t.Setenv("BOBINE_LOG_LEVEL", "error")
	dir := t.TempDir()
	built := func(t *testing.T, idx string) {
		t.Helper()
		if _, err := indexer.Build(context.Background(), indexer.Options{DataDir: "../../indexer/testdata/minidata", OutDir: idx}); err != nil {
			t.Fatal(err)
		}
	}
	manifest := func(m string) func(*testing.T, string) {
		return func(t *testing.T, idx string) {
			if err := os.MkdirAll(idx, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(idx, "manifest.json"), []byte(m), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, c := range []struct {
		name string
		make func(*testing.T, string) // nil = nothing
		want string                   // "" = success
	}{
		{"missing", nil, "no index in"},
		{"older layout", manifest(`{"format": 1, "catalogue_version": 1}`), "another version of bobine (format 1"},
		{"no file list", manifest(fmt.Sprintf(`{"format": %d, "catalogue_version": %d}`, indexer.FormatVersion, data.CatalogueVersion)), "lists no files"},
		{"current", built, ""},
		{"truncated", func(t *testing.T, idx string) {
			built(t, idx)
			if err := os.Truncate(filepath.Join(idx, indexer.CatalogueFile), 100); err != nil {
				t.Fatal(err)
			}
		}, "catalogue.bin: 100 bytes"},
		{"altered", func(t *testing.T, idx string) {
			built(t, idx)
			p := filepath.Join(idx, indexer.ReportFile)
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, bytes.Replace(b, []byte("films"), []byte("filmz"), 1), 0o644); err != nil {
				t.Fatal(err)
			}
		}, "report.json: SHA-256 differs"},
	} {
		t.Run(c.name, func(t *testing.T) {
			idx := filepath.Join(dir, c.name)
			if c.make != nil {
				c.make(t, idx)
			}
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), []string{"index", "-check", "-out", idx}, &stdout, &stderr)
			switch {
			case c.want == "" && code != 0:
				t.Errorf("exit %d: %s", code, stderr.String())
			case c.want != "" && (code == 0 || !strings.Contains(stderr.String(), c.want)):
				t.Errorf("exit %d, stderr %q; want a failure saying %q", code, stderr.String(), c.want)
			}
		})
	}
}

// TestIndexSteps: the steps run in the order the list gives, each named
// after the part of the index directory it writes.
func TestIndexSteps(t *testing.T) {
	var names []string
	for _, s := range indexSteps(config.Default()) {
		names = append(names, s.Name)
	}
	if got, want := strings.Join(names, " "), "kpi search vectors"; got != want {
		t.Errorf("index steps %q, want %q", got, want)
	}
}
