package web_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/bobine/bobine/web"
	"github.com/bobine/bobine/web/webtest"
)

// TestBrowserPageLanguage is a customer on the English page of the chat who
// types only a name, which says nothing of their language: the page's
// language reaches the engine (chat.js sends it on the websocket URL) and
// the answer is in English; on the French page, the same name gets French.
func TestBrowserPageLanguage(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser and builds the dev-data stack")
	}
	webtest.Chrome(t)
	o := devStack(t)
	_, ts := newServer(t, func(opts *web.Options) { *opts = o })
	for _, tc := range []struct{ page, want string }{
		{"/chat?lang=en", "Here are"},
		{"/chat", "Voici"},
	} {
		ctx, cancel := context.WithTimeout(webtest.Browser(t, 1000, 800), 2*time.Minute)
		err := chromedp.Do(ctx,
			chromedp.Navigate(ts.URL+tc.page),
			chromedp.WaitVisible(chromedp.ID("chat-input")),
			chromedp.Click(chromedp.ID("chat-input")),
			chromedp.KeyEvent("isabelle huppert"),
			chromedp.KeyEvent(kb.Enter),
		)
		if err != nil {
			cancel()
			t.Fatalf("%s: typing: %v", tc.page, err)
		}
		text, err := chromedp.Run(ctx, chromedp.Poll[string](
			`(() => { const b = [...document.querySelectorAll('#chat-log .msg.bot:not(.typing)')].map(e => e.textContent.trim()); const l = b[b.length - 1]; return b.length >= 2 && document.querySelector('.film-card') ? l : null })()`,
			chromedp.WithPollingTimeout(90*time.Second)))
		cancel()
		if err != nil {
			t.Fatalf("%s: waiting for the answer: %v", tc.page, err)
		}
		if !strings.HasPrefix(text, tc.want) {
			t.Errorf("%s: « isabelle huppert » answered %q, want it to start with %q", tc.page, text, tc.want)
		}
	}
}
