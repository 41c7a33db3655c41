package main

import (
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/bobine/bobine/chat"
	"github.com/bobine/bobine/config"
	"github.com/bobine/bobine/indexer"
	"github.com/bobine/bobine/web"
)

// swapRecorder stands for the server: it keeps the stacks swapped in.
type swapRecorder struct{ got []web.Stack }

func (r *swapRecorder) Swap(st web.Stack) { r.got = append(r.got, st) }

// TestSwapRefusesDamagedIndex builds an index, then puts a new build in its
// place the way `bobine index` does (rename): a damaged one (a file cut
// short) is refused, logged and not retried until the manifest changes;
// the same build undamaged is opened, checked and swapped in.
func TestSwapRefusesDamagedIndex(t *testing.T) {
	cfg := config.Default()
	root := t.TempDir()
	dir := filepath.Join(root, "index")
	build := func(out string) {
		t.Helper()
		o := indexer.Options{DataDir: "../../indexer/testdata/minidata", OutDir: out, TitleTypes: cfg.Index.TitleTypes}
		if _, err := indexer.Build(context.Background(), o, indexSteps(cfg)...); err != nil {
			t.Fatal(err)
		}
	}
	build(dir)
	e := &env{cfg: cfg, log: slog.New(slog.NewTextHandler(io.Discard, nil)), stdout: io.Discard, stderr: io.Discard}
	cfg.Index.Dir = dir
	first, err := openServed(context.Background(), dir, e, chat.NewSessions(0, 0), []byte("0123456789abcdef0123456789abcdef"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer first.st.close()
	srv := &swapRecorder{}
	w := &swapper{dir: dir, e: e, srv: srv, mem: chat.NewSessions(0, 0), current: first.version}
	if swapped, err := w.reload(context.Background(), "test", false); swapped || err != nil {
		t.Fatalf("same index: swapped %v, %v; want nothing done", swapped, err)
	}

	time.Sleep(1100 * time.Millisecond) // a new build_at, so a new manifest
	next := filepath.Join(root, "next")
	build(next)
	// Damage the new build, then install it as bobine index does.
	vec, err := filepath.Glob(filepath.Join(next, "vectors", "*"))
	if err != nil || len(vec) == 0 {
		t.Fatalf("no vectors in the build: %v", err)
	}
	good, err := os.ReadFile(vec[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(vec[0], good[:len(good)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(dir, dir+".old"); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(next, dir); err != nil {
		t.Fatal(err)
	}
	if swapped, err := w.reload(context.Background(), "test", false); swapped || err == nil {
		t.Fatalf("damaged index: swapped %v, error %v; want it refused", swapped, err)
	} else {
		t.Logf("refused: %v", err)
	}
	if swapped, err := w.reload(context.Background(), "test", false); swapped || err != nil {
		t.Fatalf("damaged index again: swapped %v, %v; want it left alone until it changes", swapped, err)
	}
	if len(srv.got) != 0 {
		t.Fatalf("%d stacks swapped in", len(srv.got))
	}

	// The operator repairs it and sends SIGHUP.
	if err := os.WriteFile(filepath.Join(dir, "vectors", filepath.Base(vec[0])), good, 0o644); err != nil {
		t.Fatal(err)
	}
	swapped, err := w.reload(context.Background(), "sighup", true)
	if !swapped || err != nil {
		t.Fatalf("repaired index: swapped %v, %v", swapped, err)
	}
	if len(srv.got) != 1 || srv.got[0].Version == first.version || srv.got[0].Catalogue == nil {
		t.Fatalf("swapped in %+v", srv.got)
	}
	srv.got[0].Release()
}
