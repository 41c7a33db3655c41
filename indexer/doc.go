// Package indexer turns the raw IMDb, TMDB and MovieLens files of a data
// directory into what `bobine serve` loads: a cleaned, joined catalogue,
// the MovieLens ratings mapped to IMDb ids, a cleaning report, and whatever
// extra build steps (search index, vectors, KPI) the command plugs in.
//
// Read streams every file once, filtering early so that memory stays bounded
// by the kept titles, not by the size of the dumps: title.ratings and
// title.basics first (the kept set), then crew, principals and akas of kept
// titles only, then name.basics for the people they reference, then TMDB and
// MovieLens. Ids are held as integers (tt0111161 -> 111161) while reading.
// Rows of other titles, and title.basics rows of types not kept, are
// skipped before being parsed (so a malformed field in them is not
// reported). Until the join, a credit is a few integers in a chunked store
// and its characters raw text in an arena; lists that many records repeat
// (genres, professions, characters) are shared. At index.min_votes 0 on the
// official size (1.4 M titles, 6.9 M people, 11 M credits) the joined
// catalogue is about 3 GB of live heap; it is the floor of the build.
//
// The data directory holds imdb/ (title.basics, title.ratings,
// title.principals, title.crew, title.akas, name.basics; .tsv.gz or .tsv; the
// IMDb files may also sit directly in the data directory, as `bobine fetch`
// leaves them), tmdb/movies.csv and movielens/{movies,links,ratings}.csv.
// Only title.basics is required; a missing file is noted in the report.
//
// Build writes the index directory atomically: everything goes to a
// temporary directory beside Options.OutDir, which replaces the previous
// directory only once every file and step has succeeded and been synced.
// The output is deterministic: the same input gives a byte-identical
// catalogue.bin (the binary catalogue of data.WriteCatalogue).
package indexer
