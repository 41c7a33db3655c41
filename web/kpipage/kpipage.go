package kpipage

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/labstack/echo/v4"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/indexer/kpi"
)

//go:embed kpi.html static
var files embed.FS

var (
	staticFS = mustSub(files, "static")
	page     = template.Must(template.ParseFS(files, "kpi.html"))
)

func mustSub(f fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(f, dir)
	if err != nil {
		panic(err)
	}
	return sub
}

// vendorFiles are the npm assets the page needs, under static/.
var vendorFiles = []string{"vendor/echarts.min.js", "vendor/echarts-gl.min.js"}

// pageCSP is the page's Content-Security-Policy. It replaces the one of
// web.Server's middleware for this page only, and differs from it by
// 'unsafe-eval': echarts-gl's post-processing compositor (claygl) compiles
// its size expressions with new Function, and the 3D charts fail without it.
// The page inserts no HTML it did not write (lists use textContent), so the
// relaxation does not open an injection path.
const pageCSP = "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'"

// Handler serves the KPI page and API. It is safe for concurrent use, and
// Swap replaces the catalogue it reports on while it serves.
type Handler struct {
	cur       atomic.Pointer[snapshot]
	hasAssets bool

	usage UsageSource // nil: no « Fréquentation du chat » section
}

// snapshot is one catalogue's worth of what the page shows; Swap replaces
// it whole, so that a request reads one catalogue throughout.
type snapshot struct {
	reports *kpi.Reports
	cat     *data.Catalogue
	pre     *kpi.Report // the unfiltered report
	preJSON []byte
	genres  []kpi.Count // filter choices: the genres of the whole catalogue
}

// New returns a handler for the catalogue cat. pre is its unfiltered
// report, with the data-quality section, as read from kpi.json (kpi.Load);
// when nil it is computed now and the page has no data-quality section.
func New(cat *data.Catalogue, pre *kpi.Report) *Handler {
	h := &Handler{hasAssets: true}
	h.Swap(cat, pre)
	for _, f := range vendorFiles {
		if _, err := fs.Stat(staticFS, f); err != nil {
			h.hasAssets = false
		}
	}
	return h
}

// Swap makes the page report on cat (pre as in New) from the next request
// on: what a server does when it swaps a newly built index in. Requests in
// progress finish on the previous catalogue.
func (h *Handler) Swap(cat *data.Catalogue, pre *kpi.Report) {
	rs := kpi.NewReports(cat, pre)
	s := &snapshot{reports: rs, cat: cat, pre: rs.All()}
	s.preJSON, _ = marshal(s.pre)
	if s.pre.Genres != nil {
		s.genres = s.pre.Genres.Counts
	}
	h.cur.Store(s)
}

// Register mounts the page, the API and the static files on e.
func (h *Handler) Register(e *echo.Echo) {
	e.GET("/kpi", h.handlePage)
	e.GET("/api/kpi", h.handleReport)
	e.GET("/api/kpi/:section", h.handleSection)
	e.GET("/kpi/static/*", h.handleStatic)
	if h.usage != nil {
		e.GET("/api/usage", h.handleUsage)
	}
}

func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("kpipage: encode: %w", err)
	}
	return b.Bytes(), nil
}

type genreOption struct {
	Key, Label string
	Count      int
}

type pageData struct {
	HasAssets     bool
	Titles, Films int
	Genres        []genreOption
	MinYear       int
	MaxYear       int
	Sections      []string
	Usage         *usageView
}

func (h *Handler) handlePage(c echo.Context) error {
	sn := h.cur.Load()
	d := pageData{HasAssets: h.hasAssets, Titles: sn.pre.Titles, Films: sn.pre.Films, Sections: kpi.Sections,
		Usage: h.usageView(c.Request().Context())}
	for _, g := range sn.genres {
		d.Genres = append(d.Genres, genreOption{g.Key, g.Label, g.Count})
	}
	slices.SortFunc(d.Genres, func(a, b genreOption) int { return strings.Compare(a.Label, b.Label) })
	if sn.pre.Decades != nil && len(sn.pre.Decades.Counts) > 0 {
		d.MinYear = sn.pre.Decades.Counts[0].Decade
		d.MaxYear = sn.pre.Decades.Counts[len(sn.pre.Decades.Counts)-1].Decade + 9
	}
	var b bytes.Buffer
	if err := page.Execute(&b, d); err != nil {
		return fmt.Errorf("kpipage: render page: %w", err)
	}
	c.Response().Header().Set("Cache-Control", "no-cache")
	c.Response().Header().Set("Content-Security-Policy", pageCSP)
	return c.HTMLBlob(http.StatusOK, b.Bytes())
}

func (h *Handler) handleReport(c echo.Context) error {
	sn := h.cur.Load()
	f, err := sn.parseFilter(c)
	if err != nil {
		return err
	}
	if f.IsZero() {
		return c.Blob(http.StatusOK, echo.MIMEApplicationJSON, sn.preJSON)
	}
	return c.JSON(http.StatusOK, sn.reports.Report(f))
}

func (h *Handler) handleSection(c echo.Context) error {
	name := c.Param("section")
	if !slices.Contains(kpi.Sections, name) {
		return echo.NewHTTPError(http.StatusNotFound,
			fmt.Sprintf("unknown KPI section %q; sections: %s", name, strings.Join(kpi.Sections, ", ")))
	}
	sn := h.cur.Load()
	f, err := sn.parseFilter(c)
	if err != nil {
		return err
	}
	s, ok := sn.reports.Report(f).Section(name)
	if !ok {
		return echo.NewHTTPError(http.StatusNotFound, fmt.Sprintf("KPI section %q: no data (no cleaning report)", name))
	}
	return c.JSON(http.StatusOK, s)
}

// parseFilter reads ?from=&to=&genres=&french= . Genres are IMDb genre
// names (as in /api/kpi/genres), comma-separated; french is 1/true/on or
// 0/false/off.
func (sn *snapshot) parseFilter(c echo.Context) (kpi.Filter, error) {
	var f kpi.Filter
	bad := func(format string, a ...any) error {
		return echo.NewHTTPError(http.StatusBadRequest, fmt.Sprintf(format, a...))
	}
	year := func(name string) (int, error) {
		s := strings.TrimSpace(c.QueryParam(name))
		if s == "" {
			return 0, nil
		}
		y, err := strconv.Atoi(s)
		if err != nil || y < 1800 || y > 2200 {
			return 0, bad("%s=%q: want a year such as 1990", name, s)
		}
		return y, nil
	}
	var err error
	if f.FromYear, err = year("from"); err != nil {
		return f, err
	}
	if f.ToYear, err = year("to"); err != nil {
		return f, err
	}
	if f.FromYear != 0 && f.ToYear != 0 && f.FromYear > f.ToYear {
		return f, bad("from=%d is after to=%d", f.FromYear, f.ToYear)
	}
	for _, g := range strings.Split(c.QueryParam("genres"), ",") {
		g = strings.TrimSpace(g)
		if g == "" || slices.Contains(f.Genres, g) {
			continue
		}
		if !slices.ContainsFunc(sn.genres, func(k kpi.Count) bool { return k.Key == g }) {
			return f, bad("genres: unknown genre %q (see /api/kpi/genres)", g)
		}
		f.Genres = append(f.Genres, g)
	}
	slices.Sort(f.Genres)
	switch strings.ToLower(strings.TrimSpace(c.QueryParam("french"))) {
	case "", "0", "false", "off", "no":
	case "1", "true", "on", "yes":
		f.FrenchOnly = true
	default:
		return f, bad("french=%q: want 1 or 0", c.QueryParam("french"))
	}
	return f, nil
}

func (h *Handler) handleStatic(c echo.Context) error {
	name := c.Param("*")
	b, err := fs.ReadFile(staticFS, name)
	if err != nil || strings.HasSuffix(name, ".txt") {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	if strings.HasPrefix(name, "vendor/") {
		// The vendor files only change with package-lock.json, i.e. with a new binary.
		c.Response().Header().Set("Cache-Control", "public, max-age=86400")
	} else {
		c.Response().Header().Set("Cache-Control", "no-cache")
	}
	ct := "application/octet-stream"
	switch {
	case strings.HasSuffix(name, ".js"):
		ct = "text/javascript; charset=utf-8"
	case strings.HasSuffix(name, ".css"):
		ct = "text/css; charset=utf-8"
	}
	return c.Blob(http.StatusOK, ct, b)
}
