// Package kpi computes the statistics of the KPI page: what the catalogue
// holds (types, genres, decades, runtimes, French productions), who plays in
// it (most frequent actors, films vs series, age at release), what is best
// rated (Bayesian average), what earns money, a 3D view, and how far the data
// can be trusted (the indexer's cleaning report).
//
// Compute is pure and fast (tens of milliseconds on the development dataset)
// so that filtered views can be computed on request: Reports is where that
// happens, with a small cache. The index step writes the unfiltered report as
// kpi.json in the index directory (Write) and serve reads it back (Load).
// The package depends on the catalogue only, not on the indexer: the
// cleaning report reaches it as a Cleaning value.
//
// Every section carries a one-line French takeaway written from its own
// figures, so a chart and its sentence never disagree.
package kpi
