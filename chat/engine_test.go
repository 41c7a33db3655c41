package chat

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/recommend"
	"github.com/bobine/bobine/search"
)

// fakeResolver and fakeRecommender are function-field fakes of the two
// boundaries.
type fakeResolver struct {
	film   func(q string) []search.FilmMatch
	people func(q string) []search.PersonMatch
}

func (f fakeResolver) ResolveFilm(_ context.Context, q string, limit int) ([]search.FilmMatch, error) {
	ms := f.film(q)
	if len(ms) > limit {
		ms = ms[:limit]
	}
	return ms, nil
}

func (f fakeResolver) SearchPeople(_ context.Context, q string, _ int) ([]search.PersonMatch, error) {
	return f.people(q), nil
}

// The fixture knows no theme.
func (f fakeResolver) MatchTheme(context.Context, string) (search.Theme, bool, error) {
	return search.Theme{}, false, nil
}

func (f fakeResolver) FilmsOnTheme(context.Context, search.Theme, int) ([]search.FilmMatch, error) {
	return nil, nil
}

type fakeRecommender struct {
	recommend func(req recommend.Request) ([]recommend.Recommendation, error)
}

func (f fakeRecommender) Recommend(_ context.Context, req recommend.Request) ([]recommend.Recommendation, error) {
	return f.recommend(req)
}

// fixture is a small catalogue: two Dunes, Heat, Les Bronzés, the
// Intouchables and Le Dîner de cons, Harry Potter 2, and filler dramas.
func fixture() *data.Catalogue {
	films := []data.Film{
		{ID: "tt0087182", Type: "movie", Title: "Dune", Year: 1984, Runtime: 137, Genres: []string{"Sci-Fi"}, Directors: []string{"nm0000186"}, Votes: 190000},
		{ID: "tt1160419", Type: "movie", Title: "Dune", Year: 2021, Runtime: 155, Genres: []string{"Sci-Fi"}, Directors: []string{"nm0898288"}, Votes: 960000},
		{ID: "tt0113277", Type: "movie", Title: "Heat", Year: 1995, Runtime: 170, Genres: []string{"Crime"}, Votes: 760000},
		{ID: "tt0077276", Type: "movie", Title: "French Fried Vacation", FrenchTitle: "Les Bronzés", Year: 1978, Runtime: 90, Genres: []string{"Comedy"}, Votes: 8000},
		{ID: "tt1675434", Type: "movie", Title: "The Intouchables", FrenchTitle: "Intouchables", Year: 2011, Runtime: 112, Genres: []string{"Comedy"}, Votes: 980000},
		{ID: "tt0119038", Type: "movie", Title: "Le Dîner de Cons", Year: 1998, Runtime: 80, Genres: []string{"Comedy"}, Votes: 46000},
		{ID: "tt0295297", Type: "movie", Title: "Harry Potter and the Chamber of Secrets", FrenchTitle: "Harry Potter et la Chambre des secrets", Year: 2002, Votes: 730000},
		{ID: "tt0032943", Type: "movie", Title: "Pride and Prejudice", Year: 1940, Votes: 9000},
	}
	for i := 0; i < 30; i++ {
		g := "Drama"
		if i%3 == 0 {
			g = "Horror"
		}
		films = append(films, data.Film{ID: fmt.Sprintf("tt99%05d", i), Type: "movie", Title: fmt.Sprintf("Film %d", i),
			Year: 1960 + 2*i, Runtime: 150 - 2*i, Genres: []string{g}, Votes: 1000})
	}
	people := []data.Person{
		{ID: "nm0000186", Name: "David Lynch"}, {ID: "nm0898288", Name: "Denis Villeneuve"},
		{ID: "nm0300064", Name: "Jean Gabin"},
	}
	return data.NewCatalogue(films, people)
}

// titleResolver resolves by title words: a film whose title has exactly the
// query's words gets 0.9 (shared among homonyms), one that contains them
// all 0.2.
func titleResolver(cat *data.Catalogue) func(string) []search.FilmMatch {
	return func(q string) []search.FilmMatch {
		qk := fullTitle(q)
		var exact, partial []search.FilmMatch
		for i := range cat.Films() {
			f := &cat.Films()[i]
			best := 0
			for _, t := range filmTitles(f) {
				if t == "" {
					continue
				}
				tk := fullTitle(t)
				switch {
				case tk == qk:
					best = 2
				case best == 0 && strings.Contains(" "+tk+" ", " "+qk+" "):
					best = 1
				}
			}
			switch best {
			case 2:
				exact = append(exact, search.FilmMatch{Film: f, Score: 2})
			case 1:
				partial = append(partial, search.FilmMatch{Film: f, Score: 1, Confidence: 0.2})
			}
		}
		slices.SortStableFunc(exact, func(a, b search.FilmMatch) int { return b.Film.Votes - a.Film.Votes })
		for i := range exact {
			exact[i].Confidence = 0.9 / float64(len(exact))
		}
		return append(exact, partial...)
	}
}

func peopleResolver(cat *data.Catalogue) func(string) []search.PersonMatch {
	return func(q string) []search.PersonMatch {
		var out []search.PersonMatch
		people := cat.People()
		for i := range people {
			p := &people[i]
			if strings.Contains(fullTitle(p.Name), fullTitle(q)) {
				out = append(out, search.PersonMatch{Person: p, Score: 1})
			}
		}
		return out
	}
}

// recorder is a fake recommender that keeps the requests it gets and
// answers with catalogue films in order, within a few constraints.
type recorder struct {
	cat  *data.Catalogue
	mu   sync.Mutex
	reqs []recommend.Request
}

func (r *recorder) recommend(req recommend.Request) ([]recommend.Recommendation, error) {
	r.mu.Lock()
	r.reqs = append(r.reqs, req)
	r.mu.Unlock()
	var out []recommend.Recommendation
	c := req.Constraints
	for i := range r.cat.Films() {
		f := &r.cat.Films()[i]
		if slices.Contains(req.Liked, f.ID) || slices.Contains(req.Exclude, f.ID) ||
			(c.MaxRuntime > 0 && f.Runtime > c.MaxRuntime) || (c.MinYear > 0 && f.Year < c.MinYear) ||
			slices.ContainsFunc(f.Genres, func(g string) bool { return slices.Contains(c.AvoidGenres, g) }) ||
			!strings.HasPrefix(f.Title, "Film ") {
			continue
		}
		out = append(out, recommend.Recommendation{Film: f, Reasons: []recommend.Reason{{Kind: "genres", FR: "Même genre", EN: "Same genre"}}})
		if len(out) == req.Count {
			break
		}
	}
	return out, nil
}

func (r *recorder) last() recommend.Request {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.reqs) == 0 {
		return recommend.Request{}
	}
	return r.reqs[len(r.reqs)-1]
}

func newTestEngine(o Options) (*Engine, *recorder) {
	cat := fixture()
	rec := &recorder{cat: cat}
	res := fakeResolver{film: titleResolver(cat), people: peopleResolver(cat)}
	return New(cat, res, fakeRecommender{recommend: rec.recommend}, o), rec
}

func say(t *testing.T, e *Engine, session, text string) Reply {
	t.Helper()
	r, err := e.Handle(context.Background(), session, text)
	if err != nil {
		t.Fatalf("%q: %v", text, err)
	}
	return r
}

// TestSplitMentions checks that titles containing "et"/"and" stay whole and
// lists are split only when the parts resolve better.
func TestSplitMentions(t *testing.T) {
	e, _ := newTestEngine(Options{})
	for in, want := range map[string][]string{
		"Harry Potter et la Chambre des secrets": {"Harry Potter et la Chambre des secrets"},
		"Pride and Prejudice":                    {"Pride and Prejudice"},
		"Intouchables et Le Dîner de cons":       {"Intouchables", "Le Dîner de cons"},
		"Heat, Intouchables and Les Bronzés":     {"Heat", "Intouchables", "Les Bronzés"},
		"Heat & Dune":                            {"Heat", "Dune"},
		"Heat et xyzzy":                          {"Heat", "xyzzy"},
	} {
		ms, err := e.splitMentions(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range ms {
			got = append(got, m.Text)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("splitMentions(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestChoose checks every way of answering "Quel Dune ?".
func TestChoose(t *testing.T) {
	const lynch, villeneuve = "tt0087182", "tt1160419"
	tests := []struct {
		answer string
		liked  string // "" when the answer is not a choice
		kind   string
	}{
		{"le 2", villeneuve, KindFilms},
		{"2", villeneuve, KindFilms},
		{"2021", villeneuve, KindFilms},
		{"celui de Villeneuve", villeneuve, KindFilms},
		{"the Lynch one", lynch, KindFilms},
		{"le premier", lynch, KindFilms},
		{"l'ancien", lynch, KindFilms},
		{"the newer one", villeneuve, KindFilms},
		{"aucun", "", KindText},
		{"7", "", KindChoose},             // asked again
		{"2005", "", KindChoose},          // asked again
		{"j'ai aimé Heat", "", KindFilms}, // a new request
	}
	for _, tt := range tests {
		t.Run(tt.answer, func(t *testing.T) {
			e, rec := newTestEngine(Options{})
			r := say(t, e, "s", "dune")
			if r.Kind != KindChoose || len(r.Choices) != 2 || r.Choices[0].Film.ID != lynch || r.Choices[1].Film.ID != villeneuve {
				t.Fatalf("dune: %+v", r)
			}
			if r.Choices[0].Label != "Dune (1984) — David Lynch" || !strings.Contains(r.Text, "1 — Dune (1984, David Lynch) ou 2 — Dune (2021, Denis Villeneuve)") {
				t.Errorf("question %q, labels %q", r.Text, r.Choices[0].Label)
			}
			r = say(t, e, "s", tt.answer)
			if r.Kind != tt.kind {
				t.Fatalf("kind %q, want %q: %+v", r.Kind, tt.kind, r)
			}
			liked := rec.last().Liked
			switch {
			case tt.liked != "" && !reflect.DeepEqual(liked, []string{tt.liked}):
				t.Errorf("liked %v, want [%s]", liked, tt.liked)
			case tt.liked == "" && (slices.Contains(liked, lynch) || slices.Contains(liked, villeneuve)):
				t.Errorf("liked %v, want no Dune", liked)
			}
		})
	}
}

// TestRequests checks the requests a dialogue sends: constraints
// accumulate, "encore" excludes everything shown, "pas le 2" excludes and
// fills, "plus comme le 3" adds a liked film, "recommencer" forgets.
func TestRequests(t *testing.T) {
	e, rec := newTestEngine(Options{})
	var shown []string
	var list []Card
	step := func(text string, check func(req recommend.Request, r Reply)) {
		t.Helper()
		n := len(rec.reqs)
		r := say(t, e, "s", text)
		if len(rec.reqs) == n {
			t.Fatalf("%q: no request (reply %+v)", text, r)
		}
		check(rec.last(), r)
		for _, c := range r.Films {
			shown = appendNew(shown, c.Film.ID)
		}
		list = r.Films
	}
	step("j'ai aimé Heat", func(req recommend.Request, r Reply) {
		if !reflect.DeepEqual(req.Liked, []string{"tt0113277"}) || req.Count != 5 || len(r.Films) != 5 {
			t.Errorf("liked %v count %d films %d", req.Liked, req.Count, len(r.Films))
		}
		if r.Films[0].Reason != "Même genre" {
			t.Errorf("reason %q", r.Films[0].Reason)
		}
	})
	step("pas d'horreur", func(req recommend.Request, r Reply) {
		if !reflect.DeepEqual(req.Constraints.AvoidGenres, []string{"Horror"}) || len(req.Liked) != 1 {
			t.Errorf("%+v", req)
		}
	})
	step("une comédie", func(req recommend.Request, _ Reply) {
		if !reflect.DeepEqual(req.Constraints.Genres, []string{"Comedy"}) || !reflect.DeepEqual(req.Constraints.AvoidGenres, []string{"Horror"}) {
			t.Errorf("%+v", req.Constraints)
		}
	})
	step("plutôt un drame", func(req recommend.Request, _ Reply) {
		if !reflect.DeepEqual(req.Constraints.Genres, []string{"Drama"}) {
			t.Errorf("genres %v", req.Constraints.Genres)
		}
	})
	step("encore", func(req recommend.Request, r Reply) {
		for _, id := range shown {
			if !slices.Contains(req.Exclude, id) {
				t.Errorf("shown %s not excluded: %v", id, req.Exclude)
			}
		}
		for _, c := range r.Films {
			if slices.Contains(shown, c.Film.ID) {
				t.Errorf("%s shown again", c.Film.ID)
			}
		}
	})
	second := list[1].Film.ID
	step("pas le 2", func(req recommend.Request, r Reply) {
		if !slices.Contains(req.Exclude, second) || req.Count != 1 || len(r.Films) != 5 {
			t.Errorf("exclude %v count %d, %d films", req.Exclude, req.Count, len(r.Films))
		}
		for i, c := range r.Films {
			if c.Film.ID == second || c.Rank != i+1 {
				t.Errorf("card %d: %s rank %d", i, c.Film.ID, c.Rank)
			}
		}
	})
	third := list[2].Film.ID
	step("plus comme le 3", func(req recommend.Request, _ Reply) {
		if !slices.Contains(req.Liked, third) {
			t.Errorf("liked %v lacks %s", req.Liked, third)
		}
	})
	shortest := 1000
	for _, c := range list {
		shortest = min(shortest, c.Film.Runtime)
	}
	step("moins long", func(req recommend.Request, r Reply) {
		if req.Constraints.MaxRuntime != shortest-1 {
			t.Errorf("max runtime %d, want %d", req.Constraints.MaxRuntime, shortest-1)
		}
	})
	step("avec Jean Gabin", func(req recommend.Request, _ Reply) {
		if !reflect.DeepEqual(req.Constraints.Cast, []string{"nm0300064"}) || req.Constraints.MaxRuntime == 0 {
			t.Errorf("%+v", req.Constraints)
		}
	})
	if r := say(t, e, "s", "recommencer"); r.Kind != KindText {
		t.Fatalf("reset: %+v", r)
	}
	step("en français", func(req recommend.Request, _ Reply) {
		if len(req.Liked) != 0 || len(req.Exclude) != 0 || !reflect.DeepEqual(req.Constraints, recommend.Constraints{Language: "fr"}) {
			t.Errorf("after reset: %+v", req)
		}
	})
	step("un film comme Les Bronzés mais plus récent", func(req recommend.Request, _ Reply) {
		if !slices.Contains(req.Liked, "tt0077276") || req.Constraints.MinYear != 1979 {
			t.Errorf("%+v", req)
		}
	})
}

// TestReplies checks the replies that need no recommendation.
func TestReplies(t *testing.T) {
	tests := []struct {
		msgs []string
		kind string
		lang string
		has  string
	}{
		{[]string{"bonjour"}, KindText, "fr", "Dites-moi un film"},
		{[]string{"hello"}, KindText, "en", "Tell me a film"},
		{[]string{"aide"}, KindText, "fr", "pourquoi le 2"},
		{[]string{"help"}, KindText, "en", "why the second"},
		{[]string{"encore"}, KindText, "fr", "film que vous avez aimé"},
		{[]string{"pourquoi le 2 ?"}, KindText, "fr", "aucun film"},
		{[]string{"j'ai aimé Heat", "pourquoi le 2 ?"}, KindText, "fr", "Même genre"},
		{[]string{"I liked Heat", "why number 9"}, KindText, "en", "from 1 to 5"},
		{[]string{"j'ai aimé Heat", "non, pas celui-là"}, KindText, "fr", "Lequel"},
		{[]string{"j'ai aimé Heat", "pourquoi le 2", "non, pas celui-là"}, KindFilms, "fr", "je retire"},
		{[]string{"I liked Heat", "dune"}, KindChoose, "en", "Which Dune"},
		{[]string{"I liked Heat", "pourquoi le 2 ?"}, KindText, "fr", "parce que"},
		{[]string{"j'ai aimé Zorglubinator"}, KindText, "fr", "Je ne trouve pas « Zorglubinator »"},
		{[]string{"I liked Heat and Zorglubinator"}, KindFilms, "en", "couldn't find “Zorglubinator”"},
		{[]string{"des films avec Zorglub Machin"}, KindText, "fr", "personne nommé « Zorglub Machin »"},
		{[]string{"Harry"}, KindChoose, "fr", "Vouliez-vous dire"},
		{[]string{"   "}, KindText, "fr", "Dites-moi un film"},
		{[]string{"merci"}, KindText, "fr", "plaisir"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.msgs, " / "), func(t *testing.T) {
			e, _ := newTestEngine(Options{})
			var r Reply
			for _, m := range tt.msgs {
				r = say(t, e, "s", m)
			}
			if r.Kind != tt.kind || r.Lang != tt.lang || !strings.Contains(r.Text, tt.has) {
				t.Errorf("got %s/%s %q, want %s/%s containing %q", r.Kind, r.Lang, r.Text, tt.kind, tt.lang, tt.has)
			}
		})
	}
}

func TestSessions(t *testing.T) {
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	e, rec := newTestEngine(Options{MaxSessions: 2, IdleTimeout: time.Minute, Now: clock})
	say(t, e, "a", "j'ai aimé Heat")
	say(t, e, "b", "j'ai aimé Dune 2021")
	say(t, e, "a", "encore") // a is now the most recent
	say(t, e, "c", "bonjour")
	if n := e.Sessions(); n != 2 {
		t.Errorf("%d sessions, want 2", n)
	}
	// b was the least recently used: evicted, it forgot its film.
	if r := say(t, e, "b", "encore"); r.Kind != KindText {
		t.Errorf("evicted session answered %s %q", r.Kind, r.Text)
	}
	now = now.Add(2 * time.Minute)
	if n := e.Sweep(); n != 2 {
		t.Errorf("Sweep dropped %d, want 2", n)
	}
	if n := e.Sessions(); n != 0 {
		t.Errorf("%d sessions after sweep", n)
	}
	say(t, e, "d", "j'ai aimé Heat")
	now = now.Add(2 * time.Minute)
	if r := say(t, e, "d", "encore"); r.Kind != KindText { // expired lazily: a new dialogue
		t.Errorf("expired session answered %s %q", r.Kind, r.Text)
	}
	say(t, e, "d", "j'ai aimé Heat")
	n := len(rec.reqs)
	e.Reset("d")
	if r := say(t, e, "d", "encore"); r.Kind != KindText || len(rec.reqs) != n {
		t.Errorf("reset session answered %s %q", r.Kind, r.Text)
	}
}

// TestConcurrentTurns checks that turns of one session never overlap while
// sessions run side by side (run with -race).
func TestConcurrentTurns(t *testing.T) {
	cat := fixture()
	rec := &recorder{cat: cat}
	var mu sync.Mutex
	inFlight := map[string]int{}
	var overlap atomic.Bool
	fake := fakeRecommender{recommend: func(req recommend.Request) ([]recommend.Recommendation, error) {
		key := strings.Join(req.Liked, ",")
		mu.Lock()
		inFlight[key]++
		if inFlight[key] > 1 {
			overlap.Store(true)
		}
		mu.Unlock()
		time.Sleep(time.Millisecond)
		mu.Lock()
		inFlight[key]--
		mu.Unlock()
		return rec.recommend(req)
	}}
	e := New(cat, fakeResolver{film: titleResolver(cat), people: peopleResolver(cat)}, fake, Options{})
	var wg sync.WaitGroup
	for s := 0; s < 4; s++ {
		for i := 0; i < 10; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				// each session likes a different film, so requests name their session
				titles := []string{"Heat", "Intouchables", "Les Bronzés", "Le Dîner de cons"}
				if _, err := e.Handle(context.Background(), fmt.Sprint(s), "j'ai aimé "+titles[s]); err != nil {
					t.Error(err)
				}
			}()
		}
	}
	wg.Wait()
	if overlap.Load() {
		t.Error("two turns of one session ran at the same time")
	}
	if e.Sessions() != 4 {
		t.Errorf("%d sessions, want 4", e.Sessions())
	}
}

func TestErrors(t *testing.T) {
	cat := fixture()
	boom := errors.New("boom")
	e := New(cat, fakeResolver{film: titleResolver(cat), people: peopleResolver(cat)},
		fakeRecommender{recommend: func(recommend.Request) ([]recommend.Recommendation, error) { return nil, boom }}, Options{})
	if _, err := e.Handle(context.Background(), "s", "j'ai aimé Heat"); !errors.Is(err, boom) {
		t.Errorf("err = %v, want boom", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := e.Handle(ctx, "s", "bonjour"); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}
