// Package tmdb streams Bobine's TMDB metadata file, tmdb/movies.csv: one row
// per film keyed by its IMDb id, with the fields IMDb lacks (French title and
// synopsis, English synopsis, poster, budget, revenue, countries, keywords,
// popularity, collection, release date, trailer).
//
// # Format
//
// RFC 4180 CSV, UTF-8, optionally gzipped (detected from the magic bytes):
// comma-separated, fields holding a comma, quote or line break are enclosed in
// double quotes with inner quotes doubled, records end with CRLF (LF is
// accepted), a quoted field may span several lines (synopses do). The first
// record is a header; columns are found by name and extra ones ignored:
//
//	imdb_id, tmdb_id, title_fr, original_language, overview_fr, overview_en,
//	poster_path, budget, revenue, production_countries, keywords, popularity,
//	collection_id, release_date, trailer_url
//
// An empty field means unknown (there is no `\N`). budget and revenue are US
// dollars, 0 also meaning unknown. production_countries (ISO 3166-1 alpha-2)
// and keywords are lists joined by `|`. release_date is YYYY-MM-DD.
// poster_path is a TMDB image path ("/abc.jpg").
//
// # Errors
//
// Next returns io.EOF at the end. A record with the wrong number of fields, a
// quoting error, an imdb_id that is not a tconst or an unparsable number gives
// a *data.ParseError (rules column_count, quote, csv_syntax, id, number) and
// reading continues with the next record; any other error (I/O, truncated
// gzip) is fatal and returned again by every later call. Line numbers are
// those of the first line of the record.
package tmdb
