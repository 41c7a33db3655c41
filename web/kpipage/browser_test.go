package kpipage

import (
	"context"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/bobine/bobine/indexer/indexertest"
	"github.com/bobine/bobine/web/webtest"
)

var update = flag.Bool("update", false, "write the browser test's screenshot to testdata/kpi.png")

// csp is the policy web.Server sends on every page; the test serves the
// page under it so that a chart needing inline code or styles fails here.
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; " +
	"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'"

// testServer serves h as web.Server would: gzip and the same CSP.
func testServer(h *Handler) *httptest.Server {
	e := echo.New()
	e.Use(func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			c.Response().Header().Set("Content-Security-Policy", csp)
			return next(c)
		}
	})
	e.Use(middleware.Gzip())
	h.Register(e)
	return httptest.NewServer(e)
}

func requireAssets(tb testing.TB) {
	tb.Helper()
	for _, f := range vendorFiles {
		if _, err := fs.Stat(staticFS, f); err != nil {
			tb.Skipf("browser test skipped: %s missing: run `make assets` (web/assets.sh) first", f)
		}
	}
}

// consoleErrors collects console errors, uncaught exceptions and browser
// log errors (CSP violations, failed loads) of the page.
type consoleErrors struct {
	mu   sync.Mutex
	msgs []string
}

func (c *consoleErrors) listen(ctx context.Context) {
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				c.mu.Lock()
				c.msgs = append(c.msgs, m.String()+" "+m.URL)
				c.mu.Unlock()
			}
		}
	}()
}

func (c *consoleErrors) list() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.msgs...)
}

// waitRenders waits until the page has drawn its charts n times.
func waitRenders(n int) chromedp.Action[chromedp.Void] {
	wait := chromedp.Poll[bool](fmt.Sprintf("!!(window.bobineKPI && (window.bobineKPI.renders >= %d || window.bobineKPI.error))", n),
		chromedp.WithPollingTimeout(60*time.Second))
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := wait(ctx, t)
		return chromedp.Void{}, err
	}
}

// scrollThrough scrolls every section into view, as a reader would, so
// that the lazily drawn charts are drawn, and waits until none is pending.
func scrollThrough(ctx context.Context) error {
	ids, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('section.card')).map(function (s) { return s.id; })`))
	if err != nil {
		return err
	}
	for _, id := range ids {
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[any](`document.getElementById('`+id+`').scrollIntoView()`)); err != nil {
			return err
		}
		time.Sleep(150 * time.Millisecond)
	}
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](`window.bobineKPI.pending === 0`, chromedp.WithPollingTimeout(60*time.Second)))
	if err != nil {
		return fmt.Errorf("charts still pending after scrolling: %w", err)
	}
	_, err = chromedp.Run(ctx, chromedp.Evaluate[any](`window.scrollTo(0, 0)`))
	return err
}

type pageState struct {
	Renders int    `json:"renders"`
	Error   string `json:"error"`
}

type chartState struct {
	ID      string `json:"id"`
	Canvas  int    `json:"canvas"`
	Width   int    `json:"width"`
	Height  int    `json:"height"`
	HasData bool   `json:"hasData"`
}

const chartsJS = `Array.from(document.querySelectorAll('.chart')).map(function (d) {
  var c = d.querySelector('canvas');
  return {id: d.id, canvas: d.querySelectorAll('canvas').length, width: c ? c.width : 0, height: c ? c.height : 0,
    hasData: !!(window.echarts && echarts.getInstanceByDom(d))};
})`

const takeawaysJS = `Object.fromEntries(Array.from(document.querySelectorAll('[data-takeaway]')).map(function (p) { return [p.dataset.takeaway, p.textContent]; }))`

// TestBrowser loads the KPI page on the development dataset in headless
// Chromium: every chart draws a canvas, nothing is logged as an error, and
// a filter (1990-1999, Action) redraws the charts with new takeaways.
func TestBrowser(t *testing.T) {
	webtest.Chrome(t)
	requireAssets(t)
	in := indexertest.Dev(t)
	srv := testServer(handlerFor(in))
	defer srv.Close()

	ctx := webtest.Browser(t, 1400, 1000)
	var errs consoleErrors
	errs.listen(ctx)
	ctx, cancelT := context.WithTimeout(ctx, 3*time.Minute)
	defer cancelT()

	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/kpi"), waitRenders(1)); err != nil {
		t.Fatalf("load /kpi: %v", err)
	}
	state, err := chromedp.Run(ctx, chromedp.Evaluate[pageState](`window.bobineKPI`))
	if err != nil || state.Error != "" {
		time.Sleep(200 * time.Millisecond)
		t.Fatalf("page state %+v, %v; console: %q", state, err, errs.list())
	}
	if err := scrollThrough(ctx); err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond) // let the 300 ms animations end
	charts := run(t, ctx, chromedp.Evaluate[[]chartState](chartsJS))
	before := run(t, ctx, chromedp.Evaluate[map[string]string](takeawaysJS))
	summaryBefore := run(t, ctx, chromedp.TextContent(chromedp.CSS("#summary")))
	checkCharts(t, "initial", charts)
	for name, text := range before {
		if text == "" {
			t.Errorf("section %s has no takeaway", name)
		}
	}

	// Screenshots of the unfiltered page: the top of the page (filter bar
	// and first charts) and the 3D section.
	shots := map[string][]byte{
		"kpi.png":    run(t, ctx, chromedp.CaptureScreenshot()),
		"kpi-3d.png": run(t, ctx, chromedp.Screenshot(chromedp.CSS("#sec-cube"))),
	}
	run(t, ctx, chromedp.Evaluate[any](`window.scrollTo(0, 0)`))
	if os.Getenv("BOBINE_SCREENSHOTS") != "" {
		shots["kpi-full.png"] = run(t, ctx, chromedp.FullScreenshot(100))
	}

	// The filter: the 1990s, Action only, typed and clicked as a user would.
	err = chromedp.Do(ctx,
		chromedp.SetValue(chromedp.CSS("#f-from"), "1990"),
		chromedp.SetValue(chromedp.CSS("#f-to"), "1999"),
		func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
			_, err := chromedp.Evaluate[any](`Array.from(document.getElementById('f-genres').options).forEach(function (o) { o.selected = o.value === 'Action'; })`)(ctx, t)
			return chromedp.Void{}, err
		},
		chromedp.Click(chromedp.CSS("#f-apply")),
		waitRenders(2),
	)
	if err != nil {
		t.Fatalf("apply filter: %v", err)
	}
	state = run(t, ctx, chromedp.Evaluate[pageState](`window.bobineKPI`))
	if state.Error != "" || state.Renders < 2 {
		t.Fatalf("filter not applied: %+v", state)
	}
	if err := scrollThrough(ctx); err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond)
	charts = run(t, ctx, chromedp.Evaluate[[]chartState](chartsJS))
	after := run(t, ctx, chromedp.Evaluate[map[string]string](takeawaysJS))
	summaryAfter := run(t, ctx, chromedp.TextContent(chromedp.CSS("#summary")))
	location := run(t, ctx, chromedp.Evaluate[string](`location.search`))
	checkCharts(t, "filtered", charts)
	for _, name := range []string{"types", "decades", "runtime", "actors", "top_rated", "money", "cube"} {
		if after[name] == before[name] {
			t.Errorf("takeaway of %s did not follow the filter: %q", name, after[name])
		}
	}
	if after["quality"] != before["quality"] {
		t.Errorf("data quality changed with the filter: %q -> %q", before["quality"], after["quality"])
	}
	if !strings.Contains(summaryAfter, "1990–1999") || !strings.Contains(summaryAfter, "Action") || summaryAfter == summaryBefore {
		t.Errorf("summary after the filter: %q", summaryAfter)
	}
	if location != "?from=1990&to=1999&genres=Action" {
		t.Errorf("URL query after the filter: %q", location)
	}
	t.Logf("before: %s | %s", summaryBefore, before["decades"])
	t.Logf("after:  %s | %s", summaryAfter, after["decades"])

	if os.Getenv("BOBINE_SCREENSHOTS") != "" {
		shots["kpi-filtered.png"] = run(t, ctx, chromedp.FullScreenshot(100))
	}
	saveScreenshots(t, shots)

	for _, e := range errs.list() {
		t.Errorf("browser error: %s", e)
	}
}

// run runs a on ctx and fails the test on error.
func run[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func checkCharts(t *testing.T, when string, charts []chartState) {
	t.Helper()
	if len(charts) < 13 {
		t.Errorf("%s: %d chart containers, want at least one per section", when, len(charts))
	}
	for _, c := range charts {
		if c.Canvas == 0 || c.Width == 0 || c.Height == 0 || !c.HasData {
			t.Errorf("%s: chart %s not rendered: %+v", when, c.ID, c)
		}
	}
}

// saveScreenshots writes the screenshots to $BOBINE_SCREENSHOTS, and with
// -update the page ones (kpi.png, kpi-3d.png) to testdata/ for the README.
func saveScreenshots(t *testing.T, shots map[string][]byte) {
	t.Helper()
	for name, png := range shots {
		var paths []string
		if dir := os.Getenv("BOBINE_SCREENSHOTS"); dir != "" {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			paths = append(paths, filepath.Join(dir, name))
		}
		if *update && (name == "kpi.png" || name == "kpi-3d.png") {
			paths = append(paths, filepath.Join("testdata", name))
		}
		for _, p := range paths {
			if err := os.WriteFile(p, png, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("screenshot: %s (%d KB)", p, len(png)/1024)
		}
	}
}

// BenchmarkPageLoad measures what a browser downloads to show the page on
// loopback: GET /kpi, /api/kpi, kpi.js, kpi.css and the two vendor files,
// gzipped as web.Server serves them. Target: well under 1 s.
func BenchmarkPageLoad(b *testing.B) {
	requireAssets(b)
	in := indexertest.Dev(b)
	srv := testServer(handlerFor(in))
	defer srv.Close()
	urls := []string{"/kpi", "/api/kpi", "/kpi/static/kpi.js", "/kpi/static/kpi.css",
		"/kpi/static/vendor/echarts.min.js", "/kpi/static/vendor/echarts-gl.min.js"}
	client := srv.Client()
	var bytes int64
	for b.Loop() {
		bytes = 0
		for _, u := range urls {
			req, _ := http.NewRequest(http.MethodGet, srv.URL+u, nil)
			req.Header.Set("Accept-Encoding", "gzip")
			resp, err := client.Transport.RoundTrip(req)
			if err != nil {
				b.Fatal(err)
			}
			n, _ := io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 {
				b.Fatalf("%s: %s", u, resp.Status)
			}
			bytes += n
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/load")
	b.ReportMetric(float64(bytes)/1024, "KB/load")
}

// BenchmarkFilteredAPI measures a filtered /api/kpi request (computed on
// request, cache bypassed by a different period each time).
func BenchmarkFilteredAPI(b *testing.B) {
	in := indexertest.Dev(b)
	srv := testServer(handlerFor(in))
	defer srv.Close()
	i := 0
	for b.Loop() {
		i++
		resp, err := srv.Client().Get(fmt.Sprintf("%s/api/kpi?from=%d&genres=Action,Adventure", srv.URL, 1900+i%100))
		if err != nil {
			b.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/request")
}

// BenchmarkBrowserLoad measures, in headless Chromium, the time from
// navigation to the first screen drawn (charts below are drawn as they are
// scrolled to), and reports its parts: scripts parsed (ms_scripts), API
// fetched (ms_api) and charts drawn (ms_draw).
func BenchmarkBrowserLoad(b *testing.B) {
	webtest.Chrome(b)
	requireAssets(b)
	in := indexertest.Dev(b)
	srv := testServer(handlerFor(in))
	defer srv.Close()
	ctx := webtest.Browser(b, 1400, 1000)
	var start, fetch, draw float64
	for b.Loop() {
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/kpi"), waitRenders(1)); err != nil {
			b.Fatal(err)
		}
		tm, err := chromedp.Run(ctx, chromedp.Evaluate[struct{ Start, Fetch, Draw float64 }](`window.bobineKPI.timings`))
		if err != nil {
			b.Fatal(err)
		}
		start, fetch, draw = start+tm.Start, fetch+tm.Fetch, draw+tm.Draw
	}
	n := float64(b.N)
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/n, "ms/rendered")
	b.ReportMetric(start/n, "ms_scripts")
	b.ReportMetric(fetch/n, "ms_api")
	b.ReportMetric(draw/n, "ms_draw")
}
