// Package chat is Bobine's conversation engine: it understands what a
// customer types in French or English, keeps the state of each dialogue and
// answers with film recommendations, questions and short texts.
//
// It knows nothing of HTTP. It declares the two small interfaces it needs, a
// Resolver of titles, people and themes (satisfied by *search.Index) and a
// Recommender (satisfied by *recommend.Recommender), and web wires them.
//
// A turn goes through three layers:
//
//   - understanding (understand.go, lexicon.go, nations.go): the message is
//     folded (search.Fold, the one accent folder) and read span by span.
//     Lexicons recognise intents ("encore", "pourquoi le 2", "pas le 4",
//     "j'ai aussi aimé"), genres, eras ("des années 80", "après 2000"),
//     durations ("moins de 2h", "1h30 max", "under two hours"),
//     nationalities ("pas de film américain", "animation japonaise"),
//     languages, audiences ("pour les enfants") and theme cues ("un film de
//     braquage", "something about time travel", "avec des zombies"). What
//     is left are film and person mentions;
//   - resolution (resolve.go): mentions become films only through the
//     Resolver. A mention is cut at lists ("et", "and", commas) and at
//     joining words and fillers ("mais", "maintenant", "svp"), and the
//     reading whose parts resolve best wins: each part is a title, a theme,
//     or filler that is dropped, and the whole text comes first so that
//     "Harry Potter et la Chambre des secrets" or "Il était une fois dans
//     l'Ouest" stay one film. A year, a director or an actor next to a
//     title picks among homonyms ("le roi lion de 2019", "dune de david
//     lynch"); a title typed as the original title of one film means that
//     film, not a remake known by it in France. Close candidates make the
//     engine ask which one; unknown titles get the closest titles. A part
//     that names nothing and does not look like a mistyped title is the
//     customer's comment (clauses.go): beside a film, a person or a
//     constraint it is dropped, never asked about, and a title may start it
//     ("forrest gump made me cry"); only words that are the whole request
//     are asked about;
//   - dialogue (dialogue.go, state.go): liked films, excluded and shown
//     films, filters and a theme accumulate per session. "j'ai aussi aimé"
//     adds; a new list of liked films after an answer starts a new request
//     and says which filters it dropped (those its films would fail) and
//     which it kept. A theme alone is answered with the films on it, in the
//     theme's order; with liked films it narrows what is recommended
//     (recommend.Constraints.Among). Every reply carries the State — liked
//     films and filters as chips — and Engine.Remove drops one chip. Replies
//     are in the language of the customer's message, reasons included;
//     kinds of film named in English (« road movie », « feel good ») do not
//     make a French message English (loanwords.go). The words the hand
//     lexicon lacks are weighed from the catalogue's French and English
//     synopses (langmodel.go); a title typed alone speaks the language of
//     its form ("the shining", "seven samurai": titlelang.go); a message
//     that does not decide (a name, "Parasite") is answered in the page's
//     language (Engine.HandleIn). A closing turn (« merci, on prend le
//     premier », "thanks, that'll do") gets a short warm text and keeps the
//     dialogue (closing.go). Once a list is on
//     screen, a card is named by its rank with commentary around it (« le 4
//     a l'air sympa, pourquoi tu le proposes ? », « le 2 on l'a déjà, un
//     autre comme le 5 », « lequel est le plus court ? »: cardtalk.go).
//     When the filters together leave no film, the weakest is set aside and
//     the reply says which (loosen.go); the audience and what is not wanted
//     stay.
//
// Sessions live in memory, at most Options.MaxSessions of them (least
// recently used evicted first); a session idle for Options.IdleTimeout is
// forgotten, lazily or by Sweep. An Engine is safe for concurrent use; turns
// of one session are serialised.
package chat
