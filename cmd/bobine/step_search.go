package main

import (
	"context"
	"path/filepath"

	"github.com/bobine/bobine/indexer"
	"github.com/bobine/bobine/search"
)

// The Bleve search index of titles, people and keywords (search/).
func init() {
	indexSteps = append(indexSteps, indexer.Step{Name: "search", Run: func(ctx context.Context, dir string, in *indexer.Result) error {
		return search.Build(ctx, filepath.Join(dir, "search"), in.Catalogue)
	}})
}
