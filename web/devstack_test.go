package web_test

import (
	"context"
	"encoding/json"
	"sync"
	"testing"

	"github.com/bobine/bobine/chat"
	"github.com/bobine/bobine/indexer/indexertest"
	"github.com/bobine/bobine/recommend"
	"github.com/bobine/bobine/search"
	"github.com/bobine/bobine/web"
)

var (
	devOnce sync.Once
	devOpts web.Options
	devErr  error
)

// devStack returns server options wired to the real packages over the dev
// dataset (in-memory search index, vectors computed in memory), built once
// per test binary. It skips when the dataset is absent. Each caller gets a
// fresh chat engine so dialogues do not leak between tests.
func devStack(tb testing.TB) web.Options {
	tb.Helper()
	in := indexertest.Dev(tb)
	devOnce.Do(func() {
		cat := in.Catalogue
		idx, err := search.NewMemory(cat)
		if err != nil {
			devErr = err
			return
		}
		vec, err := recommend.Compute(context.Background(), cat, in.Ratings, recommend.BuildOptions{})
		if err != nil {
			devErr = err
			return
		}
		devOpts = web.Options{
			Catalogue:     cat,
			Search:        idx,
			Recommender:   recommend.New(cat, vec, idx, recommend.DefaultOptions()),
			PosterBaseURL: "https://image.tmdb.org/t/p/",
			PosterSize:    "w342",
			Version:       "dev-test",
		}
	})
	if devErr != nil {
		tb.Fatalf("building the dev stack: %v", devErr)
	}
	o := devOpts
	o.Chat = chat.New(o.Catalogue, o.Search.(*search.Index), o.Recommender.(*recommend.Recommender), chat.Options{})
	return o
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
