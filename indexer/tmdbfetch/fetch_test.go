package tmdbfetch_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bobine/bobine/data/tmdb"
	"github.com/bobine/bobine/indexer/tmdbfetch"
)

const testKey = "0123456789abcdef0123456789abcdef"

// fakeFilm is one title the fake TMDB knows.
type fakeFilm struct {
	imdb    string
	kind    string // movie or tv
	id      int
	details map[string]any
}

// fault is a misbehaviour served instead of the answer.
type fault int

const (
	fault429 fault = iota + 1
	fault500
	faultTruncated
	faultSlow
)

// fakeTMDB serves /find and /movie|/tv details for its films, counts every
// request, and serves the faults queued for a path before the real answer.
type fakeTMDB struct {
	t     *testing.T
	films map[string]fakeFilm
	byID  map[string]fakeFilm // "movie/12" -> film
	slow  time.Duration

	mu       sync.Mutex
	requests []string // paths, in order
	times    []time.Time
	faults   map[string][]fault
	always   map[string]int // path -> status served every time
	keys     map[string]bool
}

func newFake(t *testing.T, films ...fakeFilm) (*fakeTMDB, *httptest.Server) {
	f := &fakeTMDB{t: t, films: map[string]fakeFilm{}, byID: map[string]fakeFilm{}, faults: map[string][]fault{},
		always: map[string]int{}, keys: map[string]bool{}, slow: 2 * time.Second}
	for _, fm := range films {
		f.films[fm.imdb] = fm
		f.byID[fmt.Sprintf("%s/%d", fm.kind, fm.id)] = fm
	}
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	return f, srv
}

func (f *fakeTMDB) fail(path string, faults ...fault) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.faults[path] = append(f.faults[path], faults...)
}

func (f *fakeTMDB) paths() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.requests...)
}

func (f *fakeTMDB) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.requests = append(f.requests, r.URL.Path)
	f.times = append(f.times, time.Now())
	key := r.URL.Query().Get("api_key")
	if auth := r.Header.Get("Authorization"); auth != "" {
		key = strings.TrimPrefix(auth, "Bearer ")
	}
	f.keys[key] = true
	var ft fault
	if q := f.faults[r.URL.Path]; len(q) > 0 {
		ft, f.faults[r.URL.Path] = q[0], q[1:]
	}
	status := f.always[r.URL.Path]
	f.mu.Unlock()

	if key != testKey && key != bearerKey {
		w.WriteHeader(http.StatusUnauthorized)
		io.WriteString(w, `{"success":false,"status_code":7,"status_message":"Invalid API key: You must be granted a valid key."}`)
		return
	}
	if status != 0 {
		w.WriteHeader(status)
		return
	}
	var body any
	switch p := strings.TrimPrefix(r.URL.Path, "/3/"); {
	case strings.HasPrefix(p, "find/"):
		if r.URL.Query().Get("external_source") != "imdb_id" {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		a := map[string]any{"movie_results": []any{}, "tv_results": []any{}, "person_results": []any{}}
		if fm, ok := f.films[strings.TrimPrefix(p, "find/")]; ok {
			a[fm.kind+"_results"] = []any{map[string]any{"id": fm.id, "media_type": fm.kind}}
		}
		body = a
	default:
		fm, ok := f.byID[p]
		if !ok {
			w.WriteHeader(http.StatusNotFound)
			io.WriteString(w, `{"success":false,"status_code":34,"status_message":"The resource you requested could not be found."}`)
			return
		}
		q := r.URL.Query()
		if q.Get("language") != "fr-FR" || q.Get("append_to_response") != "keywords,videos,translations" {
			f.t.Errorf("details asked with %s", r.URL.RawQuery)
		}
		body = fm.details
	}
	b, err := json.Marshal(body)
	if err != nil {
		f.t.Error(err)
		return
	}
	switch ft {
	case fault429:
		w.Header().Set("Retry-After", "0")
		w.WriteHeader(http.StatusTooManyRequests)
		io.WriteString(w, `{"status_code":25,"status_message":"Your request count (41) is over the allowed limit of 40."}`)
		return
	case fault500:
		w.WriteHeader(http.StatusInternalServerError)
		return
	case faultTruncated:
		w.Header().Set("Content-Type", "application/json")
		w.Write(b[:len(b)/2])
		return
	case faultSlow:
		select {
		case <-time.After(f.slow):
		case <-r.Context().Done():
			return
		}
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(b)
}

const bearerKey = "eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiIwMTIzNDU2Nzg5YWJjZGVmIn0.c2lnbmF0dXJlc2lnbmF0dXJlc2ln"

// Titles written by hand for the tests (not from the development data).
func amelie() fakeFilm {
	return fakeFilm{imdb: "tt0211915", kind: "movie", id: 194, details: map[string]any{
		"id": 194, "imdb_id": "tt0211915", "original_language": "fr", "original_title": "Le Fabuleux Destin d'Amélie Poulain",
		"title": "Le Fabuleux Destin d'Amélie Poulain", "overview": "Amélie, une serveuse de Montmartre…",
		"poster_path": "/amelie.jpg", "budget": 10000000, "revenue": 174000000, "popularity": 23.5,
		"release_date":          "2001-04-25",
		"production_countries":  []any{map[string]any{"iso_3166_1": "FR", "name": "France"}, map[string]any{"iso_3166_1": "DE", "name": "Germany"}},
		"belongs_to_collection": nil,
		"keywords":              map[string]any{"keywords": []any{map[string]any{"id": 1, "name": "paris"}, map[string]any{"id": 2, "name": "waitress"}}},
		"videos": map[string]any{"results": []any{
			map[string]any{"key": "teaserEN", "site": "YouTube", "type": "Teaser", "iso_639_1": "en", "official": true},
			map[string]any{"key": "trailerEN", "site": "YouTube", "type": "Trailer", "iso_639_1": "en", "official": true},
			map[string]any{"key": "trailerFR", "site": "YouTube", "type": "Trailer", "iso_639_1": "fr", "official": false},
			map[string]any{"key": "vimeoFR", "site": "Vimeo", "type": "Trailer", "iso_639_1": "fr", "official": true},
		}},
		"translations": map[string]any{"translations": []any{
			map[string]any{"iso_3166_1": "CA", "iso_639_1": "fr", "data": map[string]any{"title": "Le destin fabuleux (QC)", "overview": "québécois"}},
			map[string]any{"iso_3166_1": "FR", "iso_639_1": "fr", "data": map[string]any{"title": "", "overview": "Amélie, une serveuse de Montmartre, \"observe\", et aide."}},
			map[string]any{"iso_3166_1": "US", "iso_639_1": "en", "data": map[string]any{"title": "Amélie", "overview": "Amélie is a waitress."}},
		}},
	}}
}

func alien() fakeFilm {
	return fakeFilm{imdb: "tt0078748", kind: "movie", id: 348, details: map[string]any{
		"id": 348, "original_language": "en", "original_title": "Alien", "title": "Alien, le huitième passager",
		"poster_path": "/alien.jpg", "budget": 11000000, "revenue": 104931801, "popularity": 40.25,
		"release_date":          "1979-05-25",
		"production_countries":  []any{map[string]any{"iso_3166_1": "GB"}, map[string]any{"iso_3166_1": "US"}},
		"belongs_to_collection": map[string]any{"id": 8091, "name": "Alien - Saga"},
		"keywords":              map[string]any{"keywords": []any{map[string]any{"name": "space"}, map[string]any{"name": "alien | monster"}}},
		"videos":                map[string]any{"results": []any{}},
		"translations": map[string]any{"translations": []any{
			map[string]any{"iso_3166_1": "FR", "iso_639_1": "fr", "data": map[string]any{"title": "Alien, le huitième passager", "overview": "Un vaisseau spatial…"}},
			map[string]any{"iso_3166_1": "US", "iso_639_1": "en", "data": map[string]any{"title": "", "overview": "A space ship…"}},
		}},
	}}
}

func bureau() fakeFilm {
	return fakeFilm{imdb: "tt4816058", kind: "tv", id: 62852, details: map[string]any{
		"id": 62852, "original_language": "fr", "original_name": "Le Bureau des légendes", "name": "Le Bureau des légendes",
		"poster_path": nil, "popularity": 12.0, "first_air_date": "2015-04-27", "origin_country": []any{"FR"},
		"keywords":     map[string]any{"results": []any{map[string]any{"name": "espionnage"}}},
		"videos":       map[string]any{"results": []any{}},
		"translations": map[string]any{"translations": []any{}},
	}}
}

// many makes n plain films tt9000000.. for the resume tests.
func many(n int) []fakeFilm {
	out := make([]fakeFilm, n)
	for i := range out {
		out[i] = fakeFilm{imdb: fmt.Sprintf("tt9%06d", i), kind: "movie", id: 5000 + i, details: map[string]any{
			"id": 5000 + i, "original_language": "fr", "original_title": fmt.Sprintf("Film %d", i),
			"translations": map[string]any{"translations": []any{}}}}
	}
	return out
}

func ids(films []fakeFilm) []string {
	out := make([]string, len(films))
	for i, f := range films {
		out[i] = f.imdb
	}
	return out
}

func options(srv *httptest.Server, dir string, ids []string) tmdbfetch.Options {
	return tmdbfetch.Options{
		APIKey: testKey, BaseURL: srv.URL + "/3", IDs: ids, Out: filepath.Join(dir, "tmdb", "movies.csv"),
		Client: &http.Client{Timeout: 300 * time.Millisecond}, Rate: 1000, Burst: 50, Workers: 3,
		RetryWait: time.Millisecond, MaxWait: 50 * time.Millisecond,
	}
}

func readMovies(t *testing.T, path string) map[string]tmdb.Movie {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := tmdb.NewReader(f, path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]tmdb.Movie{}
	for {
		m, err := r.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("bobine index would reject the file written: %v", err)
		}
		out[m.IMDbID] = m
	}
}

// TestFetchWritesWhatIndexReads: a film, a series and an unknown id, through
// a TMDB that answers 429, 500, a truncated body and a timeout once each:
// movies.csv holds what `bobine index` reads, French first.
func TestFetchWritesWhatIndexReads(t *testing.T) {
	fake, srv := newFake(t, amelie(), alien(), bureau())
	fake.fail("/3/find/tt0211915", fault429, fault500)
	fake.fail("/3/movie/194", faultTruncated)
	fake.fail("/3/movie/348", faultSlow)
	fake.fail("/3/tv/62852", fault500, fault500, fault429)
	dir := t.TempDir()
	o := options(srv, dir, []string{"tt0211915", "tt0078748", "tt4816058", "tt0000001", "tt0211915"})
	res, err := tmdbfetch.Fetch(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	want := tmdbfetch.Result{Wanted: 4, Fetched: 3, NotFound: 1, Requests: 7 + 7, Rows: 3}
	if res != want {
		t.Errorf("result %+v, want %+v", res, want)
	}
	got := readMovies(t, o.Out)
	wantMovies := map[string]tmdb.Movie{
		"tt0211915": {IMDbID: "tt0211915", TMDBID: 194, TitleFR: "Le Fabuleux Destin d'Amélie Poulain", OriginalLanguage: "fr",
			OverviewFR: "Amélie, une serveuse de Montmartre, \"observe\", et aide.", OverviewEN: "Amélie is a waitress.",
			PosterPath: "/amelie.jpg", Budget: 10000000, Revenue: 174000000, Countries: []string{"FR", "DE"},
			Keywords: []string{"paris", "waitress"}, Popularity: 23.5, ReleaseDate: "2001-04-25",
			TrailerURL: "https://www.youtube.com/watch?v=trailerFR"},
		"tt0078748": {IMDbID: "tt0078748", TMDBID: 348, TitleFR: "Alien, le huitième passager", OriginalLanguage: "en",
			OverviewFR: "Un vaisseau spatial…", OverviewEN: "A space ship…", PosterPath: "/alien.jpg",
			Budget: 11000000, Revenue: 104931801, Countries: []string{"GB", "US"}, Keywords: []string{"space", "alien monster"},
			Popularity: 40.25, CollectionID: 8091, ReleaseDate: "1979-05-25"},
		"tt4816058": {IMDbID: "tt4816058", TMDBID: 62852, TitleFR: "Le Bureau des légendes", OriginalLanguage: "fr",
			Countries: []string{"FR"}, Keywords: []string{"espionnage"}, Popularity: 12, ReleaseDate: "2015-04-27"},
	}
	if !reflect.DeepEqual(got, wantMovies) {
		for id := range wantMovies {
			if !reflect.DeepEqual(got[id], wantMovies[id]) {
				t.Errorf("%s\n got %+v\nwant %+v", id, got[id], wantMovies[id])
			}
		}
		if len(got) != len(wantMovies) {
			t.Errorf("%d rows, want %d", len(got), len(wantMovies))
		}
	}

	// A second run asks nothing: everything is younger than MaxAge (0 = forever).
	before := len(fake.paths())
	res, err = tmdbfetch.Fetch(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(fake.paths()) - before; n != 0 || res.Requests != 0 || res.Fresh != 4 {
		t.Errorf("rerun made %d requests (result %+v), want 0 and 4 fresh", n, res)
	}
}

// TestFetchResumes: a run cancelled midway, then a run killed hard (the
// journal's last line half written, movies.csv never rewritten): each next
// run asks TMDB only for the films it does not have yet, and the last run
// asks nothing.
func TestFetchResumes(t *testing.T) {
	films := many(40)
	fake, srv := newFake(t, films...)
	dir := t.TempDir()
	o := options(srv, dir, ids(films))

	ctx, cancel := context.WithCancel(context.Background())
	o.Progress = func(p tmdbfetch.Progress) {
		if p.Done == 10 {
			cancel()
		}
	}
	res, err := tmdbfetch.Fetch(ctx, o)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled run: error %v, want context.Canceled", err)
	}
	if res.Fetched < 10 || res.Fetched >= 40 {
		t.Fatalf("cancelled run fetched %d films, want 10-39", res.Fetched)
	}
	// Films in flight when the run was cancelled were not kept: they are
	// asked again; the ones written are not.
	first := map[string]bool{}
	for id := range readMovies(t, o.Out) {
		first[id] = true
	}
	if len(first) != res.Fetched {
		t.Errorf("cancelled run wrote %d rows, fetched %d", len(first), res.Fetched)
	}

	// Second run, killed hard: emulate by letting it finish, then throwing
	// away movies.csv and cutting the journal's last line in half.
	o.Progress = nil
	mark := len(fake.paths())
	res, err = tmdbfetch.Fetch(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	second := askedFilms(fake.paths()[mark:])
	for id := range second {
		if first[id] {
			t.Errorf("%s asked again after the interruption", id)
		}
	}
	if len(first)+len(second) != 40 || res.Fresh != len(first) {
		t.Errorf("asked %d then %d films (fresh %d), want 40 in all", len(first), len(second), res.Fresh)
	}
	journal, err := os.ReadFile(o.Out + ".journal")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(strings.TrimSuffix(string(journal), "\n"), "\n")
	last := lines[len(lines)-1]
	var lost struct {
		IMDbID string `json:"imdb_id"`
	}
	if err := json.Unmarshal([]byte(last), &lost); err != nil {
		t.Fatal(err)
	}
	cut := strings.Join(lines[:len(lines)-1], "") + last[:len(last)/2]
	if err := os.WriteFile(o.Out+".journal", []byte(cut), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(o.Out); err != nil {
		t.Fatal(err)
	}

	mark = len(fake.paths())
	res, err = tmdbfetch.Fetch(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	third := askedFilms(fake.paths()[mark:])
	if len(third) != 1 || !third[lost.IMDbID] || res.Malformed != 1 {
		t.Errorf("after a cut journal line asked %v (malformed %d), want only %s", keys(third), res.Malformed, lost.IMDbID)
	}
	if got := len(readMovies(t, o.Out)); got != 40 {
		t.Errorf("movies.csv has %d rows, want 40", got)
	}

	mark = len(fake.paths())
	if res, err = tmdbfetch.Fetch(context.Background(), o); err != nil || len(fake.paths()) != mark {
		t.Errorf("final rerun: %d requests, error %v (result %+v); want none", len(fake.paths())-mark, err, res)
	}
}

// TestFetchRefreshesStale: with MaxAge, only films fetched longer ago are
// asked again, by their known TMDB id (no /find); rows of a movies.csv made
// by hand count as fetched when the file was written.
func TestFetchRefreshesStale(t *testing.T) {
	films := many(6)
	fake, srv := newFake(t, films...)
	dir := t.TempDir()
	o := options(srv, dir, ids(films[:4]))
	t0 := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	o.Now = func() time.Time { return t0 }
	o.MaxAge = 30 * 24 * time.Hour
	if _, err := tmdbfetch.Fetch(context.Background(), o); err != nil {
		t.Fatal(err)
	}
	// 20 days later, two more films: only they are asked.
	o.IDs = ids(films)
	o.Now = func() time.Time { return t0.Add(20 * 24 * time.Hour) }
	mark := len(fake.paths())
	if _, err := tmdbfetch.Fetch(context.Background(), o); err != nil {
		t.Fatal(err)
	}
	if got := keys(askedFilms(fake.paths()[mark:])); !reflect.DeepEqual(got, ids(films[4:])) {
		t.Errorf("20 days later asked %v, want %v", got, ids(films[4:]))
	}
	// 40 days after the first run: the first four are stale, refreshed
	// without /find; the last two are still fresh.
	o.Now = func() time.Time { return t0.Add(40 * 24 * time.Hour) }
	mark = len(fake.paths())
	res, err := tmdbfetch.Fetch(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	var finds int
	for _, p := range fake.paths()[mark:] {
		if strings.HasPrefix(p, "/3/find/") {
			finds++
		}
	}
	if res.Fetched != 4 || res.Fresh != 2 || res.Requests != 4 || finds != 0 {
		t.Errorf("40 days later: %+v with %d finds; want 4 refreshed by id alone, 2 fresh", res, finds)
	}

	// A hand-made movies.csv without journal, written 100 days ago.
	dir2 := t.TempDir()
	o2 := options(srv, dir2, ids(films[:2]))
	o2.MaxAge = 30 * 24 * time.Hour
	os.MkdirAll(filepath.Dir(o2.Out), 0o755)
	os.WriteFile(o2.Out, []byte("imdb_id,tmdb_id,title_fr,original_language,overview_fr,overview_en,poster_path,budget,revenue,production_countries,keywords,popularity,collection_id,release_date,trailer_url\r\n"+
		"tt9000000,5000,Vieux,fr,,,,0,0,,,,,,\r\ntt9000001,5001,Récent,fr,,,,0,0,,,,,,\r\nbad,row\r\n"), 0o644)
	old := time.Now().Add(-100 * 24 * time.Hour)
	os.Chtimes(o2.Out, old, old)
	res, err = tmdbfetch.Fetch(context.Background(), o2)
	if err != nil {
		t.Fatal(err)
	}
	if res.Fetched != 2 || res.Malformed != 1 {
		t.Errorf("hand-made file 100 days old: %+v, want both refreshed and 1 malformed row", res)
	}
}

// TestFetchFailuresAndKey: a film TMDB keeps failing is reported and asked
// again next run; a wrong key stops the run at once; no error, file or
// journal holds the key.
func TestFetchFailuresAndKey(t *testing.T) {
	films := many(3)
	fake, srv := newFake(t, films...)
	fake.always["/3/movie/5001"] = http.StatusBadGateway
	dir := t.TempDir()
	o := options(srv, dir, ids(films))
	o.Retries = 2
	res, err := tmdbfetch.Fetch(context.Background(), o)
	if err == nil || res.Failed != 1 || res.Fetched != 2 {
		t.Fatalf("result %+v, error %v; want 1 failed film and an error", res, err)
	}
	if strings.Contains(err.Error(), testKey) {
		t.Errorf("error shows the key: %v", err)
	}
	if n := countPath(fake.paths(), "/3/movie/5001"); n != 3 {
		t.Errorf("failing film asked %d times, want 3 (1 + 2 retries)", n)
	}
	delete(fake.always, "/3/movie/5001")
	mark := len(fake.paths())
	res, err = tmdbfetch.Fetch(context.Background(), o)
	if err != nil || res.Fetched != 1 || !reflect.DeepEqual(keys(askedFilms(fake.paths()[mark:])), []string{"tt9000001"}) {
		t.Errorf("next run: %+v, %v, asked %v; want only the failed film", res, err, askedFilms(fake.paths()[mark:]))
	}
	for _, name := range []string{o.Out, o.Out + ".journal"} {
		b, _ := os.ReadFile(name)
		if strings.Contains(string(b), testKey) {
			t.Errorf("%s holds the API key", name)
		}
	}

	// A v4 token goes in the Authorization header, not the URL.
	o3 := options(srv, t.TempDir(), ids(films[:1]))
	o3.APIKey = bearerKey
	if _, err := tmdbfetch.Fetch(context.Background(), o3); err != nil {
		t.Errorf("bearer token: %v", err)
	}

	o2 := options(srv, t.TempDir(), ids(films))
	o2.APIKey = "wrong-key-wrong-key"
	mark = len(fake.paths())
	_, err = tmdbfetch.Fetch(context.Background(), o2)
	if !errors.Is(err, tmdbfetch.ErrUnauthorized) {
		t.Fatalf("wrong key: error %v, want ErrUnauthorized", err)
	}
	if n := len(fake.paths()) - mark; n > o2.Workers {
		t.Errorf("wrong key: %d requests, want at most one per worker", n)
	}
	if strings.Contains(err.Error(), "wrong-key") {
		t.Errorf("error shows the key: %v", err)
	}
	if _, err := tmdbfetch.Fetch(context.Background(), tmdbfetch.Options{Out: o.Out}); err == nil {
		t.Error("no key: no error")
	}
}

// TestFetchPacing: the token bucket keeps the request rate at Rate, and a
// 429's Retry-After pauses the run.
func TestFetchPacing(t *testing.T) {
	films := many(10)
	fake, srv := newFake(t, films...)
	fake.fail("/3/find/tt9000000", fault429)
	fake.mu.Lock()
	fake.faults["/3/find/tt9000000"] = nil
	fake.mu.Unlock()
	o := options(srv, t.TempDir(), ids(films))
	o.Rate, o.Burst = 40, 2
	if _, err := tmdbfetch.Fetch(context.Background(), o); err != nil {
		t.Fatal(err)
	}
	fake.mu.Lock()
	times := append([]time.Time(nil), fake.times...)
	fake.mu.Unlock()
	sort.Slice(times, func(i, j int) bool { return times[i].Before(times[j]) })
	// 20 requests at 40/s with a bucket of 2: the last one comes at least
	// (20-2)/40 s after the first (a lower bound: a slow machine only adds).
	if len(times) != 20 {
		t.Fatalf("%d requests, want 20", len(times))
	}
	if d := times[len(times)-1].Sub(times[0]); d < 400*time.Millisecond {
		t.Errorf("20 requests in %v: the bucket let them through faster than 40/s", d)
	}

	// Retry-After: 1 second.
	fake2, srv2 := newFake(t, films[:1]...)
	srv2.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if len(fake2.paths()) == 0 {
			fake2.mu.Lock()
			fake2.requests = append(fake2.requests, "429")
			fake2.times = append(fake2.times, time.Now())
			fake2.mu.Unlock()
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		fake2.ServeHTTP(w, r)
	})
	o2 := options(srv2, t.TempDir(), ids(films[:1]))
	o2.MaxWait = 5 * time.Second
	if _, err := tmdbfetch.Fetch(context.Background(), o2); err != nil {
		t.Fatal(err)
	}
	if d := fake2.times[1].Sub(fake2.times[0]); d < time.Second {
		t.Errorf("asked again %v after a 429 with Retry-After: 1", d)
	}
}

func askedFilms(paths []string) map[string]bool {
	out := map[string]bool{}
	for _, p := range paths {
		if id, ok := strings.CutPrefix(p, "/3/find/"); ok {
			out[id] = true
		}
	}
	return out
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func countPath(paths []string, p string) int {
	n := 0
	for _, x := range paths {
		if x == p {
			n++
		}
	}
	return n
}
