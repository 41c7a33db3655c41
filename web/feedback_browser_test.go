package web_test

import (
	"context"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/bobine/bobine/data/programme"
	"github.com/bobine/bobine/web"
	"github.com/bobine/bobine/web/feedback"
	"github.com/bobine/bobine/web/kpipage"
	"github.com/bobine/bobine/web/webtest"
)

// TestBrowserFeedback: a customer on the full-page chat gets two cards,
// presses « J'aime » on the first, « Pas pour moi » on the second and opens
// the first's link; the staff see the like, the dislike and the click in the
// KPI page's usage section, and /metrics counts the three requests. The
// cards of the films on the cinema's programme show « À l'affiche » and
// their showtimes.
func TestBrowserFeedback(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	webtest.Chrome(t)
	store, err := feedback.Open(filepath.Join(t.TempDir(), "feedback.db"), feedback.Options{Flush: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	s, ts := newServer(t, func(o *web.Options) {
		o.Feedback = store
		o.MetricsToken = metricsToken
		o.Extra = append(o.Extra, kpipage.New(o.Catalogue, nil).WithUsage(store))
	})
	cat := fixture(t)
	sched, err := programme.Read(strings.NewReader(programmeCSV(time.Now())), "seances.csv", time.Local)
	if err != nil {
		t.Fatal(err)
	}
	prog, err := web.BuildProgramme(context.Background(), cat, fakeSearch{cat}, "seances.csv", sched)
	if err != nil {
		t.Fatal(err)
	}
	s.SetProgramme(prog)
	ctx, cancel := context.WithTimeout(webtest.Browser(t, 1000, 800), 2*time.Minute)
	defer cancel()

	err = chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/chat"),
		chromedp.WaitVisible(chromedp.ID("chat-input")),
		chromedp.Click(chromedp.ID("chat-input")),
		chromedp.KeyEvent("films"),
		chromedp.KeyEvent(kb.Enter),
	)
	if err != nil {
		t.Fatalf("typing: %v", err)
	}
	labels, err := chromedp.Run(ctx, chromedp.Poll[[]string](
		`(() => { const b = [...document.querySelectorAll('.film-card .film-opinion button')].map(e => e.textContent); return b.length >= 4 ? b : null })()`,
		chromedp.WithPollingTimeout(30*time.Second)))
	if err != nil {
		t.Fatalf("waiting for the cards' buttons: %v", err)
	}
	if strings.Join(labels, "|") != "J'aime|Pas pour moi|J'aime|Pas pour moi" {
		t.Errorf("card buttons %q, want words", labels)
	}
	// Both films of the answer are on the programme: each card says so,
	// with its showtimes.
	marks, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
		`[...document.querySelectorAll('.film-card')].map(c => { const b = c.querySelector('.film-showing-badge'); return b ? b.textContent + ' ' + c.querySelectorAll('.film-showtimes li').length : '' })`))
	if err != nil || len(marks) != 2 || !strings.HasPrefix(marks[0], "À l'affiche ") || !strings.HasPrefix(marks[1], "À l'affiche ") {
		t.Errorf("programme marks on the cards %q (%v)", marks, err)
	}
	// The link opens IMDb in a new tab: keep the test on the page.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[int](
		`document.querySelectorAll('.film-card a.film-link').forEach(a => a.addEventListener('click', e => e.preventDefault())); 1`)); err != nil {
		t.Fatal(err)
	}
	err = chromedp.Do(ctx,
		chromedp.Click(`.film-card:nth-child(1) button.like`),
		chromedp.Click(`.film-card:nth-child(2) button.dislike`),
		chromedp.Click(`.film-card:nth-child(1) a.film-link`),
	)
	if err != nil {
		t.Fatalf("clicking: %v", err)
	}
	notes, err := chromedp.Run(ctx, chromedp.Poll[[]string](
		`(() => { const n = [...document.querySelectorAll('.film-opinion-note')].map(e => e.textContent); return n[1] ? n : null })()`,
		chromedp.WithPollingTimeout(10*time.Second)))
	if err != nil || notes[0] != "Noté : vous aimez." || notes[1] != "Noté : je ne vous le proposerai plus." {
		t.Errorf("notes under the cards %q (%v)", notes, err)
	}

	// The requests are fire-and-forget: wait until the like, the dislike
	// and the click are written (counting events is not enough: the turn
	// may record constraints or themes besides its cards).
	deadline := time.Now().Add(20 * time.Second)
	for {
		sctx, scancel := context.WithTimeout(context.Background(), 10*time.Second)
		err := store.Sync(sctx)
		scancel()
		if err != nil {
			t.Fatal(err)
		}
		u, err := store.Usage(context.Background(), time.Time{}, 5)
		if err != nil {
			t.Fatal(err)
		}
		if u.Events[feedback.Like] >= 1 && u.Events[feedback.Dislike] >= 1 && u.Events[feedback.Click] >= 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after 20 s the store has %v, want a like, a dislike and a click", u.Events)
		}
		time.Sleep(20 * time.Millisecond)
	}
	resp, err := http.Get(ts.URL + "/kpi")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	page := string(b)
	for _, want := range []string{"1 conversation, 1 message", "2 films proposés, ouverts à 50,0 %, aimés à 50,0 %",
		"<td>1</td><td>1</td><td>1</td><td>1</td><td>0</td><td>100,0 %</td><td>100,0 %</td>",
		"<td>2</td><td>1</td><td>0</td><td>0</td><td>1</td>"} {
		if !strings.Contains(page, want) {
			t.Errorf("KPI usage section lacks %q", want)
		}
	}
	if _, body := getMetrics(t, ts.URL, metricsToken); !strings.Contains(body, `bobine_http_request_duration_seconds_count{code="204",method="POST",route="/api/feedback"} 3`) {
		t.Error("/metrics does not count the three feedback requests")
	}
}
