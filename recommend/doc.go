// Package recommend picks films for a customer from the films they liked.
//
// It has two halves. Build (run by `bobine index`) computes two kinds of film
// vectors and writes them under the index directory:
//
//   - content vectors for every title: tf-idf over keywords, genres,
//     directors, writers, main cast, decade, countries, original language and
//     synopsis words (French and English), reduced by a randomised truncated
//     SVD and L2-normalised;
//   - collaborative vectors for the films rated in MovieLens: a truncated SVD
//     of the confidence-weighted film x user matrix of positive ratings
//     (>= 3.5 stars), so that two films liked by the same people are close;
//     they are not length-normalised, so a dot product also carries how
//     widely a film is liked.
//
// Load reads them back and returns a Recommender. Recommend scores, for each
// liked film separately, its nearest neighbours by content and by
// collaborative vectors (brute-force dot products over the whole catalogue),
// adds the more-like-this candidates of the search index, fuses the rankings
// by weighted reciprocal rank fusion with a Bayesian-average quality prior,
// and picks the final films with maximal marginal relevance, one film per
// saga (TMDB collection) and a round-robin over the liked films so that a
// comedy and a western both get their kind. Every film comes with the
// strongest reasons drawn from the data, in French and English.
//
// Evaluate runs the offline evaluation of `bobine eval`: a full-ranking
// comparison of the hybrid against popularity, genre-only nearest neighbours,
// content-only and collaborative-only baselines on held-out MovieLens users.
//
// A Recommender is read-only after Load and safe for concurrent use.
package recommend
