package web_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/web"
	"github.com/bobine/bobine/web/webtest"
)

// TestBrowserWidget is what a customer does on the cinema's site: open the
// bubble on the demo page, type two films they liked, press Enter, and get
// five film cards, against the real search, recommender and chat engine.
func TestBrowserWidget(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser and builds the dev-data stack")
	}
	webtest.Chrome(t)
	o := devStack(t)
	_, ts := newServer(t, func(opts *web.Options) { *opts = o })
	ctx, cancel := context.WithTimeout(webtest.Browser(t, 1280, 860), 3*time.Minute)
	defer cancel()

	err := chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/demo"),
		chromedp.WaitVisible(chromedp.ID("bobine-widget-button")),
		chromedp.Click(chromedp.ID("bobine-widget-button")),
		chromedp.WaitVisible(chromedp.ID("bobine-widget-frame")),
	)
	if err != nil {
		t.Fatalf("opening the widget: %v", err)
	}
	expanded, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById('bobine-widget-button').getAttribute('aria-expanded')`))
	if err != nil || expanded != "true" {
		t.Errorf("bubble aria-expanded %q (%v), want true", expanded, err)
	}
	// The frame is visible as soon as the bubble creates it, still holding
	// about:blank. Wait, from the host page, for the chat page inside it (a
	// query or poll run in the frame would stay with the blank document),
	// and take where its input is on the screen.
	at, err := chromedp.Run(ctx, chromedp.Poll[[]float64](`(() => {
		const f = document.getElementById('bobine-widget-frame');
		const d = f.contentDocument;
		const i = d && d.getElementById('chat-input');
		if (!i || d.readyState !== 'complete' || i.offsetParent === null) return null;
		const fr = f.getBoundingClientRect(), ir = i.getBoundingClientRect();
		return [fr.left + ir.left + ir.width / 2, fr.top + ir.top + ir.height / 2];
	})()`, chromedp.WithPollingTimeout(60*time.Second)))
	if err != nil {
		t.Fatalf("waiting for the chat page in the widget: %v", err)
	}
	frames, err := chromedp.Run(ctx, chromedp.Nodes(chromedp.ID("bobine-widget-frame")))
	if err != nil {
		t.Fatal(err)
	}
	// Polls in the frame follow its current document.
	frame := frames[0]
	// Click into the input where a person would, then type on the keyboard.
	err = chromedp.Do(ctx,
		chromedp.MouseClickXY(at[0], at[1]),
		chromedp.KeyEvent("j'ai aimé les evades et amelie"),
		chromedp.KeyEvent(kb.Enter),
	)
	if err != nil {
		t.Fatalf("typing in the widget: %v", err)
	}
	titles, err := chromedp.Run(ctx, chromedp.Poll[[]string](
		`(() => { const t = [...document.querySelectorAll('.film-card .film-title')].map(e => e.textContent.trim()).filter(Boolean); return t.length >= 5 ? t : null })()`,
		chromedp.WithPollingInFrame(frame), chromedp.WithPollingTimeout(90*time.Second)))
	if err != nil {
		bubbles, _ := chromedp.Run(ctx, chromedp.Poll[string](`document.getElementById('chat-log').innerText`, chromedp.WithPollingInFrame(frame)))
		t.Fatalf("waiting for five film cards: %v; the chat shows:\n%s", err, bubbles)
	}
	if len(titles) != 5 {
		t.Errorf("%d film cards, want 5: %q", len(titles), titles)
	}
	t.Logf("films: %s", strings.Join(titles, " | "))
	// Every card has a poster or the drawn placeholder, and a link out.
	if ok, err := chromedp.Run(ctx, chromedp.Poll[bool](
		`[...document.querySelectorAll('.film-card')].every(c => c.querySelector('.poster') && c.querySelector('a.film-link[href^="https://www.imdb.com/title/"]'))`,
		chromedp.WithPollingInFrame(frame), chromedp.WithPollingTimeout(5*time.Second))); err != nil || !ok {
		t.Errorf("cards without poster or IMDb link (%v)", err)
	}

	// A theme and an era: every card is a heist film of the 1990s, and the
	// chat shows the era as a filter chip.
	themeFilms(t, ctx, frame, at, o, "un film de braquage des années 90", func(f *data.Film) string {
		if f.Year < 1990 || f.Year > 1999 {
			return "not from the 1990s"
		}
		return ""
	})
	// Removing the era chip with a click brings heist films of any time.
	chipAt, err := chromedp.Run(ctx, chromedp.Poll[[]float64](`(() => {
		const f = document.getElementById('bobine-widget-frame');
		const c = f.contentDocument.querySelector('#chat-state .filters .chip[data-key="years"]');
		if (!c || c.disabled) return null;
		const fr = f.getBoundingClientRect(), cr = c.getBoundingClientRect();
		return [fr.left + cr.left + cr.width / 2, fr.top + cr.top + cr.height / 2];
	})()`, chromedp.WithPollingTimeout(10*time.Second)))
	if err != nil {
		state, _ := chromedp.Run(ctx, chromedp.Poll[string](`document.getElementById('chat-state').innerText`, chromedp.WithPollingInFrame(frame)))
		t.Fatalf("no era chip to remove: %v; the chips read %q", err, state)
	}
	lists := filmLists(t, ctx, frame)
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(chipAt[0], chipAt[1])); err != nil {
		t.Fatalf("clicking the era chip: %v", err)
	}
	after := waitNewCards(t, ctx, frame, lists)
	theme := themeKeywords(t, o, "braquage")
	older := 0
	for _, id := range after {
		f, err := o.Catalogue.Film(id)
		if err != nil {
			t.Fatalf("card %s: %v", id, err)
		}
		if !slices.ContainsFunc(f.Keywords, func(k string) bool { return slices.Contains(theme, k) }) {
			t.Errorf("after removing the era, %s (%d) carries none of %v", f.Title, f.Year, theme)
		}
		if f.Year < 1990 || f.Year > 1999 {
			older++
		}
	}
	if older == 0 {
		t.Errorf("after removing the era chip every card is still from the 1990s: %v", after)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelectorAll('#chat-state .chip[data-key="years"]').length === 0`,
		chromedp.WithPollingInFrame(frame), chromedp.WithPollingTimeout(5*time.Second))); err != nil {
		t.Errorf("the era chip is still shown after removing it (%v)", err)
	}

	// Let posters load or fall back to their placeholder before the picture.
	_, _ = chromedp.Run(ctx, chromedp.Poll[bool](
		`[...document.querySelectorAll('.film-card img.poster')].every(i => i.complete)`,
		chromedp.WithPollingInFrame(frame), chromedp.WithPollingTimeout(15*time.Second)))
	shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	saveScreenshot(t, "widget.png", shot)

	// Escape closes the widget and gives the focus back to the bubble.
	err = chromedp.Do(ctx,
		chromedp.KeyEvent(kb.Escape),
		chromedp.WaitNotVisible(chromedp.ID("bobine-widget-panel")),
	)
	if err != nil {
		t.Fatalf("closing with Escape: %v", err)
	}
	if focus, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.id`)); err != nil || focus != "bobine-widget-button" {
		t.Errorf("focus on %q after closing (%v), want the bubble", focus, err)
	}
}

// themeFilms types request in the widget (input at at) and checks the five
// cards that come back: each carries the theme of "braquage" and passes
// check (which returns why a film does not).
func themeFilms(t *testing.T, ctx context.Context, frame *chromedp.Node, at []float64, o web.Options, request string, check func(*data.Film) string) {
	t.Helper()
	lists := filmLists(t, ctx, frame)
	err := chromedp.Do(ctx,
		chromedp.MouseClickXY(at[0], at[1]),
		chromedp.KeyEvent(request),
		chromedp.KeyEvent(kb.Enter),
	)
	if err != nil {
		t.Fatalf("typing %q: %v", request, err)
	}
	ids := waitNewCards(t, ctx, frame, lists)
	theme := themeKeywords(t, o, "braquage")
	for _, id := range ids {
		f, err := o.Catalogue.Film(id)
		if err != nil {
			t.Fatalf("card %s: %v", id, err)
		}
		if !slices.ContainsFunc(f.Keywords, func(k string) bool { return slices.Contains(theme, k) }) {
			t.Errorf("%q: %s (%d) carries none of %v", request, f.Title, f.Year, theme)
		}
		if why := check(f); why != "" {
			t.Errorf("%q: %s (%d) %s", request, f.Title, f.Year, why)
		}
	}
}

// themeKeywords are the TMDB keywords the search reads q as.
func themeKeywords(t *testing.T, o web.Options, q string) []string {
	t.Helper()
	th, ok, err := o.Search.MatchTheme(context.Background(), q)
	if err != nil || !ok {
		t.Fatalf("MatchTheme(%q) = %v, %v", q, ok, err)
	}
	return th.Keywords
}

// filmLists counts the lists of cards the chat shows.
func filmLists(t *testing.T, ctx context.Context, frame *chromedp.Node) int {
	t.Helper()
	n, err := chromedp.Run(ctx, chromedp.Poll[int](`document.querySelectorAll('ol.films').length`,
		chromedp.WithPollingInFrame(frame), chromedp.WithPollingTimeout(5*time.Second)))
	if err != nil {
		t.Fatalf("counting the lists of cards: %v", err)
	}
	return n
}

// waitNewCards waits for a list of cards after the first n and returns the
// film ids of its five cards.
func waitNewCards(t *testing.T, ctx context.Context, frame *chromedp.Node, n int) []string {
	t.Helper()
	ids, err := chromedp.Run(ctx, chromedp.Poll[[]string](`(() => {
			const lists = [...document.querySelectorAll('ol.films')];
			if (lists.length <= `+strconv.Itoa(n)+`) return null;
			const ids = [...lists.pop().querySelectorAll('.film-card')].map(c => c.dataset.id);
			return ids.length >= 5 ? ids : null;
		})()`,
		chromedp.WithPollingInFrame(frame), chromedp.WithPollingTimeout(90*time.Second)))
	if err != nil {
		bubbles, _ := chromedp.Run(ctx, chromedp.Poll[string](`document.getElementById('chat-log').innerText`, chromedp.WithPollingInFrame(frame)))
		t.Fatalf("waiting for a new list of five cards: %v; the chat shows:\n%s", err, bubbles)
	}
	if len(ids) != 5 {
		t.Errorf("%d cards, want 5", len(ids))
	}
	return ids
}

// saveScreenshot writes a screenshot to web/testdata/screenshots with
// -update, or to $BOBINE_SCREENSHOTS when set; otherwise it is dropped.
func saveScreenshot(t *testing.T, name string, png []byte) {
	dir := os.Getenv("BOBINE_SCREENSHOTS")
	if dir == "" && *update {
		dir = filepath.Join("testdata", "screenshots")
	}
	if dir == "" {
		return
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot saved to %s", path)
}
