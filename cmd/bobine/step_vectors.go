package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"

	"github.com/bobine/bobine/config"
	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/indexer"
	"github.com/bobine/bobine/recommend"
)

// vectorsSeed seeds the randomised SVDs: fixed, so that the same data always
// gives the same vectors.
const vectorsSeed = 1

// vectorsStep writes the recommender's content and collaborative vectors
// (vectors/) and joins the AFCAE art-et-essai list.
func vectorsStep(cfg config.Config) indexer.Step {
	return indexer.Step{Name: "vectors", Run: func(ctx context.Context, dir string, in *indexer.Result) error {
		vdir := filepath.Join(dir, "vectors")
		if err := recommend.Build(ctx, vdir, vectorCatalogue(in.Catalogue), in.Ratings, buildOptions(cfg.Index)); err != nil {
			return err
		}
		return joinAFCAE(vdir, afcaeFile(cfg), in)
	}}
}

// maxVectorTitles is the most titles the vector spaces hold: the most voted
// ones. Every film of a catalogue kept at index.min_votes 500 (~70,000 at
// the official size) is among them; at min_votes 0 (1.4 M titles, for the
// staff's searches) the rest have a few votes each, nothing a customer
// asks to be recommended, and the neighbour lists cost the square of the
// titles (hours at 1.4 M). A liked title outside the spaces is
// recommended from like a film without content features.
const maxVectorTitles = 100_000

// vectorCatalogue is cat when it holds at most maxVectorTitles titles, else
// a catalogue of its maxVectorTitles most voted ones (ties by id), sharing
// their records' strings and lists.
func vectorCatalogue(cat *data.Catalogue) *data.Catalogue {
	return topVoted(cat, maxVectorTitles)
}

func topVoted(cat *data.Catalogue, n int) *data.Catalogue {
	films := cat.Films()
	if len(films) <= n {
		return cat
	}
	order := make([]int32, len(films))
	for i := range order {
		order[i] = int32(i)
	}
	// films are sorted by id: a stable sort by votes breaks ties by id.
	sort.SliceStable(order, func(a, b int) bool { return films[order[a]].Votes > films[order[b]].Votes })
	top := make([]data.Film, n)
	for i := range top {
		top[i] = films[order[i]]
	}
	slog.Info("vectors computed for the most voted titles only", "titles", n, "of", len(films), "min_votes", top[n-1].Votes)
	return data.NewCatalogue(top, nil)
}

// afcaeFile is the AFCAE list to join: index.afcae_file, else the
// development bundle's copy under data.dir when present ("" for none).
func afcaeFile(c config.Config) string {
	if c.Index.AFCAEFile != "" {
		return c.Index.AFCAEFile
	}
	p := filepath.Join(c.Data.Dir, "afcae", "afcae_art_et_essai.csv")
	if _, err := os.Stat(p); err == nil {
		return p
	}
	return ""
}

// joinAFCAE joins the AFCAE art-et-essai list at path to the catalogue,
// writes the films matched beside the vectors, and adds the rows read,
// refused and matched to the cleaning report.
// A configured file that cannot be read stops the build.
func joinAFCAE(vdir, path string, in *indexer.Result) error {
	if path == "" {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("index.afcae_file: %w", err)
	}
	defer f.Close()
	a, err := recommend.ReadAFCAE(f, in.Catalogue)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := recommend.WriteArtEtEssai(vdir, a.IDs); err != nil {
		return err
	}
	st := indexer.FileStats{File: "afcae/" + filepath.Base(path), Rows: int64(a.Rows), Rejected: int64(a.Refused), Used: int64(a.Matched)}
	if fi, err := f.Stat(); err == nil {
		st.Bytes = fi.Size()
	}
	in.Report.Files = append(in.Report.Files, st)
	if a.Unmatched > 0 {
		if in.Report.Missing == nil {
			in.Report.Missing = map[string]int64{}
		}
		in.Report.Missing["afcae_row_without_film"] = int64(a.Unmatched)
	}
	slog.Info("AFCAE art-et-essai list joined", "file", path, "rows", a.Rows, "refused", a.Refused, "matched", a.Matched, "unmatched", a.Unmatched, "films", len(a.IDs), "refused_examples", a.Examples)
	return nil
}

// buildOptions maps the index.* keys to the vector build options; a zero
// configuration (no command run) takes the defaults.
func buildOptions(c config.Index) recommend.BuildOptions {
	return recommend.BuildOptions{ContentDims: c.ContentDims, CollabDims: c.CollabDims, Seed: vectorsSeed}
}

// recommendOptions sets the cinema's choices (recommend.* keys) on the
// recommender's defaults; the model parameters are recommend's own.
func recommendOptions(c config.Recommend) recommend.Options {
	o := recommend.DefaultOptions()
	if c.Count > 0 {
		o.Count = c.Count
	}
	o.Diversity = c.Diversity
	o.FavourFrench, o.FavourEuropean, o.FavourArtEtEssai = c.FavourFrench, c.FavourEuropean, c.FavourArtEtEssai
	o.FrenchAudience, o.EuropeanAudience = c.AudienceFrench, c.AudienceEuropean
	return o
}
