package web_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/bobine/bobine/web"
)

func TestAPI(t *testing.T) {
	_, ts := newServer(t, nil)
	tests := []struct {
		name   string
		method string
		path   string
		body   string
		status int
	}{
		{"healthz", "GET", "/healthz", "", 200},
		{"search_films", "GET", "/api/search?q=dune", "", 200},
		{"search_films_limit", "GET", "/api/search?q=dune&limit=1", "", 200},
		{"search_people", "GET", "/api/search?q=lynch&type=people", "", 200},
		{"search_keywords", "GET", "/api/search?q=prison&type=keywords", "", 200},
		{"search_no_result", "GET", "/api/search?q=zzzz", "", 200},
		{"search_bad_type", "GET", "/api/search?q=dune&type=cinemas", "", 400},
		{"search_missing_q", "GET", "/api/search", "", 400},
		{"search_bad_limit", "GET", "/api/search?q=dune&limit=500", "", 400},
		{"resolve", "GET", "/api/resolve?q=amelie", "", 200},
		{"autocomplete", "GET", "/api/autocomplete?q=du", "", 200},
		{"recommend_get", "GET", "/api/recommend?liked=tt0111161&count=2", "", 200},
		{"recommend_post_titles", "POST", "/api/recommend", `{"liked":["Amélie"],"exclude":["tt0087182"],"constraints":{"genres":["Drama"],"people":["Villeneuve"]}}`, 200},
		{"recommend_no_liked", "POST", "/api/recommend", `{"count":1}`, 200},
		{"recommend_unknown_title", "POST", "/api/recommend", `{"liked":["Le film qui n'existe pas"]}`, 404},
		{"recommend_unknown_id", "GET", "/api/recommend?liked=tt9999999", "", 404},
		{"recommend_bad_json", "POST", "/api/recommend", `{"liked":`, 400},
		{"recommend_unknown_field", "POST", "/api/recommend", `{"likes":["Heat"]}`, 400},
		{"recommend_bad_count", "GET", "/api/recommend?count=0", "", 400},
		{"recommend_bad_years", "POST", "/api/recommend", `{"constraints":{"min_year":2000,"max_year":1990}}`, 400},
		{"film", "GET", "/api/films/tt0111161", "", 200},
		{"film_no_poster", "GET", "/api/films/tt0211915", "", 200},
		{"film_not_found", "GET", "/api/films/tt9999999", "", 404},
		{"film_bad_id", "GET", "/api/films/shawshank", "", 400},
		{"person", "GET", "/api/people/nm0000186", "", 200},
		{"person_alive", "GET", "/api/people/nm0001104", "", 200},
		{"person_not_found", "GET", "/api/people/nm9999999", "", 404},
		{"unknown_route", "GET", "/api/nope", "", 404},
		{"wrong_method", "DELETE", "/api/films/tt0111161", "", 405},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, ts.URL+tt.path, strings.NewReader(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			if tt.body != "" {
				req.Header.Set("Content-Type", "application/json")
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tt.status {
				t.Errorf("status %d, want %d; body %s", resp.StatusCode, tt.status, body)
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q, want JSON", ct)
			}
			if tt.status >= 400 {
				var e struct {
					Error struct{ Code, Message string }
				}
				if err := json.Unmarshal(body, &e); err != nil || e.Error.Code == "" || e.Error.Message == "" {
					t.Errorf("error body %s: want {\"error\":{\"code\",\"message\"}}", body)
				}
			}
			var buf bytes.Buffer
			if err := json.Indent(&buf, body, "", "  "); err != nil {
				t.Fatalf("body is not JSON: %v: %s", err, body)
			}
			buf.WriteByte('\n')
			golden(t, tt.name+".json", buf.Bytes())
		})
	}
}

func TestAPIRecommendPassesConstraints(t *testing.T) {
	cat := fixture(t)
	rec := &fakeRecommender{cat: cat}
	_, ts := newServer(t, func(o *web.Options) { o.Recommender = rec })
	resp, err := http.Get(ts.URL + "/api/recommend?liked=Dune&exclude=tt0211915&genre=Drama&avoid_genre=Horror&min_year=1990&max_year=2020&max_runtime=150&language=fr&family=true&french_only=1&person=nm0000186&count=3")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	r := rec.last
	c := r.Constraints
	if r.Count != 3 || len(r.Liked) != 1 || r.Liked[0] != "tt0087182" || len(r.Exclude) != 1 || r.Exclude[0] != "tt0211915" ||
		c.Genres[0] != "Drama" || c.AvoidGenres[0] != "Horror" || c.MinYear != 1990 || c.MaxYear != 2020 || c.MaxRuntime != 150 ||
		c.Language != "fr" || !c.Family || !c.FrenchOnly || len(c.People) != 1 || c.People[0] != "nm0000186" {
		t.Errorf("request reached the recommender as %+v", *r)
	}
}

// The all-of constraints the chat uses reach the recommender from the API
// too, by query and by JSON body.
func TestAPIRecommendPassesAllOfConstraints(t *testing.T) {
	cat := fixture(t)
	rec := &fakeRecommender{cat: cat}
	_, ts := newServer(t, func(o *web.Options) { o.Recommender = rec })
	check := func(how string) {
		t.Helper()
		c := rec.last.Constraints
		if !slices.Equal(c.AllGenres, []string{"Comedy", "Romance"}) || c.MinRuntime != 80 || c.MaxRuntime != 120 ||
			!slices.Equal(c.Cast, []string{"nm0000186"}) || !slices.Equal(c.Directors, []string{"nm0000186"}) {
			t.Errorf("%s: constraints reached the recommender as %+v", how, c)
		}
	}
	resp, err := http.Get(ts.URL + "/api/recommend?all_genre=Comedy&all_genre=Romance&min_runtime=80&max_runtime=120&cast=nm0000186&director=nm0000186")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("query: status %d", resp.StatusCode)
	}
	check("query")
	body := `{"constraints":{"all_genres":["Comedy","Romance"],"min_runtime":80,"max_runtime":120,"cast":["nm0000186"],"directors":["nm0000186"]}}`
	resp, err = http.Post(ts.URL+"/api/recommend", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("body: status %d", resp.StatusCode)
	}
	check("body")
	resp, err = http.Get(ts.URL + "/api/recommend?min_runtime=130&max_runtime=120")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 400 {
		t.Errorf("min_runtime above max_runtime: status %d, want 400", resp.StatusCode)
	}
}

func TestAPIInternalErrorIsHidden(t *testing.T) {
	cat := fixture(t)
	_, ts := newServer(t, func(o *web.Options) {
		o.Recommender = &fakeRecommender{cat: cat, err: errors.New("recommend: vectors: disk on fire")}
	})
	resp, err := http.Get(ts.URL + "/api/recommend?liked=tt0111161")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 500 || !strings.Contains(string(body), `"code":"internal"`) || strings.Contains(string(body), "disk") {
		t.Errorf("got %d %s; want 500 internal without the cause", resp.StatusCode, body)
	}
}

func TestAPIRateLimit(t *testing.T) {
	_, ts := newServer(t, func(o *web.Options) { o.IPRatePerSecond, o.IPRateBurst = 0.001, 3 })
	var codes []int
	for range 5 {
		resp, err := http.Get(ts.URL + "/api/films/tt0111161")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		codes = append(codes, resp.StatusCode)
		if resp.StatusCode == 429 && (!strings.Contains(string(body), `"rate_limited"`) || resp.Header.Get("Retry-After") == "") {
			t.Errorf("429 body %s, Retry-After %q", body, resp.Header.Get("Retry-After"))
		}
	}
	if want := []int{200, 200, 200, 429, 429}; !equalInts(codes, want) {
		t.Errorf("statuses %v, want %v", codes, want)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
