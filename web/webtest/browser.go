package webtest

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Chrome returns the browser the tests drive: $BOBINE_CHROME, else Debian's
// /usr/bin/chromium. It skips the test when there is none.
func Chrome(tb testing.TB) string {
	tb.Helper()
	p := os.Getenv("BOBINE_CHROME")
	if p == "" {
		p = "/usr/bin/chromium"
	}
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("browser test skipped: no Chromium at %s (install the chromium package or set BOBINE_CHROME): %v", p, err)
	}
	return p
}

// Browser starts a headless Chromium with a fresh profile and a window of the
// given size, and returns its context; the browser stops when the test ends.
// The flags keep Chromium off the network (this machine has none) and render
// WebGL in software. Callers add their own timeouts to the returned context.
func Browser(tb testing.TB, width, height int) context.Context {
	tb.Helper()
	dir, err := os.MkdirTemp("", "bobine-chromium-")
	if err != nil {
		tb.Fatal(err)
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(Chrome(tb)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		// WebGL (echarts-gl) without a GPU: software rendering.
		chromedp.Flag("use-angle", "swiftshader"),
		chromedp.Flag("enable-unsafe-swiftshader", true),
		chromedp.UserDataDir(dir),
		chromedp.WindowSize(width, height),
	)
	ctx, cancelCtx := chromedp.NewContext(actx)
	tb.Cleanup(func() {
		cancelCtx()
		cancelAlloc()
		// Chromium's children may still write to the profile for a moment.
		for range 50 {
			if os.RemoveAll(dir) == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	// The first Run starts the browser; it must not carry a timeout, or the
	// browser would stop with it.
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		tb.Fatalf("start Chromium: %v", err)
	}
	return ctx
}
