package web_test

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bobine/bobine/chat"
	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/recommend"
	"github.com/bobine/bobine/search"
	"github.com/bobine/bobine/web"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/golden")

// fixture loads the hand-written catalogue of testdata/catalogue.json.
func fixture(tb testing.TB) *data.Catalogue {
	tb.Helper()
	b, err := os.ReadFile("testdata/catalogue.json")
	if err != nil {
		tb.Fatal(err)
	}
	var f struct {
		Films  []data.Film   `json:"films"`
		People []data.Person `json:"people"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		tb.Fatal(err)
	}
	return data.NewCatalogue(f.Films, f.People)
}

// fold lowercases and drops the accents the fixture uses.
var fold = strings.NewReplacer("é", "e", "É", "e", "è", "e", "à", "a").Replace

// fakeSearch matches by case- and accent-insensitive substring over the
// fixture; the real search package has its own tests.
type fakeSearch struct{ cat *data.Catalogue }

func (s fakeSearch) films(q string, limit int, match func(f *data.Film, q string) bool) []search.FilmMatch {
	q = strings.ToLower(fold(q))
	var out []search.FilmMatch
	for i := range s.cat.Films() {
		f := &s.cat.Films()[i]
		if match(f, q) && len(out) < limit {
			out = append(out, search.FilmMatch{Film: f, Score: 1 / float64(len(out)+1), Confidence: 0.9})
		}
	}
	return out
}

func titleHas(f *data.Film, q string) bool {
	for _, t := range []string{f.Title, f.FrenchTitle, f.OriginalTitle} {
		if t != "" && strings.Contains(strings.ToLower(fold(t)), q) {
			return true
		}
	}
	return false
}

func (s fakeSearch) ResolveFilm(_ context.Context, q string, limit int) ([]search.FilmMatch, error) {
	return s.films(q, limit, titleHas), nil
}

func (s fakeSearch) Autocomplete(_ context.Context, q string, limit int) ([]search.FilmMatch, error) {
	return s.films(q, limit, func(f *data.Film, q string) bool {
		return strings.HasPrefix(strings.ToLower(fold(f.DisplayTitle("fr"))), q)
	}), nil
}

func (s fakeSearch) SearchKeywords(_ context.Context, q string, limit int) ([]search.FilmMatch, error) {
	return s.films(q, limit, func(f *data.Film, q string) bool { return slices.Contains(f.Keywords, q) }), nil
}

// MatchTheme reads q as a theme when it is a keyword of the fixture.
func (s fakeSearch) MatchTheme(_ context.Context, q string) (search.Theme, bool, error) {
	q = strings.ToLower(fold(strings.TrimSpace(q)))
	for _, f := range s.cat.Films() {
		if slices.Contains(f.Keywords, q) {
			return search.Theme{LabelFR: q, LabelEN: q, Keywords: []string{q}, Score: 1}, true, nil
		}
	}
	return search.Theme{}, false, nil
}

func (s fakeSearch) FilmsOnTheme(_ context.Context, t search.Theme, limit int) ([]search.FilmMatch, error) {
	return s.films("", limit, func(f *data.Film, _ string) bool {
		return slices.ContainsFunc(t.Keywords, func(k string) bool { return slices.Contains(f.Keywords, k) })
	}), nil
}

func (s fakeSearch) SearchPeople(_ context.Context, q string, limit int) ([]search.PersonMatch, error) {
	q = strings.ToLower(fold(q))
	var out []search.PersonMatch
	people := s.cat.People()
	for i := range people {
		p := &people[i]
		if strings.Contains(strings.ToLower(fold(p.Name)), q) && len(out) < limit {
			out = append(out, search.PersonMatch{Person: p, Score: 1})
		}
	}
	return out, nil
}

// fakeRecommender returns the fixture's films in id order, skipping liked
// and excluded ones and honouring Constraints.Genres; it records requests.
type fakeRecommender struct {
	cat  *data.Catalogue
	err  error
	last *recommend.Request
}

func (r *fakeRecommender) Recommend(_ context.Context, req recommend.Request) ([]recommend.Recommendation, error) {
	if r.err != nil {
		return nil, r.err
	}
	r.last = &req
	var out []recommend.Recommendation
	for i := range r.cat.Films() {
		f := &r.cat.Films()[i]
		if !f.IsFilm() || slices.Contains(req.Liked, f.ID) || slices.Contains(req.Exclude, f.ID) {
			continue
		}
		if len(req.Constraints.Genres) > 0 && !slices.ContainsFunc(f.Genres, func(g string) bool { return slices.Contains(req.Constraints.Genres, g) }) {
			continue
		}
		if len(out) == req.Count {
			break
		}
		out = append(out, recommend.Recommendation{Film: f, Score: 1 / float64(len(out)+1),
			Reasons: []recommend.Reason{{Kind: "genres", FR: "Même genre : " + strings.Join(f.Genres, ", "), EN: "Same genre: " + strings.Join(f.Genres, ", ")}}})
	}
	return out, nil
}

// fakeChat answers from the fixture: "films" gives two cards, "dune" asks
// which one, "page?" tells the page's language, "boom" fails, "panic" panics, "slow" waits for the context, anything else is
// echoed as text. It counts resets.
type fakeChat struct {
	cat    *data.Catalogue
	resets chan string
}

func (c *fakeChat) HandleIn(ctx context.Context, session, lang, text string) (chat.Reply, error) {
	film := func(id string) *data.Film {
		f, err := c.cat.Film(id)
		if err != nil {
			panic(err)
		}
		return f
	}
	switch strings.ToLower(text) {
	case "page?":
		return chat.Reply{Lang: "fr", Kind: "text", Text: "page: " + lang}, nil
	case "films":
		return chat.Reply{Lang: "fr", Kind: "films", Text: "Voici deux films :", Films: []chat.Card{
			{Rank: 1, Film: film("tt0111161"), Reason: "Un grand drame carcéral."},
			{Rank: 2, Film: film("tt0211915"), Reason: "Une comédie parisienne."},
		}, State: &chat.State{
			Liked:   []chat.Chip{{Key: "film:tt0087182", Label: "Dune (1984)"}},
			Filters: []chat.Chip{{Key: "years", Label: "des années 1990"}},
		}}, nil
	case "dune":
		return chat.Reply{Lang: "fr", Kind: "choose", Text: "Lequel ?", Choices: []chat.Choice{
			{Index: 1, Film: film("tt0087182"), Label: "Dune (1984, David Lynch)"},
			{Index: 2, Film: film("tt1160419"), Label: "Dune (2021, Denis Villeneuve)"},
		}}, nil
	case "boom":
		return chat.Reply{}, errors.New("chat: engine exploded")
	case "panic":
		panic("chat engine panicked")
	case "slow":
		<-ctx.Done()
		return chat.Reply{}, ctx.Err()
	}
	return chat.Reply{Lang: "en", Kind: "text", Text: session + ": " + text}, nil
}

// Remove answers a known kind of key with the films without that filter,
// and fails like the engine on an unknown kind.
func (c *fakeChat) Remove(ctx context.Context, session, key string) (chat.Reply, error) {
	if !strings.HasPrefix(key, "film:") && key != "years" {
		return chat.Reply{}, fmt.Errorf("chat: remove %q: %w", key, data.ErrInvalid)
	}
	r, err := c.HandleIn(ctx, session, "", "films")
	r.Text = "Sans « " + key + " », voici deux films :"
	r.State.Filters = nil
	return r, err
}

func (c *fakeChat) Reset(session string) {
	if c.resets != nil {
		c.resets <- session
	}
}

// newServer builds a web.Server on the fixture with fakes; edit adjusts
// the options first.
func newServer(t testing.TB, edit func(*web.Options)) (*web.Server, *httptest.Server) {
	t.Helper()
	cat := fixture(t)
	o := web.Options{
		Catalogue:     cat,
		Search:        fakeSearch{cat},
		Recommender:   &fakeRecommender{cat: cat},
		Chat:          &fakeChat{cat: cat},
		Version:       "test",
		PosterBaseURL: "https://image.tmdb.org/t/p/",
		PosterSize:    "w342",
		// A test client makes many requests quickly from one IP.
		IPRatePerSecond: 1000, IPRateBurst: 1000,
		RatePerSecond: 1000, RateBurst: 1000,
		Now: func() time.Time { return time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC) },
	}
	if edit != nil {
		edit(&o)
	}
	s, err := web.New(o)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return s, ts
}

// golden compares got with testdata/golden/name, rewriting it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from the golden file (go test -update to accept):\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}
