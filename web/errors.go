package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/bobine/bobine/data"
)

// apiError is an error with the HTTP status and stable code the client
// sees. Handlers return it for input problems they detect themselves.
type apiError struct {
	Status  int
	Code    string
	Message string
}

func (e *apiError) Error() string { return e.Code + ": " + e.Message }

func badRequest(msg string) *apiError {
	return &apiError{Status: http.StatusBadRequest, Code: "bad_request", Message: msg}
}

// errorBody is the JSON shape of every API error.
type errorBody struct {
	Error errorDetail `json:"error"`
}

type errorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// classify maps an error to a status, code and client-safe message. It is
// the single place where errors become HTTP statuses. Only messages written
// for the client are shown: an *apiError's, a *data.Error's (the title or id
// asked for, whole) and Echo's own; anything else gets a generic text.
func classify(err error) (int, string, string) {
	var ae *apiError
	var he *echo.HTTPError
	var de *data.Error
	switch {
	case errors.As(err, &ae):
		return ae.Status, ae.Code, ae.Message
	case errors.As(err, &he):
		msg := http.StatusText(he.Code)
		if m, ok := he.Message.(string); ok && m != "" {
			msg = m
		}
		code := strings.ReplaceAll(strings.ToLower(http.StatusText(he.Code)), " ", "_")
		if he.Code == http.StatusNotFound {
			msg = "no such page or resource"
		}
		return he.Code, code, msg
	case errors.As(err, &de) && errors.Is(de, data.ErrNotFound):
		return http.StatusNotFound, "not_found", de.Error()
	case errors.As(err, &de) && errors.Is(de, data.ErrInvalid):
		return http.StatusBadRequest, "bad_request", de.Error()
	case errors.Is(err, data.ErrNotFound):
		return http.StatusNotFound, "not_found", "not found"
	case errors.Is(err, data.ErrInvalid):
		return http.StatusBadRequest, "bad_request", "invalid input"
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable, "timeout", "the request took too long, try again"
	case errors.Is(err, context.Canceled):
		return 499, "canceled", "request canceled"
	default:
		return http.StatusInternalServerError, "internal", "internal error"
	}
}

// logPanic logs a recovered panic with the stack of the goroutine that
// panicked; the caller then answers "internal" and the server goes on.
func (s *Server) logPanic(ctx context.Context, where string, v any, stack []byte) {
	s.o.Logger.LogAttrs(ctx, slog.LevelError, "panic", slog.String("where", where),
		slog.String("error", fmt.Sprint(v)), slog.String("stack", string(stack)))
}

// handleError is Echo's HTTPErrorHandler: JSON for the API and /ws, a French
// HTML page for the staff pages. Errors are logged by the request logger.
func (s *Server) handleError(err error, c echo.Context) {
	if c.Response().Committed {
		return
	}
	status, code, msg := classify(err)
	if status == 499 {
		// The client is gone; nobody reads the answer.
		c.Response().WriteHeader(status)
		return
	}
	if status == http.StatusTooManyRequests {
		c.Response().Header().Set("Retry-After", "1")
	}
	p := c.Request().URL.Path
	if strings.HasPrefix(p, "/api/") || p == "/api" || p == "/ws" || p == "/healthz" || !acceptsHTML(c.Request()) {
		_ = c.JSON(status, errorBody{Error: errorDetail{Code: code, Message: msg}})
		return
	}
	_ = s.render(c, status, "error.html", s.page(errorTitle(status), map[string]any{
		"Status": status,
		"Detail": msg,
	}))
}

func acceptsHTML(r *http.Request) bool {
	a := r.Header.Get("Accept")
	return a == "" || strings.Contains(a, "text/html") || strings.Contains(a, "*/*")
}

func errorTitle(status int) string {
	switch status {
	case http.StatusNotFound:
		return "Page introuvable"
	case http.StatusBadRequest:
		return "Requête invalide"
	case http.StatusTooManyRequests:
		return "Trop de requêtes"
	case http.StatusServiceUnavailable:
		return "Service momentanément indisponible"
	default:
		return "Erreur interne"
	}
}
