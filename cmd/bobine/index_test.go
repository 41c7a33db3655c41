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
// missing index and on one written by an older layout, and pass on a
// current one.
func TestIndexCheck(t *testing.T) {
	t.Setenv("BOBINE_LOG_LEVEL", "error")
	dir := t.TempDir()
	for _, c := range []struct {
		name     string
		manifest string // "" = none
		want     string // "" = success
	}{
		{"missing", "", "no index in"},
		{"older layout", `{"format": 1, "catalogue_version": 1}`, "another version of bobine (format 1"},
		{"current", fmt.Sprintf(`{"format": %d, "catalogue_version": %d}`, indexer.FormatVersion, data.CatalogueVersion), ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			idx := filepath.Join(dir, c.name)
			if c.manifest != "" {
				if err := os.MkdirAll(idx, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(idx, "manifest.json"), []byte(c.manifest), 0o644); err != nil {
					t.Fatal(err)
				}
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
