package web

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"path"
	"runtime/debug"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/coder/websocket"
	"github.com/labstack/echo/v4"
	"golang.org/x/time/rate"

	"github.com/bobine/bobine/chat"
	"github.com/bobine/bobine/data"
)

// handleWS upgrades GET /ws to the chat websocket. Query parameters:
// session (optional, 16-64 of [A-Za-z0-9_-]: resumes that dialogue, so the
// full-page chat survives reloads) and lang (fr or en: the language of the
// page, the dialogue's language until the customer's messages say
// otherwise, and that of server-side error texts before the engine has
// answered).
func (s *Server) handleWS(c echo.Context) error {
	r := c.Request()
	if !s.originAllowed(r) {
		return &apiError{Status: http.StatusForbidden, Code: "forbidden_origin",
			Message: "this origin may not open the chat; add it to server.allowed_origins"}
	}
	if s.isClosing() {
		return &apiError{Status: http.StatusServiceUnavailable, Code: "shutting_down", Message: "the server is restarting, try again shortly"}
	}
	if err := checkHandshake(r); err != nil {
		return err
	}
	q := r.URL.Query()
	session := q.Get("session")
	switch {
	case session == "":
		session = newSessionID()
	case !validSessionID(session):
		return badRequest("session must be 16 to 64 characters among letters, digits, '-' and '_'")
	}
	page := q.Get("lang")
	if page != "fr" && page != "en" {
		page = ""
	}
	lang := page
	if lang == "" {
		lang = "fr"
	}
	ws, err := websocket.Accept(c.Response(), r, &websocket.AcceptOptions{OriginPatterns: s.o.AllowedOrigins})
	if err != nil {
		// Accept has already answered; checkHandshake and originAllowed
		// leave it nothing to refuse but a connection that cannot be
		// hijacked.
		return nil
	}
	conn := &wsConn{
		s:       s,
		ws:      ws,
		session: session,
		ip:      anonymizeIP(c.RealIP()), // the rate-limit key outlives the request
		lang:    lang,
		page:    page,
		out:     make(chan any, 8),
		limiter: rate.NewLimiter(rate.Limit(s.o.RatePerSecond), s.o.RateBurst),
	}
	if !s.addConn(conn) {
		_ = ws.Close(websocket.StatusGoingAway, "server shutting down")
		return nil
	}
	defer s.removeConn(conn)
	// The connection outlives nothing but itself: it is not tied to the
	// request context, which net/http manages differently once hijacked.
	conn.run(context.WithoutCancel(r.Context()))
	return nil
}

// checkHandshake applies the websocket library's checks of an opening
// handshake (RFC 6455 4.2.1) before it is called, so that a bad one gets
// the API's JSON error rather than the library's plain text.
func checkHandshake(r *http.Request) error {
	upgrade := &apiError{Status: http.StatusUpgradeRequired, Code: "upgrade_required",
		Message: "/ws is the chat websocket: open it with a websocket client (Connection: Upgrade, Upgrade: websocket)"}
	if !headerHasToken(r.Header, "Connection", "upgrade") || !headerHasToken(r.Header, "Upgrade", "websocket") {
		return upgrade
	}
	if r.Header.Get("Sec-WebSocket-Version") != "13" {
		return badRequest("unsupported websocket version: use Sec-WebSocket-Version 13")
	}
	if key, err := base64.StdEncoding.DecodeString(r.Header.Get("Sec-WebSocket-Key")); err != nil || len(key) != 16 {
		return badRequest("invalid Sec-WebSocket-Key")
	}
	return nil
}

// headerHasToken reports whether a comma-separated header holds token,
// ignoring case.
func headerHasToken(h http.Header, name, token string) bool {
	for _, v := range h.Values(name) {
		for _, t := range strings.Split(v, ",") {
			if strings.EqualFold(strings.TrimSpace(t), token) {
				return true
			}
		}
	}
	return false
}

// wsConn is one chat websocket: a read loop (the handler goroutine) that
// runs chat turns one at a time, and a write loop that owns every write and
// the keep-alive pings.
type wsConn struct {
	s       *Server
	ws      *websocket.Conn
	session string
	ip      string
	lang    string        // language of server-side error texts; read loop only
	page    string        // language of the page ("fr", "en" or ""): the dialogue's until the customer's messages say otherwise
	out     chan any      // messages for the write loop
	limiter *rate.Limiter // per-connection rate

	closeOnce sync.Once
}

func (c *wsConn) run(base context.Context) {
	ctx, cancel := context.WithCancel(base)
	defer cancel()
	writeDone := make(chan struct{})
	go func() {
		defer close(writeDone)
		defer c.recoverLoop(ctx, "ws write loop")
		c.writeLoop(ctx)
	}()
	func() {
		defer c.recoverLoop(ctx, "ws read loop")
		c.readLoop(ctx)
	}()
	cancel()
	<-writeDone
	// On shutdown the read loop can end (its turn aborted) before Shutdown's
	// goAway runs; the peer must still get "going away", not a dropped line.
	if c.s.isClosing() {
		c.goAway()
		return
	}
	c.closeNow()
}

func (c *wsConn) readLoop(ctx context.Context) {
	// The first message may be a resume carrying a dialogue token, longer
	// than an ordinary message may be.
	c.ws.SetReadLimit(max(c.s.o.ReadLimit, resumeLimit))
	for first := true; ; first = false {
		typ, b, err := c.ws.Read(ctx)
		if err != nil {
			// Peer closed, abrupt disconnect, oversize message (the library
			// has already closed with StatusMessageTooBig) or shutdown.
			return
		}
		if first {
			c.ws.SetReadLimit(c.s.o.ReadLimit)
			if int64(len(b)) > c.s.o.ReadLimit && !isResume(b) {
				c.closeOnce.Do(func() { _ = c.ws.Close(websocket.StatusMessageTooBig, "message too big") })
				return
			}
		}
		now := time.Now()
		if !c.limiter.AllowN(now, 1) || !c.s.ips.allow(c.ip, now) {
			if !c.send(ctx, errorMsg(codeRateLimited, localized(c.lang,
				"Trop de messages, patientez un instant.", "Too many messages, please wait a moment."))) {
				return
			}
			continue
		}
		var in inMessage
		if typ != websocket.MessageText || json.Unmarshal(b, &in) != nil {
			if !c.send(ctx, errorMsg(codeBadMessage, `expected a JSON text message {"type":"message","text":"..."}`)) {
				return
			}
			continue
		}
		var out any
		switch in.Type {
		case typeMessage:
			out = c.turn(ctx, in.Text)
		case typeRemove:
			out = c.remove(ctx, in.Key)
		case typeReset:
			c.s.live.Load().Chat.Reset(c.session) // the dialogue memory is shared by every stack
			out = ackMessage{Type: typeReset}
		case typeResume:
			out = c.resume(ctx, in.Token)
		default:
			out = errorMsg(codeBadMessage, `unknown type; use "message", "remove", "reset" or "resume"`)
		}
		if out == nil || !c.send(ctx, out) {
			return
		}
	}
}

// turn runs one chat turn and returns the message to send, or nil when the
// connection is going away.
func (c *wsConn) turn(ctx context.Context, text string) any {
	text = strings.TrimSpace(text)
	if text == "" || !utf8.ValidString(text) {
		return errorMsg(codeBadMessage, localized(c.lang, "Message vide.", "Empty message."))
	}
	return c.chatTurn(ctx, text, func(ctx context.Context, ch Chatter) (chat.Reply, error) {
		return ch.HandleIn(ctx, c.session, c.page, text)
	})
}

// remove drops the chip key from the dialogue and returns the message to
// send, or nil when the connection is going away.
func (c *wsConn) remove(ctx context.Context, key string) any {
	key = strings.TrimSpace(key)
	if key == "" || !utf8.ValidString(key) {
		return errorMsg(codeBadMessage, `remove needs the "key" of a chip of the last reply's state`)
	}
	return c.chatTurn(ctx, "", func(ctx context.Context, ch Chatter) (chat.Reply, error) { return ch.Remove(ctx, c.session, key) })
}

// chatTurn runs one chat turn under the turn timeout, cancelled on shutdown,
// on the stack current when it starts (an index swapped in meanwhile waits
// for it to end before the old one is closed), records it with the
// customer's text (empty for a chip removed), and returns the reply or
// error message to send, or nil when the connection is going away.
func (c *wsConn) chatTurn(ctx context.Context, text string, turn func(context.Context, Chatter) (chat.Reply, error)) any {
	st := c.s.acquire()
	defer st.release()
	tctx, cancel := context.WithTimeout(ctx, c.s.o.TurnTimeout)
	stop := context.AfterFunc(c.s.stopping, cancel)
	start := time.Now()
	reply, err := c.handle(tctx, func(ctx context.Context) (chat.Reply, error) { return turn(ctx, st.Chat) })
	c.s.metrics.turnDone(time.Since(start), turnOutcome(reply, err))
	stop()
	cancel()
	switch {
	case ctx.Err() != nil || c.s.stopping.Err() != nil:
		return nil
	case err == nil:
		if reply.Lang == "fr" || reply.Lang == "en" {
			c.lang = reply.Lang
		}
		c.s.recordTurn(c.session, text, reply)
		return c.s.replyMessage(reply)
	case errors.Is(err, data.ErrInvalid):
		return errorMsg(codeBadMessage, localized(c.lang, "Ce filtre n'existe pas.", "There is no such filter."))
	case errors.Is(err, context.DeadlineExceeded):
		return errorMsg(codeTimeout, localized(c.lang, "Je mets trop de temps à répondre, réessayez.", "I am taking too long to answer, please try again."))
	default:
		c.s.o.Logger.LogAttrs(ctx, slog.LevelError, "chat_turn_failed",
			slog.String("session", c.session), slog.String("error", err.Error()))
		return errorMsg(codeInternal, localized(c.lang, "Désolé, une erreur est survenue.", "Sorry, something went wrong."))
	}
}

// handle runs the chat engine; a panic in it is logged and becomes an
// error, so that the customer gets "internal" and the connection stays.
func (c *wsConn) handle(ctx context.Context, turn func(context.Context) (chat.Reply, error)) (reply chat.Reply, err error) {
	defer func() {
		if v := recover(); v != nil {
			c.s.logPanic(ctx, "chat turn", v, debug.Stack())
			err = fmt.Errorf("web: chat turn: panic: %v", v)
		}
	}()
	return turn(ctx)
}

// recoverLoop, deferred by a connection's loop, turns a panic into a log
// line and a close with "internal error": it takes down that connection,
// never the server.
func (c *wsConn) recoverLoop(ctx context.Context, where string) {
	if v := recover(); v != nil {
		c.s.logPanic(ctx, where, v, debug.Stack())
		c.closeOnce.Do(func() { _ = c.ws.Close(websocket.StatusInternalError, "internal error") })
	}
}

func (c *wsConn) send(ctx context.Context, m any) bool {
	select {
	case c.out <- m:
		return true
	case <-ctx.Done():
		return false
	}
}

func (c *wsConn) writeLoop(ctx context.Context) {
	ping := time.NewTicker(c.s.o.PingInterval)
	defer ping.Stop()
	for {
		var err error
		select {
		case <-ctx.Done():
			return
		case m := <-c.out:
			c.s.metrics.sent(m)
			b, merr := json.Marshal(m)
			if merr != nil {
				// Every message type marshals; this is a programming error.
				panic(merr)
			}
			wctx, cancel := context.WithTimeout(ctx, c.s.o.WriteTimeout)
			err = c.ws.Write(wctx, websocket.MessageText, b)
			cancel()
		case <-ping.C:
			// Ping waits for the pong, which the read loop receives.
			pctx, cancel := context.WithTimeout(ctx, c.s.o.WriteTimeout)
			err = c.ws.Ping(pctx)
			cancel()
		}
		if err != nil {
			// A dead peer: closing makes the read loop return.
			c.closeNow()
			return
		}
	}
}

// goAway closes the connection with a close handshake; used on shutdown.
func (c *wsConn) goAway() {
	c.closeOnce.Do(func() { _ = c.ws.Close(websocket.StatusGoingAway, "server shutting down") })
}

// closeNow drops the connection without a handshake unless goAway has
// already begun closing it. It is safe to call more than once.
func (c *wsConn) closeNow() {
	c.closeOnce.Do(func() { _ = c.ws.CloseNow() })
}

// originAllowed applies the websocket library's rule before the upgrade so
// that unknown origins get a JSON 403: no Origin header (not a browser) or
// the request's own host pass; otherwise an allowed pattern must match, on
// "scheme://host" when the pattern has a scheme, else on the host.
func (s *Server) originAllowed(r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	u, err := url.Parse(origin)
	if err != nil || u.Host == "" {
		return false
	}
	if strings.EqualFold(u.Host, r.Host) {
		return true
	}
	for _, p := range s.o.AllowedOrigins {
		target := u.Host
		if strings.Contains(p, "://") {
			target = u.Scheme + "://" + u.Host
		}
		if ok, err := path.Match(strings.ToLower(p), strings.ToLower(target)); err == nil && ok {
			return true
		}
	}
	return false
}

func newSessionID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails
	return hex.EncodeToString(b[:])
}

func validSessionID(s string) bool {
	if len(s) < 16 || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if !(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '-' || ch == '_') {
			return false
		}
	}
	return true
}
