// Package indexertest gives tests the development dataset and the catalogue
// read from it, once per test binary.
package indexertest
