package web_test

import (
	"context"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/bobine/bobine/chat"
	"github.com/bobine/bobine/recommend"
	"github.com/bobine/bobine/web"
	"github.com/bobine/bobine/web/webtest"
	"github.com/bobine/bobine/web/webtest/devstack"
)

// TestBrowserChatSurvivesRestart is a customer in the middle of a dialogue
// on the chat page while the server restarts: the page reconnects by
// itself, resumes with the token it kept, shows the liked film again, and
// the next message is answered from the same dialogue.
func TestBrowserChatSurvivesRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser and uses the dev-data stack")
	}
	webtest.Chrome(t)
	dev := devstack.Dev(t)
	rec := dev.Recommender(recommend.DefaultOptions())
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	serve := func(ln net.Listener) (stop func()) {
		s, err := web.New(web.Options{Catalogue: dev.Catalogue, Search: dev.Index, Recommender: rec,
			Chat:            chat.New(dev.Catalogue, dev.Index, rec, chat.Options{Secret: testSecret}),
			IPRatePerSecond: 1000, IPRateBurst: 1000, ShutdownTimeout: 2 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { defer close(done); s.Serve(ctx, ln) }()
		return func() { cancel(); <-done }
	}
	stop := serve(ln)
	defer func() { stop() }()

	ctx, cancel := context.WithTimeout(webtest.Browser(t, 1000, 900), 3*time.Minute)
	defer cancel()
	say := func(text string) {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.ID("chat-input")), chromedp.Click(chromedp.ID("chat-input")),
			chromedp.KeyEvent(text), chromedp.KeyEvent(kb.Enter)); err != nil {
			t.Fatalf("typing %q: %v", text, err)
		}
	}
	cards := func(n int) []string {
		t.Helper()
		titles, err := chromedp.Run(ctx, chromedp.Poll[[]string](
			`(() => { const l = document.querySelectorAll('ol.films'); if (l.length < `+strconv.Itoa(n)+`) return null;
			  return [...l[l.length-1].querySelectorAll('.film-title')].map(e => e.textContent) })()`,
			chromedp.WithPollingTimeout(90*time.Second)))
		if err != nil {
			log, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById('chat-log').innerText`))
			t.Fatalf("waiting for film list %d: %v; the chat shows:\n%s", n, err, log)
		}
		return titles
	}
	if err := chromedp.Do(ctx, chromedp.Navigate("http://"+addr+"/chat")); err != nil {
		t.Fatal(err)
	}
	say("j'ai aimé Heat de Michael Mann")
	first := cards(1)
	liked, err := chromedp.Run(ctx, chromedp.Poll[string](`(() => { const c = document.querySelector('#chat-state .liked .chip'); return c ? c.dataset.key : null })()`,
		chromedp.WithPollingTimeout(10*time.Second)))
	if err != nil {
		t.Fatalf("no liked chip: %v", err)
	}

	// The server restarts on the same address with empty memory.
	stop()
	ln2, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("listening again on %s: %v", addr, err)
	}
	stop = serve(ln2)
	// The page reconnects and resumes: the chips, cleared here, are drawn
	// again from the resumed state; then the next message goes on from Heat.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById('chat-state').textContent = ''`)); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`!!document.querySelector('#chat-state .liked .chip[data-key="`+liked+`"]')`,
		chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		log, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById('chat-log').innerText`))
		t.Fatalf("the page did not resume the dialogue after the restart: %v; the chat shows:\n%s", err, log)
	}
	say("encore")
	more := cards(2)
	for _, m := range more {
		for _, f := range first {
			if m == f {
				t.Errorf("%q shown again after the restart: the dialogue was lost", m)
			}
		}
	}
	chips, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById('chat-state').innerText`))
	if !strings.Contains(chips, "Heat") {
		t.Errorf("after the restart the chips read %q, want Heat liked", chips)
	}
	errs, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('.msg.error').length`))
	if errs != 0 {
		log, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById('chat-log').innerText`))
		t.Errorf("%d error bubbles:\n%s", errs, log)
	}
}
