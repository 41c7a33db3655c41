package web

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/bobine/bobine/chat"
	"github.com/bobine/bobine/web/feedback"
)

// Recorder takes usage events without ever blocking (a *feedback.Store).
type Recorder interface {
	Record(feedback.Event) bool
}

// Disliker is implemented by a Chatter that keeps a film a customer
// disliked out of that session's next recommendations.
type Disliker interface {
	Dislike(session, filmID string)
}

// recordTurn records what one chat turn showed: the turn, a message the
// chat could not use (its text: the staff's list of what to improve), each
// film card with its position, reason kind and whether it is on the
// programme, and the films, theme and constraints the list was made from.
func (s *Server) recordTurn(session, text string, r chat.Reply) {
	rec := s.o.Feedback
	if rec == nil {
		return
	}
	now := time.Now()
	rec.Record(feedback.Event{Time: now, Session: session, Kind: feedback.Turn, Text: r.Kind, Lang: r.Lang})
	if r.Unresolved {
		rec.Record(feedback.Event{Time: now, Session: session, Kind: feedback.Unresolved, Text: text, Lang: r.Lang})
	}
	if r.Kind != chat.KindFilms {
		return
	}
	for _, c := range r.Films {
		if c.Film == nil {
			continue
		}
		reason := ""
		if len(c.Reasons) > 0 {
			reason = c.Reasons[0].Kind
		}
		showing := ""
		if len(s.programme.Load().Next(c.Film.ID, now, 1)) > 0 {
			showing = "showing"
		}
		rec.Record(feedback.Event{Time: now, Session: session, Kind: feedback.Shown, Film: c.Film.ID,
			Position: c.Rank, Reason: reason, Text: showing, Lang: r.Lang})
	}
	if r.State == nil {
		return
	}
	for _, chip := range r.State.Liked {
		if id, ok := strings.CutPrefix(chip.Key, "film:"); ok {
			rec.Record(feedback.Event{Time: now, Session: session, Kind: feedback.Liked, Film: id, Lang: r.Lang})
		}
	}
	for _, chip := range r.State.Filters {
		switch {
		case chip.Key == "theme":
			rec.Record(feedback.Event{Time: now, Session: session, Kind: feedback.Theme, Text: chip.Label, Lang: r.Lang})
		case strings.Contains(chip.Key, ":"):
			// "genre:Comedy", "person:nm0000040", "country:IT": the same in
			// either language.
			rec.Record(feedback.Event{Time: now, Session: session, Kind: feedback.Constraint, Text: chip.Key, Lang: r.Lang})
		default:
			// "years", "runtime", "family": the label says which.
			rec.Record(feedback.Event{Time: now, Session: session, Kind: feedback.Constraint, Text: chip.Key + ": " + chip.Label, Lang: r.Lang})
		}
	}
}

// feedbackRequest is the body of POST /api/feedback.
type feedbackRequest struct {
	Session  string `json:"session"`
	Film     string `json:"film"`
	Action   string `json:"action"`   // click, like or dislike
	Position int    `json:"position"` // the card's rank, 1-based
}

// apiFeedback records a click, like or dislike on a film card; a dislike
// also keeps the film out of the session's next recommendations.
func (s *Server) apiFeedback(c echo.Context) error {
	// JSON only: a cross-site page cannot send it without a CORS preflight,
	// which Bobine does not grant, so other sites cannot vote for a customer.
	if !strings.HasPrefix(c.Request().Header.Get("Content-Type"), "application/json") {
		return badRequest("Content-Type must be application/json")
	}
	var req feedbackRequest
	if err := c.Bind(&req); err != nil {
		return badRequest(`expected JSON {"session":"...","film":"tt...","action":"click|like|dislike","position":1}`)
	}
	kind := feedback.Kind(strings.TrimSpace(req.Action))
	switch {
	case !validSessionID(req.Session):
		return badRequest("session must be 16 to 64 characters among letters, digits, '-' and '_'")
	case kind != feedback.Click && kind != feedback.Like && kind != feedback.Dislike:
		return badRequest("action must be click, like or dislike")
	case req.Position < 0 || req.Position > 50:
		return badRequest("position must be 0-50")
	}
	if _, err := s.stack(c).Catalogue.Film(req.Film); err != nil {
		return badRequest("unknown film " + strconv.Quote(req.Film) + ": film must be the IMDb id of a card, such as tt0211915")
	}
	if s.o.Feedback != nil {
		s.o.Feedback.Record(feedback.Event{Session: req.Session, Kind: kind, Film: req.Film, Position: req.Position})
	}
	if d, ok := s.stack(c).Chat.(Disliker); ok && kind == feedback.Dislike {
		d.Dislike(req.Session, req.Film)
	}
	return c.NoContent(http.StatusNoContent)
}

// privacyPage is the data of /privacy.
type privacyPage struct {
	Recording bool
	Months    int
}

func (s *Server) handlePrivacy(c echo.Context) error {
	retention := s.o.FeedbackRetention
	if retention <= 0 {
		retention = feedback.DefaultRetention
	}
	months := int(retention.Hours()/24/30.4 + 0.5)
	return s.render(c, http.StatusOK, "privacy.html", s.page("Bobine — vie privée", privacyPage{
		Recording: s.o.Feedback != nil, Months: months,
	}))
}
