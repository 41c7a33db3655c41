package fetch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// DefaultBaseURL is where IMDb publishes its non-commercial datasets.
const DefaultBaseURL = "https://datasets.imdbws.com/"

// Options says what to download and where. Dir and Files are required.
type Options struct {
	BaseURL string   // directory URL; DefaultBaseURL when empty
	Files   []string // file names relative to BaseURL, e.g. "title.basics.tsv.gz"
	Dir     string   // destination directory, created when missing
	// Client sends the requests; http.DefaultClient when nil. Its Timeout,
	// if any, bounds a whole download: leave it zero for large files and
	// bound the run with the context instead.
	Client *http.Client
	// Retries is how many more times a file is tried after a failure that
	// left a resumable .part file (a cut connection); 0 means one attempt.
	Retries int
	// RetryWait is the pause before a retry (doubled after each).
	RetryWait time.Duration
	// Progress, when set, is called as bytes arrive, from the calling
	// goroutine; it must be cheap.
	Progress func(Progress)
}

// Progress is one progress report.
type Progress struct {
	File    string
	Done    int64 // bytes of the file on disk so far, resumed bytes included
	Total   int64 // expected size, -1 when the server did not say
	Resumed int64 // bytes that were already there when this attempt began
}

// Status says what happened to one file.
type Status string

const (
	Downloaded Status = "downloaded" // fetched from the start
	Resumed    Status = "resumed"    // completed from a .part file
	Current    Status = "current"    // the server answered 304: kept as is
)

// Result is the outcome for one file.
type Result struct {
	File   string
	Path   string
	Status Status
	Size   int64 // size of the file on disk
	Bytes  int64 // bytes transferred by this run
}

// meta is the sidecar of a file: the validators of the response it came from.
type meta struct {
	URL          string    `json:"url"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Size         int64     `json:"size"`
	Fetched      time.Time `json:"fetched"`
}

// Fetch downloads every file of o.Files into o.Dir, one after the other. It
// stops at the first file that fails and returns the results so far with the
// error. It is safe to run again after any failure or interruption.
func Fetch(ctx context.Context, o Options) ([]Result, error) {
	if o.Dir == "" {
		return nil, errors.New("fetch: no destination directory")
	}
	if len(o.Files) == 0 {
		return nil, errors.New("fetch: no files to download")
	}
	base := o.BaseURL
	if base == "" {
		base = DefaultBaseURL
	}
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	bu, err := url.Parse(base)
	if err != nil || (bu.Scheme != "http" && bu.Scheme != "https") {
		return nil, fmt.Errorf("fetch: base URL %q is not an http(s) URL", o.BaseURL)
	}
	if err := os.MkdirAll(o.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("fetch: create %s: %w", o.Dir, err)
	}
	client := o.Client
	if client == nil {
		client = http.DefaultClient
	}
	var results []Result
	for _, name := range o.Files {
		if name == "" || strings.Contains(name, "/") || strings.Contains(name, `\`) || name == "." || name == ".." {
			return results, fmt.Errorf("fetch: invalid file name %q", name)
		}
		ref, err := url.Parse(url.PathEscape(name))
		if err != nil {
			return results, fmt.Errorf("fetch: %s: %w", name, err)
		}
		d := &download{
			client:   client,
			url:      bu.ResolveReference(ref).String(),
			name:     name,
			path:     filepath.Join(o.Dir, name),
			progress: o.Progress,
		}
		wait := o.RetryWait
		var r Result
		restarted := false
		for attempt := 0; ; attempt++ {
			r, err = d.run(ctx)
			if errors.Is(err, errRestart) && !restarted {
				// The part file was unusable and is gone: start again
				// from zero at once, this is not a failed attempt.
				restarted = true
				attempt--
				continue
			}
			var cut *cutError
			if err == nil || attempt >= o.Retries || !errors.As(err, &cut) || ctx.Err() != nil {
				break
			}
			select {
			case <-ctx.Done():
			case <-time.After(wait):
			}
			wait *= 2
		}
		if err != nil {
			return results, err
		}
		results = append(results, r)
	}
	return results, nil
}

// StatusError is returned when the server answers with an unexpected HTTP
// status.
type StatusError struct {
	File   string
	URL    string
	Code   int
	Status string // e.g. "404 Not Found"
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("fetch: %s: GET %s: HTTP %s", e.File, e.URL, e.Status)
}

// errRestart marks an attempt that found its .part file unusable and
// removed it.
var errRestart = errors.New("partial file discarded, restarting from zero")

// cutError marks a transfer that stopped midway; the .part file is kept and
// a retry resumes it.
type cutError struct{ err error }

func (e *cutError) Error() string { return e.err.Error() }
func (e *cutError) Unwrap() error { return e.err }

type download struct {
	client   *http.Client
	url      string
	name     string
	path     string
	progress func(Progress)
}

func (d *download) partPath() string     { return d.path + ".part" }
func (d *download) partMetaPath() string { return d.path + ".part.meta.json" }
func (d *download) metaPath() string     { return d.path + ".meta.json" }

func (d *download) errorf(format string, a ...any) error {
	return fmt.Errorf("fetch: %s: "+format, append([]any{d.name}, a...)...)
}

// run makes one attempt at the file.
func (d *download) run(ctx context.Context) (Result, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, d.url, nil)
	if err != nil {
		return Result{}, d.errorf("%w", err)
	}
	// Ask for identity encoding: a transparently decompressed body would
	// not match Content-Length and byte ranges.
	req.Header.Set("Accept-Encoding", "identity")

	var offset int64
	partMeta, partOK := readMeta(d.partMetaPath())
	// If-Range: the server sends the rest only when the file is still the
	// one the part came from, else the whole new file (200). It needs a
	// strong ETag or a date; without either, resuming is unsafe.
	ifRange := partMeta.LastModified
	if partMeta.ETag != "" && !strings.HasPrefix(partMeta.ETag, "W/") {
		ifRange = partMeta.ETag
	}
	if fi, err := os.Stat(d.partPath()); err == nil && partOK && fi.Size() > 0 && partMeta.URL == d.url && ifRange != "" {
		offset = fi.Size()
		req.Header.Set("Range", fmt.Sprintf("bytes=%d-", offset))
		req.Header.Set("If-Range", ifRange)
	} else if m, ok := readMeta(d.metaPath()); ok && m.URL == d.url {
		if _, err := os.Stat(d.path); err == nil {
			if m.ETag != "" {
				req.Header.Set("If-None-Match", m.ETag)
			}
			if m.LastModified != "" {
				req.Header.Set("If-Modified-Since", m.LastModified)
			}
		}
	}

	resp, err := d.client.Do(req)
	if err != nil {
		return Result{}, &cutError{d.errorf("GET %s: %w", d.url, err)}
	}
	defer resp.Body.Close()

	switch resp.StatusCode {
	case http.StatusNotModified:
		if req.Header.Get("If-None-Match") == "" && req.Header.Get("If-Modified-Since") == "" {
			return Result{}, d.errorf("GET %s: HTTP 304 to an unconditional request", d.url)
		}
		fi, err := os.Stat(d.path)
		if err != nil {
			return Result{}, d.errorf("%w", err)
		}
		return Result{File: d.name, Path: d.path, Status: Current, Size: fi.Size()}, nil
	case http.StatusPartialContent:
		if offset == 0 {
			return Result{}, d.errorf("GET %s: HTTP 206 to a request without Range", d.url)
		}
		start, total, err := parseContentRange(resp.Header.Get("Content-Range"))
		if err != nil || start != offset {
			// Not the range we asked for: start again from zero.
			d.removePart()
			return Result{}, d.errorf("GET %s: unexpected Content-Range %q: %w", d.url, resp.Header.Get("Content-Range"), errRestart)
		}
		if v := validator(resp.Header); v != (meta{}) && !sameValidator(partMeta, v) {
			// A server that ignores If-Range could send a range of a
			// newer file; never splice two versions together.
			d.removePart()
			return Result{}, d.errorf("GET %s: file changed on the server during the download: %w", d.url, errRestart)
		}
		return d.receive(resp, offset, total, partMeta)
	case http.StatusOK:
		m := validator(resp.Header)
		m.URL = d.url
		total := resp.ContentLength
		return d.receive(resp, 0, total, m)
	case http.StatusRequestedRangeNotSatisfiable:
		// The part is at least as long as the file now on the server: it
		// cannot be trusted. Drop it; the retry starts from zero.
		d.removePart()
		return Result{}, d.errorf("GET %s: HTTP %s for the partial file: %w", d.url, resp.Status, errRestart)
	default:
		return Result{}, &StatusError{File: d.name, URL: d.url, Code: resp.StatusCode, Status: resp.Status}
	}
}

// receive writes the body at offset into the part file (truncating it when
// offset is 0), then moves the completed file into place.
func (d *download) receive(resp *http.Response, offset, total int64, m meta) (Result, error) {
	flags := os.O_WRONLY | os.O_CREATE
	if offset == 0 {
		flags |= os.O_TRUNC
		// Record the validator before the first byte so a cut download can
		// be resumed; without one, resuming would be unsafe.
		_ = os.Remove(d.partMetaPath())
		if m.ETag != "" || m.LastModified != "" {
			if err := writeMeta(d.partMetaPath(), m); err != nil {
				return Result{}, d.errorf("%w", err)
			}
		}
	} else {
		flags |= os.O_APPEND
	}
	f, err := os.OpenFile(d.partPath(), flags, 0o644)
	if err != nil {
		return Result{}, d.errorf("%w", err)
	}
	pw := &progressWriter{w: f, p: Progress{File: d.name, Done: offset, Total: total, Resumed: offset}, fn: d.progress}
	pw.report()
	n, copyErr := io.Copy(pw, resp.Body)
	pw.report()
	syncErr := f.Sync()
	closeErr := f.Close()
	if copyErr != nil {
		return Result{}, &cutError{d.errorf("GET %s: transfer stopped after %d bytes: %w", d.url, offset+n, copyErr)}
	}
	if err := errors.Join(syncErr, closeErr); err != nil {
		return Result{}, d.errorf("write %s: %w", d.partPath(), err)
	}
	size := offset + n
	if total >= 0 && size != total {
		return Result{}, &cutError{d.errorf("GET %s: got %d bytes, expected %d", d.url, size, total)}
	}
	if err := os.Rename(d.partPath(), d.path); err != nil {
		return Result{}, d.errorf("%w", err)
	}
	m.Size = size
	m.Fetched = time.Now().UTC()
	if err := writeMeta(d.metaPath(), m); err != nil {
		return Result{}, d.errorf("%w", err)
	}
	_ = os.Remove(d.partMetaPath())
	if err := syncDir(filepath.Dir(d.path)); err != nil {
		return Result{}, d.errorf("%w", err)
	}
	st := Downloaded
	if offset > 0 {
		st = Resumed
	}
	return Result{File: d.name, Path: d.path, Status: st, Size: size, Bytes: n}, nil
}

func (d *download) removePart() {
	_ = os.Remove(d.partPath())
	_ = os.Remove(d.partMetaPath())
}

func validator(h http.Header) meta {
	return meta{ETag: h.Get("ETag"), LastModified: h.Get("Last-Modified")}
}

func sameValidator(a, b meta) bool {
	if a.ETag != "" && b.ETag != "" {
		return a.ETag == b.ETag
	}
	return a.LastModified == b.LastModified
}

// parseContentRange parses "bytes START-END/TOTAL" (TOTAL may be "*").
func parseContentRange(s string) (start, total int64, err error) {
	rest, ok := strings.CutPrefix(s, "bytes ")
	if !ok {
		return 0, 0, fmt.Errorf("bad Content-Range %q", s)
	}
	rng, tot, ok := strings.Cut(rest, "/")
	if !ok {
		return 0, 0, fmt.Errorf("bad Content-Range %q", s)
	}
	a, b, ok := strings.Cut(rng, "-")
	if !ok {
		return 0, 0, fmt.Errorf("bad Content-Range %q", s)
	}
	start, err1 := strconv.ParseInt(a, 10, 64)
	end, err2 := strconv.ParseInt(b, 10, 64)
	if err1 != nil || err2 != nil || end < start {
		return 0, 0, fmt.Errorf("bad Content-Range %q", s)
	}
	total = -1
	if tot != "*" {
		if total, err = strconv.ParseInt(tot, 10, 64); err != nil || total <= end {
			return 0, 0, fmt.Errorf("bad Content-Range %q", s)
		}
	}
	return start, total, nil
}

func readMeta(path string) (meta, bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		return meta{}, false
	}
	var m meta
	if json.Unmarshal(b, &m) != nil {
		return meta{}, false
	}
	return m, true
}

// writeMeta writes a sidecar atomically.
func writeMeta(path string, m meta) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	_, err = f.Write(append(b, '\n'))
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// syncDir makes the renames in dir durable.
func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := f.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}

// progressWriter counts bytes and reports every 256 KiB.
type progressWriter struct {
	w    io.Writer
	p    Progress
	fn   func(Progress)
	last int64
}

func (pw *progressWriter) Write(b []byte) (int, error) {
	n, err := pw.w.Write(b)
	pw.p.Done += int64(n)
	if pw.p.Done-pw.last >= 256<<10 {
		pw.report()
	}
	return n, err
}

func (pw *progressWriter) report() {
	pw.last = pw.p.Done
	if pw.fn != nil {
		pw.fn(pw.p)
	}
}
