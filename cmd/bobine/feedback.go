package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/bobine/bobine/indexer"
	"github.com/bobine/bobine/web"
	"github.com/bobine/bobine/web/feedback"
)

// feedbackFile is the usage database inside feedback.dir.
const feedbackFile = "feedback.db"

// openFeedback opens the usage database, or returns nil when feedback.dir
// is empty (recording off).
func openFeedback(e *env) (*feedback.Store, error) {
	if e.cfg.Feedback.Dir == "" {
		return nil, nil
	}
	return feedback.Open(filepath.Join(e.cfg.Feedback.Dir, feedbackFile), feedback.Options{Retention: e.cfg.Feedback.Retention})
}

// startFeedback purges expired events now and every day until ctx ends,
// and returns what web records through (nil when recording is off: a nil
// *Store in the interface would not be).
func startFeedback(ctx context.Context, e *env, fb *feedback.Store) web.Recorder {
	if fb == nil {
		e.log.Info("usage recording off (feedback.dir is empty)")
		return nil
	}
	go fb.RunRetention(ctx, 24*time.Hour, func(n int64, err error) {
		if err != nil {
			e.log.Error("feedback retention purge failed", "error", err)
			return
		}
		e.log.Info("feedback retention purge", "deleted", n, "retention", e.cfg.Feedback.Retention.String())
	})
	return fb
}

func init() {
	register(&command{
		name:  "purge",
		usage: "[-session ID]",
		short: "delete usage events past feedback.retention, or every event of one session",
		long: `Purge deletes from the usage database (<feedback.dir>/feedback.db) the events
older than feedback.retention (serve also does it daily), or, with -session,
every event of one conversation, whatever its age: the answer to a customer
who asks for their data to be erased. The session id is the bobine.session
key of the browser's local storage.`,
		flags: func(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
			session := fs.String("session", "", "delete every event of this session id")
			return func(ctx context.Context, e *env, args []string) error {
				if len(args) > 0 {
					return errUsage
				}
				fb, err := openFeedback(e)
				if err != nil {
					return err
				}
				if fb == nil {
					return errors.New("purge: feedback.dir is empty: nothing is recorded")
				}
				defer fb.Close()
				var n int64
				if *session != "" {
					n, err = fb.PurgeSession(ctx, *session)
				} else {
					n, err = fb.Purge(ctx)
				}
				if err != nil {
					return err
				}
				fmt.Fprintf(e.stdout, "%d events deleted\n", n)
				return nil
			}
		},
	})
	register(&command{
		name:  "export",
		usage: "-session ID",
		short: "print every usage event of one session as JSON lines",
		long: `Export prints, as JSON lines on standard output, every event the usage
database (<feedback.dir>/feedback.db) holds for one conversation: the answer
to a customer who asks for their data.`,
		flags: func(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
			session := fs.String("session", "", "session id (required)")
			return func(ctx context.Context, e *env, args []string) error {
				if len(args) > 0 || *session == "" {
					return errUsage
				}
				fb, err := openFeedback(e)
				if err != nil {
					return err
				}
				if fb == nil {
					return errors.New("export: feedback.dir is empty: nothing is recorded")
				}
				defer fb.Close()
				n, err := fb.Export(ctx, *session, e.stdout)
				if err != nil {
					return err
				}
				e.log.Info("exported", "session", *session, "events", n)
				return nil
			}
		},
	})
}

// indexBuiltAt reads when the index in dir was built (zero when unknown).
func indexBuiltAt(dir string) time.Time {
	b, err := os.ReadFile(filepath.Join(dir, indexer.ManifestFile))
	if err != nil {
		return time.Time{}
	}
	var m indexer.Manifest
	if json.Unmarshal(b, &m) != nil {
		return time.Time{}
	}
	return m.BuiltAt
}

// serveMetrics serves /metrics alone on addr until ctx ends.
func serveMetrics(ctx context.Context, e *env, addr string, h http.Handler) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("metrics listener: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", h)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}()
	e.log.Info("metrics", "addr", ln.Addr().String(), "path", "/metrics")
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			e.log.Error("metrics listener stopped", "error", err)
		}
	}()
	return nil
}
