package kpipage

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/bobine/bobine/web/feedback"
)

// UsageSource gives the chat's usage figures (a *feedback.Store).
type UsageSource interface {
	Usage(ctx context.Context, since time.Time, top int) (feedback.Usage, error)
}

// usageDays is the default period of the « Fréquentation du chat » section.
const usageDays = 30

// WithUsage adds the « Fréquentation du chat » section and /api/usage,
// computed from src on each request. It returns h.
func (h *Handler) WithUsage(src UsageSource) *Handler {
	h.usage = src
	return h
}

// usageView is the section as the template shows it.
type usageView struct {
	Days     int
	U        feedback.Usage
	Overall  rateView
	Showing  rateView
	Position []rateView
	Reason   []rateView
	TopLiked []filmView
	TopLikes []filmView
	Err      string
}

type rateView struct {
	Label                      string
	Shown, Clicked, Liked, Bad int
	ClickRate, LikeRate        string
}

type filmView struct {
	Title string
	Count int
}

// reasonLabels names the recommend.Reason kinds for the staff.
var reasonLabels = map[string]string{
	"director":      "même réalisateur",
	"writer":        "même scénariste",
	"cast":          "mêmes acteurs",
	"collaborative": "aimé des mêmes spectateurs",
	"content":       "contenu proche",
	"constraint":    "critère demandé",
	"keywords":      "mêmes thèmes",
	"genres":        "même genre",
	"quality":       "bien noté",
	"theme":         "thème demandé",
	"programme":     "liste du programme",
	"other":         "autre",
}

func percent(x float64) string {
	return strings.Replace(strconv.FormatFloat(100*x, 'f', 1, 64), ".", ",", 1) + " %"
}

func rates(label string, r feedback.Rates) rateView {
	return rateView{Label: label, Shown: r.Shown, Clicked: r.Clicked, Liked: r.Liked, Bad: r.Disliked,
		ClickRate: percent(r.ClickRate), LikeRate: percent(r.LikeRate)}
}

// usageFor computes the usage of the last days days, with film titles.
func (h *Handler) usageFor(ctx context.Context, days int) (feedback.Usage, error) {
	since := time.Now().UTC().Truncate(24*time.Hour).AddDate(0, 0, -days+1)
	cat := h.cur.Load().cat
	u, err := h.usage.Usage(ctx, since, 20)
	if err != nil {
		return u, err
	}
	title := func(fs []feedback.FilmCount) {
		for i := range fs {
			if f, err := cat.Film(fs[i].Film); err == nil {
				fs[i].Title = f.DisplayTitle("fr")
				if f.Year > 0 {
					fs[i].Title += fmt.Sprintf(" (%d)", f.Year)
				}
			} else {
				fs[i].Title = fs[i].Film
			}
		}
	}
	title(u.TopLiked)
	title(u.TopLikes)
	return u, nil
}

func (h *Handler) usageView(ctx context.Context) *usageView {
	if h.usage == nil {
		return nil
	}
	v := &usageView{Days: usageDays}
	u, err := h.usageFor(ctx, usageDays)
	if err != nil {
		v.Err = err.Error()
		return v
	}
	v.U = u
	v.Overall = rates("Ensemble", u.Overall)
	v.Showing = rates("À l'affiche", u.Showing)
	for _, r := range u.ByPosition {
		v.Position = append(v.Position, rates(r.Key, r))
	}
	for _, r := range u.ByReason {
		label := reasonLabels[r.Key]
		if label == "" {
			label = r.Key
		}
		v.Reason = append(v.Reason, rates(label, r))
	}
	for _, f := range u.TopLiked {
		v.TopLiked = append(v.TopLiked, filmView{f.Title, f.Count})
	}
	for _, f := range u.TopLikes {
		v.TopLikes = append(v.TopLikes, filmView{f.Title, f.Count})
	}
	return v
}

// handleUsage serves /api/usage?days=N (1-400, default 30).
func (h *Handler) handleUsage(c echo.Context) error {
	days := usageDays
	if s := c.QueryParam("days"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 400 {
			return echo.NewHTTPError(http.StatusBadRequest, "days must be 1-400")
		}
		days = n
	}
	u, err := h.usageFor(c.Request().Context(), days)
	if err != nil {
		return fmt.Errorf("kpipage: usage: %w", err)
	}
	b, err := marshal(u)
	if err != nil {
		return err
	}
	c.Response().Header().Set("Cache-Control", "no-store")
	return c.JSONBlob(http.StatusOK, b)
}
