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

// The recommender's content and collaborative vectors (vectors/).
func init() {
	indexSteps = append(indexSteps, indexer.Step{Name: "vectors", Run: func(ctx context.Context, dir string, in *indexer.Result) error {
		return recommend.Build(ctx, filepath.Join(dir, "vectors"), in.Catalogue, in.Ratings, buildOptions(runConfig.Index))
	}})
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
	return o
}
