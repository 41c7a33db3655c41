package main

import (
	"github.com/bobine/bobine/indexer"
	"github.com/bobine/bobine/indexer/kpi"
)

// The KPI page's aggregates for the unfiltered catalogue (kpi.json).
func init() { indexSteps = append(indexSteps, indexer.Step{Name: "kpi", Run: kpi.Build}) }
