// Package textio holds what the format readers of data/imdb, data/tmdb and
// data/movielens share: transparent gzip decompression (sniffed from the
// magic bytes, not the file name) and a CSV table reader that checks the
// header by column name and turns malformed records into *data.ParseError.
package textio
