package web

import (
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"
)

// headKey marks, in an echo.Context, a HEAD request served as GET.
const headKey = "bobine.head"

// headAsGet answers HEAD wherever GET is, with the same status and headers
// and no body. Echo routes HEAD nowhere by itself; this runs before routing.
func headAsGet(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		r := c.Request()
		if r.Method != http.MethodHead {
			return next(c)
		}
		r.Method = http.MethodGet
		defer func() { r.Method = http.MethodHead }()
		c.Set(headKey, true)
		c.Response().Writer = headWriter{c.Response().Writer}
		return next(c)
	}
}

// headWriter drops the body: net/http does it for HEAD requests, but sees a
// GET while headAsGet runs.
type headWriter struct{ http.ResponseWriter }

func (w headWriter) Write(p []byte) (int, error) { return len(p), nil }

func (w headWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// method is the request's method as the client sent it.
func method(c echo.Context) string {
	if head, _ := c.Get(headKey).(bool); head {
		return http.MethodHead
	}
	return c.Request().Method
}

// bodyDeadline gives a request body Options.BodyTimeout to arrive: a client
// that sends its headers and then trickles (or never sends) the body is cut
// off instead of holding a connection. The deadline is lifted once the body
// is read, so a slow handler is not cut off. Requests without a body, the
// websocket among them, are not concerned.
func (s *Server) bodyDeadline(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		r := c.Request()
		if r.Body == nil || r.Body == http.NoBody || c.Path() == "/ws" {
			// The websocket's connection outlives the request: no deadline.
			return next(c)
		}
		rc := http.NewResponseController(c.Response())
		if err := rc.SetReadDeadline(time.Now().Add(s.o.BodyTimeout)); err != nil {
			return next(c) // not a net/http connection (a test recorder)
		}
		r.Body = &deadlineBody{ReadCloser: r.Body, lift: func() { _ = rc.SetReadDeadline(time.Time{}) }}
		return next(c)
	}
}

// deadlineBody lifts the read deadline when the body has been read.
type deadlineBody struct {
	io.ReadCloser
	lift   func()
	lifted bool
}

func (b *deadlineBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if err == io.EOF && !b.lifted {
		b.lifted = true
		b.lift()
	}
	return n, err
}

// decodeJSON reads a request body holding exactly one JSON object into v:
// Content-Type application/json (415 otherwise), at most limit bytes (413),
// no unknown field, nothing after the value (400), arriving within the
// body deadline (408).
func decodeJSON(c echo.Context, limit int64, v any) error {
	r := c.Request()
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		return &apiError{Status: http.StatusUnsupportedMediaType, Code: "unsupported_media_type",
			Message: "the body must be JSON, sent with Content-Type: application/json"}
	}
	dec := json.NewDecoder(http.MaxBytesReader(c.Response(), r.Body, limit))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return bodyError(err, limit, "body must be a JSON object: "+err.Error())
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		if err != nil {
			return bodyError(err, limit, "body must hold one JSON value: "+err.Error())
		}
		return badRequest("body must hold one JSON value, and nothing after it")
	}
	return nil
}

// bodyError maps an error met reading a body: too large, too slow, or
// malformed (msg).
func bodyError(err error, limit int64, msg string) error {
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return &apiError{Status: http.StatusRequestEntityTooLarge, Code: "payload_too_large",
			Message: "the body must be at most " + formatBytes(limit)}
	case errors.Is(err, os.ErrDeadlineExceeded):
		return &apiError{Status: http.StatusRequestTimeout, Code: "request_timeout",
			Message: "the request body took too long to arrive"}
	default:
		return badRequest(msg)
	}
}

func formatBytes(n int64) string {
	if n%1024 == 0 {
		return strconv.FormatInt(n/1024, 10) + " KiB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}
