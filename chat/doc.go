// Package chat is Bobine's conversation engine: it understands what a
// customer types in French or English, keeps the state of each dialogue and
// answers with film recommendations, questions and short texts.
//
// It knows nothing of HTTP. It declares the two small interfaces it needs, a
// title Resolver (satisfied by *search.Index) and a Recommender (satisfied by
// *recommend.Recommender), and web wires them.
//
// A turn goes through three layers:
//
//   - understanding (understand.go): the message is lower-cased and
//     accent-folded, intents ("encore", "pourquoi le 2", "pas le 4"...) and
//     constraints ("pas d'horreur", "des années 90", "avec Jean Gabin"...) are
//     recognised by patterns and cut out, and what remains are film mentions;
//   - resolution (resolve.go): mentions become films only through the
//     Resolver, never by comparing strings with the catalogue. A mention
//     containing "et", "and", "&" or commas is first tried whole, and split
//     only when the parts resolve with a clearly higher confidence, so
//     "Harry Potter et la Chambre des secrets" stays one film. Close
//     candidates ("dune") make the engine ask which one; unknown titles get
//     the closest titles as suggestions;
//   - dialogue (dialogue.go): liked films, excluded and shown films and
//     constraints accumulate per session until "recommencer"; the answer is
//     given in the language of the customer's message, detected per message
//     with a small word-list scorer and kept when a message is unclear.
//
// Sessions live in memory, at most Options.MaxSessions of them (least
// recently used evicted first); a session idle for Options.IdleTimeout is
// forgotten, lazily or by Sweep. An Engine is safe for concurrent use; turns
// of one session are serialised.
package chat
