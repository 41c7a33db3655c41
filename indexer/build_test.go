package indexer_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
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
	if got := entries(t, parent); !reflect.DeepEqual(got, []string{"index"}) {
		t.Errorf("failed build left %v beside the index, want only the index", got)
	}
	if _, err := indexer.Open(out); err != nil {
		t.Errorf("previous index no longer opens: %v", err)
	}

	// a successful build replaces the directory as a whole
	if err := build(t, out); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(out, "marker.txt")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("marker of the previous build survived a rebuild: %v", err)
	}
	if got := entries(t, parent); !reflect.DeepEqual(got, []string{"index"}) {
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
	got, err := indexer.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Catalogue.Films(), res.Catalogue.Films()) || !reflect.DeepEqual(got.Catalogue.People(), res.Catalogue.People()) {
		t.Error("catalogue differs after Open")
	}
	if !reflect.DeepEqual(got.Ratings, res.Ratings) {
		t.Errorf("ratings differ after Open: %+v", got.Ratings)
	}
	if !reflect.DeepEqual(got.Report, res.Report) {
		t.Errorf("report differs after Open:\n got %+v\nwant %+v", got.Report, res.Report)
	}
	if _, err := indexer.Open(t.TempDir()); err == nil {
		t.Error("Open of an empty directory succeeded")
	}
}
