package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"time"

	"github.com/bobine/bobine/indexer"
	"github.com/bobine/bobine/indexer/tmdbfetch"
)

// fetchTMDB fills <data.dir>/tmdb/movies.csv from the TMDB API for the
// titles the catalogue keeps: those of the index in index.dir with
// fromIndex, else those `bobine index` would keep from the IMDb files.
func fetchTMDB(ctx context.Context, e *env, fromIndex bool) error {
	c := e.cfg.TMDB
	if c.APIKey == "" {
		return errors.New("fetch -tmdb: no TMDB API key: set BOBINE_TMDB_API_KEY (or tmdb.api_key); get one from https://www.themoviedb.org/settings/api")
	}
	start := time.Now()
	var ids []string
	if fromIndex {
		res, err := indexer.Open(ctx, e.cfg.Index.Dir)
		if err != nil {
			return fmt.Errorf("fetch -tmdb: %w (run bobine index first, or drop -from-index)", err)
		}
		for _, f := range res.Catalogue.Films() {
			ids = append(ids, f.ID)
		}
	} else {
		e.log.Info("reading the catalogue to know which films to ask TMDB for", "data_dir", e.cfg.Data.Dir)
		res, err := indexer.Read(ctx, indexer.Options{DataDir: e.cfg.Data.Dir, TitleTypes: e.cfg.Index.TitleTypes,
			MinVotes: e.cfg.Index.MinVotes, IncludeAdult: e.cfg.Index.IncludeAdult})
		if err != nil {
			return fmt.Errorf("fetch -tmdb: %w", err)
		}
		for _, f := range res.Catalogue.Films() {
			ids = append(ids, f.ID)
		}
	}
	o := tmdbfetch.Options{
		APIKey:  c.APIKey,
		BaseURL: c.BaseURL,
		IDs:     ids,
		Out:     filepath.Join(e.cfg.Data.Dir, "tmdb", "movies.csv"),
		MaxAge:  c.MaxAge,
		Client:  &http.Client{Timeout: c.Timeout},
		Rate:    c.Rate,
		Burst:   max(1, int(c.Rate/4)),
	}
	bar := newTMDBProgress(e.stderr, e.log)
	o.Progress = bar.update
	e.log.Info("fetching TMDB records", "films", len(ids), "out", o.Out, "max_age", c.MaxAge.String(), "rate", c.Rate)
	res, err := tmdbfetch.Fetch(ctx, o)
	bar.finish()
	e.log.Info("TMDB fetch done", "wanted", res.Wanted, "fresh", res.Fresh, "fetched", res.Fetched,
		"not_found", res.NotFound, "failed", res.Failed, "requests", res.Requests, "malformed_dropped", res.Malformed,
		"rows", res.Rows, "elapsed", time.Since(start).Round(time.Second).String())
	if err == nil {
		fmt.Fprintf(e.stdout, "%s: %d films (%d asked, %d unknown to TMDB). Run bobine index to use them.\n",
			o.Out, res.Rows, res.Fetched+res.NotFound, res.NotFound)
	}
	return err
}

// tmdbProgress draws a line on a terminal, logs every 10 s otherwise.
type tmdbProgress struct {
	w     io.Writer
	log   *slog.Logger
	tty   bool
	start time.Time
	last  time.Time
	drawn bool
}

func newTMDBProgress(w io.Writer, log *slog.Logger) *tmdbProgress {
	return &tmdbProgress{w: w, log: log, tty: isTerminal(w), start: time.Now()}
}

func (b *tmdbProgress) update(p tmdbfetch.Progress) {
	now := time.Now()
	every := 10 * time.Second
	if b.tty {
		every = 200 * time.Millisecond
	}
	if now.Sub(b.last) < every && p.Done != p.Total {
		return
	}
	b.last = now
	perSec := float64(p.Done) / max(now.Sub(b.start).Seconds(), 1e-3)
	eta := time.Duration(float64(p.Total-p.Done)/max(perSec, 1e-9)) * time.Second
	if !b.tty {
		b.log.Info("asking TMDB", "done", p.Done, "total", p.Total, "requests", p.Requests, "failed", p.Failed,
			"films_per_second", fmt.Sprintf("%.1f", perSec), "eta", eta.Round(time.Second).String())
		return
	}
	fmt.Fprintf(b.w, "\rTMDB %d/%d films  %d requests  %d failed  %.1f films/s  ETA %s\x1b[K",
		p.Done, p.Total, p.Requests, p.Failed, perSec, eta.Round(time.Second))
	b.drawn = true
}

func (b *tmdbProgress) finish() {
	if b.drawn {
		fmt.Fprintln(b.w)
		b.drawn = false
	}
}
