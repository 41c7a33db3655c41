package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
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

-seeds reports on several splits instead of -seed (e.g. -seeds 3-7 or
-seeds 3,4,5,6,7): the mean of each system over the splits, each counting
once, and per split the hybrid's lead over the best baseline of that split.
One split of about a hundred test users is too noisy to tell systems a few
thousandths apart. With -tune, -tune-seed must not be among them.

Before the MovieLens split, the judged set of the cinema's audience
(-judged, by default recommend/testdata/judged_fr.txt when run from the
repository root) is reported: five films from each liked film alone, judged
precision@5, the share of French productions, distinct films, for the tune
half (-heldout adds the held-out half: look at it rarely, never tune on it),
and what each cinema-profile setting costs and gains. -opt overrides model
parameters (fields of recommend.Options); -try reports variants side by side.

-ratings takes any ratings.csv with the MovieLens layout
(userId,movieId,rating,timestamp); movies are matched to the catalogue by
their MovieLens id. By default the ratings of the index (ratings.json.gz)
are used.`,
		flags: func(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
			ratingsFile := fs.String("ratings", "", "MovieLens ratings.csv (default: the index's ratings)")
			liked := fs.Int("liked", 3, "liked films given as input per test user")
			threshold := fs.Float64("threshold", 4.0, "lowest rating counted as liked")
			seed := fs.Uint64("seed", 2, "seed of the user split that is reported")
			seedList := fs.String("seeds", "", "report the mean over these splits instead of -seed: a list of seeds and ranges, e.g. 3-7 or 3,4,5,6,7")
			users := fs.Int("users", 0, "at most this many test users (0 = all)")
			draws := fs.Int("draws", 3, "random draws of liked films per test user, averaged (lowers the variance)")
			split := fs.Float64("split", 0.2, "share of users held out as test users")
			tune := fs.Bool("tune", false, "tune the fusion weights on the -tune-seed split first")
			tuneSeed := fs.Uint64("tune-seed", 1, "seed of the split the weights are tuned on")
			tuneDraws := fs.Int("tune-draws", 10, "random draws of liked films per test user on the tuning split (more draws, less over-fitting to a few users)")
			noMLT := fs.Bool("no-mlt", false, "do not use the search index's more-like-this candidates")
			judged := fs.String("judged", defaultJudgedSet, "judged set of the cinema's audience (recommend/testdata/judged_fr.txt format); empty = none")
			heldout := fs.Bool("heldout", false, "also report the judged set's held-out half (look at it rarely: never tune on it)")
			judgedOnly := fs.Bool("judged-only", false, "only the judged set, no MovieLens split")
			optSet := fs.String("opt", "", "override model parameters, e.g. -opt WeightCollab=1,CollabEvidence=50 (fields of recommend.Options)")
			try := fs.String("try", "", "also report these variants of the model parameters, separated by ';' (each as -opt), after the hybrid")
			collabNorm := fs.Float64("collab-norm", 0, "length normalisation of the collaborative vectors, 0-1 (0: the default; negative: none)")
			cases := fs.Bool("cases", false, "print the films answered for each liked film of the judged set's tune half")
			return func(ctx context.Context, e *env, args []string) error {
				if len(args) > 0 {
					return errUsage
				}
				seeds := []uint64{*seed}
				if *seedList != "" {
					seedSet := false
					fs.Visit(func(f *flag.Flag) { seedSet = seedSet || f.Name == "seed" })
					if seedSet {
						return fmt.Errorf("-seed and -seeds: give one or the other")
					}
					var err error
					if seeds, err = parseSeeds(*seedList); err != nil {
						return fmt.Errorf("-seeds: %w", err)
					}
				}
				if *tune && slices.Contains(seeds, *tuneSeed) {
					return fmt.Errorf("-tune-seed %d is among the reported seeds: report on splits the weights were not tuned on", *tuneSeed)
				}
				dir := e.cfg.Index.Dir
				in, err := indexer.Open(ctx, dir)
				if err != nil {
					return err
				}
				cat := in.Catalogue
				var ratings []data.Rating
				if *ratingsFile != "" {
					ratings, err = readMovieLensRatings(*ratingsFile, cat)
				} else {
					ratings, err = indexer.ReadRatings(dir)
				}
				if err != nil {
					return err
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
				bo := buildOptions(e.cfg.Index)
				bo.CollabNorm = *collabNorm
				content, err := recommend.ContentSpace(ctx, cat, bo)
				if err != nil {
					return err
				}
				e.log.Info("content vectors computed", "films", len(content.IDs), "elapsed", time.Since(start).Round(time.Millisecond).String())
				opts, err := setOptions(recommendOptions(e.cfg.Recommend), *optSet)
				if err != nil {
					return fmt.Errorf("-opt: %w", err)
				}
				if *judged != "" {
					if err := judgedReport(ctx, e, cat, ratings, content, cands, bo, opts, *try, *judged, *heldout, *cases); err != nil {
						return err
					}
					if *judgedOnly {
						return nil
					}
					fmt.Fprintln(e.stdout)
				}
				eo := recommend.EvalOptions{Liked: *liked, Draws: *draws, Threshold: *threshold, TestFraction: *split, MaxUsers: *users, Build: bo}
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
					fmt.Fprintln(e.stdout, "\nTuned weights (fields of recommend.DefaultOptions):")
					printOptions(e.stdout, opts)
					fmt.Fprintln(e.stdout, "\nReport split (not used for tuning):")
				}
				var reps []*recommend.EvalReport
				for _, sd := range seeds {
					eo.Seed = sd
					ev, err := recommend.NewEvaluator(ctx, cat, ratings, content, cands, eo)
					if err != nil {
						return err
					}
					rep := ev.Report(opts)
					for _, t := range strings.Split(*try, ";") {
						if strings.TrimSpace(t) == "" {
							continue
						}
						o, err := setOptions(opts, t)
						if err != nil {
							return fmt.Errorf("-try: %w", err)
						}
						rep.Systems = append(rep.Systems, ev.Hybrid(t, o))
					}
					reps = append(reps, rep)
					e.log.Info("split evaluated", "seed", sd, "elapsed", time.Since(start).Round(time.Millisecond).String())
				}
				if len(reps) == 1 {
					if err := reps[0].WriteTable(e.stdout); err != nil {
						return err
					}
				} else {
					mr, err := recommend.NewMeanReport(reps)
					if err != nil {
						return err
					}
					if err := mr.WriteTable(e.stdout); err != nil {
						return err
					}
				}
				e.log.Info("evaluation done", "elapsed", time.Since(start).Round(time.Millisecond).String())
				return nil
			}
		},
	})
}

// setOptions sets the fields of o named in list ("Name=value,..."): the
// numeric fields of recommend.Options.
func setOptions(o recommend.Options, list string) (recommend.Options, error) {
	if strings.TrimSpace(list) == "" {
		return o, nil
	}
	v := reflect.ValueOf(&o).Elem()
	for _, kv := range strings.Split(list, ",") {
		name, val, ok := strings.Cut(strings.TrimSpace(kv), "=")
		f := v.FieldByName(strings.TrimSpace(name))
		if !ok || !f.IsValid() {
			return o, fmt.Errorf("%q: want Name=value with Name a field of recommend.Options", kv)
		}
		x, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
		if err != nil {
			return o, fmt.Errorf("%q: %w", kv, err)
		}
		switch f.Kind() {
		case reflect.Float64:
			f.SetFloat(x)
		case reflect.Int:
			f.SetInt(int64(x))
		default:
			return o, fmt.Errorf("%q: not a number field", name)
		}
	}
	return o, nil
}

// defaultJudgedSet is the judged set of the repository, used when bobine
// eval runs from its root.
const defaultJudgedSet = "recommend/testdata/judged_fr.txt"

// judgedReport evaluates the recommender, with vectors trained on all the
// ratings as `bobine index` does, on the judged set at path: judged
// precision@5, share of French productions, distinct films, for the tune
// half (and the held-out half with heldout), then what each setting of the
// cinema profile costs and gains there.
func judgedReport(ctx context.Context, e *env, cat *data.Catalogue, ratings []data.Rating, content *recommend.Space, cands recommend.Candidates,
	bo recommend.BuildOptions, opts recommend.Options, try, path string, heldout, cases bool) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) && path == defaultJudgedSet {
		e.log.Info("no judged set here, skipped", "path", path)
		return nil
	}
	if err != nil {
		return err
	}
	set, err := recommend.ParseJudged(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	v, err := recommend.ComputeWith(ctx, cat, ratings, content, bo)
	if err != nil {
		return err
	}
	// The art-et-essai list joined by `bobine index`.
	if v.ArtEtEssai, err = recommend.ReadArtEtEssai(filepath.Join(e.cfg.Index.Dir, "vectors")); err != nil {
		return err
	}
	parts := []string{recommend.JudgedTune}
	if heldout {
		parts = append(parts, recommend.JudgedHeldOut)
	}
	fmt.Fprintf(e.stdout, "Judged set %s (%d liked films; each asked alone for 5 films):\n", path, len(set.Liked))
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "setting\tpart\tliked\tP@5\tFrench\tFrench (French liked)\tdistinct films\t")
	type setting struct {
		name string
		o    recommend.Options
	}
	settings := []setting{{"as configured", opts}}
	for _, t := range strings.Split(try, ";") {
		if strings.TrimSpace(t) == "" {
			continue
		}
		o, err := setOptions(opts, t)
		if err != nil {
			return fmt.Errorf("-try: %w", err)
		}
		settings = append(settings, setting{t, o})
	}
	for _, x := range []struct {
		name string
		set  func(o *recommend.Options, v float64)
	}{
		{"favour_french", func(o *recommend.Options, v float64) { o.FavourFrench = v }},
		{"favour_european", func(o *recommend.Options, v float64) { o.FavourEuropean = v }},
		{"favour_art_et_essai", func(o *recommend.Options, v float64) { o.FavourArtEtEssai = v }},
	} {
		for _, val := range []float64{0.5, 1} {
			o := opts
			x.set(&o, val)
			settings = append(settings, setting{fmt.Sprintf("%s %g", x.name, val), o})
		}
	}
	var first *recommend.JudgedReport
	for _, st := range settings {
		rep, err := recommend.EvaluateJudged(ctx, recommend.New(cat, v, cands, st.o), cat, set, 5)
		if err != nil {
			return err
		}
		if first == nil {
			first = rep
		}
		for _, part := range parts {
			sc, ok := rep.Score(part, "")
			if !ok {
				continue
			}
			distinct := map[string]bool{}
			for _, c := range rep.Cases {
				if c.Liked.Part == part {
					for _, f := range c.Films {
						distinct[f.ID] = true
					}
				}
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%.3f\t%.0f %%\t%.0f %%\t%d\t\n", st.name, part, sc.Liked, sc.Precision, 100*sc.French, 100*sc.FrenchOfFrench, len(distinct))
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if cases {
		fmt.Fprintln(e.stdout, "\nTune half, as configured (+ welcome, FR French production):")
		return first.WriteTuneCases(e.stdout)
	}
	return nil
}

// maxSeeds bounds -seeds.
const maxSeeds = 100

// parseSeeds parses a comma-separated list of seeds and inclusive ranges
// ("3-7", "3,4,5", "1,3-5"), in the order given. A seed given twice is an
// error: it would count twice in the mean.
func parseSeeds(s string) ([]uint64, error) {
	var out []uint64
	add := func(n uint64) error {
		if slices.Contains(out, n) {
			return fmt.Errorf("seed %d given twice", n)
		}
		out = append(out, n)
		return nil
	}
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		lo, hi, isRange := strings.Cut(part, "-")
		a, err := strconv.ParseUint(strings.TrimSpace(lo), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not a seed or a range of seeds", part)
		}
		b := a
		if isRange {
			if b, err = strconv.ParseUint(strings.TrimSpace(hi), 10, 64); err != nil || b < a {
				return nil, fmt.Errorf("%q is not a range of seeds (low-high)", part)
			}
		}
		if b-a >= maxSeeds || len(out)+int(b-a) >= maxSeeds {
			return nil, fmt.Errorf("more than %d seeds: each split takes seconds", maxSeeds)
		}
		for n := a; ; n++ {
			if err := add(n); err != nil {
				return nil, err
			}
			if n == b {
				break
			}
		}
	}
	return out, nil
}

// printOptions prints the model parameters as the fields of
// recommend.DefaultOptions, to copy there.
func printOptions(w io.Writer, o recommend.Options) {
	fmt.Fprintf(w, "  WeightMLT: %g, WeightContent: %g, WeightCollab: %g, WeightTaste: %g, WeightQuality: %g, WeightShared: %g,\n",
		o.WeightMLT, o.WeightContent, o.WeightCollab, o.WeightTaste, o.WeightQuality, o.WeightShared)
	fmt.Fprintf(w, "  Diversity: %g, Interleave: %g, DistinctKind: %g, DistinctAudience: %g, RRFK: %g, AudienceVotes: %g,\n",
		o.Diversity, o.Interleave, o.DistinctKind, o.DistinctAudience, o.RRFK, o.AudienceVotes)
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
