// Package web is Bobine's HTTP server: the customer chat over a websocket,
// the embeddable widget, the staff pages and the JSON API, all served by one
// Echo instance. It is the only package importing Echo and
// github.com/coder/websocket. Templates and static files are embedded.
//
// Routes (see api.md and openapi.yaml for the full reference):
//
//	GET  /                  staff home: search box with autocomplete
//	GET  /search?q=         films and people matching q
//	GET  /films/:id         film page: titles, cast, crew, ratings, money, similar films
//	GET  /people/:id        person page: filmography by year, roles, genres, active period, age
//	GET  /chat              full-page customer chat
//	GET  /widget            chat for the widget iframe (frameable by Options.FrameAncestors)
//	GET  /widget.js         the embeddable widget script
//	GET  /demo              the widget on a mock cinema page
//	GET  /ws                chat websocket
//	GET  /api/...           JSON API; GET /healthz
//
// # Chat websocket protocol
//
// Connect to /ws (optionally ?session=ID to resume a dialogue, 16-64 of
// [A-Za-z0-9_-], and ?lang=fr|en for server-side error texts). Browsers
// must come from Bobine's own host or an origin of Options.AllowedOrigins;
// others get 403. Every message is one JSON text frame.
//
// Client to server:
//
//	{"type":"message","text":"j'ai aimé Les Évadés et Amélie"}
//	{"type":"reset"}                       forget the dialogue
//	{"type":"resume","token":"..."}        first on a new connection: the last reply's token
//
// To answer a disambiguation question, send the chosen index as text:
// {"type":"message","text":"2"}.
//
// Server to client:
//
//	{"type":"reply","lang":"fr","kind":"films"|"choose"|"text","text":"...",
//	 "films":[{"rank":1,"id":"tt0111161","title":"Les Évadés","original_title":"The Shawshank Redemption",
//	           "year":1994,"runtime":142,"genres":["Drama"],
//	           "poster_url":"https://image.tmdb.org/t/p/w342/abc.jpg" or "",
//	           "reason":"...","url":"https://www.imdb.com/title/tt0111161/"}],
//	 "choices":[{"index":1,"id":"tt0087182","label":"Dune (1984) — David Lynch","year":1984,"poster_url":"..."}]}
//	{"type":"reset"}                       the dialogue was forgotten
//	{"type":"resumed","state":{...}}       the dialogue of the token is back
//	{"type":"error","code":"bad_message"|"rate_limited"|"timeout"|"internal"|"session_lost","message":"..."}
//
// Every reply carries "token" when the Chatter signs its dialogues
// (chat.Options.Secret): the dialogue's state, signed, which any replica
// sharing the secret resumes (see Resumer).
//
// films and choices are always arrays (possibly empty). An error message
// leaves the connection open. A message larger than Options.ReadLimit
// closes the connection with status 1009 (message too big). Each connection
// may send Options.RatePerSecond messages per second (burst
// Options.RateBurst) and each client IP Options.IPRatePerSecond (burst
// Options.IPRateBurst); beyond that messages are answered with
// rate_limited and dropped. The server pings every Options.PingInterval and
// drops peers whose writes or pongs take longer than Options.WriteTimeout.
// On shutdown connections are closed with status 1001 (going away).
//
// A Server is safe for concurrent use.
package web
