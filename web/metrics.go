package web

import (
	"context"
	"crypto/subtle"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/bobine/bobine/chat"
	"github.com/bobine/bobine/web/feedback"
)

// metrics are the server's Prometheus figures, in a registry of its own.
type metrics struct {
	reg      *prometheus.Registry
	requests *prometheus.HistogramVec // route, method, code
	turns    *prometheus.HistogramVec // outcome: the reply kind or the error code
	errors   *prometheus.CounterVec   // code of {"type":"error"} messages sent
	swaps    prometheus.Counter       // index swaps (Server.Swap)
}

func (m *metrics) swapped() { m.swaps.Inc() }

func newMetrics(s *Server) *metrics {
	m := &metrics{reg: prometheus.NewRegistry()}
	m.requests = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "bobine_http_request_duration_seconds",
		Help:    "HTTP requests by route, method and status code (websocket upgrades end when the connection does).",
		Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5},
	}, []string{"route", "method", "code"})
	m.turns = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "bobine_chat_turn_duration_seconds",
		Help:    "Chat turns by outcome: the reply kind (films, choose, text) or the error code (timeout, internal).",
		Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
	}, []string{"outcome"})
	m.errors = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "bobine_chat_errors_total",
		Help: "Error messages sent on the chat websocket, by code.",
	}, []string{"code"})
	m.swaps = prometheus.NewCounter(prometheus.CounterOpts{Name: "bobine_index_swaps_total", Help: "Indexes swapped in while serving (SIGHUP or a new manifest)."})
	m.reg.MustRegister(m.requests, m.turns, m.errors, m.swaps,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "bobine_websockets_open", Help: "Chat websockets open now."},
			func() float64 {
				s.mu.Lock()
				defer s.mu.Unlock()
				return float64(len(s.conns))
			}))
	if _, ok := s.o.Chat.(interface{ Sessions() int }); ok {
		m.reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "bobine_chat_sessions", Help: "Dialogues held in memory."},
			func() float64 {
				if c, ok := s.live.Load().Chat.(interface{ Sessions() int }); ok {
					return float64(c.Sessions())
				}
				return 0
			}))
	}
	if !s.o.IndexBuilt.IsZero() {
		m.reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "bobine_index_age_seconds", Help: "Age of the index served (since bobine index built it)."},
			func() float64 { return time.Since(s.live.Load().Built).Seconds() }))
	}
	if f, ok := s.o.Feedback.(interface{ Stats() feedback.Stats }); ok {
		m.reg.MustRegister(
			prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "bobine_feedback_events_written_total", Help: "Usage events written to the feedback database."},
				func() float64 { return float64(f.Stats().Written) }),
			prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "bobine_feedback_events_dropped_total", Help: "Usage events lost (queue full, database locked or full); no chat turn is ever lost."},
				func() float64 { return float64(f.Stats().Dropped) }))
	}
	return m
}

// middleware times every request by route (the pattern, not the URL: the
// label set stays small).
func (m *metrics) middleware(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		start := time.Now()
		err := next(c)
		// Outermost middleware: the request logger inside has already run
		// the error handler, so the status sent is known.
		code := c.Response().Status
		var he *echo.HTTPError
		if !c.Response().Committed && err != nil {
			code = http.StatusInternalServerError
			if errors.As(err, &he) {
				code = he.Code
			}
		}
		route := c.Path()
		if route == "" {
			route = "unmatched"
		}
		m.requests.WithLabelValues(route, c.Request().Method, strconv.Itoa(code)).Observe(time.Since(start).Seconds())
		return err
	}
}

// turnDone records one chat turn.
func (m *metrics) turnDone(d time.Duration, outcome string) {
	m.turns.WithLabelValues(outcome).Observe(d.Seconds())
}

// turnOutcome labels a turn: the reply kind, or the error code the
// customer gets.
func turnOutcome(r chat.Reply, err error) string {
	switch {
	case err == nil:
		return r.Kind
	case errors.Is(err, context.DeadlineExceeded):
		return codeTimeout
	case errors.Is(err, context.Canceled):
		return "canceled"
	}
	return codeInternal
}

// sent counts the error messages among what the websocket sends.
func (m *metrics) sent(msg any) {
	if e, ok := msg.(errorMessage); ok {
		m.errors.WithLabelValues(e.Code).Inc()
	}
}

// MetricsHandler serves the Prometheus text format, for a listener of its
// own (metrics.addr) that the public does not reach.
func (s *Server) MetricsHandler() http.Handler {
	return promhttp.HandlerFor(s.metrics.reg, promhttp.HandlerOpts{})
}

// handleMetrics serves /metrics on the public listener when a token is set:
// "Authorization: Bearer TOKEN" is required.
func (s *Server) handleMetrics(c echo.Context) error {
	want := "Bearer " + s.o.MetricsToken
	if subtle.ConstantTimeCompare([]byte(c.Request().Header.Get("Authorization")), []byte(want)) != 1 {
		c.Response().Header().Set("WWW-Authenticate", `Bearer realm="bobine metrics"`)
		return echo.NewHTTPError(http.StatusUnauthorized, "metrics need Authorization: Bearer <metrics.token>")
	}
	// Echo's gzip middleware compresses this listener's answers already.
	promhttp.HandlerFor(s.metrics.reg, promhttp.HandlerOpts{DisableCompression: true}).ServeHTTP(c.Response(), c.Request())
	return nil
}
