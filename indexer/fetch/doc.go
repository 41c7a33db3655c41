// Package fetch downloads the official IMDb dataset files
// (https://datasets.imdbws.com/: title.basics.tsv.gz, title.akas.tsv.gz...)
// into a local directory.
//
// Downloads are:
//   - resumable: bytes arrive in <name>.part; the validator (ETag or
//     Last-Modified) of the response that started it is kept in
//     <name>.part.meta.json, and the next attempt asks for the rest with
//     Range + If-Range. A server that ignores Range, or whose file changed
//     in between, answers 200 and the download restarts from zero;
//   - atomic: the .part file is fsynced, then renamed over <name>, so a
//     reader never sees a half-written dump;
//   - conditional: the validators of the last complete download are kept in
//     <name>.meta.json and sent as If-None-Match / If-Modified-Since; a 304
//     answer means the local file is current and nothing is transferred.
//
// TMDB and MovieLens files are not fetched: TMDB needs an API key and
// MovieLens is distributed under a licence the user must accept.
//
// The package reports progress through a callback and never logs.
package fetch
