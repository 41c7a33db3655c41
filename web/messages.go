package web

import (
	"github.com/bobine/bobine/chat"
	"github.com/bobine/bobine/data"
)

// The websocket message schema; doc.go and api.md describe it for clients.

// Message types, the "type" field.
const (
	typeMessage = "message" // client -> server: {"type":"message","text":"..."}
	typeRemove  = "remove"  // client -> server: {"type":"remove","key":"..."}, a chip of the reply's state
	typeReset   = "reset"   // both ways: client asks, server acknowledges
	typeResume  = "resume"  // client -> server: {"type":"resume","token":"..."}, the token of the last reply received
	typeResumed = "resumed" // server -> client: the dialogue is back, with its state
	typeReply   = "reply"   // server -> client
	typeError   = "error"   // server -> client
)

// Error codes of {"type":"error"} messages.
const (
	codeBadMessage  = "bad_message"  // not JSON, unknown type, empty text, unknown chip key
	codeRateLimited = "rate_limited" // too many messages; wait and retry
	codeInternal    = "internal"     // the chat engine failed
	codeTimeout     = "timeout"      // the chat turn took too long
	codeSessionLost = "session_lost" // the resume token was refused (altered, expired...): the dialogue starts afresh
)

// inMessage is what a client sends.
type inMessage struct {
	Type  string `json:"type"`
	Text  string `json:"text,omitempty"`
	Key   string `json:"key,omitempty"`   // for "remove"
	Token string `json:"token,omitempty"` // for "resume"
}

// replyMessage is the bot's answer to one customer message.
type replyMessage struct {
	Type    string       `json:"type"` // "reply"
	Lang    string       `json:"lang"` // "fr" or "en"
	Kind    string       `json:"kind"` // "films", "choose" or "text"
	Text    string       `json:"text"`
	Films   []filmCard   `json:"films"`
	Choices []choiceCard `json:"choices"`
	State   stateMessage `json:"state"`
	// Token is the dialogue after this reply, signed: the client keeps the
	// last one and sends it back in a "resume" after a reconnection.
	Token string `json:"token,omitempty"`
}

// resumedMessage answers a resume: the dialogue's state is back.
type resumedMessage struct {
	Type  string       `json:"type"` // "resumed"
	State stateMessage `json:"state"`
}

// stateMessage is what the bot works from after the turn: the liked films
// and the active filters, as chips the customer removes by sending their
// key back ({"type":"remove","key":"..."}).
type stateMessage struct {
	Liked   []chip `json:"liked"`
	Filters []chip `json:"filters"`
}

type chip struct {
	Key   string `json:"key"`   // "film:tt0113277", "years", "genre:Comedy", "theme"...
	Label string `json:"label"` // in the reply's language: "Heat (1995)", "des années 1990"
}

// filmCard is one recommended film as the widget shows it.
type filmCard struct {
	Rank          int      `json:"rank"`
	ID            string   `json:"id"`
	Title         string   `json:"title"`
	OriginalTitle string   `json:"original_title"`
	Year          int      `json:"year"`
	Runtime       int      `json:"runtime"`
	Genres        []string `json:"genres"`
	PosterURL     string   `json:"poster_url"`
	Reason        string   `json:"reason"`
	URL           string   `json:"url"`
	Showing       []string `json:"showing,omitempty"` // next showtimes when the cinema shows it
}

// choiceCard is one answer to a disambiguation question; the client sends
// its index back as the message text.
type choiceCard struct {
	Index     int    `json:"index"`
	ID        string `json:"id"`
	Label     string `json:"label"`
	Year      int    `json:"year"`
	PosterURL string `json:"poster_url"`
}

// ackMessage acknowledges a reset.
type ackMessage struct {
	Type string `json:"type"`
}

// errorMessage reports a problem with one client message; the connection
// stays open.
type errorMessage struct {
	Type    string `json:"type"` // "error"
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (s *Server) replyMessage(r chat.Reply) replyMessage {
	m := replyMessage{
		Type:    typeReply,
		Lang:    r.Lang,
		Kind:    r.Kind,
		Text:    r.Text,
		Films:   make([]filmCard, 0, len(r.Films)),
		Choices: make([]choiceCard, 0, len(r.Choices)),
		State:   stateOf(r.State),
		Token:   r.Token,
	}
	for _, c := range r.Films {
		if c.Film == nil {
			continue
		}
		f := c.Film
		m.Films = append(m.Films, filmCard{
			Rank:          c.Rank,
			ID:            f.ID,
			Title:         f.DisplayTitle(r.Lang),
			OriginalTitle: f.OriginalTitle,
			Year:          f.Year,
			Runtime:       f.Runtime,
			Genres:        genreLabels(f.Genres, r.Lang),
			PosterURL:     s.posterURL(f),
			Reason:        c.Reason,
			URL:           imdbURL(f.ID),
			Showing:       s.showingLabels(f.ID, r.Lang),
		})
	}
	for _, c := range r.Choices {
		if c.Film == nil {
			continue
		}
		m.Choices = append(m.Choices, choiceCard{
			Index:     c.Index,
			ID:        c.Film.ID,
			Label:     c.Label,
			Year:      c.Film.Year,
			PosterURL: s.posterURL(c.Film),
		})
	}
	return m
}

func stateOf(st *chat.State) stateMessage {
	m := stateMessage{Liked: []chip{}, Filters: []chip{}}
	if st != nil {
		for _, c := range st.Liked {
			m.Liked = append(m.Liked, chip{Key: c.Key, Label: c.Label})
		}
		for _, c := range st.Filters {
			m.Filters = append(m.Filters, chip{Key: c.Key, Label: c.Label})
		}
	}
	return m
}

func errorMsg(code, msg string) errorMessage {
	return errorMessage{Type: typeError, Code: code, Message: msg}
}

// localized picks the French or English text of a server message.
func localized(lang, fr, en string) string {
	if lang == "en" {
		return en
	}
	return fr
}

// posterURL is posters.base_url + size + poster_path, or "" without a poster.
func (s *Server) posterURL(f *data.Film) string {
	if f.PosterPath == "" {
		return ""
	}
	base := s.o.PosterBaseURL
	if base != "" && base[len(base)-1] != '/' {
		base += "/"
	}
	return base + s.o.PosterSize + f.PosterPath
}

func imdbURL(id string) string { return "https://www.imdb.com/title/" + id + "/" }

// genreLabels names IMDb genres in lang: French labels ("Science-fiction")
// for a French reply, IMDb's own names for an English one.
func genreLabels(gs []string, lang string) []string {
	out := make([]string, 0, len(gs))
	for _, g := range gs {
		if lang == "fr" {
			g = data.GenreLabel(g)
		}
		out = append(out, g)
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
