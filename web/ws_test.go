package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/bobine/bobine/web"
)

const testSession = "test-session-0001"

func wsURL(ts *httptest.Server, query string) string {
	return "ws" + strings.TrimPrefix(ts.URL, "http") + "/ws" + query
}

func dial(t testing.TB, ts *httptest.Server, query, origin string) *websocket.Conn {
	t.Helper()
	c, resp, err := dialErr(ts, query, origin)
	if err != nil {
		t.Fatalf("dial: %v (response %v)", err, resp)
	}
	return c
}

func dialErr(ts *httptest.Server, query, origin string) (*websocket.Conn, *http.Response, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	h := http.Header{}
	if origin != "" {
		h.Set("Origin", origin)
	}
	return websocket.Dial(ctx, wsURL(ts, query), &websocket.DialOptions{HTTPHeader: h})
}

func write(t testing.TB, c *websocket.Conn, typ websocket.MessageType, s string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := c.Write(ctx, typ, []byte(s)); err != nil {
		t.Fatalf("write %q: %v", s, err)
	}
}

func read(t testing.TB, c *websocket.Conn) []byte {
	t.Helper()
	// Generous: a dev-data turn runs under -race on a busy CI machine.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, b, err := c.Read(ctx)
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	return b
}

type wsMsg struct {
	Type    string
	Kind    string
	Code    string
	Text    string
	Films   []struct{ ID, Title string }
	Choices []struct{ Index int }
}

func readMsg(t testing.TB, c *websocket.Conn) wsMsg {
	t.Helper()
	var m wsMsg
	b := read(t, c)
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("server sent %s: %v", b, err)
	}
	return m
}

// TestWSTranscript sends every kind of client message on one connection
// and compares the server's answers with a golden transcript.
func TestWSTranscript(t *testing.T) {
	resets := make(chan string, 1)
	_, ts := newServer(t, func(o *web.Options) {
		o.Chat = &fakeChat{cat: fixture(t), resets: resets}
		o.TurnTimeout = 50 * time.Millisecond
	})
	c := dial(t, ts, "?session="+testSession, "")
	defer c.CloseNow()
	steps := []struct {
		typ websocket.MessageType
		in  string
	}{
		{websocket.MessageText, `{"type":"message","text":"films"}`},
		{websocket.MessageText, `{"type":"message","text":"dune"}`},
		{websocket.MessageText, `{"type":"message","text":"  bonjour  "}`},
		{websocket.MessageText, `{"type":"message","text":"boom"}`},
		{websocket.MessageText, `{"type":"message","text":"slow"}`},
		{websocket.MessageText, `{"type":"message","text":"   "}`},
		{websocket.MessageText, `{"type":"remove","key":"years"}`},
		{websocket.MessageText, `{"type":"remove","key":"bogus:1"}`},
		{websocket.MessageText, `{"type":"remove"}`},
		{websocket.MessageText, `{"type":"dance"}`},
		{websocket.MessageText, `not json`},
		{websocket.MessageBinary, `{"type":"message","text":"films"}`},
		{websocket.MessageText, `{"type":"reset"}`},
	}
	var out bytes.Buffer
	for _, s := range steps {
		write(t, c, s.typ, s.in)
		got := read(t, c)
		var pretty bytes.Buffer
		if err := json.Indent(&pretty, got, "", "  "); err != nil {
			t.Fatalf("not JSON: %s", got)
		}
		out.WriteString("> " + s.in + "\n" + pretty.String() + "\n\n")
	}
	select {
	case got := <-resets:
		if got != testSession {
			t.Errorf("reset session %q, want %q", got, testSession)
		}
	default:
		t.Error("reset did not reach the chat engine")
	}
	golden(t, "ws_transcript.txt", out.Bytes())
}

func TestWSOrigin(t *testing.T) {
	_, ts := newServer(t, func(o *web.Options) {
		o.AllowedOrigins = []string{"https://cinema-rex.example", "*.creuse.example"}
		o.PublicURL = "https://bobine.example"
	})
	tests := []struct {
		origin string
		ok     bool
	}{
		{"", true}, // not a browser
		{ts.URL, true},
		{"https://cinema-rex.example", true},
		{"https://aubusson.creuse.example", true},
		{"https://bobine.example", true},
		{"http://cinema-rex.example", false}, // scheme matters when the pattern has one
		{"https://evil.example", false},
		{"null", false},
	}
	for _, tt := range tests {
		t.Run(tt.origin, func(t *testing.T) {
			c, resp, err := dialErr(ts, "", tt.origin)
			if tt.ok {
				if err != nil {
					t.Fatalf("dial: %v", err)
				}
				c.CloseNow()
				return
			}
			if err == nil {
				c.CloseNow()
				t.Fatal("dial succeeded, want 403")
			}
			if resp == nil || resp.StatusCode != http.StatusForbidden {
				t.Fatalf("response %v, want 403", resp)
			}
			body, _ := io.ReadAll(resp.Body)
			if !strings.Contains(string(body), `"forbidden_origin"`) {
				t.Errorf("body %s, want a forbidden_origin JSON error", body)
			}
		})
	}
}

func TestWSBadSession(t *testing.T) {
	_, ts := newServer(t, nil)
	for _, q := range []string{"?session=short", "?session=" + strings.Repeat("a", 65), "?session=has%20space%20in%20it%20ok"} {
		_, resp, err := dialErr(ts, q, "")
		if err == nil || resp == nil || resp.StatusCode != http.StatusBadRequest {
			t.Errorf("%s: err %v, response %v; want 400", q, err, resp)
		}
	}
}

// TestWSSessionResumes checks that a reconnection with ?session= reaches
// the same dialogue, and that connections without one get distinct ids.
func TestWSSessionResumes(t *testing.T) {
	_, ts := newServer(t, nil)
	say := func(query string) string {
		c := dial(t, ts, query, "")
		defer c.CloseNow()
		write(t, c, websocket.MessageText, `{"type":"message","text":"hi"}`)
		return readMsg(t, c).Text
	}
	if a, b := say("?session="+testSession), say("?session="+testSession); a != b || !strings.HasPrefix(a, testSession) {
		t.Errorf("resumed session answers %q then %q", a, b)
	}
	if a, b := say(""), say(""); a == b {
		t.Errorf("two fresh connections share a session: %q", a)
	}
}

func TestWSOversize(t *testing.T) {
	_, ts := newServer(t, func(o *web.Options) { o.ReadLimit = 128 })
	c := dial(t, ts, "", "")
	defer c.CloseNow()
	write(t, c, websocket.MessageText, `{"type":"message","text":"`+strings.Repeat("x", 200)+`"}`)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, _, err := c.Read(ctx)
	if got := websocket.CloseStatus(err); got != websocket.StatusMessageTooBig {
		t.Fatalf("read after oversize message: %v (status %v), want close 1009", err, got)
	}
}

func TestWSRateLimit(t *testing.T) {
	t.Run("connection", func(t *testing.T) {
		_, ts := newServer(t, func(o *web.Options) { o.RatePerSecond, o.RateBurst = 0.001, 2 })
		c := dial(t, ts, "", "")
		defer c.CloseNow()
		var got []string
		for range 4 {
			write(t, c, websocket.MessageText, `{"type":"message","text":"films"}`)
			m := readMsg(t, c)
			got = append(got, m.Type+"/"+m.Kind+m.Code)
		}
		want := "reply/films reply/films error/rate_limited error/rate_limited"
		if strings.Join(got, " ") != want {
			t.Errorf("answers %v, want %s", got, want)
		}
	})
	t.Run("ip", func(t *testing.T) {
		_, ts := newServer(t, func(o *web.Options) { o.IPRatePerSecond, o.IPRateBurst = 0.001, 3 })
		a, b := dial(t, ts, "", ""), dial(t, ts, "", "")
		defer a.CloseNow()
		defer b.CloseNow()
		var got []string
		for _, c := range []*websocket.Conn{a, b, a, b} {
			write(t, c, websocket.MessageText, `{"type":"message","text":"films"}`)
			m := readMsg(t, c)
			got = append(got, m.Type+"/"+m.Kind+m.Code)
		}
		want := "reply/films reply/films reply/films error/rate_limited"
		if strings.Join(got, " ") != want {
			t.Errorf("answers %v, want %s", got, want)
		}
	})
}

// settle waits until the goroutine count is back to at most base; leaked
// connection goroutines would keep it above.
func settle(t *testing.T, base int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for runtime.NumGoroutine() > base {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			n := runtime.Stack(buf, true)
			t.Fatalf("%d goroutines, want <= %d:\n%s", runtime.NumGoroutine(), base, buf[:n])
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestWSAbruptClose drops connections without a close handshake: idle,
// right after sending, and in the middle of a chat turn.
func TestWSAbruptClose(t *testing.T) {
	s, ts := newServer(t, func(o *web.Options) { o.TurnTimeout = 300 * time.Millisecond })
	// Warm up the client and server so their pools are part of the base.
	c := dial(t, ts, "", "")
	write(t, c, websocket.MessageText, `{"type":"message","text":"films"}`)
	read(t, c)
	c.Close(websocket.StatusNormalClosure, "")
	settleTo := runtime.NumGoroutine()
	for i := range 30 {
		c := dial(t, ts, "", "")
		switch i % 3 {
		case 1:
			write(t, c, websocket.MessageText, `{"type":"message","text":"films"}`)
		case 2:
			write(t, c, websocket.MessageText, `{"type":"message","text":"slow"}`)
		}
		c.CloseNow()
	}
	settle(t, settleTo)
	// Nothing is left for Shutdown to wait for.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := s.Shutdown(ctx); err != nil {
		t.Fatalf("shutdown: %v", err)
	}
}

// TestWSDeadPeer: a client that never reads never answers pings; the
// server must drop it rather than keep it forever.
func TestWSDeadPeer(t *testing.T) {
	_, ts := newServer(t, func(o *web.Options) {
		o.PingInterval = 20 * time.Millisecond
		o.WriteTimeout = 50 * time.Millisecond
	})
	c := dial(t, ts, "", "")
	defer c.CloseNow()
	base := runtime.NumGoroutine()
	time.Sleep(300 * time.Millisecond) // several ping intervals without reading
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	_, _, err := c.Read(ctx)
	if err == nil || errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("read on a dropped connection: %v, want the connection closed by the server", err)
	}
	settle(t, base-1)
}

// TestWSPingKeepsAlive: behind a reverse proxy that drops connections idle
// for 150 ms (nginx's proxy_read_timeout, in small), a customer who reads
// the reply and then thinks for a while keeps the chat: the server's pings,
// and the client's pongs, are traffic. Without pings the proxy cuts the line.
func TestWSPingKeepsAlive(t *testing.T) {
	_, ts := newServer(t, func(o *web.Options) { o.PingInterval = 30 * time.Millisecond })
	proxy := idleProxy(t, strings.TrimPrefix(ts.URL, "http://"), 150*time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, _, err := websocket.Dial(ctx, "ws://"+proxy+"/ws", nil)
	if err != nil {
		t.Fatalf("dial through the proxy: %v", err)
	}
	defer c.CloseNow()
	// A browser reads all the time; a pong is only sent while reading.
	msgs := make(chan []byte)
	readErr := make(chan error, 1)
	go func() {
		for {
			_, b, err := c.Read(ctx)
			if err != nil {
				readErr <- err
				return
			}
			msgs <- b
		}
	}()
	for i := range 3 {
		write(t, c, websocket.MessageText, `{"type":"message","text":"films"}`)
		select {
		case b := <-msgs:
			if !strings.Contains(string(b), `"kind":"films"`) {
				t.Fatalf("turn %d: got %s", i, b)
			}
		case err := <-readErr:
			t.Fatalf("turn %d: the connection was dropped: %v", i, err)
		}
		select { // idle for several times the proxy's timeout
		case err := <-readErr:
			t.Fatalf("after turn %d, idle: the connection was dropped: %v", i, err)
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// idleProxy forwards TCP connections to target and drops any that carries
// no byte in either direction for idle, as a reverse proxy does. It returns
// its address.
func idleProxy(t *testing.T, target string, idle time.Duration) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var (
		mu    sync.Mutex
		conns []net.Conn
		wg    sync.WaitGroup
	)
	// The pipes end with the test, so that later tests count goroutines
	// without them.
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		for _, c := range conns {
			c.Close()
		}
		mu.Unlock()
		wg.Wait()
	})
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			in, err := ln.Accept()
			if err != nil {
				return
			}
			out, err := net.Dial("tcp", target)
			if err != nil {
				in.Close()
				continue
			}
			mu.Lock()
			conns = append(conns, in, out)
			mu.Unlock()
			var last atomic.Int64
			last.Store(time.Now().UnixNano())
			pipe := func(dst, src net.Conn) {
				defer wg.Done()
				defer in.Close()
				defer out.Close()
				buf := make([]byte, 4096)
				for {
					// Idle means quiet both ways: wake up every so often and
					// look at the last byte seen in either direction.
					_ = src.SetReadDeadline(time.Now().Add(idle / 5))
					n, err := src.Read(buf)
					if n > 0 {
						last.Store(time.Now().UnixNano())
						if _, werr := dst.Write(buf[:n]); werr != nil {
							return
						}
					}
					var ne net.Error
					switch {
					case err == nil:
					case errors.As(err, &ne) && ne.Timeout():
						if time.Since(time.Unix(0, last.Load())) > idle {
							return
						}
					default:
						return
					}
				}
			}
			wg.Add(2)
			go pipe(out, in)
			go pipe(in, out)
		}
	}()
	return ln.Addr().String()
}

func TestWSShutdownGoingAway(t *testing.T) {
	s, ts := newServer(t, nil)
	c := dial(t, ts, "", "")
	defer c.CloseNow()
	write(t, c, websocket.MessageText, `{"type":"message","text":"films"}`)
	read(t, c)
	errc := make(chan error, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		errc <- s.Shutdown(ctx)
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, _, err := c.Read(ctx)
	if got := websocket.CloseStatus(err); got != websocket.StatusGoingAway {
		t.Errorf("read during shutdown: %v, want close 1001", err)
	}
	if err := <-errc; err != nil {
		t.Errorf("shutdown: %v", err)
	}
	if _, resp, err := dialErr(ts, "", ""); err == nil || resp == nil || resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("dial after shutdown: %v %v, want 503", err, resp)
	}
}

// TestWSShutdownAbortsTurn: a chat turn in progress does not hold up the
// shutdown; its connection is closed with "going away".
func TestWSShutdownAbortsTurn(t *testing.T) {
	s, ts := newServer(t, func(o *web.Options) { o.TurnTimeout = time.Hour })
	c := dial(t, ts, "", "")
	defer c.CloseNow()
	write(t, c, websocket.MessageText, `{"type":"message","text":"slow"}`)
	readErr := make(chan error, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_, _, err := c.Read(ctx)
		readErr <- err
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := s.Shutdown(ctx); err != nil {
		t.Fatalf("shutdown with a turn in progress: %v", err)
	}
	if err := <-readErr; websocket.CloseStatus(err) != websocket.StatusGoingAway {
		t.Errorf("client read %v, want close 1001", err)
	}
}

// TestWSPageLanguage: the lang of the websocket URL is the page's language
// and reaches the chat engine with every message, so that a customer on the
// English page who types only a name is answered in English; a lang the
// server does not speak reaches it as "" (the engine's default).
func TestWSPageLanguage(t *testing.T) {
	_, ts := newServer(t, nil)
	for _, tc := range []struct{ query, want string }{
		{"?lang=en", "page: en"},
		{"?lang=fr&session=" + testSession, "page: fr"},
		{"", "page: "},
		{"?lang=de", "page: "},
	} {
		c := dial(t, ts, tc.query, "")
		write(t, c, websocket.MessageText, `{"type":"message","text":"page?"}`)
		if got := readMsg(t, c).Text; got != tc.want {
			t.Errorf("/ws%s: the engine saw %q, want %q", tc.query, got, tc.want)
		}
		c.CloseNow()
	}
}
