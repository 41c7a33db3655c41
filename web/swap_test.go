package web_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/bobine/bobine/chat"
	"github.com/bobine/bobine/recommend"
	"github.com/bobine/bobine/search"
	"github.com/bobine/bobine/web"
	"github.com/bobine/bobine/web/webtest/devstack"
)

var testSecret = []byte("test-secret-of-at-least-32-bytes!!")

// guardedSearch is a stack's search index that counts the calls in
// progress and reports any made after the stack was released (closed).
type guardedSearch struct {
	web.Searcher
	closed   atomic.Bool
	inFlight atomic.Int64
	late     *atomic.Int64 // calls on a closed stack, for all stacks
}

func (g *guardedSearch) enter() error {
	g.inFlight.Add(1)
	if g.closed.Load() {
		g.late.Add(1)
		return errors.New("search index closed")
	}
	return nil
}

func (g *guardedSearch) ResolveFilm(ctx context.Context, q string, limit int) ([]search.FilmMatch, error) {
	defer g.inFlight.Add(-1)
	if err := g.enter(); err != nil {
		return nil, err
	}
	time.Sleep(time.Millisecond) // widens the window a swap can fall in
	return g.Searcher.ResolveFilm(ctx, q, limit)
}

func (g *guardedSearch) SearchPeople(ctx context.Context, q string, limit int) ([]search.PersonMatch, error) {
	defer g.inFlight.Add(-1)
	if err := g.enter(); err != nil {
		return nil, err
	}
	return g.Searcher.SearchPeople(ctx, q, limit)
}

func (g *guardedSearch) MatchTheme(ctx context.Context, q string) (search.Theme, bool, error) {
	defer g.inFlight.Add(-1)
	if err := g.enter(); err != nil {
		return search.Theme{}, false, err
	}
	return g.Searcher.MatchTheme(ctx, q)
}

func (g *guardedSearch) FilmsOnTheme(ctx context.Context, t search.Theme, limit int) ([]search.FilmMatch, error) {
	defer g.inFlight.Add(-1)
	if err := g.enter(); err != nil {
		return nil, err
	}
	return g.Searcher.FilmsOnTheme(ctx, t, limit)
}

// TestSwapUnderLoad swaps the index five times while HTTP clients and
// websocket dialogues keep asking: no request fails, no call reaches a
// released stack, each old stack is released once after its last request,
// and every dialogue keeps its liked films across the swaps.
func TestSwapUnderLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("uses the dev-data stack")
	}
	dev := devstack.Dev(t)
	rec := dev.Recommender(recommend.DefaultOptions())
	mem := chat.NewSessions(0, 0)
	var late, released atomic.Int64
	var stacks []*guardedSearch
	newStack := func(v int) web.Stack {
		g := &guardedSearch{Searcher: dev.Index, late: &late}
		stacks = append(stacks, g)
		return web.Stack{Catalogue: dev.Catalogue, Search: g, Recommender: rec,
			Chat:    chat.New(dev.Catalogue, g, rec, chat.Options{Secret: testSecret, Sessions: mem}),
			Version: fmt.Sprint("v", v),
			Release: func() {
				if n := g.inFlight.Load(); n != 0 {
					t.Errorf("stack v%d released with %d calls in progress", v, n)
				}
				g.closed.Store(true)
				released.Add(1)
			}}
	}
	first := newStack(0)
	srv, ts := newServer(t, func(o *web.Options) {
		o.Catalogue, o.Search, o.Recommender, o.Chat = first.Catalogue, first.Search, first.Recommender, first.Chat
		o.IndexVersion, o.IndexRelease = first.Version, first.Release
	})

	ctx, stop := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var httpOK, httpFailed, turns atomic.Int64
	errs := make(chan error, 100)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, u := range slices.Repeat([]string{"/api/resolve?q=amelie", "/api/search?q=heat", "/healthz", "/api/autocomplete?q=inte"}, 1000) {
				if ctx.Err() != nil {
					return
				}
				resp, err := http.Get(ts.URL + u)
				if err != nil {
					httpFailed.Add(1)
					errs <- err
					continue
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					httpFailed.Add(1)
					errs <- fmt.Errorf("GET %s: %d %s", u, resp.StatusCode, b)
					continue
				}
				httpOK.Add(1)
			}
		}()
	}
	dialogues := 3
	for d := 0; d < dialogues; d++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := swapDialogue(ctx, ts, fmt.Sprintf("swap-dialogue-%08d", d), &turns); err != nil {
				errs <- err
			}
		}()
	}
	for v := 1; v <= 5; v++ {
		time.Sleep(150 * time.Millisecond)
		srv.Swap(newStack(v))
		if got := srv.Current().Version; got != fmt.Sprint("v", v) {
			t.Errorf("after swap %d the server answers from %s", v, got)
		}
	}
	time.Sleep(150 * time.Millisecond)
	stop()
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	var h struct{ Index string }
	resp, err := http.Get(ts.URL + "/healthz")
	if err == nil {
		json.NewDecoder(resp.Body).Decode(&h)
		resp.Body.Close()
	}
	if h.Index != "v5" {
		t.Errorf("/healthz names index %q, want v5", h.Index)
	}
	// A handler releases its stack just after its answer is sent.
	for i := 0; i < 200 && released.Load() < 5; i++ {
		time.Sleep(10 * time.Millisecond)
	}
	t.Logf("%d HTTP requests answered, %d failed; %d chat turns; %d stacks released", httpOK.Load(), httpFailed.Load(), turns.Load(), released.Load())
	if late.Load() != 0 {
		t.Errorf("%d calls reached a released stack", late.Load())
	}
	if released.Load() != 5 {
		t.Errorf("%d stacks released, want the 5 replaced", released.Load())
	}
	if turns.Load() < int64(dialogues) || httpOK.Load() == 0 {
		t.Errorf("too little load: %d turns, %d requests", turns.Load(), httpOK.Load())
	}
}

// swapDialogue likes a film, then asks for more until ctx ends: every
// answer must be a reply that still likes the film.
func swapDialogue(ctx context.Context, ts *httptest.Server, session string, turns *atomic.Int64) error {
	c, _, err := websocket.Dial(context.Background(), wsURL(ts, "?session="+session), nil)
	if err != nil {
		return err
	}
	defer c.CloseNow()
	say := func(text string) (wsReply, error) {
		rctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		defer cancel()
		b, _ := json.Marshal(map[string]string{"type": "message", "text": text})
		if err := c.Write(rctx, websocket.MessageText, b); err != nil {
			return wsReply{}, err
		}
		_, b, err := c.Read(rctx)
		if err != nil {
			return wsReply{}, err
		}
		var m wsReply
		if err := json.Unmarshal(b, &m); err != nil || m.Type != "reply" {
			return m, fmt.Errorf("%s: %q got %s", session, text, b)
		}
		turns.Add(1)
		return m, nil
	}
	r, err := say("j'ai aimé Heat de Michael Mann")
	if err != nil {
		return err
	}
	if len(r.State.Liked) != 1 {
		return fmt.Errorf("%s: first reply likes %v", session, r.State.Liked)
	}
	liked := r.State.Liked[0].Key
	for ctx.Err() == nil {
		r, err := say("encore")
		if err != nil {
			return err
		}
		if len(r.State.Liked) != 1 || r.State.Liked[0].Key != liked {
			return fmt.Errorf("%s: the dialogue lost its liked film across a swap: %v", session, r.State.Liked)
		}
	}
	return nil
}

type wsReply struct {
	Type  string
	Kind  string
	Text  string
	Code  string
	Token string
	Films []struct{ ID string }
	State struct {
		Liked   []struct{ Key, Label string }
		Filters []struct{ Key, Label string }
	}
}

// TestDialogueSurvivesRestart holds a dialogue with one server, stops it,
// and goes on with a new one (a restart, or another replica with the same
// secret): the client resumes with the last token, and the liked films,
// the filters and the list "le 2" refers to are all there.
func TestDialogueSurvivesRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("uses the dev-data stack")
	}
	dev := devstack.Dev(t)
	rec := dev.Recommender(recommend.DefaultOptions())
	start := func() (*web.Server, *httptest.Server) {
		return newServer(t, func(o *web.Options) {
			o.Catalogue, o.Search, o.Recommender = dev.Catalogue, dev.Index, rec
			o.Chat = chat.New(dev.Catalogue, dev.Index, rec, chat.Options{Secret: testSecret})
		})
	}
	const session = "restart-dialogue-0001"
	_, ts1 := start()
	c1 := dial(t, ts1, "?session="+session, "")
	write(t, c1, websocket.MessageText, `{"type":"message","text":"j'ai aimé Heat et Le Parrain"}`)
	var r1 wsReply
	json.Unmarshal(read(t, c1), &r1)
	write(t, c1, websocket.MessageText, `{"type":"message","text":"pas d'horreur, des années 90"}`)
	var r2 wsReply
	json.Unmarshal(read(t, c1), &r2)
	if r2.Kind != "films" || r2.Token == "" || len(r2.State.Liked) != 2 || len(r2.State.Filters) == 0 {
		t.Fatalf("before the restart: %+v", r2)
	}
	t.Logf("token after two turns: %d bytes", len(r2.Token))
	c1.CloseNow()
	ts1.Close() // the server is gone, and its memory with it

	_, ts2 := start()
	c2 := dial(t, ts2, "?session="+session, "")
	defer c2.CloseNow()
	write(t, c2, websocket.MessageText, `{"type":"resume","token":"`+r2.Token+`"}`)
	var back wsReply
	json.Unmarshal(read(t, c2), &back)
	if back.Type != "resumed" || !slices.Equal(keys(back.State.Liked), keys(r2.State.Liked)) || !slices.Equal(keys(back.State.Filters), keys(r2.State.Filters)) {
		t.Fatalf("resumed %+v, want the state %+v", back, r2.State)
	}
	write(t, c2, websocket.MessageText, `{"type":"message","text":"pourquoi le 2 ?"}`)
	var why wsReply
	json.Unmarshal(read(t, c2), &why)
	if len(why.Films) != 1 || why.Films[0].ID != r2.Films[1].ID {
		t.Errorf("« pourquoi le 2 » after the restart is about %+v, want %s", why.Films, r2.Films[1].ID)
	}
	write(t, c2, websocket.MessageText, `{"type":"message","text":"encore"}`)
	var more wsReply
	json.Unmarshal(read(t, c2), &more)
	if more.Kind != "films" || !slices.Equal(keys(more.State.Liked), keys(r2.State.Liked)) || !slices.Equal(keys(more.State.Filters), keys(r2.State.Filters)) {
		t.Fatalf("« encore » after the restart: %+v", more)
	}
	for _, f := range more.Films {
		for _, g := range r2.Films {
			if f.ID == g.ID {
				t.Errorf("%s shown again after the restart", f.ID)
			}
		}
	}

	// A token altered on the way is refused with a clear error, and the
	// dialogue starts afresh.
	c3 := dial(t, ts2, "?session="+session, "")
	defer c3.CloseNow()
	bad := []byte(more.Token)
	bad[10] ^= 1
	write(t, c3, websocket.MessageText, `{"type":"resume","token":"`+string(bad)+`"}`)
	var lost wsReply
	json.Unmarshal(read(t, c3), &lost)
	if lost.Type != "error" || lost.Code != "session_lost" {
		t.Fatalf("altered token: %+v, want error session_lost", lost)
	}
}

func keys(cs []struct{ Key, Label string }) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Key)
	}
	return out
}
