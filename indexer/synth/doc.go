// Package synth writes synthetic data sets in the exact formats Bobine
// ingests, at any scale up to and beyond the full official dumps, so that
// indexing can be benchmarked without downloading them.
//
// Generate writes, under a directory:
//
//	imdb/title.basics.tsv.gz      Titles rows (the real dump: ~12M)
//	imdb/title.akas.tsv.gz        ~4.5 rows per title
//	imdb/title.principals.tsv.gz  ~8 rows per title
//	imdb/title.crew.tsv.gz        one row per title
//	imdb/title.ratings.tsv.gz     ~13% of titles (most films)
//	imdb/name.basics.tsv.gz       14 people for every 12 titles
//	tmdb/movies.csv               about half of the films
//	movielens/{movies,links,ratings,tags}.csv
//
// IMDb files are gzipped UTF-8 TSV with the official header, LF line ends,
// `\N` for null, comma-separated lists and no quoting (a `"` is data). The
// CSV files are RFC 4180 with CRLF record ends, like the real ones.
//
// The content mimics the real dumps' mix: mostly tvEpisode rows (~7% movie),
// nulls in every nullable column, non-ASCII titles and names, bare quotes,
// JSON `characters` with escaped quotes, and a configurable small fraction
// of malformed rows (wrong column count, unparsable numbers) so that the
// cleaning path runs. Ids and cross-file references are consistent: every
// rating, principal and TMDB row names a title of title.basics.
//
// Titles and names are realistic in what decides search and join costs:
// words are drawn by Zipf rank from vocabularies of real size (seven title
// languages of 30,000 words each, 50,000 first names, 300,000 surnames;
// vocab.go), title and name lengths follow distributions measured on real
// IMDb rows, and vote counts are heavy-tailed so that index.min_votes 500
// keeps ~70,000 films of 12 million titles. Measure computes the same
// distributions from any data directory, to compare with the real dumps.
//
// Output is a pure function of Options (minus Workers and Progress): files
// are written concurrently, each by one goroutine with its own random
// stream, in constant memory.
package synth
