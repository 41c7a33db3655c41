package web_test

import (
	"compress/gzip"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/labstack/echo/v4"

	"github.com/bobine/bobine/web"
)

func get(t *testing.T, url string, header ...string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	// Explicit Accept-Encoding: the transport then leaves gzip to us.
	if req.Header.Get("Accept-Encoding") == "" {
		req.Header.Set("Accept-Encoding", "identity")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var r io.Reader = resp.Body
	if resp.Header.Get("Content-Encoding") == "gzip" {
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		r = zr
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

func TestPages(t *testing.T) {
	_, ts := newServer(t, nil)
	tests := []struct {
		path   string
		status int
		want   []string
	}{
		{"/", 200, []string{"Rechercher dans le catalogue", `data-autocomplete`, "5 titres"}},
		{"/search?q=dune", 200, []string{`href="/films/tt0087182"`, `href="/films/tt1160419"`, "Aucune personne"}},
		{"/search?q=lynch", 200, []string{`href="/people/nm0000186"`, "Aucun film"}},
		{"/search?q=prison", 200, []string{"Sur ce thème : « prison »", `href="/films/tt0111161"`}},
		{"/search", 200, []string{`name="q"`}},
		{"/films/tt0111161", 200, []string{"Les Évadés", "The Shawshank Redemption", "Frank Darabont", "Andy Dufresne",
			"25,0 M$", "28,3 M$", "États-Unis", "9.3/10", "2\u202f900\u202f000 votes", "2 h 22", "Musique", `https://image.tmdb.org/t/p/w342/shawshank.jpg`,
			"Films similaires", `href="/films/tt0087182"`, "https://www.imdb.com/title/tt0111161/"}},
		{"/films/tt0211915", 200, []string{"Le Fabuleux Destin d&#39;Amélie Poulain", "France, Allemagne", `class="poster placeholder"`}},
		{"/films/tt9999999", 404, []string{"Page introuvable", "tt9999999"}},
		{"/films/nope", 400, []string{"Requête invalide"}},
		{"/people/nm0000186", 200, []string{"David Lynch", "1946", "2025", "à 79 ans", "1984", "Réalisation", "Sci-Fi"}},
		{"/people/nm0001104", 200, []string{"Frank Darabont", "66 ans", "Réalisation", "Scénario"}},
		{"/people/nm9999999", 404, []string{"Page introuvable"}},
		{"/chat", 200, []string{`id="chat-input"`, `data-lang="fr"`, "/static/chat.js", "Bonjour"}},
		{"/chat?lang=en", 200, []string{`data-lang="en"`, "Hello"}},
		{"/widget?color=%23123abc&title=Cin%C3%A9+Creuse", 200, []string{`data-widget="true"`, `data-color="#123abc"`, "Ciné Creuse", `id="chat-close"`}},
		{"/widget?color=red;x", 200, []string{`data-color="#b3262e"`}},
		{"/demo", 200, []string{"Le Rex", `<script src="/widget.js" data-lang="fr"`}},
		{"/widget.js", 200, []string{"bobine-widget-button", "/widget?"}},
		{"/static/chat.js", 200, []string{"WebSocket"}},
		{"/static/nope.js", 404, nil},
		{"/nowhere", 404, []string{"Page introuvable"}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, body := get(t, ts.URL+tt.path, "Accept", "text/html")
			if resp.StatusCode != tt.status {
				t.Errorf("status %d, want %d", resp.StatusCode, tt.status)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
		})
	}
}

// TestPagesGolden pins the HTML of the richest pages.
func TestPagesGolden(t *testing.T) {
	_, ts := newServer(t, nil)
	for name, path := range map[string]string{
		"film.html":   "/films/tt0111161",
		"person.html": "/people/nm0000186",
		"search.html": "/search?q=dune",
	} {
		t.Run(name, func(t *testing.T) {
			_, body := get(t, ts.URL+path)
			golden(t, name, []byte(body))
		})
	}
}

func TestSecurityHeaders(t *testing.T) {
	_, ts := newServer(t, func(o *web.Options) {
		o.FrameAncestors = []string{"'self'", "https://cinema-rex.example"}
	})
	ancestors := regexp.MustCompile(`frame-ancestors ([^;]*)`)
	tests := []struct {
		path, ancestors string
	}{
		{"/widget", "'self' https://cinema-rex.example"},
		{"/chat", "'self' https://cinema-rex.example"},
		{"/", "'self'"},
		{"/films/tt0111161", "'self'"},
		{"/api/films/tt0111161", "'self'"},
	}
	for _, tt := range tests {
		resp, _ := get(t, ts.URL+tt.path)
		h := resp.Header
		csp := h.Get("Content-Security-Policy")
		if m := ancestors.FindStringSubmatch(csp); m == nil || m[1] != tt.ancestors {
			t.Errorf("%s: CSP %q, want frame-ancestors %s", tt.path, csp, tt.ancestors)
		}
		if !strings.Contains(csp, "script-src 'self'") {
			t.Errorf("%s: CSP %q allows foreign scripts", tt.path, csp)
		}
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") == "" {
			t.Errorf("%s: headers %v", tt.path, h)
		}
	}
	resp, _ := get(t, ts.URL+"/widget.js")
	if resp.Header.Get("Cross-Origin-Resource-Policy") != "cross-origin" {
		t.Error("widget.js cannot be loaded by other sites")
	}
}

func TestGzip(t *testing.T) {
	_, ts := newServer(t, nil)
	for _, p := range []string{"/static/chat.js", "/api/films/tt0111161", "/films/tt0111161"} {
		resp, body := get(t, ts.URL+p, "Accept-Encoding", "gzip")
		if resp.Header.Get("Content-Encoding") != "gzip" || len(body) == 0 {
			t.Errorf("%s: Content-Encoding %q", p, resp.Header.Get("Content-Encoding"))
		}
	}
	// The websocket upgrade must not go through the gzip writer.
	c, resp, err := dialErr(ts, "", "")
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	c.CloseNow()
	if resp.Header.Get("Content-Encoding") != "" {
		t.Errorf("websocket upgrade has Content-Encoding %q", resp.Header.Get("Content-Encoding"))
	}
}

func TestExtraRoutes(t *testing.T) {
	_, ts := newServer(t, func(o *web.Options) {
		o.Extra = append(o.Extra, web.MountFunc(func(e *echo.Echo) {
			e.GET("/kpi", func(c echo.Context) error { return c.String(200, "indicateurs") })
		}))
	})
	_, body := get(t, ts.URL+"/kpi")
	if body != "indicateurs" {
		t.Errorf("/kpi: %q", body)
	}
	if _, home := get(t, ts.URL+"/"); !strings.Contains(home, `href="/kpi"`) {
		t.Error("the home page does not link to the mounted KPI page")
	}
}
