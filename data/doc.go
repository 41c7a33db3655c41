// Package data is Bobine's domain: films, people, credits, ratings, their
// identifiers and the in-memory catalogue that every other package reads.
//
// It imports only the standard library. Readers of each external format live
// beside it, one subpackage per source (data/imdb, data/tmdb, data/movielens);
// they stream one record at a time and report malformed rows as *ParseError
// values that carry the file name and line number.
//
// A Catalogue is built once by the indexer, written with WriteCatalogue and
// read back by the server with OpenCatalogue (mapped) or ReadCatalogue. Once built it is never mutated,
// so it is safe for concurrent use by any number of readers. The films of
// a catalogue opened with OpenCatalogue on Linux are read-only memory
// outside the Go heap: writing into one faults.
package data
