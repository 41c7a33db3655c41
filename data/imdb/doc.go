// Package imdb streams the official IMDb non-commercial datasets
// (https://developer.imdb.com/non-commercial-datasets/): title.basics,
// title.ratings, title.principals, title.crew, title.akas and name.basics.
//
// # Format
//
// Each file is UTF-8 tab-separated text, usually gzipped (.tsv.gz); plain
// .tsv is read too, the compression is detected from the magic bytes. The
// first line is a header naming the columns; columns are found by name, so
// their order does not matter and extra columns are ignored, but a missing
// column makes New*Reader fail with an error wrapping ErrHeader (an empty
// file has no header and fails the same way). Every row must have as many
// fields as the header. Lines end with LF (a CR before it is dropped).
//
// There is no quoting of any kind: a `"` is an ordinary character, and a
// field never holds a tab or a line break. `\N` marks a null value: it
// becomes "" for text, 0 for numbers, false for booleans and nil for lists.
// Lists (genres, directors, writers, primaryProfession, knownForTitles,
// types, attributes) are comma-separated. Booleans (isAdult,
// isOriginalTitle) are 0 or 1. Ids are "tt" (titles) or "nm" (names)
// followed by at least 7 digits, zero-padded to 7: tt0111161, tt10872600.
// The characters column of title.principals is a JSON array of strings,
// returned as raw text.
//
// # Errors
//
// Next returns io.EOF after the last row. A row with the wrong number of
// columns, a malformed key id or an unparsable number or boolean gives a
// *data.ParseError (File, Line, Rule: column_count, id, number, bool); the
// row is skipped and the next call continues with the following line. Any
// other error (an I/O error, a truncated or corrupt gzip stream) is fatal:
// it names the file and line, and every later call returns it again.
//
// Readers are not safe for concurrent use. Each row costs one allocation
// (its fields are substrings of one string); Keep skips unwanted rows before
// any allocation, which is how the indexer reads the 95M-row principals.
package imdb
