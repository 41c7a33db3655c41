// Package search finds the film or person a customer means, in French or
// English, despite typos and missing accents. It is the only package that
// imports Bleve.
//
// The Bleve index holds one document per film (mapping.go): year, decade,
// genres, people (directors, writers, main cast, by name and by id), TMDB
// keywords, French and English synopses and votes, for MoreLikeThis and the
// themes. Documents store nothing but their id: hits are read back from the
// data.Catalogue passed to Open, which must be the one the index was built
// from.
//
// Titles and names are not in Bleve: Open builds two small in-memory
// inverted indexes from the catalogue (textindex.go), one of every title of
// every film and one of every person's name, each a sorted dictionary of
// words and of joined keys with posting lists numbered by popularity (most
// voted first). Resolution, people search and autocompletion read them, so
// that their cost follows what a query matches and not the size of the
// catalogue: a common word contributes its most popular films only, and
// autocompletion merges posting lists and stops at the 50 most popular
// films that fit.
//
// Titles and names go through one normaliser (text.go) both when indexed and
// when searched: Unicode NFKD and ASCII folding (é->e, œ->oe, æ->ae,
// ß->ss), lower case, French elisions ("l'", "d'", "qu'"), possessives,
// hyphens as spaces ("spider man" = "Spider-Man"), dotted acronyms ("E.T."),
// number words and small roman numerals as digits ("Episode IV" ~ "4"), and
// joined keys without a leading article ("Les Évadés" ~ "evades",
// "spiderman" ~ "Spider-Man"). Synopses and keywords are stemmed in French
// and English.
//
// ResolveFilm takes 60 candidates from the title index (each word as typed,
// or within its typo budget when the dictionary lacks it: none under 4
// characters, one up to 7, two from 8, first letter kept; the joined title
// as a key; the last word as a prefix; scored by idf), then rescores them in
// Go: whole-title matches above all-words-in-order matches
// above partial ones, plus a popularity prior (log of IMDb votes) so that
// the famous film wins a tie and an obscure exact homonym never beats the
// film everyone means, films before series. Its confidence says whether the
// top match is a clear winner (see ClearWinner) or the chat should ask
// "which Dune: 1984 or 2021?".
//
// MoreLikeThis, which Bleve lacks, weighs the terms of the liked films
// (people, keywords, genres, decade, country, synopsis words) by tf-idf,
// keeps the 25 most distinctive and scores them as Bleve scores a boosted
// disjunction, on the terms' postings read from Bleve once and kept in
// memory: its cost follows the postings of the query's terms.
//
// MatchTheme reads a customer's words as a plot theme ("un film de
// braquage", "sur la seconde guerre mondiale", "time travel") and
// FilmsOnTheme ranks the films carrying it, well-known and well-rated
// first; SearchKeywords (the API's type=keywords) is the two together. Build
// learns the theme model from the catalogue and writes it beside the Bleve
// files (themes.json.gz): for every French and English word or pair of
// neighbouring words of the synopses and titles (stemmed), the TMDB
// keywords its films carry more often than chance (share of the films,
// weighed by the log of the lift), and for each keyword the French words
// that name it. That is how "braquage" finds "heist" without a dictionary;
// a small seed lexicon (themes_lexicon.go) names the commonest themes in
// French and their labels, and a reviewed one (themes_lexicon_frequent.go)
// gives a French way in to the keywords most frequent among well-known
// films where the data learns none (« trahison », « course contre la
// montre »); both are read in the singular too. The period a story is set
// in (« dans les années 30 », « au XVIIe siècle », « l'Antiquité », "set in
// the 1600s") is read first, by rule, into TMDB's decade, century and era
// keywords (themes_period.go); « des années 80 » alone is a release era, no
// theme. A French word spelt like a keyword's English word is read as its
// cognate down to keywords on eight films (« un imposteur », « une
// machette »), and picks the keyword it spells among a lexicon phrase's
// (themes_lexcognate.go); a head noun followed by a relative clause (« un
// voyeur qui espionne ses voisins ») is read alone when it names a far
// narrower theme than the whole phrase does (themes_head.go). The benchmark runner TestDevThemes
// (testdata/themes.txt, testdata/themes_heldout2.txt: themes written after
// the tuning, and testdata/themes_heldout3.txt: themes written from the
// customer's side, never run while tuning) reports precision at 5 and the
// median votes of the films on theme, French and English, tune, held-out,
// second and third held-out parts.
//
// Build writes the index with a schema-version file; Open refuses an index
// of another SchemaVersion (ErrSchemaVersion) and tells the user to re-run
// `bobine index`. An Index is safe for concurrent use.
package search
