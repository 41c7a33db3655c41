package main

import (
	"context"
	"fmt"

	"github.com/bobine/bobine/config"
	"github.com/bobine/bobine/indexer"
	"github.com/bobine/bobine/indexer/kpi"
)

// kpiStep writes the KPI page's report of the unfiltered catalogue, with
// the data-quality section from the cleaning report (kpi.json).
func kpiStep(config.Config) indexer.Step {
	return indexer.Step{Name: "kpi", Run: func(ctx context.Context, dir string, in *indexer.Result) error {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("kpi: build: %w", err)
		}
		defer kpi.Forget() // the later steps need the memory
		return kpi.Write(dir, kpiReport(in))
	}}
}

// kpiReport computes the unfiltered KPI report of in.
func kpiReport(in *indexer.Result) *kpi.Report {
	r := kpi.Compute(in.Catalogue, kpi.Filter{})
	if rep := in.Report; rep != nil {
		r.Quality = kpi.Summarize(kpi.Cleaning{Films: rep.Films, People: rep.People, Files: rep.Files, Rejected: rep.Rejected,
			Missing: rep.Missing, Fixed: rep.Fixed, Filled: rep.Filled, Duplicates: rep.Duplicates, Filtered: rep.Filtered})
	}
	return r
}
