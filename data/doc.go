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
// outside the Go heap: writing into one faults. They are decoded into a
// scratch file of the temporary directory ($TMPDIR, else /tmp), removed
// from it at once (nothing is left behind, even by kill -9) and mapped, as
// are the people and the integer tables, so that Catalogue.Evict lets their
// pages leave the resident set; on tmpfs, or when no such file can be
// made, films stay in anonymous memory and the tables on the heap.
package data
