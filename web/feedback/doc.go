// Package feedback stores what customers do with Bobine's recommendations,
// for the staff's figures: each film shown (with its position and reason
// kind), card clicked, like, dislike, message not understood, theme and
// constraint used. Events are keyed by the chat's anonymous session id,
// never by an IP address, and kept for a retention period only.
//
// The store is one SQLite file (modernc.org/sqlite, pure Go: no server to
// install), created and migrated by Open (PRAGMA user_version counts the
// migrations applied). Record never blocks: events go through a bounded
// queue to one writer goroutine that inserts them in batches, one
// transaction per batch. A full queue, a locked database or a full disk
// loses events, never a chat turn; Stats counts what was dropped.
package feedback
