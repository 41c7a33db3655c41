package main

import (
	"context"
	"path/filepath"

	"github.com/bobine/bobine/config"
	"github.com/bobine/bobine/indexer"
	"github.com/bobine/bobine/search"
)

// searchStep writes the Bleve search index of titles, people and keywords (search/).
func searchStep(config.Config) indexer.Step {
	return indexer.Step{Name: "search", Run: func(ctx context.Context, dir string, in *indexer.Result) error {
		return search.Build(ctx, filepath.Join(dir, "search"), in.Catalogue)
	}}
}
