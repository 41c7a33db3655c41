package web_test

import (
	"bytes"
	"net/http"
	"strings"
	"sync"
	"testing"

	"log/slog"

	"github.com/coder/websocket"

	"github.com/bobine/bobine/web"
)

// syncBuffer is a bytes.Buffer safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestNoFullClientIPInLogs: customers behind a proxy with fixed IPv4 and
// IPv6 addresses search, chat, get rate limited and hit errors; no log line
// holds their full address nor what they typed in a query string.
func TestNoFullClientIPInLogs(t *testing.T) {
	var logs syncBuffer
	_, ts := newServer(t, func(o *web.Options) {
		o.Logger = slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
		o.TrustProxy = true
		o.IPRatePerSecond, o.IPRateBurst = 0.001, 4
	})
	const v4, v6 = "203.0.113.77", "2001:db8:abcd:12::7"
	get := func(ip, path string) int {
		req, _ := http.NewRequest(http.MethodGet, ts.URL+path, nil)
		req.Header.Set("X-Forwarded-For", ip)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	var codes []int
	for _, ip := range []string{v4, v6} {
		for _, p := range []string{"/api/search?q=amelie+secret", "/api/films/tt0111161?x=1", "/api/films/nope", "/search?q=amelie+secret",
			"/api/autocomplete?q=secret", "/api/search?q=again", "/healthz"} {
			codes = append(codes, get(ip, p))
		}
	}
	if !containsInt(codes, 429) || !containsInt(codes, 400) {
		t.Fatalf("statuses %v: the test wanted a rate-limited and a bad request", codes)
	}
	h := http.Header{}
	h.Set("X-Forwarded-For", v4)
	c, _, err := websocket.Dial(t.Context(), wsURL(ts, "?session="+testSession), &websocket.DialOptions{HTTPHeader: h})
	if err != nil {
		t.Fatal(err)
	}
	write(t, c, websocket.MessageText, `{"type":"message","text":"boom"}`)
	read(t, c)
	c.Close(websocket.StatusNormalClosure, "")

	out := logs.String()
	for _, bad := range []string{v4, v6, "2001:db8:abcd:12", "secret", "q="} {
		if strings.Contains(out, bad) {
			t.Errorf("a log line holds %q:\n%s", bad, out)
		}
	}
	for _, good := range []string{`"remote_ip":"203.0.113.0"`, `"remote_ip":"2001:db8:abcd::"`, `"uri":"/api/search"`} {
		if !strings.Contains(out, good) {
			t.Errorf("no log line holds %s:\n%s", good, out)
		}
	}
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
