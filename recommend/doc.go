// Package recommend picks films for a customer from the films they liked.
//
// It has two halves. Build (run by `bobine index`) computes two kinds of film
// vectors and writes them under the index directory, with each film's
// nearest films in both spaces and the parameters used (build.json):
//
//   - content vectors for every title: tf-idf over keywords, genres (a
//     parody's other genres damped), people (director, writers, three leads,
//     one namespace across roles), TMDB collection, decade, countries,
//     original language and synopsis words (French and English), reduced by
//     a randomised truncated SVD and L2-normalised;
//   - collaborative vectors for the films rated in MovieLens: a truncated SVD
//     of the confidence-weighted film x user matrix of positive ratings
//     (>= 3.5 stars), so that two films liked by the same people are close;
//     they are divided by their length^0.3 only, so a dot product still
//     carries a little of how widely a film is liked. Each records its
//     support (positive ratings).
//
// The same inputs and seed give the same bytes, whatever GOMAXPROCS.
//
// Load reads them back and returns a Recommender. A request goes through
// one file per step:
//
//   - request.go, options.go: what is asked (Request, Constraints) and the
//     model parameters (Options, DefaultOptions: the one statement of every
//     default);
//   - eligible.go: which films the constraints allow (genre bit sets);
//   - candidates.go: per liked film, its nearest eligible films by content
//     and by collaborative vectors, read from the stored neighbour lists (a
//     full scoring of the space only when constraints exhaust a list), the
//     taste profile, and the search index's more-like-this candidates;
//   - fuse.go: weighted reciprocal rank fusion of those rankings with the
//     audience prior (a Bayesian average of the IMDb rating over the votes
//     a French audience would cast, which also orders a request with no
//     liked film), a liked film's own-language candidates raised when it
//     is not in English, each liked film's collaborative
//     ranking weighted by how much MovieLens knows about it (its positive
//     ratings, discounted for a film not in English) and its content
//     ranking taking over the rest, the cinema profile (French, European,
//     art-et-essai films favoured when configured), the tone coherence (a
//     comedy, a drama, an animated film of another tone than every liked
//     film lowered, the liked films' directors' films spared) and films
//     nobody has heard of (a few dozen IMDb votes) lowered, each candidate
//     tied to the liked film it is closest to;
//   - select.go: a selector picks the films: maximal marginal relevance on
//     content vectors, one film per saga (TMDB collection, or a title that
//     numbers or subtitles it: « OSS 117 : … »), at most two films by one
//     director (no cap for a director the constraints ask for, three when
//     the customer liked several of his films), an interleave
//     penalty over the liked films' kinds, and the last slots for a liked
//     film of a kind of its own that has no film yet;
//   - afcae.go: the AFCAE art-et-essai list joined to the catalogue at
//     index time (ReadAFCAE);
//   - explain.go: the strongest reasons drawn from the data, in French and
//     English;
//   - vecmath.go, heap.go: dot products, matrix-vector products, top-k.
//
// Evaluator runs the offline evaluation of `bobine eval` (eval.go, with the
// baselines in eval_baselines.go and the tables in eval_report.go): a
// full-ranking comparison of the hybrid against popularity, genre-only
// nearest neighbours, content-only and collaborative-only baselines on
// held-out MovieLens users.
//
// A Recommender is read-only after Load and safe for concurrent use.
package recommend
