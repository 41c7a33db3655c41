package main

import (
	"github.com/bobine/bobine/config"
	"github.com/bobine/bobine/indexer"
	"github.com/bobine/bobine/indexer/kpi"
)

// kpiStep writes the KPI page's aggregates for the unfiltered catalogue (kpi.json).
func kpiStep(config.Config) indexer.Step { return indexer.Step{Name: "kpi", Run: kpi.Build} }
