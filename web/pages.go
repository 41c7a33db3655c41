package web

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"regexp"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/bobine/bobine/recommend"
)

//go:embed templates static
var assets embed.FS

var staticFS = mustSub(assets, "static")

func mustSub(f fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(f, dir)
	if err != nil {
		panic(err)
	}
	return sub
}

// parsePages parses every page template with the shared layout; a page is
// executed by its file name.
func parsePages() (map[string]*template.Template, error) {
	names, err := fs.Glob(assets, "templates/*.html")
	if err != nil {
		return nil, fmt.Errorf("web: list templates: %w", err)
	}
	pages := make(map[string]*template.Template)
	for _, n := range names {
		base := strings.TrimPrefix(n, "templates/")
		if base == "layout.html" {
			continue
		}
		t, err := template.New(base).Funcs(funcs).ParseFS(assets, "templates/layout.html", n)
		if err != nil {
			return nil, fmt.Errorf("web: parse %s: %w", n, err)
		}
		pages[base] = t
	}
	return pages, nil
}

var funcs = template.FuncMap{
	"join":     strings.Join,
	"runtime":  formatRuntime,
	"money":    formatMoney,
	"category": categoryFR,
	"country":  countryFR,
	"votes":    formatThousands,
	"add":      func(a, b int) int { return a + b },
}

func formatRuntime(min int) string {
	if min <= 0 {
		return ""
	}
	if min < 60 {
		return fmt.Sprintf("%d min", min)
	}
	return fmt.Sprintf("%d h %02d", min/60, min%60)
}

// formatMoney writes US dollars the French way: "12,5 M$", "1,2 Md$".
func formatMoney(v int64) string {
	switch {
	case v <= 0:
		return ""
	case v >= 1e9:
		return strings.Replace(fmt.Sprintf("%.1f Md$", float64(v)/1e9), ".", ",", 1)
	case v >= 1e6:
		return strings.Replace(fmt.Sprintf("%.1f M$", float64(v)/1e6), ".", ",", 1)
	default:
		return formatThousands(int(v)) + " $"
	}
}

// formatThousands groups digits with narrow no-break spaces: "1 234 567".
func formatThousands(n int) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, ch := range s {
		if i > 0 && (len(s)-i)%3 == 0 && s[i-1] != '-' {
			b.WriteString("\u202f")
		}
		b.WriteRune(ch)
	}
	return b.String()
}

var categoriesFR = map[string]string{
	"actor": "Acteur", "actress": "Actrice", "self": "Lui-même / elle-même",
	"director": "Réalisation", "writer": "Scénario", "producer": "Production",
	"composer": "Musique", "cinematographer": "Image", "editor": "Montage",
	"production_designer": "Décors", "casting_director": "Casting",
	"archive_footage": "Images d'archives", "archive_sound": "Archives sonores",
}

func categoryFR(c string) string {
	if fr, ok := categoriesFR[c]; ok {
		return fr
	}
	return strings.ReplaceAll(c, "_", " ")
}

var countriesFR = map[string]string{
	"FR": "France", "US": "États-Unis", "GB": "Royaume-Uni", "DE": "Allemagne", "IT": "Italie",
	"ES": "Espagne", "BE": "Belgique", "CH": "Suisse", "CA": "Canada", "JP": "Japon",
	"KR": "Corée du Sud", "CN": "Chine", "HK": "Hong Kong", "IN": "Inde", "AU": "Australie",
	"NZ": "Nouvelle-Zélande", "SE": "Suède", "DK": "Danemark", "NO": "Norvège", "FI": "Finlande",
	"IE": "Irlande", "NL": "Pays-Bas", "AT": "Autriche", "PL": "Pologne", "RU": "Russie",
	"SU": "URSS", "MX": "Mexique", "BR": "Brésil", "AR": "Argentine", "IR": "Iran",
}

func countryFR(code string) string {
	if fr, ok := countriesFR[code]; ok {
		return fr
	}
	return code
}

// page is the data every template gets.
type page struct {
	Title   string
	Version string
	HasKPI  bool
	Data    any
}

func (s *Server) page(title string, d any) page {
	return page{Title: title, Version: s.o.Version, HasKPI: s.hasKPI, Data: d}
}

// render executes a page into a buffer first, so a template error becomes
// a clean 500 rather than half a page.
func (s *Server) render(c echo.Context, status int, name string, d any) error {
	t, ok := s.pages[name]
	if !ok {
		return fmt.Errorf("web: no template %s", name)
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, name, d); err != nil {
		return fmt.Errorf("web: render %s: %w", name, err)
	}
	return c.HTMLBlob(status, buf.Bytes())
}

func (s *Server) handleHome(c echo.Context) error {
	return s.render(c, http.StatusOK, "home.html", s.page("Bobine — recherche", map[string]int{
		"Films": len(s.stack(c).Catalogue.Films()), "People": s.stack(c).Catalogue.NumPeople(),
	}))
}

type searchPage struct {
	Query  string
	Films  []filmSummary
	People []personSummary
	Theme  *themeSection // the query read as a plot theme, if it is one
}

// themeSection is the « Sur ce thème » part of the search page.
type themeSection struct {
	Label string // French
	Films []filmSummary
}

// themeFilms is how many films the search page shows on a theme.
const themeFilms = 10

func (s *Server) handleSearchPage(c echo.Context) error {
	d := searchPage{Query: strings.TrimSpace(c.QueryParam("q"))}
	if d.Query != "" {
		q, err := query(c)
		if err != nil {
			return err
		}
		ctx := c.Request().Context()
		fs, err := s.stack(c).Search.ResolveFilm(ctx, q, 20)
		if err != nil {
			return fmt.Errorf("web: search page: %w", err)
		}
		ps, err := s.stack(c).Search.SearchPeople(ctx, q, 20)
		if err != nil {
			return fmt.Errorf("web: search page: %w", err)
		}
		for _, m := range fs {
			d.Films = append(d.Films, s.filmSummary(m.Film))
		}
		for _, p := range ps {
			d.People = append(d.People, personSummaryOf(p.Person))
		}
		th, ok, err := s.stack(c).Search.MatchTheme(ctx, q)
		if err != nil {
			return fmt.Errorf("web: search page: %w", err)
		}
		if ok {
			ts, err := s.stack(c).Search.FilmsOnTheme(ctx, th, themeFilms)
			if err != nil {
				return fmt.Errorf("web: search page: %w", err)
			}
			if len(ts) > 0 {
				d.Theme = &themeSection{Label: th.LabelFR}
				for _, m := range ts {
					d.Theme.Films = append(d.Theme.Films, s.filmSummary(m.Film))
				}
			}
		}
	}
	title := "Recherche"
	if d.Query != "" {
		title = "Recherche : " + d.Query
	}
	return s.render(c, http.StatusOK, "search.html", s.page(title, d))
}

type filmPage struct {
	filmDetail
	Similar    []filmSummary
	SimilarErr bool
}

func (s *Server) handleFilmPage(c echo.Context) error {
	f, err := s.filmParam(c)
	if err != nil {
		return err
	}
	d := filmPage{filmDetail: s.filmDetail(f)}
	recs, err := s.stack(c).Recommender.Recommend(c.Request().Context(), recommend.Request{Liked: []string{f.ID}, Count: 8})
	if err != nil {
		// The page is useful without suggestions; say they are missing.
		d.SimilarErr = true
	}
	for _, r := range recs {
		d.Similar = append(d.Similar, s.filmSummary(r.Film))
	}
	return s.render(c, http.StatusOK, "film.html", s.page(d.Title, d))
}

type yearGroup struct {
	Year    int
	Entries []filmographyEntry
}

type personPage struct {
	personDetail
	Years []yearGroup
}

func (s *Server) handlePersonPage(c echo.Context) error {
	p, err := s.personParam(c)
	if err != nil {
		return err
	}
	d := personPage{personDetail: s.personDetail(p)}
	for _, e := range d.Filmography {
		if n := len(d.Years); n == 0 || d.Years[n-1].Year != e.Film.Year {
			d.Years = append(d.Years, yearGroup{Year: e.Film.Year})
		}
		g := &d.Years[len(d.Years)-1]
		g.Entries = append(g.Entries, e)
	}
	return s.render(c, http.StatusOK, "person.html", s.page(p.Name, d))
}

// chatPage configures chat.html, used full-page (/chat) and in the widget
// iframe (/widget). Theme values are validated here; chat.js applies them.
type chatPage struct {
	Widget bool
	Lang   string
	Color  string
	Title  string
	Logo   string
}

var colorRe = regexp.MustCompile(`^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$`)

func (s *Server) chatPage(c echo.Context, widget bool) chatPage {
	d := chatPage{Widget: widget, Lang: "fr", Color: "#b3262e", Title: "Bobine"}
	if c.QueryParam("lang") == "en" {
		d.Lang = "en"
	}
	if v := c.QueryParam("color"); colorRe.MatchString(v) {
		d.Color = v
	}
	if v := strings.TrimSpace(c.QueryParam("title")); v != "" && len(v) <= 60 {
		d.Title = v
	}
	if v := c.QueryParam("logo"); strings.HasPrefix(v, "https://") || strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "/") {
		if len(v) <= 500 {
			d.Logo = v
		}
	}
	return d
}

func (s *Server) handleChatPage(c echo.Context) error {
	d := s.chatPage(c, false)
	return s.render(c, http.StatusOK, "chat.html", s.page(d.Title, d))
}

func (s *Server) handleWidgetPage(c echo.Context) error {
	d := s.chatPage(c, true)
	return s.render(c, http.StatusOK, "chat.html", s.page(d.Title, d))
}

func (s *Server) handleDemo(c echo.Context) error {
	return s.render(c, http.StatusOK, "demo.html", s.page("Cinéma Le Rex — Aubusson", map[string]string{
		"PublicURL": strings.TrimSuffix(s.o.PublicURL, "/"),
	}))
}

func (s *Server) handleWidgetJS(c echo.Context) error {
	b, err := fs.ReadFile(staticFS, "widget.js")
	if err != nil {
		return fmt.Errorf("web: widget.js: %w", err)
	}
	h := c.Response().Header()
	// Cinemas load it from their own pages.
	h.Set("Cross-Origin-Resource-Policy", "cross-origin")
	h.Set("Cache-Control", "public, max-age=3600")
	return c.Blob(http.StatusOK, "text/javascript; charset=utf-8", b)
}

// handleStatic serves the files of static/, never a directory listing;
// anything else is a 404 from the error handler (JSON for API clients).
func (s *Server) handleStatic(c echo.Context) error {
	name := c.Param("*")
	if fi, err := fs.Stat(staticFS, name); name == "" || err != nil || fi.IsDir() {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	c.Response().Header().Set("Cache-Control", "public, max-age=3600")
	http.ServeFileFS(c.Response(), c.Request(), staticFS, name)
	return nil
}
