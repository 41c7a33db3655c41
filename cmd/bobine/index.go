package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/bobine/bobine/config"
	"github.com/bobine/bobine/indexer"
)

// indexSteps lists, in the order they run, the build steps that follow the
// catalogue: each writes its part of the index directory (step_*.go). They
// are independent of one another; a new step is one more line here.
func indexSteps(cfg config.Config) []indexer.Step {
	return []indexer.Step{
		kpiStep(cfg),
		searchStep(cfg),
		vectorsStep(cfg),
	}
}

// indexMemoryLimit is the soft memory limit of `bobine index` (see
// runtime/debug.SetMemoryLimit): the garbage collector works harder as the
// heap nears it. Issue 11's target for the full dumps is a 4 GB peak; at
// min_votes 0 the catalogue alone is near 3 GB live, and a limit at 3 GiB
// had the collector run without pause (the join took over 30 minutes).
// 3.5 GiB leaves room for what the limit does not count (the search
// index's mapped segments).
const indexMemoryLimit = 3584 << 20

// writeHeapProfile writes a heap profile of what is live now to path; a
// failure is only logged (profiles are a diagnosis, not the build).
func writeHeapProfile(path string, e *env) {
	f, err := os.Create(path)
	if err == nil {
		runtime.GC()
		err = pprof.WriteHeapProfile(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		e.log.Warn("heap profile not written", "path", path, "err", err)
	}
}

func init() {
	register(&command{
		name:  "index",
		usage: "[flags]",
		short: "build the catalogue and index from the raw dumps",
		long: `Index reads the raw files of the data directory (data.dir):
  imdb/       title.basics, title.ratings, title.principals, title.crew,
              title.akas, name.basics (.tsv.gz or .tsv; only title.basics is required)
  tmdb/       movies.csv (posters, French titles and synopses, budgets...)
  movielens/  movies.csv, links.csv, ratings.csv
keeps the titles a cinema cares about (index.title_types, index.min_votes,
index.include_adult), cleans and joins them, and writes the index directory
(index.dir) atomically: catalogue.bin, ratings.json.gz, report.json,
manifest.json, then the search index, vectors and KPI aggregates. A failed
build leaves the previous index intact. The cleaning report (what was read,
rejected, merged, fixed and is still missing) is printed at the end and
saved as report.json.`,
		flags: func(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
			dataDir := fs.String("data", "", "raw data directory (default data.dir)")
			out := fs.String("out", "", "index directory to write (default index.dir)")
			quiet := fs.Bool("q", false, "do not print the cleaning report")
			profile := fs.String("cpuprofile", "", "write a CPU profile of the build to this file (for `go tool pprof`)")
			memProfile := fs.String("memprofile", "", "write a heap profile at the end of each step to this path plus \".STEP\" (for `go tool pprof`)")
			check := fs.Bool("check", false, "only check that the index directory exists, was written by this build's formats and holds every file its manifest lists, byte for byte (make run re-indexes when not)")
			return func(ctx context.Context, e *env, args []string) error {
				if len(args) > 0 {
					return errUsage
				}
				if *check {
					dir := e.cfg.Index.Dir
					if *out != "" {
						dir = *out
					}
					return checkIndexDir(dir, true)
				}
				o := indexer.Options{
					DataDir:      e.cfg.Data.Dir,
					OutDir:       e.cfg.Index.Dir,
					TitleTypes:   e.cfg.Index.TitleTypes,
					MinVotes:     e.cfg.Index.MinVotes,
					IncludeAdult: e.cfg.Index.IncludeAdult,
				}
				if *dataDir != "" {
					o.DataDir = *dataDir
				}
				if *out != "" {
					o.OutDir = *out
				}
				// The build's garbage (rows parsed, joins, documents) would
				// otherwise let the heap double the live data before each
				// collection; a soft limit keeps the peak near what is live.
				// GOMEMLIMIT, when set, wins.
				softMemoryLimit(indexMemoryLimit, "3.5GiB")
				if *profile != "" {
					stop, err := startCPUProfile(*profile)
					if err != nil {
						return err
					}
					defer stop()
				}
				p := newProgress(e.stderr, e.log)
				o.Progress = p.update
				if *memProfile != "" {
					o.Progress = func(u indexer.Progress) {
						p.update(u)
						if u.Done && (u.File == "" || u.File == "imdb/name.basics.tsv.gz") {
							writeHeapProfile(*memProfile+"."+strings.ReplaceAll(u.Step+u.File, "/", "_"), e)
						}
					}
				}
				start := time.Now()
				steps := indexSteps(e.cfg)
				e.log.Info("indexing", "data_dir", o.DataDir, "out_dir", o.OutDir, "steps", len(steps))
				res, err := indexer.Build(ctx, o, steps...)
				p.finish()
				if err != nil {
					return err
				}
				if !*quiet {
					if err := res.Report.Print(e.stdout); err != nil {
						return err
					}
				}
				e.log.Info("index built", "out_dir", o.OutDir, "films", res.Report.Films, "people", res.Report.People,
					"ratings", res.Report.Ratings, "elapsed", time.Since(start).Round(time.Millisecond).String())
				fmt.Fprintf(e.stdout, "\nIndex written to %s\n", o.OutDir)
				return nil
			}
		},
	})
}
