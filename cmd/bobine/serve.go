package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/bobine/bobine/chat"
	"github.com/bobine/bobine/web"
	"github.com/bobine/bobine/web/kpipage"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func init() {
	register(&command{
		name:  "serve",
		usage: "[flags]",
		short: "serve the chat, the widget, the staff pages and the JSON API",
		long: `Serve loads the index directory written by ` + "`bobine index`" + ` (index.dir) and
serves, on server.addr:
  /chat, /widget, /widget.js, /demo   the customer chat, full page and embeddable
  /ws                                 the chat websocket
  /, /search, /films/ID, /people/ID   staff pages; /kpi the catalogue indicators
  /api/...                            the JSON API (see web/api.md); /healthz
It stops gracefully on SIGINT or SIGTERM. On SIGHUP, and when the manifest
of index.dir changes (checked every index.watch_interval), it opens the new
index beside the one serving, verifies every file and asks it a search and
a recommendation, then swaps it in: requests and chat turns in progress
finish on the old one, which is closed after them; dialogues go on. A new
index that fails is logged and refused, and the old one goes on serving.`,
		flags: func(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
			addr := fs.String("addr", "", "listen address (default server.addr)")
			index := fs.String("index", "", "index directory (default index.dir)")
			return func(ctx context.Context, e *env, args []string) error {
				if len(args) > 0 {
					return errUsage
				}
				if *addr != "" {
					e.cfg.Server.Addr = *addr
				}
				if *index != "" {
					e.cfg.Index.Dir = *index
				}
				return serve(ctx, e)
			}
		},
	})
}

func serve(ctx context.Context, e *env) error {
	cfg := e.cfg
	dir := cfg.Index.Dir
	start := time.Now()
	hup, stopHUP := notifyHUP()
	defer stopHUP()
	secret, err := sessionSecret(e)
	if err != nil {
		return err
	}
	// The dialogue memory outlives each index: a swap keeps every dialogue.
	mem := chat.NewSessions(cfg.Chat.MaxSessions, cfg.Chat.IdleTimeout)
	first, err := openServed(ctx, dir, e, mem, secret, false)
	if err != nil {
		return err
	}
	in, cat, idx, rec, engine := first.st.in, first.st.in.Catalogue, first.st.idx, first.st.rec, first.engine
	var extra []web.Mounter
	fb, err := openFeedback(e)
	if err != nil {
		return err
	}
	kpis := kpipage.New(cat, loadKPI(dir, in, e))
	if fb != nil {
		defer fb.Close() // after the server has stopped: writes what is queued
		kpis.WithUsage(fb)
	}
	extra = append(extra, kpis)

	srv, err := web.New(web.Options{
		Catalogue:       cat,
		Search:          idx,
		Recommender:     rec,
		Chat:            engine,
		Addr:            cfg.Server.Addr,
		PublicURL:       cfg.Server.PublicURL,
		Version:         version,
		PosterBaseURL:   cfg.Posters.BaseURL,
		PosterSize:      cfg.Posters.Size,
		AllowedOrigins:  cfg.Server.AllowedOrigins,
		FrameAncestors:  cfg.Server.FrameAncestors,
		ReadLimit:       cfg.Server.ReadLimit,
		RatePerSecond:   cfg.Server.RatePerSecond,
		RateBurst:       cfg.Server.RateBurst,
		IPRatePerSecond: cfg.Server.IPRatePerSecond,
		IPRateBurst:     cfg.Server.IPRateBurst,
		PingInterval:    cfg.Server.PingInterval,
		WriteTimeout:    cfg.Server.WriteTimeout,
		ShutdownTimeout: cfg.Server.ShutdownTimeout,
		TrustProxy:      cfg.Server.TrustProxy,
		Extra:           extra,
		Logger:          e.log,

		Feedback:          startFeedback(ctx, e, fb),
		FeedbackRetention: cfg.Feedback.Retention,
		MetricsToken:      cfg.Metrics.Token,
		IndexBuilt:        first.built,
		IndexVersion:      first.version,
		IndexRelease:      first.close,
	})
	if err != nil {
		first.close()
		return err
	}
	// The server closes each index once it is replaced and drained; the
	// one serving at the end is closed here.
	defer func() { srv.Current().Release() }()
	sw := &swapper{dir: dir, e: e, srv: srv, mem: mem, secret: secret, current: first.version}
	if cfg.Metrics.Addr != "" {
		if err := serveMetrics(ctx, e, cfg.Metrics.Addr, srv.MetricsHandler()); err != nil {
			// The chat matters more than its figures: serve without them.
			e.log.Error("metrics not served", "error", err, "hint", "set metrics.addr to a free address, or empty")
		}
	}
	if cfg.Programme.File != "" {
		loc, err := time.LoadLocation(cfg.Programme.Timezone)
		if err != nil {
			return fmt.Errorf("programme.timezone: %w", err)
		}
		go srv.WatchProgramme(ctx, cfg.Programme.File, loc, 30*time.Second)
		engine.SetProgramme(srv) // « qu'est-ce qui passe ce soir ? », « à l'affiche comme Amélie »
	}
	// Each index swapped in brings its own catalogue indicators, and the
	// programme when there is one.
	sw.setup = func(s *served) {
		kpis.Swap(s.st.in.Catalogue, loadKPI(dir, s.st.in, e))
		if cfg.Programme.File != "" {
			s.engine.SetProgramme(srv)
		}
	}
	go sw.watch(ctx, hup, cfg.Index.WatchInterval)
	// Expired dialogues are also dropped lazily; sweeping bounds the memory
	// idle ones hold until then.
	go func() {
		t := time.NewTicker(time.Minute)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if n := engine.Sweep(); n > 0 {
					e.log.Debug("chat sessions expired", "count", n)
				}
			}
		}
	}()
	e.log.Info("serving", "addr", cfg.Server.Addr, "public_url", cfg.Server.PublicURL,
		"films", len(cat.Films()), "people", cat.NumPeople(), "load_time", time.Since(start).Round(time.Millisecond))
	err = srv.Start(ctx)
	sw.stop() // before the index serving last is closed (deferred above)
	if err != nil {
		return err
	}
	e.log.Info("stopped")
	return nil
}
