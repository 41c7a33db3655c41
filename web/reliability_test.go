package web_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/labstack/echo/v4"

	"github.com/bobine/bobine/web"
)

// TestSlowBodyCutOff: a client that sends its headers and then trickles
// its body is answered 408 and disconnected once the body deadline passes;
// a websocket idle for longer than that deadline is not concerned.
func TestSlowBodyCutOff(t *testing.T) {
	_, ts := newServer(t, func(o *web.Options) { o.BodyTimeout = 200 * time.Millisecond })
	conn, err := net.Dial("tcp", strings.TrimPrefix(ts.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	start := time.Now()
	io.WriteString(conn, "POST /api/recommend HTTP/1.1\r\nHost: bobine\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"liked\":")
	conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("no answer to a slow body (held for %v): %v", time.Since(start), err)
	}
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusRequestTimeout || !strings.Contains(string(body), `"request_timeout"`) {
		t.Errorf("slow body answered %d %s, want 408 request_timeout", resp.StatusCode, body)
	}
	if _, err := conn.Read(make([]byte, 1)); err == nil {
		t.Error("the connection of a slow body stays open")
	}

	c := dial(t, ts, "", "")
	defer c.CloseNow()
	time.Sleep(500 * time.Millisecond)
	write(t, c, websocket.MessageText, `{"type":"message","text":"films"}`)
	if m := readMsg(t, c); m.Kind != "films" {
		t.Errorf("websocket after an idle longer than the body deadline: %+v", m)
	}
}

// TestCSPFromPublicURL: the CSP's websocket source is the public URL's,
// whatever Host the client sends.
func TestCSPFromPublicURL(t *testing.T) {
	for _, tt := range []struct {
		publicURL, want string
	}{
		{"https://bobine.example", "connect-src 'self' wss://bobine.example;"},
		{"http://127.0.0.1:8080", "connect-src 'self' ws://127.0.0.1:8080;"},
		{"", "connect-src 'self';"},
	} {
		_, ts := newServer(t, func(o *web.Options) { o.PublicURL = tt.publicURL })
		for _, host := range []string{"", "evil.example", "*"} {
			req, _ := http.NewRequest("GET", ts.URL+"/chat", nil)
			if host != "" {
				req.Host = host
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatalf("Host %q: %v", host, err)
			}
			resp.Body.Close()
			csp := resp.Header.Get("Content-Security-Policy")
			if !strings.Contains(csp, tt.want) || (host != "" && strings.Contains(csp, "//"+host)) {
				t.Errorf("public URL %q, Host %q: CSP %q, want %q", tt.publicURL, host, csp, tt.want)
			}
		}
	}
}

// TestRecommendBodyStrict: POST /api/recommend takes one JSON value, sent
// as JSON, of at most 64 KiB.
func TestRecommendBodyStrict(t *testing.T) {
	_, ts := newServer(t, nil)
	big := `{"liked":["` + strings.Repeat("a", 70<<10) + `"]}`
	for _, tt := range []struct {
		name, ctype, body string
		status            int
		code              string
	}{
		{"one value", "application/json", `{"liked":["Amélie"]}` + "\n", 200, ""},
		{"charset", "application/json; charset=utf-8", `{"liked":["Amélie"]}`, 200, ""},
		{"trailing garbage", "application/json", `{"liked":["Amélie"]} xyz`, 400, "bad_request"},
		{"two values", "application/json", `{"liked":["Amélie"]}{"liked":[]}`, 400, "bad_request"},
		{"too large", "application/json", big, 413, "payload_too_large"},
		{"not JSON", "text/plain", `{"liked":["Amélie"]}`, 415, "unsupported_media_type"},
		{"no content type", "", `{"liked":["Amélie"]}`, 415, "unsupported_media_type"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest("POST", ts.URL+"/api/recommend", strings.NewReader(tt.body))
			if tt.ctype != "" {
				req.Header.Set("Content-Type", tt.ctype)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var e struct {
				Error struct{ Code, Message string }
			}
			b, _ := io.ReadAll(resp.Body)
			_ = json.Unmarshal(b, &e)
			if resp.StatusCode != tt.status || e.Error.Code != tt.code {
				t.Errorf("status %d %s, want %d %q", resp.StatusCode, b, tt.status, tt.code)
			}
		})
	}
}

// TestJSONErrorsEverywhere: /ws handshake failures and static 404s are
// JSON errors as the API promises; /static/ lists nothing.
func TestJSONErrorsEverywhere(t *testing.T) {
	_, ts := newServer(t, nil)
	key := "dGhlIHNhbXBsZSBub25jZQ=="
	for _, tt := range []struct {
		name, path string
		header     map[string]string
		status     int
		code       string
	}{
		{"ws without upgrade", "/ws", nil, 426, "upgrade_required"},
		{"ws version", "/ws", map[string]string{"Connection": "Upgrade", "Upgrade": "websocket", "Sec-WebSocket-Version": "8", "Sec-WebSocket-Key": key}, 400, "bad_request"},
		{"ws key", "/ws", map[string]string{"Connection": "keep-alive, Upgrade", "Upgrade": "websocket", "Sec-WebSocket-Version": "13", "Sec-WebSocket-Key": "short"}, 400, "bad_request"},
		{"static listing", "/static/", nil, 404, "not_found"},
		{"static missing", "/static/nope.css", nil, 404, "not_found"},
		{"static dir traversal", "/static/../server.go", nil, 404, "not_found"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest("GET", ts.URL+tt.path, nil)
			req.Header.Set("Accept", "application/json")
			for k, v := range tt.header {
				req.Header.Set(k, v)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			var e struct {
				Error struct{ Code, Message string }
			}
			if err := json.Unmarshal(b, &e); err != nil || resp.StatusCode != tt.status || e.Error.Code != tt.code {
				t.Errorf("%s: %d %q (%s), want %d JSON %q", tt.path, resp.StatusCode, b, resp.Header.Get("Content-Type"), tt.status, tt.code)
			}
		})
	}
	// A browser asking for /static/ gets the error page, not a listing.
	resp, err := http.Get(ts.URL + "/static/")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 404 || strings.Contains(string(b), "chat.css") {
		t.Errorf("/static/ answered %d with %.200s", resp.StatusCode, b)
	}
	// The files themselves are served.
	resp, err = http.Get(ts.URL + "/static/chat.css")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/css") {
		t.Errorf("/static/chat.css: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
}

// TestHeadWhereGet: HEAD answers as GET would, without a body, on every
// GET route, those mounted by Extra included.
func TestHeadWhereGet(t *testing.T) {
	_, ts := newServer(t, func(o *web.Options) {
		o.Extra = append(o.Extra, web.MountFunc(func(e *echo.Echo) {
			e.GET("/extra", func(c echo.Context) error { return c.String(http.StatusOK, "extra") })
		}))
	})
	for _, path := range []string{"/healthz", "/", "/chat", "/widget.js", "/static/chat.css", "/api/films/tt0111161",
		"/api/search?q=dune", "/api/films/tt9999999", "/extra", "/nope"} {
		get, err := http.Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		get.Body.Close()
		head, err := http.Head(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(head.Body)
		head.Body.Close()
		if head.StatusCode != get.StatusCode || head.Header.Get("Content-Type") != get.Header.Get("Content-Type") || len(b) != 0 {
			t.Errorf("HEAD %s: %d %q %d bytes; GET: %d %q", path, head.StatusCode, head.Header.Get("Content-Type"), len(b),
				get.StatusCode, get.Header.Get("Content-Type"))
		}
	}
	if resp, err := http.Post(ts.URL+"/healthz", "application/json", bytes.NewReader(nil)); err != nil || resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /healthz: %v %v, want 405", err, resp)
	}
}
