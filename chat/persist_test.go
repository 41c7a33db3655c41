package chat

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/search"
)

// notState are the session fields that are not dialogue state: they stay
// in the process that holds the session.
var notState = map[string]string{
	"mu":       "the turn lock",
	"id":       "the key the state is stored under; the token carries it apart",
	"lastSeen": "the memory's own expiry clock; a token has its own",
	"cat":      "which catalogue the films point into (rebind)",
	"page":     "the language of the page, sent with every message (Engine.HandleIn)",
}

// filler sets every field it meets to a non-zero value, films and people
// from a catalogue, and remembers the films of each theme for the fake
// index to find them again.
type filler struct {
	t      *testing.T
	cat    *data.Catalogue
	n      int
	themes map[string][]string // keywords joined -> films
}

func (f *filler) fill(v reflect.Value, path string) {
	f.n++
	// Unexported fields are set through their address.
	if !v.CanSet() {
		v = reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
	}
	switch v.Type() {
	case reflect.TypeOf((*data.Film)(nil)):
		fs := f.cat.Films()
		v.Set(reflect.ValueOf(&fs[f.n%len(fs)]))
		return
	case reflect.TypeOf((*data.Person)(nil)):
		ps := f.cat.People()
		v.Set(reflect.ValueOf(&ps[f.n%len(ps)]))
		return
	case reflect.TypeOf(theme{}):
		th := theme{labelFR: fmt.Sprint("thème ", f.n), labelEN: fmt.Sprint("theme ", f.n), keywords: []string{fmt.Sprint("kw", f.n), "heist"}}
		for i := 0; i < 3; i++ {
			th.films = append(th.films, f.cat.Films()[(f.n+i)%len(f.cat.Films())].ID)
		}
		f.themes[strings.Join(th.keywords, ",")] = th.films
		// A second theme joined to the first (« des pirates et des
		// fantômes »), saved with it.
		and := &theme{labelFR: fmt.Sprint("thème bis ", f.n), labelEN: fmt.Sprint("theme bis ", f.n), keywords: []string{fmt.Sprint("kw", f.n), "ghost"}}
		for i := 1; i < 5; i++ {
			and.films = append(and.films, f.cat.Films()[(f.n+i)%len(f.cat.Films())].ID)
		}
		f.themes[strings.Join(and.keywords, ",")] = and.films
		joined := joinThemes(&th, and)
		joined.labelFR, joined.labelEN = th.labelFR, th.labelEN
		// A field added to theme must be filled and saved too.
		if n := reflect.TypeOf(theme{}).NumField(); n != 5 {
			f.t.Errorf("%s: theme has %d fields; persist.go saves 5 (labels, keywords, films, and): save the new one and fill it here", path, n)
		}
		v.Set(reflect.ValueOf(*joined))
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprint("s", f.n))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(1 + f.n%3)) // small: also a valid outcome, act or rank
	case reflect.Float64, reflect.Float32:
		v.SetFloat(float64(f.n) / 8)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := 0; i < 2; i++ {
			f.fill(s.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
		v.Set(s)
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			f.fill(v.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		for i := 0; i < 2; i++ {
			k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
			f.fill(k, fmt.Sprintf("%s key %d", path, i))
			f.fill(e, fmt.Sprintf("%s[%d]", path, i))
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		f.fill(p.Elem(), path)
		v.Set(p)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			name := v.Type().Field(i).Name
			if v.Type() == reflect.TypeFor[session]() {
				if _, ok := notState[name]; ok {
					continue
				}
			}
			f.fill(v.Field(i), path+"."+name)
		}
	default:
		f.t.Errorf("%s: the test cannot fill a %s: teach filler and persist.go about it", path, v.Type())
	}
}

// themeIndex is a fake index that finds the films of the themes filler made.
type themeIndex struct {
	fakeResolver
	cat    *data.Catalogue
	themes map[string][]string
}

func (x themeIndex) FilmsOnTheme(_ context.Context, t search.Theme, _ int) ([]search.FilmMatch, error) {
	var out []search.FilmMatch
	for _, id := range x.themes[strings.Join(t.Keywords, ",")] {
		f, err := x.cat.Film(id)
		if err != nil {
			return nil, err
		}
		out = append(out, search.FilmMatch{Film: f})
	}
	return out, nil
}

// TestSavedStateRoundTrip fills every field of a session, saves it in a
// token and restores it in another engine: the two must be equal. It fails
// when a field is added to the dialogue state (session, pending, plan,
// mention, Card, Choice, message, recommend.Constraints...) and persist.go
// does not save it.
func TestSavedStateRoundTrip(t *testing.T) {
	cat := fixture()
	fl := &filler{t: t, cat: cat, themes: map[string][]string{}}
	var in session
	in.id = "0123456789abcdef"
	fl.fill(reflect.ValueOf(&in).Elem(), "session")
	for name := range notState {
		if _, ok := reflect.TypeFor[session]().FieldByName(name); !ok {
			t.Errorf("notState names %q, which session no longer has", name)
		}
	}
	if in.pending == nil || in.pending.plan == nil || len(in.pending.plan.todo) == 0 || in.theme == nil {
		t.Fatal("filler left parts of the state empty")
	}
	idx := themeIndex{cat: cat, themes: fl.themes}
	secret := []byte("0123456789abcdef0123456789abcdef")
	a := New(cat, idx, fakeRecommender{}, Options{Secret: secret})
	b := New(cat, idx, fakeRecommender{}, Options{Secret: secret})
	tok, err := a.token(&in)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Resume(context.Background(), in.id, tok); err != nil {
		t.Fatal(err)
	}
	out := b.store.get(in.id)
	for i := 0; i < reflect.TypeFor[session]().NumField(); i++ {
		name := reflect.TypeFor[session]().Field(i).Name
		if _, ok := notState[name]; ok {
			continue
		}
		got := reflect.ValueOf(out).Elem().Field(i)
		want := reflect.ValueOf(&in).Elem().Field(i)
		got = reflect.NewAt(got.Type(), unsafe.Pointer(got.UnsafeAddr())).Elem()
		want = reflect.NewAt(want.Type(), unsafe.Pointer(want.UnsafeAddr())).Elem()
		if !reflect.DeepEqual(got.Interface(), want.Interface()) {
			t.Errorf("session.%s does not survive a token:\n got %+v\nwant %+v", name, got.Interface(), want.Interface())
		}
	}
}

// TestTokenRefused checks that altered, expired, foreign, oversized and
// unsigned tokens are refused with their reason, and that the session then
// starts afresh.
func TestTokenRefused(t *testing.T) {
	now := time.Date(2026, 12, 6, 20, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	secret := []byte("0123456789abcdef0123456789abcdef")
	e, _ := newTestEngine(Options{Secret: secret, TokenTTL: time.Hour, Now: clock})
	r := say(t, e, "sess-aaaaaaaaaaaaaaaa", "j'ai aimé Heat")
	if r.Token == "" || len(r.State.Liked) != 1 {
		t.Fatalf("first reply: token %q, liked %v", r.Token, r.State.Liked)
	}
	good := r.Token
	flip := []byte(good)
	flip[len(flip)/2] ^= 1
	other, _ := newTestEngine(Options{Secret: []byte("another secret, another cinema!!"), Now: clock})
	for _, c := range []struct {
		name, session, tok string
		e                  *Engine
		at                 time.Time
		reason             string
	}{
		{"altered", "sess-aaaaaaaaaaaaaaaa", string(flip), e, now, "signature"},
		{"another secret", "sess-aaaaaaaaaaaaaaaa", good, other, now, "signature"},
		{"expired", "sess-aaaaaaaaaaaaaaaa", good, e, now.Add(61 * time.Minute), "expired"},
		{"another session", "sess-bbbbbbbbbbbbbbbb", good, e, now, "session"},
		{"too large", "sess-aaaaaaaaaaaaaaaa", strings.Repeat("A", MaxTokenLen+1), e, now, "too large"},
		{"not base64", "sess-aaaaaaaaaaaaaaaa", "%%%", e, now, "malformed"},
	} {
		t.Run(c.name, func(t *testing.T) {
			now = c.at
			defer func() { now = time.Date(2026, 12, 6, 20, 0, 0, 0, time.UTC) }()
			_, err := c.e.Resume(context.Background(), c.session, c.tok)
			var te *TokenError
			if !errors.Is(err, ErrToken) || !errors.As(err, &te) || te.Reason != c.reason {
				t.Fatalf("Resume: %v; want a TokenError %q", err, c.reason)
			}
			r, err := c.e.Handle(context.Background(), c.session, "encore")
			if err != nil {
				t.Fatal(err)
			}
			if len(r.State.Liked) != 0 {
				t.Errorf("after a refused token the dialogue still likes %v", r.State.Liked)
			}
		})
	}
}

// TestResumeAfterRestart runs a dialogue on one engine, then goes on with
// another (a restarted server, or another replica) from the last token:
// the liked films, the filters and "le 2" of the last list carry over, and
// the films shown are not shown again.
func TestResumeAfterRestart(t *testing.T) {
	secret := []byte("0123456789abcdef0123456789abcdef")
	a, _ := newTestEngine(Options{Secret: secret})
	const id = "restart-0123456789"
	say(t, a, id, "j'ai aimé Heat")
	r := say(t, a, id, "pas d'horreur, moins de 2h")
	if r.Kind != KindFilms || len(r.Films) == 0 {
		t.Fatalf("before restart: %s %q", r.Kind, r.Text)
	}
	shown := map[string]bool{}
	for _, c := range r.Films {
		shown[c.Film.ID] = true
	}
	b, _ := newTestEngine(Options{Secret: secret}) // nothing in memory
	st, err := b.Resume(context.Background(), id, r.Token)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(st, r.State) {
		t.Errorf("resumed state %+v, want %+v", st, r.State)
	}
	why := say(t, b, id, "pourquoi le 2 ?")
	if len(why.Films) != 1 || why.Films[0].Film.ID != r.Films[1].Film.ID {
		t.Errorf("« pourquoi le 2 » after restart talks about %v, want %s", why.Films, r.Films[1].Film.ID)
	}
	more := say(t, b, id, "encore")
	if more.Kind != KindFilms || len(more.Films) == 0 {
		t.Fatalf("« encore » after restart: %s %q", more.Kind, more.Text)
	}
	for _, c := range more.Films {
		if shown[c.Film.ID] {
			t.Errorf("%s shown again after restart", c.Film.ID)
		}
		if c.Film.Runtime > 120 || slices.Contains(c.Film.Genres, "Horror") {
			t.Errorf("%s breaks the filters kept from before the restart", c.Film.ID)
		}
	}
	if !reflect.DeepEqual(more.State.Liked, r.State.Liked) {
		t.Errorf("liked after restart %v, want %v", more.State.Liked, r.State.Liked)
	}
}

// TestRebindAfterSwap checks that an engine on a new catalogue, sharing the
// dialogue memory, answers a session the old engine started, with films of
// its own catalogue.
func TestRebindAfterSwap(t *testing.T) {
	mem := NewSessions(0, 0)
	a, _ := newTestEngine(Options{Sessions: mem})
	const id = "swap-0123456789abc"
	r := say(t, a, id, "j'ai aimé Heat")
	if r.Kind != KindFilms {
		t.Fatalf("%s %q", r.Kind, r.Text)
	}
	b, _ := newTestEngine(Options{Sessions: mem})
	why := say(t, b, id, "pourquoi le 1 ?")
	if len(why.Films) != 1 {
		t.Fatalf("« pourquoi le 1 » after the swap: %q", why.Text)
	}
	f, _ := b.cat.Film(why.Films[0].Film.ID)
	if why.Films[0].Film != f {
		t.Error("the card after the swap points into the old catalogue")
	}
}

// TestTokenBounded fills a dialogue to its limits (500 films shown, a full
// list with reasons): its token stays within MaxTokenLen, and a state too
// large for it keeps its most recent shown films.
func TestTokenBounded(t *testing.T) {
	e, _ := newTestEngine(Options{Secret: []byte("0123456789abcdef0123456789abcdef")})
	s := &session{id: "bounded-0123456789", lang: "fr"}
	for i := 0; i < maxShown; i++ {
		s.shown = append(s.shown, fmt.Sprintf("tt%07d", 1000000+i*7919%8999999))
	}
	tok, err := e.token(s)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("token with %d films shown: %d bytes", len(s.shown), len(tok))
	if len(tok) > MaxTokenLen {
		t.Fatalf("token of %d bytes, over %d", len(tok), MaxTokenLen)
	}
	// Incompressible excluded ids force the shown films out.
	for i := 0; i < 700; i++ {
		s.excluded = append(s.excluded, fmt.Sprintf("tt%07d", (i*104729+7)%9999999))
	}
	tok, err = e.token(s)
	if err != nil {
		t.Fatal(err)
	}
	if len(tok) > MaxTokenLen {
		t.Fatalf("token of %d bytes, over %d", len(tok), MaxTokenLen)
	}
	sn, err := e.open(tok)
	if err != nil {
		t.Fatal(err)
	}
	if len(sn.Shown) == 0 || len(sn.Shown) == maxShown || sn.Shown[len(sn.Shown)-1] != s.shown[len(s.shown)-1] {
		t.Errorf("an oversized state keeps %d shown films ending %v; want the most recent ones, fewer than %d", len(sn.Shown), sn.Shown[len(sn.Shown)-1:], maxShown)
	}
	t.Logf("with %d excluded films: %d bytes, %d shown kept", len(s.excluded), len(tok), len(sn.Shown))
}
