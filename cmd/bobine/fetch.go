package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"time"

	"github.com/bobine/bobine/indexer/fetch"
)

func init() {
	register(&command{
		name:  "fetch",
		usage: "[flags]",
		short: "download the official IMDb dumps (or, with -tmdb, the TMDB records) into the data directory",
		long: `Fetch downloads the official IMDb non-commercial datasets (the fetch.files list,
from fetch.base_url, by default https://datasets.imdbws.com/) into <data.dir>/imdb/.

Downloads resume where they stopped (<name>.part plus HTTP Range), are written
atomically (a complete file is fsynced and renamed into place) and are skipped
when the local copy is current: the ETag and Last-Modified of each download are
kept in <name>.meta.json and sent back, and an HTTP 304 answer means there is
nothing to do. Run it again after any failure.

With -tmdb it fills <data.dir>/tmdb/movies.csv from the TMDB API instead, with
the cinema's own API key (tmdb.api_key, BOBINE_TMDB_API_KEY; free from
https://www.themoviedb.org/settings/api): French and English titles and
synopses, poster, budget, revenue, countries, keywords, collection and trailer
of every title the catalogue keeps (run bobine fetch first: the IMDb files say
which titles those are; -from-index takes them from the built index instead).
It stays under tmdb.rate requests per second, waits as TMDB asks on HTTP 429,
backs off on server errors, and keeps a journal (movies.csv.journal): stop it
at any time, run it again and it asks only for what it does not have. A film
is asked again once its record is older than tmdb.max_age. This product uses
the TMDB API but is not endorsed or certified by TMDB.

MovieLens is distributed under the GroupLens licence, which you must accept on
https://grouplens.org/datasets/movielens/: put it by hand under data.dir.
A movies.csv written by other means is read too:

  <data.dir>/tmdb/movies.csv        one row per film, header:
      imdb_id,tmdb_id,title_fr,original_language,overview_fr,overview_en,
      poster_path,budget,revenue,production_countries,keywords,popularity,
      collection_id,release_date,trailer_url
      (RFC 4180 CSV, UTF-8; lists joined by "|"; empty = unknown)
  <data.dir>/movielens/             the files of ml-latest-small.zip, unzipped:
      movies.csv, links.csv, ratings.csv, tags.csv

Both are optional: ` + "`bobine index`" + ` builds the catalogue from the IMDb files alone
(no posters, synopses, French synopses, MovieLens links or ratings then).

Information courtesy of IMDb (https://www.imdb.com); personal and
non-commercial use only (https://developer.imdb.com/non-commercial-datasets/).`,
		flags: func(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
			dir := fs.String("dir", "", "destination directory (default <data.dir>/imdb)")
			baseURL := fs.String("base-url", "", "dataset site (default fetch.base_url)")
			only := fs.String("files", "", "comma-separated file names to fetch (default fetch.files)")
			retries := fs.Int("retries", 3, "retries after a cut connection (each resumes)")
			tmdbOnly := fs.Bool("tmdb", false, "fill <data.dir>/tmdb/movies.csv from the TMDB API instead (needs tmdb.api_key)")
			fromIndex := fs.Bool("from-index", false, "with -tmdb: ask for the films of the index in index.dir instead of reading the IMDb files")
			return func(ctx context.Context, e *env, args []string) error {
				if len(args) > 0 {
					return errUsage
				}
				if *tmdbOnly {
					return fetchTMDB(ctx, e, *fromIndex)
				}
				o := fetch.Options{
					BaseURL:   e.cfg.Fetch.BaseURL,
					Files:     e.cfg.Fetch.Files,
					Dir:       filepath.Join(e.cfg.Data.Dir, "imdb"),
					Client:    &http.Client{Timeout: e.cfg.Fetch.Timeout},
					Retries:   *retries,
					RetryWait: 2 * time.Second,
				}
				if *dir != "" {
					o.Dir = *dir
				}
				if *baseURL != "" {
					o.BaseURL = *baseURL
				}
				if *only != "" {
					o.Files = splitFetchFiles(*only)
				}
				bar := newFetchProgress(e.stderr, e.log)
				o.Progress = bar.update
				e.log.Info("fetching IMDb datasets", "base_url", o.BaseURL, "dir", o.Dir, "files", len(o.Files))
				results, err := fetch.Fetch(ctx, o)
				bar.finish()
				for _, r := range results {
					e.log.Info("fetched", "file", r.File, "status", string(r.Status), "size", r.Size, "transferred", r.Bytes)
				}
				return err
			}
		},
	})
}

// splitFetchFiles splits a comma- or space-separated list, dropping empty items.
func splitFetchFiles(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' })
}

// fetchProgress draws a one-line bar on a terminal and logs a line every 10
// seconds otherwise.
// TODO(progress): switch to the shared bar of cmd/bobine/progress.go once it
// exists.
type fetchProgress struct {
	w       io.Writer
	log     *slog.Logger
	tty     bool
	file    string
	start   time.Time
	resumed int64
	last    time.Time
	drawn   bool
}

func newFetchProgress(w io.Writer, log *slog.Logger) *fetchProgress {
	return &fetchProgress{w: w, log: log, tty: isTerminal(w)}
}

func (b *fetchProgress) update(p fetch.Progress) {
	now := time.Now()
	if p.File != b.file {
		b.finish()
		b.file, b.start, b.resumed, b.last = p.File, now, p.Resumed, time.Time{}
	}
	every := 10 * time.Second
	if b.tty {
		every = 200 * time.Millisecond
	}
	if now.Sub(b.last) < every && p.Done != p.Total {
		return
	}
	b.last = now
	rate := float64(p.Done-b.resumed) / max(now.Sub(b.start).Seconds(), 1e-3)
	if !b.tty {
		b.log.Info("downloading", "file", p.File, "bytes", p.Done, "total", p.Total, "bytes_per_second", int64(rate))
		return
	}
	const width = 30
	line := fmt.Sprintf("%-26s %9s", p.File, fetchSize(p.Done))
	if p.Total > 0 {
		n := int(float64(width) * float64(p.Done) / float64(p.Total))
		line += fmt.Sprintf(" / %-9s [%s%s] %3.0f%%", fetchSize(p.Total), strings.Repeat("=", n), strings.Repeat(" ", width-n), 100*float64(p.Done)/float64(p.Total))
	}
	line += fmt.Sprintf(" %s/s", fetchSize(int64(rate)))
	fmt.Fprintf(b.w, "\r%s\x1b[K", line)
	b.drawn = true
}

func (b *fetchProgress) finish() {
	if b.drawn {
		fmt.Fprintln(b.w)
		b.drawn = false
	}
}

func fetchSize(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}
