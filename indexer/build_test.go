package indexer_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/indexer"
)

func build(t *testing.T, out string, steps ...indexer.Step) error {
	t.Helper()
	_, err := indexer.Build(context.Background(), indexer.Options{DataDir: minidata, OutDir: out}, steps...)
	return err
}

func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

func TestBuildAtomicReplace(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "index")
	marker := indexer.Step{Name: "marker", Run: func(ctx context.Context, dir string, in *indexer.Result) error {
		return os.WriteFile(filepath.Join(dir, "marker.txt"), []byte("first build"), 0o644)
	}}
	if err := build(t, out, marker); err != nil {
		t.Fatal(err)
	}
	want := []string{indexer.CatalogueFile, indexer.ManifestFile, "marker.txt", indexer.RatingsFile, indexer.ReportFile}
	if got := entries(t, out); !reflect.DeepEqual(got, want) {
		t.Fatalf("index dir holds %v, want %v", got, want)
	}

	boom := errors.New("boom")
	failing := indexer.Step{Name: "failing", Run: func(ctx context.Context, dir string, in *indexer.Result) error {
		if err := os.WriteFile(filepath.Join(dir, "marker.txt"), []byte("second build"), 0o644); err != nil {
			return err
		}
		return boom
	}}
	if err := build(t, out, failing); !errors.Is(err, boom) {
		t.Fatalf("failing step: error %v, want it wrapped", err)
	}
	if b, err := os.ReadFile(filepath.Join(out, "marker.txt")); err != nil || string(b) != "first build" {
		t.Errorf("after a failed build the previous index changed: marker %q, %v", b, err)
	}
	// The lock file stays: removing it would let two builds lock two files.
	if got := entries(t, parent); !reflect.DeepEqual(got, []string{".index.lock", "index"}) {
		t.Errorf("failed build left %v beside the index, want only the index and its lock", got)
	}
	if _, err := indexer.Open(context.Background(), out); err != nil {
		t.Errorf("previous index no longer opens: %v", err)
	}

	// a successful build replaces the directory as a whole
	if err := build(t, out); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(out, "marker.txt")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("marker of the previous build survived a rebuild: %v", err)
	}
	if got := entries(t, parent); !reflect.DeepEqual(got, []string{".index.lock", "index"}) {
		t.Errorf("rebuild left %v beside the index", got)
	}
}

func TestBuildRefusesForeignDir(t *testing.T) {
	out := t.TempDir()
	if err := os.WriteFile(filepath.Join(out, "thesis.tex"), []byte("precious"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := build(t, out); !errors.Is(err, data.ErrInvalid) {
		t.Fatalf("building over a non-index directory: %v, want ErrInvalid", err)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "thesis.tex")); string(b) != "precious" {
		t.Error("foreign file touched")
	}
}

func TestBuildDeterministic(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	if err := build(t, a); err != nil {
		t.Fatal(err)
	}
	if err := build(t, b); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{indexer.CatalogueFile, indexer.RatingsFile, indexer.ReportFile} {
		ba, _ := os.ReadFile(filepath.Join(a, f))
		bb, _ := os.ReadFile(filepath.Join(b, f))
		if len(ba) == 0 || !bytes.Equal(ba, bb) {
			t.Errorf("%s differs between two builds of the same data (%d vs %d bytes)", f, len(ba), len(bb))
		}
	}
}

func TestOpenRoundTrip(t *testing.T) {
	out := filepath.Join(t.TempDir(), "index")
	res, err := indexer.Build(context.Background(), indexer.Options{DataDir: minidata, OutDir: out})
	if err != nil {
		t.Fatal(err)
	}
	got, err := indexer.Open(context.Background(), out)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Catalogue.Films(), res.Catalogue.Films()) || !reflect.DeepEqual(got.Catalogue.People(), res.Catalogue.People()) {
		t.Error("catalogue differs after Open")
	}
	if got.Ratings != nil {
		t.Errorf("Open read %d ratings; serving never needs them", len(got.Ratings))
	}
	ratings, err := indexer.ReadRatings(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(ratings) == 0 || !reflect.DeepEqual(ratings, res.Ratings) {
		t.Errorf("ratings differ after ReadRatings: %+v", ratings)
	}
	if !reflect.DeepEqual(got.Report, res.Report) {
		t.Errorf("report differs after Open:\n got %+v\nwant %+v", got.Report, res.Report)
	}
	if _, err := indexer.Open(context.Background(), t.TempDir()); err == nil {
		t.Error("Open of an empty directory succeeded")
	}
}

// TestBuildAfterKill: what a build killed with -9 leaves (its temporary
// directory, a previous index moved aside) is cleaned up by the next one.
func TestBuildAfterKill(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "index")
	stale := filepath.Join(parent, ".index.tmp-123456")
	if err := os.MkdirAll(filepath.Join(stale, "search"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(stale, indexer.CatalogueFile), []byte("half written"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Killed between moving the previous index aside and installing the
	// new one: the previous index is put back first, so it never goes away.
	if err := build(t, out); err != nil {
		t.Fatal(err)
	}
	aside := filepath.Join(parent, ".index.tmp-654321.old")
	if err := os.Rename(out, aside); err != nil {
		t.Fatal(err)
	}
	if err := build(t, out); err != nil {
		t.Fatalf("build after a killed one: %v", err)
	}
	if got := entries(t, parent); !reflect.DeepEqual(got, []string{".index.lock", "index"}) {
		t.Errorf("after a killed build the next one left %v, want only the index and its lock", got)
	}
	if _, err := indexer.Open(context.Background(), out); err != nil {
		t.Errorf("index does not open: %v", err)
	}
}

// TestBuildLocked: a second build of the same directory while one is
// running fails at once, saying why, and leaves the first one alone.
func TestBuildLocked(t *testing.T) {
	out := filepath.Join(t.TempDir(), "index")
	inStep, release := make(chan struct{}), make(chan struct{})
	slow := indexer.Step{Name: "slow", Run: func(ctx context.Context, dir string, in *indexer.Result) error {
		close(inStep)
		<-release
		return nil
	}}
	first := make(chan error, 1)
	go func() { first <- build(t, out, slow) }()
	<-inStep
	err := build(t, out)
	close(release)
	if err == nil || !strings.Contains(err.Error(), "another `bobine index`") {
		t.Errorf("second build while the first runs: %v, want a lock error", err)
	}
	if err := <-first; err != nil {
		t.Errorf("first build: %v", err)
	}
	if err := build(t, out); err != nil {
		t.Errorf("build once the first is done: %v", err)
	}
}

// TestVerify: the manifest records every file's size and SHA-256; a
// truncated file fails the size check, an altered one the checksum.
func TestVerify(t *testing.T) {
	out := filepath.Join(t.TempDir(), "index")
	if err := build(t, out); err != nil {
		t.Fatal(err)
	}
	if err := indexer.Verify(out, true); err != nil {
		t.Fatalf("fresh index: %v", err)
	}
	cat := filepath.Join(out, indexer.CatalogueFile)
	orig, err := os.ReadFile(cat)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cat, orig[:len(orig)-10], 0o644); err != nil {
		t.Fatal(err)
	}
	if err := indexer.Verify(out, false); !errors.Is(err, indexer.ErrCorrupt) || !strings.Contains(err.Error(), indexer.CatalogueFile) {
		t.Errorf("truncated catalogue: %v, want ErrCorrupt naming it", err)
	}
	altered := bytes.Clone(orig)
	altered[len(altered)/2] ^= 0xff
	if err := os.WriteFile(cat, altered, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := indexer.Verify(out, false); err != nil {
		t.Errorf("sizes only, same size: %v", err)
	}
	if err := indexer.Verify(out, true); !errors.Is(err, indexer.ErrCorrupt) {
		t.Errorf("altered catalogue: %v, want ErrCorrupt", err)
	}
	if err := os.Remove(cat); err != nil {
		t.Fatal(err)
	}
	if err := indexer.Verify(out, false); !errors.Is(err, indexer.ErrCorrupt) {
		t.Errorf("missing catalogue: %v, want ErrCorrupt", err)
	}
	if err := os.WriteFile(filepath.Join(out, indexer.ManifestFile), []byte(`{"format":2}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := indexer.Verify(out, false); !errors.Is(err, indexer.ErrCorrupt) {
		t.Errorf("manifest without files: %v, want ErrCorrupt", err)
	}
}

// TestBuildStepsReadBack: the steps (and Build's caller) get the catalogue
// as read back from catalogue.bin, the same films and people as Read built
// on the heap, its strings in the file's mapping where the system maps
// files, so that the heap copy can go before the steps run.
func TestBuildStepsReadBack(t *testing.T) {
	o := indexer.Options{DataDir: minidata, OutDir: filepath.Join(t.TempDir(), "index")}
	want, err := indexer.Read(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	var seen *data.Catalogue
	step := indexer.Step{Name: "look", Run: func(ctx context.Context, dir string, in *indexer.Result) error {
		seen = in.Catalogue
		return nil
	}}
	res, err := indexer.Build(context.Background(), o, step)
	if err != nil {
		t.Fatal(err)
	}
	if seen == nil || seen != res.Catalogue {
		t.Fatal("the step and the caller were not given the same catalogue")
	}
	if !reflect.DeepEqual(seen.Films(), want.Catalogue.Films()) || !reflect.DeepEqual(seen.People(), want.Catalogue.People()) {
		t.Error("the catalogue read back differs from the one Read built")
	}
	mapped, err := data.OpenCatalogue(filepath.Join(o.OutDir, indexer.CatalogueFile))
	if err != nil {
		t.Fatal(err)
	}
	if seen.Mapped() != mapped.Mapped() {
		t.Errorf("the steps' catalogue mapped %v, serve's %v: not read back as serve reads it", seen.Mapped(), mapped.Mapped())
	}
}
