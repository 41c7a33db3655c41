package web_test

import (
	"encoding/json"
	"testing"

	"github.com/bobine/bobine/chat"
	"github.com/bobine/bobine/recommend"
	"github.com/bobine/bobine/web"
	"github.com/bobine/bobine/web/webtest/devstack"
)

// devStack returns server options wired to the real packages over the dev
// dataset (the shared dev stack, built once per test binary). It skips when
// the dataset is absent. Each caller gets a fresh chat engine so dialogues
// do not leak between tests.
func devStack(tb testing.TB) web.Options {
	tb.Helper()
	st := devstack.Dev(tb)
	rec := st.Recommender(recommend.DefaultOptions())
	return web.Options{
		Catalogue:     st.Catalogue,
		Search:        st.Index,
		Recommender:   rec,
		Chat:          chat.New(st.Catalogue, st.Index, rec, chat.Options{}),
		PosterBaseURL: "https://image.tmdb.org/t/p/",
		PosterSize:    "w342",
		Version:       "dev-test",
	}
}

// TestDevChatOverWebsocket is the customer's first message against the
// real stack: five film cards with titles come back.
func TestDevChatOverWebsocket(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the dev-data stack")
	}
	o := devStack(t)
	_, ts := newServer(t, func(opts *web.Options) {
		o.IPRatePerSecond, o.IPRateBurst, o.RatePerSecond, o.RateBurst = 1000, 1000, 1000, 1000
		*opts = o
	})
	c := dial(t, ts, "", "")
	defer c.CloseNow()
	write(t, c, 1, `{"type":"message","text":"j'ai aimé les evades et amelie"}`)
	b := read(t, c)
	var m struct {
		Kind  string
		Text  string
		Films []struct{ ID, Title, Reason, URL string }
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if m.Kind != "films" || len(m.Films) != 5 {
		t.Fatalf("reply %s, want five films", b)
	}
	for _, f := range m.Films {
		if f.Title == "" || f.URL == "" {
			t.Errorf("card without title or link: %+v", f)
		}
	}
	t.Logf("%s", b)
}
