package main

import (
	"context"
	"path/filepath"

	"github.com/bobine/bobine/config"
	"github.com/bobine/bobine/indexer"
	"github.com/bobine/bobine/recommend"
)

// vectorsSeed seeds the randomised SVDs: fixed, so that the same data always
// gives the same vectors.
const vectorsSeed = 1

// vectorsStep writes the recommender's content and collaborative vectors (vectors/).
func vectorsStep(cfg config.Config) indexer.Step {
	return indexer.Step{Name: "vectors", Run: func(ctx context.Context, dir string, in *indexer.Result) error {
		return recommend.Build(ctx, filepath.Join(dir, "vectors"), in.Catalogue, in.Ratings, buildOptions(cfg.Recommend))
	}}
}

// buildOptions maps the recommend.* keys to the vector build options; a
// zero configuration (no command run) takes the defaults.
func buildOptions(c config.Recommend) recommend.BuildOptions {
	return recommend.BuildOptions{ContentDims: c.ContentDims, CollabDims: c.CollabDims, Seed: vectorsSeed}
}

// recommendOptions maps the recommend.* keys to the recommender's options.
func recommendOptions(c config.Recommend) recommend.Options {
	return recommend.Options{
		Count:            c.Count,
		WeightMLT:        c.WeightMLT,
		WeightContent:    c.WeightContent,
		WeightCollab:     c.WeightCollab,
		WeightProfile:    c.WeightProfile,
		WeightTaste:      c.WeightTaste,
		WeightOrder:      c.WeightOrder,
		WeightQuality:    c.WeightQuality,
		WeightShared:     c.WeightShared,
		Diversity:        c.Diversity,
		Interleave:       c.Interleave,
		DistinctKind:     c.DistinctKind,
		DistinctAudience: c.DistinctAudience,
		KindFloor:        c.KindFloor,
		RRFK:             c.RRFK,
		QualityVotes:     c.QualityVotes,
	}
}
