package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/bobine/bobine/indexer/synth"
)

func init() {
	register(&command{
		name:  "gen",
		usage: "[flags]",
		short: "write a synthetic data set in the official formats (for benchmarks)",
		long: `Gen writes synthetic IMDb, TMDB and MovieLens files in the exact official formats
into -dir: imdb/ (the six .tsv.gz dumps with their official headers), tmdb/movies.csv
and movielens/ (movies, links, ratings, tags). -titles sets the number of
title.basics rows; every other file scales with it (principals ~8 per title, akas
~4.5, name.basics 14 people per 12 titles). The default, 12,000,000 titles, is the
size of the real dumps (about 9 GB of uncompressed text, a few GB gzipped).

The same -seed gives the same bytes. A small fraction of rows (-bad) is malformed
on purpose (wrong column count, unparsable numbers) so that indexing exercises its
cleaning path. Titles and names draw their words by Zipf rank from vocabularies
of realistic size (tens of thousands of words per language, 50,000 first names,
300,000 surnames), with lengths measured on real IMDb rows; vote counts are
heavy-tailed so that index.min_votes 500 keeps ~70,000 films at full size.

-stats writes nothing: it measures the set already in -dir (title words per
title, vocabulary size and Zipf slope, name tokens, vote percentiles) beside the
real dumps of data.dir (-real), on samples of the same size.

Index the result with:

  BOBINE_DATA_DIR=var/synth bobine index`,
		flags: func(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
			dir := fs.String("dir", "var/synth", "output directory (imdb/, tmdb/ and movielens/ are written in it)")
			titles := fs.Int("titles", 12_000_000, "rows of title.basics")
			seed := fs.Uint64("seed", 1, "random seed")
			bad := fs.Float64("bad", 0.0002, "fraction of malformed rows")
			workers := fs.Int("workers", 0, "files written at once (default: number of CPUs)")
			stats := fs.Bool("stats", false, "measure the set in -dir beside the real dumps of -real, write nothing")
			realDir := fs.String("real", "", "with -stats: directory of real dumps (default data.dir)")
			return func(ctx context.Context, e *env, args []string) error {
				if len(args) > 0 {
					return errUsage
				}
				if *stats {
					if *realDir == "" {
						*realDir = e.cfg.Data.Dir
					}
					return printStats(e, *realDir, *dir)
				}
				start := time.Now()
				e.log.Info("generating synthetic data", "dir", *dir, "titles", *titles, "people", synth.People(*titles), "seed", *seed)
				files, err := synth.Generate(ctx, synth.Options{
					Dir: *dir, Titles: *titles, Seed: *seed, Bad: *bad, Workers: *workers,
					Progress: func(p synth.Progress) {
						if !p.Done {
							e.log.Info("generating", "file", p.File, "rows", p.Rows)
						}
					},
				})
				if err != nil {
					return err
				}
				var rows, bytes int64
				for _, f := range files {
					rows += f.Rows
					bytes += f.Bytes
					fmt.Fprintf(e.stdout, "%-30s %12d rows %8d malformed %14d bytes\n", f.Name, f.Rows, f.Bad, f.Bytes)
				}
				d := time.Since(start)
				fmt.Fprintf(e.stdout, "%-30s %12d rows %23d bytes in %s (%.0f rows/s)\n", "total", rows, bytes, d.Round(time.Millisecond), float64(rows)/d.Seconds())
				return nil
			}
		},
	})
}

// printStats measures the real dumps in realDir and the generated set in
// dir on samples of the same size and prints them side by side.
func printStats(e *env, realDir, dir string) error {
	real, err := synth.Measure(realDir, synth.Sample{})
	if err != nil {
		return err
	}
	gen, err := synth.Measure(dir, real.Size())
	if err != nil {
		return err
	}
	if lim := real.Size().Smaller(gen.Size()); lim != real.Size() {
		if real, err = synth.Measure(realDir, lim); err != nil {
			return err
		}
	}
	return synth.PrintComparison(e.stdout, "real", real, "generated", gen)
}
