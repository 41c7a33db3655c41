package web_test

import (
	"context"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/coder/websocket"

	"github.com/bobine/bobine/chat"
	"github.com/bobine/bobine/web"
	"github.com/bobine/bobine/web/feedback"
)

// memRecorder keeps events in memory.
type memRecorder struct {
	mu     sync.Mutex
	events []feedback.Event
}

func (m *memRecorder) Record(e feedback.Event) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.events = append(m.events, e)
	return true
}

func (m *memRecorder) all() []feedback.Event {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]feedback.Event(nil), m.events...)
}

// dislikingChat is fakeChat that also takes dislikes.
type dislikingChat struct {
	*fakeChat
	mu       sync.Mutex
	disliked []string
}

// HandleIn adds to fakeChat's replies what the real engine tells: the state
// a list was made from, and whether a message was understood.
func (d *dislikingChat) HandleIn(ctx context.Context, session, lang, text string) (chat.Reply, error) {
	r, err := d.fakeChat.HandleIn(ctx, session, lang, text)
	switch text {
	case "films":
		r.State = &chat.State{Liked: []chat.Chip{{Key: "film:tt0211915", Label: "Amélie (2001)"}},
			Filters: []chat.Chip{{Key: "theme", Label: "requins"}, {Key: "genre:Comedy", Label: "comédies"}, {Key: "years", Label: "des années 1990"}}}
	case "zorglub":
		r.Unresolved = true
	}
	return r, err
}

func (d *dislikingChat) Dislike(session, film string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.disliked = append(d.disliked, session+" "+film)
}

func postFeedback(t *testing.T, url, contentType, body string) (int, string) {
	t.Helper()
	resp, err := http.Post(url+"/api/feedback", contentType, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestFeedbackRecorded(t *testing.T) {
	rec := &memRecorder{}
	var chatter *dislikingChat
	_, ts := newServer(t, func(o *web.Options) {
		o.Feedback = rec
		chatter = &dislikingChat{fakeChat: &fakeChat{cat: o.Catalogue}}
		o.Chat = chatter
	})
	c := dial(t, ts, "?session="+testSession, "")
	defer c.Close(websocket.StatusNormalClosure, "")
	write(t, c, websocket.MessageText, `{"type":"message","text":"films"}`)
	if m := readMsg(t, c); len(m.Films) != 2 {
		t.Fatalf("reply %+v", m)
	}
	write(t, c, websocket.MessageText, `{"type":"message","text":"zorglub"}`)
	readMsg(t, c)

	for _, body := range []string{
		`{"session":"` + testSession + `","film":"tt0211915","action":"click","position":2}`,
		`{"session":"` + testSession + `","film":"tt0211915","action":"like","position":2}`,
		`{"session":"` + testSession + `","film":"tt0111161","action":"dislike","position":1}`,
	} {
		if code, msg := postFeedback(t, ts.URL, "application/json", body); code != http.StatusNoContent {
			t.Errorf("%s: %d %s", body, code, msg)
		}
	}
	for _, bad := range []struct{ ct, body, want string }{
		{"application/json", `{"session":"short","film":"tt0211915","action":"like"}`, "session"},
		{"application/json", `{"session":"` + testSession + `","film":"tt0211915","action":"love"}`, "action"},
		{"application/json", `{"session":"` + testSession + `","film":"tt9999999","action":"like"}`, "unknown film"},
		{"application/json", `{"session":"` + testSession + `","film":"tt0211915","action":"like","position":99}`, "position"},
		{"application/x-www-form-urlencoded", `session=` + testSession + `&film=tt0211915&action=like`, "Content-Type"},
	} {
		if code, msg := postFeedback(t, ts.URL, bad.ct, bad.body); code != http.StatusBadRequest || !strings.Contains(msg, bad.want) {
			t.Errorf("%s: %d %s; want 400 about %s", bad.body, code, msg, bad.want)
		}
	}

	var got []string
	for _, e := range rec.all() {
		if e.Session != testSession {
			t.Errorf("event under session %q", e.Session)
		}
		got = append(got, string(e.Kind)+":"+e.Film+":"+e.Text+":"+string(rune('0'+e.Position)))
	}
	want := []string{"turn::films:0", "shown:tt0111161::1", "shown:tt0211915::2", "liked:tt0211915::0",
		"theme::requins:0", "constraint::genre:Comedy:0", "constraint::years: des années 1990:0",
		"turn::text:0", "unresolved::zorglub:0",
		"click:tt0211915::2", "like:tt0211915::2", "dislike:tt0111161::1"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("events\n got %v\nwant %v", got, want)
	}
	if len(chatter.disliked) != 1 || chatter.disliked[0] != testSession+" tt0111161" {
		t.Errorf("dislikes passed to the chat: %v", chatter.disliked)
	}
}

func TestPrivacyPage(t *testing.T) {
	_, ts := newServer(t, func(o *web.Options) { o.Feedback = &memRecorder{} })
	resp, err := http.Get(ts.URL + "/privacy")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), "effacées au bout de\n  13 mois") {
		t.Errorf("/privacy: %d\n%s", resp.StatusCode, b)
	}
	resp, err = http.Get(ts.URL + "/widget")
	if err != nil {
		t.Fatal(err)
	}
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), `href="/privacy"`) {
		t.Error("the widget has no link to /privacy")
	}
}
