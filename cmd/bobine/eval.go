package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/data/movielens"
	"github.com/bobine/bobine/indexer"
	"github.com/bobine/bobine/recommend"
	"github.com/bobine/bobine/search"
)

func init() {
	register(&command{
		name:  "eval",
		usage: "[flags]",
		short: "offline evaluation of the recommender on MovieLens ratings",
		long: `Eval measures the recommender on MovieLens ratings with full ranking (every
film of the catalogue is a candidate; no sampled negatives). Users are split
by -seed: a share (-split) are test users, the others train the
collaborative vectors (test users' ratings are never used for training).
For each test user, -liked films they rated >= -threshold are the input and
their other films rated >= -threshold are hidden (-draws random draws per
user, averaged); the five films returned
are scored by HR@5, NDCG@5, recall@5 (hits / min(hidden, 5)), catalogue
coverage, intra-list diversity (1 - mean content cosine) and novelty (mean
-log2 share of training users who rated the film).

Bobine's hybrid is compared on the same split with popularity, genre-only
nearest neighbours (genres, year, rating; cosine), content-only and
collaborative-only baselines. With -tune, the fusion weights are first tuned
on the split of -tune-seed, then everything is reported on -seed.

-ratings takes any ratings.csv with the MovieLens layout
(userId,movieId,rating,timestamp); movies are matched to the catalogue by
their MovieLens id. By default the ratings of the index (ratings.json.gz)
are used.`,
		flags: func(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
			ratingsFile := fs.String("ratings", "", "MovieLens ratings.csv (default: the index's ratings)")
			liked := fs.Int("liked", 3, "liked films given as input per test user")
			threshold := fs.Float64("threshold", 4.0, "lowest rating counted as liked")
			seed := fs.Uint64("seed", 2, "seed of the user split that is reported")
			users := fs.Int("users", 0, "at most this many test users (0 = all)")
			draws := fs.Int("draws", 3, "random draws of liked films per test user, averaged (lowers the variance)")
			split := fs.Float64("split", 0.2, "share of users held out as test users")
			tune := fs.Bool("tune", false, "tune the fusion weights on the -tune-seed split first")
			tuneSeed := fs.Uint64("tune-seed", 1, "seed of the split the weights are tuned on")
			tuneDraws := fs.Int("tune-draws", 10, "random draws of liked films per test user on the tuning split (more draws, less over-fitting to a few users)")
			noMLT := fs.Bool("no-mlt", false, "do not use the search index's more-like-this candidates")
			return func(ctx context.Context, e *env, args []string) error {
				if len(args) > 0 {
					return errUsage
				}
				if *tune && *tuneSeed == *seed {
					return fmt.Errorf("-tune-seed and -seed must differ: report on a split the weights were not tuned on")
				}
				dir := e.cfg.Index.Dir
				in, err := indexer.Open(dir)
				if err != nil {
					return err
				}
				cat := in.Catalogue
				ratings := in.Ratings
				if *ratingsFile != "" {
					if ratings, err = readMovieLensRatings(*ratingsFile, cat); err != nil {
						return err
					}
				}
				var cands recommend.Candidates
				if !*noMLT {
					idx, err := search.Open(filepath.Join(dir, "search"), cat)
					if err != nil {
						return fmt.Errorf("%w (re-run `bobine index`, or use -no-mlt)", err)
					}
					defer idx.Close()
					cands = idx
				}
				start := time.Now()
				bo := buildOptions(e.cfg.Recommend)
				content, err := recommend.ContentSpace(ctx, cat, bo)
				if err != nil {
					return err
				}
				e.log.Info("content vectors computed", "films", len(content.IDs), "elapsed", time.Since(start).Round(time.Millisecond).String())
				eo := recommend.EvalOptions{Liked: *liked, Draws: *draws, Threshold: *threshold, TestFraction: *split, MaxUsers: *users, Build: bo}
				opts := recommendOptions(e.cfg.Recommend)
				if *tune {
					to := eo
					to.Seed, to.Draws = *tuneSeed, *tuneDraws
					ev, err := recommend.NewEvaluator(ctx, cat, ratings, content, cands, to)
					if err != nil {
						return err
					}
					opts, _ = ev.Tune(opts)
					fmt.Fprintln(e.stdout, "Tuning split (weights chosen here, maximising HR@5 + NDCG@5):")
					if err := ev.Report(opts).WriteTable(e.stdout); err != nil {
						return err
					}
					fmt.Fprintln(e.stdout, "\nTuned weights (recommend.* keys):")
					printOptions(e.stdout, opts)
					fmt.Fprintln(e.stdout, "\nReport split (not used for tuning):")
				}
				eo.Seed = *seed
				ev, err := recommend.NewEvaluator(ctx, cat, ratings, content, cands, eo)
				if err != nil {
					return err
				}
				if err := ev.Report(opts).WriteTable(e.stdout); err != nil {
					return err
				}
				e.log.Info("evaluation done", "elapsed", time.Since(start).Round(time.Millisecond).String())
				return nil
			}
		},
	})
}

func printOptions(w io.Writer, o recommend.Options) {
	fmt.Fprintf(w, "  weight_mlt %g  weight_content %g  weight_collab %g  weight_profile %g  weight_taste %g  weight_order %g  weight_quality %g\n",
		o.WeightMLT, o.WeightContent, o.WeightCollab, o.WeightProfile, o.WeightTaste, o.WeightOrder, o.WeightQuality)
	fmt.Fprintf(w, "  weight_shared %g  diversity %g  interleave %g  distinct_kind %g  rrf_k %g  quality_votes %g\n",
		o.WeightShared, o.Diversity, o.Interleave, o.DistinctKind, o.RRFK, o.QualityVotes)
}

// readMovieLensRatings reads a MovieLens ratings.csv and maps its movies to
// the catalogue by MovieLens id; ratings of movies absent from the
// catalogue keep an empty FilmID (the evaluation ignores them).
func readMovieLensRatings(path string, cat *data.Catalogue) ([]data.Rating, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	byML := map[int]string{}
	for _, film := range cat.Films() {
		if film.MovieLensID != 0 {
			byML[film.MovieLensID] = film.ID
		}
	}
	rd, err := movielens.NewRatingsReader(f, filepath.Base(path))
	if err != nil {
		return nil, err
	}
	var out []data.Rating
	for {
		r, err := rd.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		var pe *data.ParseError
		if errors.As(err, &pe) {
			continue // a malformed row is skipped, as the indexer does
		}
		if err != nil {
			return nil, err
		}
		out = append(out, data.Rating{User: r.User, Movie: r.Movie, FilmID: byML[r.Movie], Score: r.Rating, Time: r.Time})
	}
}
