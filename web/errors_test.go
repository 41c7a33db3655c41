package web_test

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/coder/websocket"
	"github.com/labstack/echo/v4"

	"github.com/bobine/bobine/web"
)

// TestErrorMessageKeepsTitle: a title with " : " (French typography) comes
// back whole in the error message, not cut at its colon.
func TestErrorMessageKeepsTitle(t *testing.T) {
	_, ts := newServer(t, nil)
	for _, title := range []string{"Alien : le 8e passager", "Mission: Impossible - Dead Reckoning"} {
		body, _ := json.Marshal(map[string]any{"liked": []string{title}})
		resp, err := http.Post(ts.URL+"/api/recommend", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		var e struct {
			Error struct{ Code, Message string }
		}
		err = json.NewDecoder(resp.Body).Decode(&e)
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusNotFound {
			t.Fatalf("%q: status %d, decode %v", title, resp.StatusCode, err)
		}
		want := `no film matches "` + title + `": not found`
		if e.Error.Code != "not_found" || e.Error.Message != want {
			t.Errorf("%q: error %+v, want not_found %q", title, e.Error, want)
		}
	}
}

// lockedBuffer is a log sink safe for the server's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestPanicRecovered: a panic in a handler or in a chat turn is logged with
// its stack, answered as "internal", and the server keeps serving (the same
// websocket included).
func TestPanicRecovered(t *testing.T) {
	var logs lockedBuffer
	_, ts := newServer(t, func(o *web.Options) {
		o.Logger = slog.New(slog.NewTextHandler(&logs, nil))
		o.Extra = append(o.Extra, web.MountFunc(func(e *echo.Echo) {
			e.GET("/api/boom", func(echo.Context) error { panic("handler exploded") })
		}))
	})

	resp, err := http.Get(ts.URL + "/api/boom")
	if err != nil {
		t.Fatalf("a panicking handler dropped the connection: %v", err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusInternalServerError || !strings.Contains(string(b), `"code":"internal"`) {
		t.Errorf("panicking handler answered %d %s, want 500 internal", resp.StatusCode, b)
	}
	if l := logs.String(); !strings.Contains(l, "handler exploded") || !strings.Contains(l, "errors_test.go") {
		t.Errorf("panic not logged with its stack:\n%s", l)
	}
	if resp, err := http.Get(ts.URL + "/healthz"); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("after a handler panic: %v %v", err, resp)
	}

	c := dial(t, ts, "", "")
	defer c.CloseNow()
	write(t, c, websocket.MessageText, `{"type":"message","text":"panic"}`)
	if m := readMsg(t, c); m.Type != "error" || m.Code != "internal" {
		t.Errorf("panicking chat turn answered %+v, want error/internal", m)
	}
	if l := logs.String(); !strings.Contains(l, "chat engine panicked") || !strings.Contains(l, "helpers_test.go") {
		t.Errorf("chat panic not logged with its stack:\n%s", l)
	}
	write(t, c, websocket.MessageText, `{"type":"message","text":"films"}`)
	if m := readMsg(t, c); m.Kind != "films" {
		t.Errorf("after a chat panic the connection answered %+v, want films", m)
	}
}
