// Package movielens streams the MovieLens files (ml-latest and
// ml-latest-small from GroupLens): movies.csv, links.csv, ratings.csv and
// tags.csv.
//
// # Format
//
// RFC 4180 CSV, UTF-8, optionally gzipped (detected from the magic bytes),
// CRLF or LF record ends, a header record; columns are found by name:
//
//	movies.csv   movieId,title,genres        title "Toy Story (1995)", genres joined by |
//	links.csv    movieId,imdbId,tmdbId       imdbId = tconst digits without "tt" ("0114709"); tmdbId may be empty
//	ratings.csv  userId,movieId,rating,timestamp   rating 0.5-5.0 in halves, timestamp Unix seconds
//	tags.csv     userId,movieId,tag,timestamp
//
// Titles and tags holding a comma or a quote are quoted. The genre
// "(no genres listed)" means none and gives nil.
//
// # Errors
//
// Next returns io.EOF at the end. A record with the wrong number of fields, a
// quoting error or an unparsable number gives a *data.ParseError (rules
// column_count, quote, csv_syntax, number, id) and reading continues; any
// other error (I/O, truncated gzip) is fatal and returned again by every
// later call.
package movielens
