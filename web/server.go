package web

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/bobine/bobine/chat"
	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/recommend"
	"github.com/bobine/bobine/search"
)

// Chatter runs the conversation of one session. *chat.Engine satisfies it.
// It must be safe for concurrent use by many sessions.
type Chatter interface {
	// HandleIn answers a message typed on a page in lang ("fr" or "en",
	// "" when the page did not say): the dialogue's language until the
	// customer's messages say otherwise.
	HandleIn(ctx context.Context, sessionID, lang, text string) (chat.Reply, error)
	// Remove drops a liked film or a filter (a chip key of the last
	// reply's State) and answers anew; an unknown kind of key is an error
	// wrapping data.ErrInvalid.
	Remove(ctx context.Context, sessionID, key string) (chat.Reply, error)
	Reset(sessionID string)
}

// Searcher finds films and people. *search.Index satisfies it. It must be
// safe for concurrent use.
type Searcher interface {
	ResolveFilm(ctx context.Context, q string, limit int) ([]search.FilmMatch, error)
	Autocomplete(ctx context.Context, prefix string, limit int) ([]search.FilmMatch, error)
	SearchPeople(ctx context.Context, q string, limit int) ([]search.PersonMatch, error)
	SearchKeywords(ctx context.Context, q string, limit int) ([]search.FilmMatch, error)
	MatchTheme(ctx context.Context, q string) (search.Theme, bool, error)
	FilmsOnTheme(ctx context.Context, t search.Theme, limit int) ([]search.FilmMatch, error)
}

// Recommender picks films. *recommend.Recommender satisfies it. It must be
// safe for concurrent use.
type Recommender interface {
	Recommend(ctx context.Context, r recommend.Request) ([]recommend.Recommendation, error)
}

// Mounter adds routes to the server. It lets cmd mount pages built in
// web's subpackages without importing Echo itself.
type Mounter interface {
	Register(e *echo.Echo)
}

// MountFunc adapts a function to a Mounter.
type MountFunc func(e *echo.Echo)

// Register calls f(e).
func (f MountFunc) Register(e *echo.Echo) { f(e) }

// Options configures a Server. Catalogue, Search, Recommender and Chat are
// required; zero values of the other fields take the defaults of the
// configuration table (see config.Keys).
type Options struct {
	Catalogue   *data.Catalogue
	Search      Searcher
	Recommender Recommender
	Chat        Chatter

	Addr      string // listen address for Start, e.g. "127.0.0.1:8080"
	PublicURL string // URL customers reach Bobine at; its origin may open the websocket
	Version   string // shown by /healthz

	PosterBaseURL string // e.g. "https://image.tmdb.org/t/p/"
	PosterSize    string // e.g. "w342"

	// AllowedOrigins are the origins allowed to open the chat websocket from
	// a browser, as "https://cinema.example" or host patterns ("*.example.org",
	// path.Match syntax). Bobine's own host is always allowed.
	AllowedOrigins []string
	// FrameAncestors is the CSP frame-ancestors source list of the pages that
	// may be embedded (/widget and /chat), e.g. "'self'", "https://cinema.example".
	FrameAncestors []string
	// TrustProxy makes the per-IP limiter use X-Forwarded-For; only set it
	// behind a reverse proxy that overwrites that header.
	TrustProxy bool

	ReadLimit       int64         // largest websocket message, bytes
	RatePerSecond   float64       // chat messages per second per connection
	RateBurst       int           // burst per connection
	IPRatePerSecond float64       // chat messages per second per client IP
	IPRateBurst     int           // burst per client IP
	PingInterval    time.Duration // websocket keep-alive ping
	WriteTimeout    time.Duration // deadline of one websocket write
	BodyTimeout     time.Duration // deadline for a request body to arrive (not websockets)
	TurnTimeout     time.Duration // deadline of one chat turn
	ShutdownTimeout time.Duration // grace period used by Start on ctx cancel

	// Feedback, when set, records usage events (turns, films shown, clicks,
	// likes, dislikes); FeedbackRetention is how long they are kept, for the
	// /privacy page.
	Feedback          Recorder
	FeedbackRetention time.Duration
	// MetricsToken, when set, serves /metrics on this listener to requests
	// with "Authorization: Bearer <token>"; MetricsHandler serves it on
	// another one. IndexBuilt dates the index for bobine_index_age_seconds.
	MetricsToken string
	IndexBuilt   time.Time
	// IndexVersion names the index in /healthz; Swap replaces it with the
	// new Stack's. IndexRelease, when set, closes the index of these
	// options once Swap has replaced it and its requests are done.
	IndexVersion string
	IndexRelease func()

	// Extra registers additional routes, such as the KPI page
	// (*kpipage.Handler). They get the same middleware.
	Extra []Mounter

	Logger *slog.Logger     // request log; nil discards
	Now    func() time.Time // clock for ages on person pages; nil is time.Now
}

func (o *Options) defaults() error {
	if o.Catalogue == nil || o.Search == nil || o.Recommender == nil || o.Chat == nil {
		return errors.New("web: new server: Catalogue, Search, Recommender and Chat are required")
	}
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	if o.Addr == "" {
		o.Addr = "127.0.0.1:8080"
	}
	if o.PosterBaseURL == "" {
		o.PosterBaseURL = "https://image.tmdb.org/t/p/"
	}
	if o.PosterSize == "" {
		o.PosterSize = "w342"
	}
	if len(o.FrameAncestors) == 0 {
		o.FrameAncestors = []string{"'self'"}
	}
	if o.ReadLimit <= 0 {
		o.ReadLimit = 4096
	}
	if o.RatePerSecond <= 0 {
		o.RatePerSecond = 2
	}
	if o.RateBurst <= 0 {
		o.RateBurst = 5
	}
	if o.IPRatePerSecond <= 0 {
		o.IPRatePerSecond = 10
	}
	if o.IPRateBurst <= 0 {
		o.IPRateBurst = 20
	}
	def(&o.PingInterval, 30*time.Second)
	def(&o.WriteTimeout, 10*time.Second)
	def(&o.BodyTimeout, 10*time.Second)
	def(&o.TurnTimeout, 10*time.Second)
	def(&o.ShutdownTimeout, 10*time.Second)
	if o.Logger == nil {
		o.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	for _, a := range o.FrameAncestors {
		if strings.ContainsAny(a, ";,\r\n") {
			return fmt.Errorf("web: new server: frame ancestor %q: must be one CSP source", a)
		}
	}
	if o.PublicURL != "" {
		u, err := url.Parse(o.PublicURL)
		if err != nil || u.Host == "" {
			return fmt.Errorf("web: new server: public URL %q: must be an absolute URL", o.PublicURL)
		}
		o.AllowedOrigins = append(o.AllowedOrigins[:len(o.AllowedOrigins):len(o.AllowedOrigins)], u.Scheme+"://"+u.Host)
	}
	return nil
}

// Server is Bobine's HTTP server: pages, JSON API, widget and chat
// websocket. Create it with New; it is safe for concurrent use.
type Server struct {
	o      Options
	e      *echo.Echo
	pages  map[string]*template.Template
	ips    *ipLimiter // chat messages
	apiIPs *ipLimiter // API requests
	hasKPI bool       // an Extra registrar mounted /kpi
	wsSrc  string     // websocket origin for the CSP, from PublicURL

	metrics   *metrics
	programme atomic.Pointer[Programme] // what the cinema shows; nil: no programme
	live      atomic.Pointer[liveStack] // what requests are answered from (Swap)

	// stopping is cancelled by Shutdown: it aborts chat turns in progress
	// on connections that are being closed.
	stopping context.Context
	stop     context.CancelFunc

	mu       sync.Mutex
	conns    map[*wsConn]struct{}
	closing  bool
	connsWG  sync.WaitGroup
	httpSrv  *http.Server
	shutOnce sync.Once
}

// New builds a server. It does not listen: use Start, or mount the Server
// as an http.Handler.
func New(o Options) (*Server, error) {
	if err := o.defaults(); err != nil {
		return nil, err
	}
	o.Logger = privateLogger(o.Logger) // no full client IP in any log line
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	s := &Server{
		o:      o,
		pages:  pages,
		ips:    newIPLimiter(o.IPRatePerSecond, o.IPRateBurst),
		apiIPs: newIPLimiter(o.IPRatePerSecond, o.IPRateBurst),
		conns:  make(map[*wsConn]struct{}),
	}
	s.live.Store(newLiveStack(Stack{Catalogue: o.Catalogue, Search: o.Search, Recommender: o.Recommender, Chat: o.Chat,
		Version: o.IndexVersion, Built: o.IndexBuilt, Release: o.IndexRelease}))
	s.stopping, s.stop = context.WithCancel(context.Background())
	s.wsSrc = wsSource(o.PublicURL)
	e := echo.New()
	e.Pre(headAsGet)
	e.HideBanner = true
	e.HidePort = true
	e.HTTPErrorHandler = s.handleError
	if o.TrustProxy {
		e.IPExtractor = echo.ExtractIPFromXFFHeader()
	} else {
		e.IPExtractor = echo.ExtractIPDirect()
	}
	s.metrics = newMetrics(s)
	e.Use(s.metrics.middleware) // outermost: sees the status the error handler sent
	e.Use(s.requestLogger())
	e.Use(middleware.RecoverWithConfig(middleware.RecoverConfig{DisableStackAll: true, LogErrorFunc: func(c echo.Context, err error, stack []byte) error {
		s.logPanic(c.Request().Context(), c.Request().Method+" "+c.Path(), err, stack)
		return fmt.Errorf("web: panic: %w", err)
	}}))
	e.Use(s.securityHeaders)
	e.Use(s.pinStack)
	e.Use(s.bodyDeadline)
	e.Use(middleware.GzipWithConfig(middleware.GzipConfig{
		// A hijacked websocket connection cannot go through a gzip writer.
		Skipper: func(c echo.Context) bool { return c.Path() == "/ws" },
	}))
	s.e = e
	s.routes()
	for _, m := range o.Extra {
		m.Register(e)
	}
	for _, r := range e.Routes() {
		if r.Path == "/kpi" || strings.HasPrefix(r.Path, "/kpi/") {
			s.hasKPI = true
		}
	}
	return s, nil
}

func (s *Server) routes() {
	e := s.e
	e.GET("/", s.handleHome)
	e.GET("/search", s.handleSearchPage)
	e.GET("/films/:id", s.handleFilmPage)
	e.GET("/people/:id", s.handlePersonPage)
	e.GET("/chat", s.handleChatPage)
	e.GET("/widget", s.handleWidgetPage)
	e.GET("/widget.js", s.handleWidgetJS)
	e.GET("/demo", s.handleDemo)
	e.GET("/static/*", s.handleStatic)
	e.GET("/ws", s.handleWS)
	e.GET("/healthz", s.handleHealth)
	e.GET("/privacy", s.handlePrivacy)
	e.GET("/programme", s.handleProgrammePage)

	// Per-route middleware: a Group with middleware would add catch-all
	// routes that turn 405 Method Not Allowed into 404.
	lim := s.limitAPI
	e.GET("/api/search", s.apiSearch, lim)
	e.GET("/api/resolve", s.apiResolve, lim)
	e.GET("/api/autocomplete", s.apiAutocomplete, lim)
	e.GET("/api/recommend", s.apiRecommend, lim)
	e.POST("/api/recommend", s.apiRecommend, lim)
	e.GET("/api/films/:id", s.apiFilm, lim)
	e.GET("/api/people/:id", s.apiPerson, lim)
	e.POST("/api/feedback", s.apiFeedback, lim)
	if s.o.MetricsToken != "" {
		e.GET("/metrics", s.handleMetrics)
	}
}

// ServeHTTP serves one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.e.ServeHTTP(w, r) }

// Start listens on Options.Addr and serves until ctx is cancelled, then
// shuts down gracefully within Options.ShutdownTimeout. It returns nil after
// a clean shutdown.
func (s *Server) Start(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.o.Addr)
	if err != nil {
		return fmt.Errorf("web: listen: %w", err)
	}
	return s.Serve(ctx, ln)
}

// Serve is Start on an existing listener, which it closes.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(s.o.Logger.Handler(), slog.LevelWarn),
	}
	s.mu.Lock()
	s.httpSrv = srv
	s.mu.Unlock()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("web: serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), s.o.ShutdownTimeout)
	defer cancel()
	err := s.Shutdown(sctx)
	if serr := <-errc; serr != nil && !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = fmt.Errorf("web: serve: %w", serr)
	}
	return err
}

// Shutdown stops accepting requests, closes every chat websocket with
// "going away", and waits for requests and connections to finish or ctx to
// expire. It is safe to call more than once.
func (s *Server) Shutdown(ctx context.Context) error {
	var err error
	s.shutOnce.Do(func() {
		s.mu.Lock()
		s.closing = true
		srv := s.httpSrv
		conns := make([]*wsConn, 0, len(s.conns))
		for c := range s.conns {
			conns = append(conns, c)
		}
		s.mu.Unlock()
		if srv != nil {
			// Hijacked websocket connections are not tracked by http.Server.
			if e := srv.Shutdown(ctx); e != nil {
				err = fmt.Errorf("web: shutdown: %w", e)
			}
		}
		s.stop()
		for _, c := range conns {
			go c.goAway()
		}
		done := make(chan struct{})
		go func() { s.connsWG.Wait(); close(done) }()
		select {
		case <-done:
		case <-ctx.Done():
			for _, c := range conns {
				_ = c.ws.CloseNow() // abandons a pending close handshake
			}
			if err == nil {
				err = fmt.Errorf("web: shutdown: %w", ctx.Err())
			}
		}
	})
	return err
}

// addConn registers a websocket; it fails once shutdown has begun.
func (s *Server) addConn(c *wsConn) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing {
		return false
	}
	s.conns[c] = struct{}{}
	s.connsWG.Add(1)
	return true
}

func (s *Server) isClosing() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.closing
}

func (s *Server) removeConn(c *wsConn) {
	s.mu.Lock()
	delete(s.conns, c)
	s.mu.Unlock()
	s.connsWG.Done()
}

func (s *Server) requestLogger() echo.MiddlewareFunc {
	return middleware.RequestLoggerWithConfig(middleware.RequestLoggerConfig{
		LogStatus:    true,
		LogURIPath:   true,
		LogMethod:    true,
		LogLatency:   true,
		LogRemoteIP:  true,
		LogUserAgent: false,
		HandleError:  true,
		LogValuesFunc: func(c echo.Context, v middleware.RequestLoggerValues) error {
			level := slog.LevelInfo
			switch {
			case v.Status >= 500:
				level = slog.LevelError
			case v.URIPath == "/healthz" || strings.HasPrefix(v.URIPath, "/static/"):
				level = slog.LevelDebug
			}
			// The path only: queries hold what customers type (?q=) and
			// their session ids (/ws?session=).
			attrs := []slog.Attr{
				slog.String("method", method(c)),
				slog.String("uri", v.URIPath),
				slog.Int("status", v.Status),
				slog.Duration("latency", v.Latency),
				slog.String("remote_ip", anonymizeIP(v.RemoteIP)),
			}
			if v.Error != nil {
				attrs = append(attrs, slog.String("error", v.Error.Error()))
			}
			s.o.Logger.LogAttrs(c.Request().Context(), level, "http_request", attrs...)
			return nil
		},
	})
}

// securityHeaders sets the CSP and friends. Only /widget and /chat may be
// framed by the configured ancestors; other pages only by Bobine itself.
func (s *Server) securityHeaders(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		h := c.Response().Header()
		ancestors := "'self'"
		styles := "'self'"
		switch p := c.Path(); {
		case p == "/widget" || p == "/chat":
			ancestors = strings.Join(s.o.FrameAncestors, " ")
		case p == "/kpi" || strings.HasPrefix(p, "/kpi/"):
			// ECharts writes style attributes into its tooltips.
			styles = "'self' 'unsafe-inline'"
		}
		h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src "+styles+"; "+
			"img-src 'self' data: https:; connect-src 'self'"+s.wsSrc+"; "+
			"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors "+ancestors)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		return next(c)
	}
}

// wsSource names the websocket origin of the public URL for the CSP
// (older browsers do not include ws: in 'self'), with a leading space; it
// is empty without a public URL. It never comes from the request's Host
// header, which the client chooses.
func wsSource(publicURL string) string {
	u, err := url.Parse(publicURL)
	if publicURL == "" || err != nil || u.Host == "" || strings.ContainsAny(u.Host, " ;,'\"") {
		return ""
	}
	if u.Scheme == "https" {
		return " wss://" + u.Host
	}
	return " ws://" + u.Host
}
