// Package tmdbfetch fills tmdb/movies.csv (the format of data/tmdb) from the
// TMDB API for a list of IMDb ids, with the cinema's own API key.
//
// For each id it asks GET /find/{imdb_id}?external_source=imdb_id (skipped
// when an earlier run already knows the TMDB id), then the details of the
// movie or series found, in one request:
//
//	GET /movie/{id}?language=fr-FR&append_to_response=keywords,videos,translations&include_video_language=fr,en,null
//	GET /tv/{id}   (same parameters)
//
// French title and synopsis come from the French translation (the original
// title when the film is French), the English synopsis from the English one;
// the trailer is the best YouTube video of type Trailer (French first, then
// official, then English).
//
// # Being a good API citizen
//
// Requests pass through a client-side token bucket (Options.Rate, Burst)
// shared by the workers. A 429 answer pauses every worker for its
// Retry-After (seconds or HTTP date; Options.RetryWait when absent); a 5xx
// answer, a network error, a timeout or a body that is not complete JSON is
// retried with exponential backoff and jitter, at most Options.Retries times.
// 401 stops the run (the key is wrong); 404 on the details means the film is
// gone. A film that still fails is left out of this run and asked again by
// the next one.
//
// # Resuming and refreshing
//
// Each answer is appended to a journal (Options.Journal, JSON lines: the
// record and when it was fetched, found or not) as soon as it arrives, so a
// run that is killed loses at most the films in flight. A film whose journal
// entry is younger than Options.MaxAge is not asked again; rows of an
// existing movies.csv with no journal entry count as fetched when the file
// was last written. At the end (and when the context is cancelled) movies.csv
// is rewritten atomically (temporary file, fsync, rename) from the journal,
// which is compacted the same way to one line per film.
//
// The API key is never written to a log, an error or a file: requests carry
// it as the api_key parameter (a v3 key) or as a bearer token (a v4 read
// access token), and errors name the path without the query.
package tmdbfetch
