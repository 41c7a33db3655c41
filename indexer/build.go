package indexer

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/bobine/bobine/data"
)

// Names of the files Build writes in the index directory.
const (
	CatalogueFile = "catalogue.bin"
	RatingsFile   = "ratings.json.gz"
	ReportFile    = "report.json"
	ManifestFile  = "manifest.json"
)

// FormatVersion is the version of the index directory layout and of the
// files its steps write: 2 since the vectors carry neighbour lists, 3 since
// the search step writes the theme model (search.SchemaVersion 4), 4 since
// the vectors carry the support of the collaborative vectors and the new
// content terms (recommend.VectorsVersion 3), 5 since the catalogue is the
// binary catalogue.bin (data.CatalogueVersion 2) instead of gzipped JSON.
const FormatVersion = 5

// Manifest describes a built index directory (manifest.json).
type Manifest struct {
	Format           int           `json:"format"`
	CatalogueVersion int           `json:"catalogue_version"`
	BuiltAt          time.Time     `json:"built_at"`
	GoVersion        string        `json:"go_version"`
	Options          ReportOptions `json:"options"`
	Films            int           `json:"films"`
	People           int           `json:"people"`
	Ratings          int           `json:"ratings"`
	Steps            []string      `json:"steps"`
	// Files lists every other file of the directory, so that Verify can
	// tell a complete index from a truncated or altered one.
	Files []FileSum `json:"files"`
}

// FileSum is the size and SHA-256 of one file of an index directory.
type FileSum struct {
	Path   string `json:"path"` // slash-separated, relative to the index directory
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"` // hex
}

// Build reads o.DataDir like Read, then writes the index directory o.OutDir
// atomically: catalogue, ratings and report go into a temporary directory
// beside it, the steps run there in order, everything is synced, and the
// temporary directory is renamed into place. The previous directory is
// kept until that rename succeeds; on any error it is left intact and the
// temporary directory is removed. OutDir, if it exists, must be an index
// directory (holding manifest.json) or empty. The steps and the caller get
// the catalogue as read back from the written catalogue.bin (as serve
// opens it), not the one built on the heap.
func Build(ctx context.Context, o Options, steps ...Step) (*Result, error) {
	if o.OutDir == "" {
		return nil, fmt.Errorf("indexer: build: no output directory: %w", data.ErrInvalid)
	}
	unlock, err := prepare(o.OutDir)
	if err != nil {
		return nil, err
	}
	defer unlock()
	res, err := Read(ctx, o)
	if err != nil {
		return nil, err
	}
	if err := write(ctx, o, res, steps...); err != nil {
		return nil, err
	}
	return res, nil
}

// Write writes res into o.OutDir atomically and runs the steps, as Build
// does after Read; res.Catalogue is then the catalogue read back from the
// written file.
func Write(ctx context.Context, o Options, res *Result, steps ...Step) error {
	unlock, err := prepare(o.OutDir)
	if err != nil {
		return err
	}
	defer unlock()
	return write(ctx, o, res, steps...)
}

// errLocked is returned when another build holds the index directory's lock.
var errLocked = errors.New("another `bobine index` is writing this index directory")

// prepare makes the parent of out, takes the lock that keeps two builds of
// out apart (.NAME.lock beside it), checks that out may be replaced, and
// cleans up after a build that was killed: its temporary directories are
// removed, and a previous index it had moved aside is put back.
func prepare(out string) (unlock func(), err error) {
	out = filepath.Clean(out)
	parent, base := filepath.Dir(out), filepath.Base(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("indexer: build: %w", err)
	}
	release, err := lockFile(filepath.Join(parent, "."+base+".lock"))
	if errors.Is(err, errLocked) {
		return nil, fmt.Errorf("indexer: build %s: %w", out, errLocked)
	}
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			release()
		}
	}()
	stale, err := filepath.Glob(filepath.Join(parent, "."+base+".tmp-*"))
	if err != nil {
		return nil, fmt.Errorf("indexer: build: %w", err)
	}
	for _, p := range stale {
		// A build killed between moving the previous index aside and
		// installing the new one left the previous one here.
		if strings.HasSuffix(p, ".old") {
			if _, err := os.Lstat(out); errors.Is(err, fs.ErrNotExist) {
				if err := os.Rename(p, out); err != nil {
					return nil, fmt.Errorf("indexer: build: restore the previous index from %s: %w", p, err)
				}
				continue
			}
		}
		if err := os.RemoveAll(p); err != nil {
			return nil, fmt.Errorf("indexer: build: remove what a killed build left: %w", err)
		}
	}
	if err := checkReplaceable(out); err != nil {
		return nil, err
	}
	return release, nil
}

// write is Write once prepare has run.
func write(ctx context.Context, o Options, res *Result, steps ...Step) (err error) {
	out := filepath.Clean(o.OutDir)
	parent := filepath.Dir(out)
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(out)+".tmp-")
	if err != nil {
		return fmt.Errorf("indexer: build: %w", err)
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	if err := os.Chmod(tmp, 0o755); err != nil {
		return fmt.Errorf("indexer: build: %w", err)
	}
	progress := func(step string, done bool) {
		if o.Progress != nil {
			o.Progress(Progress{Step: step, Done: done})
		}
	}
	progress("write", false)
	// Encoding the catalogue may not write anything for a while (JSON is
	// built whole): Cancellable bounds the wait.
	err = Cancellable(ctx, func() error {
		if err := writeFile(ctx, filepath.Join(tmp, CatalogueFile), func(w io.Writer) error { return data.WriteCatalogue(w, res.Catalogue) }); err != nil {
			return err
		}
		return writeFile(ctx, filepath.Join(tmp, RatingsFile), func(w io.Writer) error { return writeRatings(w, res.Ratings) })
	})
	if err != nil {
		return fmt.Errorf("indexer: build: write: %w", err)
	}
	// The catalogue Read built holds every string and list on the heap (3 GB
	// for the full IMDb dumps); the file just written holds the same films
	// and people, and reading it back the way serve does maps its strings
	// instead: the steps run on that, and the heap keeps the arrays only.
	// The heap copy is dropped first so that the two are never live at once.
	// Decoding takes a while at that size and stops when ctx ends.
	// Unreferenced is not yet freed: without a collection first, the heap
	// copy (garbage), the decoded arrays and the file's pages were all
	// resident at once (4.94 GB peak at the full size, 4.04 before this
	// read-back); FreeOSMemory collects and hands the pages back.
	res.Catalogue = nil
	debug.FreeOSMemory()
	var cat *data.Catalogue
	err = Cancellable(ctx, func() (err error) {
		cat, err = data.OpenCatalogueContext(ctx, filepath.Join(tmp, CatalogueFile))
		return err
	})
	if err != nil {
		return fmt.Errorf("indexer: build: read back the catalogue: %w", err)
	}
	res.Catalogue = cat
	progress("write", true)
	m := Manifest{Format: FormatVersion, CatalogueVersion: data.CatalogueVersion, GoVersion: runtime.Version(),
		Options: res.Report.Options, Films: len(res.Catalogue.Films()), People: res.Catalogue.NumPeople(),
		Ratings: len(res.Ratings), Steps: []string{}}
	for _, s := range steps {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("indexer: build: %w", err)
		}
		progress(s.Name, false)
		if err := runStep(ctx, s, tmp, res); err != nil {
			return fmt.Errorf("indexer: build step %s: %w", s.Name, err)
		}
		// A step reads every film; the next reads them again from the
		// page cache, and the pages need not count as this process's.
		res.Catalogue.Evict()
		progress(s.Name, true)
		m.Steps = append(m.Steps, s.Name)
	}
	// The report goes last: a step may add what it read (the AFCAE list).
	if err := writeFile(ctx, filepath.Join(tmp, ReportFile), func(w io.Writer) error { return writeJSON(w, res.Report) }); err != nil {
		return err
	}
	if m.Files, err = sumFiles(tmp); err != nil {
		return fmt.Errorf("indexer: build: %w", err)
	}
	m.BuiltAt = time.Now().UTC().Truncate(time.Second)
	if err := writeFile(ctx, filepath.Join(tmp, ManifestFile), func(w io.Writer) error { return writeJSON(w, m) }); err != nil {
		return err
	}
	if err := syncTree(tmp); err != nil {
		return fmt.Errorf("indexer: build: sync: %w", err)
	}
	return replaceDir(tmp, out)
}

// checkReplaceable refuses to replace a directory that is not an index.
func checkReplaceable(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("indexer: build: %w", err)
	}
	if len(entries) == 0 {
		return nil
	}
	if _, err := os.Stat(filepath.Join(dir, ManifestFile)); err != nil {
		return fmt.Errorf("indexer: build: %s exists and is not an index directory (no %s); refusing to replace it: %w", dir, ManifestFile, data.ErrInvalid)
	}
	return nil
}

// replaceDir renames tmp to out, moving a previous out aside first and
// removing it only once tmp is in place.
func replaceDir(tmp, out string) error {
	old := ""
	if _, err := os.Lstat(out); err == nil {
		old = tmp + ".old"
		if err := os.Rename(out, old); err != nil {
			return fmt.Errorf("indexer: build: move previous index aside: %w", err)
		}
	}
	if err := os.Rename(tmp, out); err != nil {
		if old != "" {
			if rerr := os.Rename(old, out); rerr != nil {
				return fmt.Errorf("indexer: build: install index: %w (and restoring the previous one from %s failed: %v)", err, old, rerr)
			}
		}
		return fmt.Errorf("indexer: build: install index: %w", err)
	}
	syncDir(filepath.Dir(out))
	if old != "" {
		if err := os.RemoveAll(old); err != nil {
			return fmt.Errorf("indexer: build: remove previous index: %w", err)
		}
	}
	return nil
}

// stepGrace is how long a cancelled build waits for a stage to notice the
// cancellation before it stops waiting: Build returns within about this
// long of a SIGINT whatever the stage does. A stage still running then is
// abandoned; its files are removed with the temporary directory, or by
// the next build when it was still writing (see prepare). The process
// then still has to exit, which at the full size (gigabytes to unmap)
// takes a few hundred milliseconds more: 250 ms keeps the whole under a
// second.
const stepGrace = 250 * time.Millisecond

// runStep runs s and returns its error, as Cancellable does.
func runStep(ctx context.Context, s Step, dir string, res *Result) error {
	return Cancellable(ctx, func() error { return s.Run(ctx, dir, res) })
}

// Cancellable runs fn and returns its error, or ctx's error stepGrace after
// ctx is cancelled if fn has not returned by then (fn then runs on alone
// and its outcome is dropped; the error then says it was abandoned). Even
// when fn finishes in time, a cancelled ctx is an error: the build, or
// serve's start-up, stops. fn should watch ctx itself: this only bounds the
// wait for a step that looks at it too rarely.
func Cancellable(ctx context.Context, fn func() error) error {
	done := make(chan error, 1)
	go func() { done <- fn() }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	t := time.NewTimer(stepGrace)
	defer t.Stop()
	select {
	case err := <-done:
		if err == nil {
			err = ctx.Err()
		}
		return err
	case <-t.C:
		return fmt.Errorf("did not stop within %s of the cancellation, abandoned: %w", stepGrace, ctx.Err())
	}
}

// ctxWriter fails the write once ctx is cancelled, so that writing a large
// file stops within one buffer of a cancellation.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}

func writeFile(ctx context.Context, path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("indexer: write %s: %w", filepath.Base(path), err)
	}
	bw := bufio.NewWriterSize(ctxWriter{ctx, f}, 1<<20)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("indexer: write %s: %w", filepath.Base(path), err)
	}
	return nil
}

func writeJSON(w io.Writer, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// writeRatings writes the ratings as a gzipped JSON array, one per line,
// without holding the whole encoding in memory.
func writeRatings(w io.Writer, rs []data.Rating) error {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestSpeed)
	bw := bufio.NewWriterSize(zw, 1<<16)
	bw.WriteString("[")
	for i := range rs {
		if i > 0 {
			bw.WriteString(",")
		}
		b, err := json.Marshal(&rs[i])
		if err != nil {
			return err
		}
		bw.WriteString("\n")
		bw.Write(b)
	}
	bw.WriteString("\n]\n")
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// syncTree fsyncs every file and directory under dir (steps write files
// Build does not know about).
func syncTree(dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && !d.Type().IsRegular() {
			return nil
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		serr := f.Sync()
		f.Close()
		if serr != nil && d.IsDir() {
			return nil // some filesystems refuse fsync on directories
		}
		return serr
	})
}

func syncDir(dir string) {
	if f, err := os.Open(dir); err == nil {
		f.Sync()
		f.Close()
	}
}

// Open loads what Build wrote in dir that serving needs: the catalogue and
// the report. It leaves Result.Ratings nil: serving never reads them, and
// at 70,000 films they cost about 100 MB of heap; ReadRatings reads them
// for those who do (evaluation). A cancelled ctx stops the decoding of the
// catalogue (data.OpenCatalogueContext).
func Open(ctx context.Context, dir string) (*Result, error) {
	res := &Result{}
	var err error
	if res.Catalogue, err = data.OpenCatalogueContext(ctx, filepath.Join(dir, CatalogueFile)); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("indexer: open index: %w (run `bobine index`)", err)
		}
		return nil, fmt.Errorf("indexer: open index: %w (re-run `bobine index`)", err)
	}
	b, err := os.ReadFile(filepath.Join(dir, ReportFile))
	if err != nil {
		return nil, fmt.Errorf("indexer: open index: %w", err)
	}
	res.Report = &Report{}
	if err := json.Unmarshal(b, res.Report); err != nil {
		return nil, fmt.Errorf("indexer: open index: %s: %w", ReportFile, err)
	}
	return res, nil
}

// ReadRatings reads the MovieLens ratings Build wrote in dir.
func ReadRatings(dir string) ([]data.Rating, error) {
	path := filepath.Join(dir, RatingsFile)
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("indexer: open index: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(bufio.NewReaderSize(f, 1<<16))
	if err != nil {
		return nil, fmt.Errorf("indexer: open index: %s: %w", filepath.Base(path), err)
	}
	var rs []data.Rating
	if err := json.NewDecoder(zr).Decode(&rs); err != nil {
		return nil, fmt.Errorf("indexer: open index: %s: %w", filepath.Base(path), err)
	}
	return rs, nil
}
