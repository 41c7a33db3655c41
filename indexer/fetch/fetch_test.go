package fetch_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bobine/bobine/indexer/fetch"
)

// server is a fake dataset site. Its behaviour can change between requests.
type server struct {
	mu       sync.Mutex
	files    map[string][]byte
	etags    map[string]string
	modified time.Time
	cutAfter int  // when > 0, the next full or ranged body is cut after this many bytes
	noRange  bool // ignore Range and conditional headers, always 200
	// ignoreIfRange serves the requested range even when If-Range does not
	// match (a broken server).
	ignoreIfRange bool
	requests      []*http.Request
}

func newServer(t *testing.T) (*server, *httptest.Server) {
	s := &server{files: map[string][]byte{}, etags: map[string]string{}, modified: time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC)}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return s, ts
}

func (s *server) put(name string, body []byte, etag string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.files[name] = body
	s.etags[name] = etag
	s.modified = s.modified.Add(time.Hour)
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.requests = append(s.requests, r.Clone(context.Background()))
	name := strings.TrimPrefix(r.URL.Path, "/")
	body, ok := s.files[name]
	etag := s.etags[name]
	cut := s.cutAfter
	s.cutAfter = 0
	noRange, ignoreIfRange, mod := s.noRange, s.ignoreIfRange, s.modified
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("ETag", etag)
	w.Header().Set("Last-Modified", mod.Format(http.TimeFormat))
	if ignoreIfRange {
		r.Header.Del("If-Range")
	}
	if noRange {
		w.Header().Set("Content-Length", fmt.Sprint(len(body)))
		w.WriteHeader(http.StatusOK)
		w.Write(body)
		return
	}
	if cut > 0 {
		w = &cuttingWriter{ResponseWriter: w, left: cut}
	}
	http.ServeContent(w, r, name, mod, bytes.NewReader(body))
}

// cuttingWriter drops the connection after a number of body bytes.
type cuttingWriter struct {
	http.ResponseWriter
	left int
}

func (c *cuttingWriter) Write(b []byte) (int, error) {
	if len(b) >= c.left {
		c.ResponseWriter.Write(b[:c.left])
		c.ResponseWriter.(http.Flusher).Flush()
		panic(http.ErrAbortHandler)
	}
	c.left -= len(b)
	return c.ResponseWriter.Write(b)
}

func (s *server) lastRequest() *http.Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests[len(s.requests)-1]
}

func payload(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, 1))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.IntN(256))
	}
	return b
}

func checkFile(t *testing.T, dir, name string, want []byte) {
	t.Helper()
	got, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s: got %d bytes, want %d identical bytes", name, len(got), len(want))
	}
	for _, leftover := range []string{name + ".part", name + ".part.meta.json"} {
		if _, err := os.Stat(filepath.Join(dir, leftover)); err == nil {
			t.Errorf("%s left behind", leftover)
		}
	}
}

func TestFetchFullThenCurrent(t *testing.T) {
	s, ts := newServer(t)
	a, b := payload(700_000, 1), payload(1234, 2)
	s.put("title.basics.tsv.gz", a, `"a1"`)
	s.put("name.basics.tsv.gz", b, `"b1"`)
	dir := t.TempDir()
	var reports []fetch.Progress
	o := fetch.Options{BaseURL: ts.URL, Dir: dir, Files: []string{"title.basics.tsv.gz", "name.basics.tsv.gz"},
		Progress: func(p fetch.Progress) { reports = append(reports, p) }}
	res, err := fetch.Fetch(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 2 || res[0].Status != fetch.Downloaded || res[1].Status != fetch.Downloaded || res[0].Size != int64(len(a)) {
		t.Fatalf("results %+v", res)
	}
	checkFile(t, dir, "title.basics.tsv.gz", a)
	checkFile(t, dir, "name.basics.tsv.gz", b)
	last := reports[len(reports)-1]
	if last.File != "name.basics.tsv.gz" || last.Done != int64(len(b)) || last.Total != int64(len(b)) {
		t.Errorf("last progress %+v", last)
	}
	if len(reports) < 4 {
		t.Errorf("only %d progress reports for a 700 kB file", len(reports))
	}

	// Second run: conditional requests, 304, nothing transferred.
	res, err = fetch.Fetch(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Status != fetch.Current || r.Bytes != 0 {
			t.Errorf("second run: %+v, want current", r)
		}
	}
	if got := s.lastRequest().Header.Get("If-None-Match"); got != `"b1"` {
		t.Errorf("If-None-Match = %q", got)
	}
	if s.lastRequest().Header.Get("If-Modified-Since") == "" {
		t.Error("no If-Modified-Since sent")
	}
	checkFile(t, dir, "title.basics.tsv.gz", a)

	// The file changes on the server: downloaded again.
	a2 := payload(5000, 3)
	s.put("title.basics.tsv.gz", a2, `"a2"`)
	res, err = fetch.Fetch(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Status != fetch.Downloaded || res[1].Status != fetch.Current {
		t.Errorf("third run: %+v", res)
	}
	checkFile(t, dir, "title.basics.tsv.gz", a2)
}

func TestFetchResumeAfterCut(t *testing.T) {
	s, ts := newServer(t)
	body := payload(300_000, 4)
	s.put("title.akas.tsv.gz", body, `"v1"`)
	dir := t.TempDir()
	o := fetch.Options{BaseURL: ts.URL + "/", Dir: dir, Files: []string{"title.akas.tsv.gz"}}

	// A previous complete copy exists: a cut download must not touch it.
	old := []byte("old complete file")
	if err := os.WriteFile(filepath.Join(dir, "title.akas.tsv.gz"), old, 0o644); err != nil {
		t.Fatal(err)
	}
	s.cutAfter = 100_000
	_, err := fetch.Fetch(context.Background(), o)
	if err == nil || !strings.Contains(err.Error(), "title.akas.tsv.gz") {
		t.Fatalf("cut download: err = %v, want an error naming the file", err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "title.akas.tsv.gz")); !bytes.Equal(got, old) {
		t.Fatal("a cut download replaced the previous file")
	}
	fi, err := os.Stat(filepath.Join(dir, "title.akas.tsv.gz.part"))
	if err != nil || fi.Size() == 0 || fi.Size() > 100_000 {
		t.Fatalf("part file after cut: %v %v", fi, err)
	}
	partSize := fi.Size()

	res, err := fetch.Fetch(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Status != fetch.Resumed || res[0].Bytes != int64(len(body))-partSize {
		t.Errorf("result %+v, want resumed with %d bytes", res[0], int64(len(body))-partSize)
	}
	req := s.lastRequest()
	if got, want := req.Header.Get("Range"), fmt.Sprintf("bytes=%d-", partSize); got != want {
		t.Errorf("Range = %q, want %q", got, want)
	}
	if got := req.Header.Get("If-Range"); got != `"v1"` {
		t.Errorf("If-Range = %q", got)
	}
	checkFile(t, dir, "title.akas.tsv.gz", body)
}

func TestFetchRetriesWithinOneRun(t *testing.T) {
	s, ts := newServer(t)
	body := payload(200_000, 5)
	s.put("title.crew.tsv.gz", body, `"c"`)
	s.cutAfter = 50_000
	dir := t.TempDir()
	res, err := fetch.Fetch(context.Background(), fetch.Options{BaseURL: ts.URL, Dir: dir, Files: []string{"title.crew.tsv.gz"}, Retries: 2})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Status != fetch.Resumed {
		t.Errorf("status %s, want resumed", res[0].Status)
	}
	checkFile(t, dir, "title.crew.tsv.gz", body)
}

func TestFetchServerWithoutRange(t *testing.T) {
	s, ts := newServer(t)
	body := payload(200_000, 6)
	s.put("title.ratings.tsv.gz", body, `"r"`)
	s.cutAfter = 80_000
	dir := t.TempDir()
	o := fetch.Options{BaseURL: ts.URL, Dir: dir, Files: []string{"title.ratings.tsv.gz"}}
	if _, err := fetch.Fetch(context.Background(), o); err == nil {
		t.Fatal("cut download did not fail")
	}
	s.noRange = true
	res, err := fetch.Fetch(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	if s.lastRequest().Header.Get("Range") == "" {
		t.Error("resume did not send Range")
	}
	if res[0].Status != fetch.Downloaded || res[0].Bytes != int64(len(body)) {
		t.Errorf("result %+v, want a full download", res[0])
	}
	checkFile(t, dir, "title.ratings.tsv.gz", body)
}

func TestFetchChangedDuringResume(t *testing.T) {
	for _, tc := range []struct {
		name          string
		ignoreIfRange bool // server sends 206 of the new file anyway
	}{
		{"if-range honoured", false},
		{"if-range ignored", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, ts := newServer(t)
			v1, v2 := payload(150_000, 7), payload(160_000, 8)
			s.put("title.principals.tsv.gz", v1, `"p1"`)
			s.cutAfter = 60_000
			dir := t.TempDir()
			o := fetch.Options{BaseURL: ts.URL, Dir: dir, Files: []string{"title.principals.tsv.gz"}}
			if _, err := fetch.Fetch(context.Background(), o); err == nil {
				t.Fatal("cut download did not fail")
			}
			s.put("title.principals.tsv.gz", v2, `"p2"`)
			s.ignoreIfRange = tc.ignoreIfRange
			res, err := fetch.Fetch(context.Background(), o)
			if err != nil {
				t.Fatal(err)
			}
			if res[0].Status != fetch.Downloaded {
				t.Errorf("status %s, want downloaded (from zero)", res[0].Status)
			}
			checkFile(t, dir, "title.principals.tsv.gz", v2)
			// The sidecar names the new version: a further run is a 304.
			res, err = fetch.Fetch(context.Background(), o)
			if err != nil || res[0].Status != fetch.Current {
				t.Errorf("run after: %+v %v", res, err)
			}
		})
	}
}

func TestFetchNotFound(t *testing.T) {
	s, ts := newServer(t)
	s.put("title.basics.tsv.gz", []byte("x"), `"x"`)
	dir := t.TempDir()
	res, err := fetch.Fetch(context.Background(), fetch.Options{BaseURL: ts.URL, Dir: dir, Files: []string{"title.basics.tsv.gz", "nope.tsv.gz"}})
	var se *fetch.StatusError
	if !errors.As(err, &se) || se.Code != http.StatusNotFound || se.File != "nope.tsv.gz" {
		t.Fatalf("err = %v, want a 404 StatusError for nope.tsv.gz", err)
	}
	for _, want := range []string{"nope.tsv.gz", "404"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	if len(res) != 1 || res[0].File != "title.basics.tsv.gz" {
		t.Errorf("results before the failure: %+v", res)
	}
	if _, err := os.Stat(filepath.Join(dir, "nope.tsv.gz")); err == nil {
		t.Error("a 404 created the file")
	}
}

func TestFetchBadOptions(t *testing.T) {
	dir := t.TempDir()
	for _, o := range []fetch.Options{
		{BaseURL: "ftp://example.com/", Dir: dir, Files: []string{"a"}},
		{BaseURL: "http://example.com/", Dir: dir, Files: []string{"../etc/passwd"}},
		{BaseURL: "http://example.com/", Dir: dir},
		{BaseURL: "http://example.com/", Files: []string{"a"}},
	} {
		if _, err := fetch.Fetch(context.Background(), o); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
}
