package kpipage

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/labstack/echo/v4"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/indexer"
	"github.com/bobine/bobine/indexer/kpi"
)

func smallResult() *indexer.Result {
	films := []data.Film{
		{ID: "tt01", Type: "movie", Title: "Un", Year: 1962, Runtime: 90, Genres: []string{"Drama"}, Rating: 8, Votes: 1000, Countries: []string{"FR"},
			Credits: []data.Credit{{PersonID: "nm1", Category: "actress"}}},
		{ID: "tt02", Type: "movie", Title: "Deux", Year: 1995, Runtime: 120, Genres: []string{"Action"}, Rating: 6, Votes: 100, Countries: []string{"US"},
			Budget: 1_000_000, Revenue: 5_000_000, Credits: []data.Credit{{PersonID: "nm1", Category: "actress"}, {PersonID: "nm2", Category: "actor"}}},
		{ID: "tt03", Type: "tvSeries", Title: "Trois", Year: 2000, Genres: []string{"Drama"}, Credits: []data.Credit{{PersonID: "nm2", Category: "actor"}}},
	}
	people := []data.Person{{ID: "nm1", Name: "Alice", BirthYear: 1940}, {ID: "nm2", Name: "Bruno"}}
	return &indexer.Result{Catalogue: data.NewCatalogue(films, people),
		Report: &indexer.Report{Films: 3, People: 2, Files: []indexer.FileStats{{File: "imdb/title.basics.tsv.gz", Rows: 10, Rejected: 1, Used: 3}},
			Missing: map[string]int64{"runtime": 1}}}
}

// handlerFor is the handler serve builds for in: the unfiltered report as
// the index step writes it, with the data-quality section.
func handlerFor(in *indexer.Result) *Handler {
	pre := kpi.Compute(in.Catalogue, kpi.Filter{})
	r := in.Report
	pre.Quality = kpi.Summarize(kpi.Cleaning{Films: r.Films, People: r.People, Files: r.Files, Rejected: r.Rejected,
		Missing: r.Missing, Fixed: r.Fixed, Filled: r.Filled, Duplicates: r.Duplicates, Filtered: r.Filtered})
	return New(in.Catalogue, pre)
}

func serve(t *testing.T, h *Handler) *echo.Echo {
	t.Helper()
	e := echo.New()
	h.Register(e)
	return e
}

func get(e *echo.Echo, target string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	e.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	return rec
}

func TestAPI(t *testing.T) {
	e := serve(t, handlerFor(smallResult()))
	tests := []struct {
		target string
		status int
		want   []string // substrings of the body
	}{
		{"/api/kpi", 200, []string{`"titles":3`, `"films":2`, `"quality":{`, `"takeaway":"3 titres : 2 de type « Film »`}},
		{"/api/kpi?from=1990&to=1999", 200, []string{`"titles":1`, `"filter":{"from":1990,"to":1999}`, `"quality":{`}},
		{"/api/kpi?genres=Drama&french=1", 200, []string{`"titles":1`, `"french_only":true`, `"genres":["Drama"]`}},
		{"/api/kpi?genres=Drama,Action", 200, []string{`"titles":3`}},
		{"/api/kpi/french", 200, []string{`"french":1`, `"share":0.5`, `"takeaway":"50,0`}},
		{"/api/kpi/french?to=1970", 200, []string{`"share":1`}},
		{"/api/kpi/money?genres=Action", 200, []string{`"films":1`, `"ratio":5`}},
		{"/api/kpi/quality", 200, []string{`"rows_read":10`, `"rows_rejected":1`}},
		{"/api/kpi/quality?genres=Action", 200, []string{`"rows_read":10`}},
		{"/api/kpi/nope", 404, []string{"unknown KPI section"}},
		{"/api/kpi?from=abc", 400, []string{"from=\\\"abc\\\""}},
		{"/api/kpi?from=2000&to=1990", 400, []string{"after"}},
		{"/api/kpi?genres=Polar", 400, []string{"unknown genre"}},
		{"/api/kpi?french=maybe", 400, []string{"french="}},
		{"/kpi/static/kpi.js", 200, []string{"bobineKPI"}},
		{"/kpi/static/kpi.css", 200, []string{".chart"}},
		{"/kpi/static/vendor/README.txt", 404, nil},
		{"/kpi/static/nope.js", 404, nil},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			rec := get(e, tt.target)
			body := rec.Body.String()
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d: %.300s", rec.Code, tt.status, body)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("body lacks %q: %.400s", w, body)
				}
			}
			if tt.status == 200 && strings.HasPrefix(tt.target, "/api/") {
				var v map[string]any
				if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
					t.Errorf("not JSON: %v", err)
				}
			}
		})
	}
}

// TestUnfilteredIsPrecomputed checks that /api/kpi serves the report given
// to New (kpi.json) rather than recomputing it.
func TestUnfilteredIsPrecomputed(t *testing.T) {
	in := smallResult()
	pre := kpi.Compute(in.Catalogue, kpi.Filter{})
	pre.Types.Takeaway = "précalculé"
	e := serve(t, New(in.Catalogue, pre))
	if body := get(e, "/api/kpi/types").Body.String(); !strings.Contains(body, "précalculé") {
		t.Errorf("unfiltered section not from the precomputed report: %s", body)
	}
	if body := get(e, "/api/kpi/types?french=1").Body.String(); strings.Contains(body, "précalculé") {
		t.Errorf("filtered section from the precomputed report: %s", body)
	}
}

func TestPage(t *testing.T) {
	h := handlerFor(smallResult())
	e := serve(t, h)
	rec := get(e, "/kpi")
	body := rec.Body.String()
	if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("status %d, type %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	for _, w := range []string{`lang="fr"`, `<option value="Action">Action (1)</option>`, `<option value="Drama">Drame (1)</option>`,
		"Films français uniquement", `min="1960" max="1999"`, "3 titres, dont 2 films."} {
		if h.hasAssets && !strings.Contains(body, w) {
			t.Errorf("page lacks %q", w)
		}
	}
	for _, bad := range []string{"cdn", "unpkg", "jsdelivr", "<script>", "style="} {
		if strings.Contains(strings.ToLower(body), bad) {
			t.Errorf("page contains %q (external or inline code is not allowed by the CSP)", bad)
		}
	}
	for _, name := range kpi.Sections {
		if h.hasAssets && !strings.Contains(body, `id="chart-`+name+`"`) {
			t.Errorf("no chart container for section %s", name)
		}
	}

	h.hasAssets = false
	body = get(e, "/kpi").Body.String()
	if !strings.Contains(body, "Lancez <code>make assets</code> (npm) pour installer ECharts") || strings.Contains(body, "echarts.min.js") {
		t.Errorf("page without assets does not say what to run:\n%s", body)
	}
}

func TestStaticTypes(t *testing.T) {
	e := serve(t, handlerFor(smallResult()))
	for target, ct := range map[string]string{"/kpi/static/kpi.js": "text/javascript", "/kpi/static/kpi.css": "text/css"} {
		rec := get(e, target)
		if got := rec.Header().Get("Content-Type"); !strings.HasPrefix(got, ct) {
			t.Errorf("%s: type %q", target, got)
		}
		b, _ := io.ReadAll(rec.Body)
		if len(b) == 0 {
			t.Errorf("%s empty", target)
		}
	}
}

// TestSwap: after Swap (a newly built index swapped into a running server)
// the page and the API report on the new catalogue, and the genre filter
// knows the new catalogue's genres.
func TestSwap(t *testing.T) {
	h := handlerFor(smallResult())
	e := serve(t, h)
	if rec := get(e, "/api/kpi?genres=Comedy"); rec.Code != 400 {
		t.Fatalf("before the swap, genres=Comedy: status %d, want 400 (no comedy yet)", rec.Code)
	}
	films := []data.Film{
		{ID: "tt11", Type: "movie", Title: "Onze", Year: 2001, Runtime: 95, Genres: []string{"Comedy"}, Rating: 7, Votes: 500, Countries: []string{"FR"}},
		{ID: "tt12", Type: "movie", Title: "Douze", Year: 2002, Runtime: 100, Genres: []string{"Comedy"}, Rating: 7, Votes: 600, Countries: []string{"FR"}},
		{ID: "tt13", Type: "movie", Title: "Treize", Year: 2003, Runtime: 105, Genres: []string{"Comedy"}, Rating: 7, Votes: 700, Countries: []string{"BE"}},
		{ID: "tt14", Type: "movie", Title: "Quatorze", Year: 2004, Runtime: 110, Genres: []string{"Drama"}, Rating: 7, Votes: 800, Countries: []string{"FR"}},
	}
	cat := data.NewCatalogue(films, nil)
	h.Swap(cat, kpi.Compute(cat, kpi.Filter{}))
	for target, want := range map[string]string{
		"/api/kpi":               `"titles":4`,
		"/api/kpi?genres=Comedy": `"titles":3`,
	} {
		rec := get(e, target)
		if rec.Code != 200 || !strings.Contains(rec.Body.String(), want) {
			t.Errorf("after the swap, GET %s: status %d, body lacks %s: %.200s", target, rec.Code, want, rec.Body.String())
		}
	}
	// The summary is on the page with or without the npm assets.
	if rec := get(e, "/kpi"); rec.Code != 200 || !strings.Contains(rec.Body.String(), "4 titres") {
		t.Errorf("after the swap, the page does not sum up the new catalogue (status %d)", rec.Code)
	}
}
