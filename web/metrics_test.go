package web_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/bobine/bobine/web"
)

const metricsToken = "test-metrics-token-0123"

func getMetrics(t *testing.T, url, token string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url+"/metrics", nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestMetrics(t *testing.T) {
	s, ts := newServer(t, func(o *web.Options) {
		o.MetricsToken = metricsToken
		o.IndexBuilt = time.Now().Add(-time.Hour)
	})
	c := dial(t, ts, "?session="+testSession, "")
	defer c.Close(websocket.StatusNormalClosure, "")
	write(t, c, websocket.MessageText, `{"type":"message","text":"films"}`)
	readMsg(t, c)
	write(t, c, websocket.MessageText, `{"type":"message","text":"boom"}`)
	readMsg(t, c)
	write(t, c, websocket.MessageText, `not json`)
	readMsg(t, c)
	if resp, err := http.Get(ts.URL + "/api/films/tt0111161?secret=1"); err == nil {
		resp.Body.Close()
	}

	if code, _ := getMetrics(t, ts.URL, ""); code != http.StatusUnauthorized {
		t.Errorf("/metrics without the token: %d, want 401", code)
	}
	if code, _ := getMetrics(t, ts.URL, "wrong-token-wrong-token"); code != http.StatusUnauthorized {
		t.Errorf("/metrics with a wrong token: %d, want 401", code)
	}
	code, body := getMetrics(t, ts.URL, metricsToken)
	if code != 200 {
		t.Fatalf("/metrics: %d", code)
	}
	for _, want := range []string{
		`bobine_chat_turn_duration_seconds_count{outcome="films"} 1`,
		`bobine_chat_turn_duration_seconds_count{outcome="internal"} 1`,
		`bobine_chat_errors_total{code="internal"} 1`,
		`bobine_chat_errors_total{code="bad_message"} 1`,
		`bobine_http_request_duration_seconds_count{code="200",method="GET",route="/api/films/:id"} 1`,
		`bobine_websockets_open 1`,
		`bobine_index_age_seconds 3`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if strings.Contains(body, "secret") {
		t.Error("/metrics holds a query string")
	}

	// Without a token the public listener has no /metrics; MetricsHandler
	// serves it on another listener.
	s2, ts2 := newServer(t, nil)
	if code, _ := getMetrics(t, ts2.URL, ""); code != http.StatusNotFound {
		t.Errorf("/metrics on the public listener without a token: %d, want 404", code)
	}
	priv := httptest.NewServer(s2.MetricsHandler())
	defer priv.Close()
	if code, body := getMetrics(t, priv.URL, ""); code != 200 || !strings.Contains(body, "bobine_websockets_open 0") {
		t.Errorf("metrics listener: %d\n%s", code, body)
	}
	_ = s
}
