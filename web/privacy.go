package web

import (
	"context"
	"log/slog"
	"net"
	"net/netip"
	"regexp"
	"strings"
)

// anonymizeIP truncates a client address before it is logged or kept past
// its request: an IPv4 address to its /24 ("203.0.113.0"), an IPv6 address
// to its /48 ("2001:db8:1::"). IPv4-mapped IPv6 counts as IPv4; a port is
// dropped; anything that is not an address becomes "unknown".
func anonymizeIP(s string) string {
	s = strings.TrimSpace(s)
	if host, _, err := net.SplitHostPort(s); err == nil {
		s = host
	}
	s = strings.Trim(s, "[]")
	if i := strings.IndexByte(s, '%'); i >= 0 {
		s = s[:i] // zone
	}
	a, err := netip.ParseAddr(s)
	if err != nil {
		return "unknown"
	}
	a = a.Unmap()
	bits := 48
	if a.Is4() {
		bits = 24
	}
	p, err := a.Prefix(bits)
	if err != nil {
		return "unknown"
	}
	return p.Addr().String()
}

// ipLike finds what may be an IPv4 or IPv6 address in free text; each match
// is checked by netip before it is rewritten.
var ipLike = regexp.MustCompile(`\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})?`)

// scrubIPs rewrites every IP address in s to its truncated form.
func scrubIPs(s string) string {
	if !strings.ContainsAny(s, ".:") {
		return s
	}
	return ipLike.ReplaceAllStringFunc(s, func(m string) string {
		a, err := netip.ParseAddr(m)
		if err != nil {
			return m
		}
		return anonymizeIP(a.String())
	})
}

// privateHandler truncates any IP address in a record's message and string
// attributes before it reaches the real handler: the request log truncates
// the client IP itself, and this catches the rest (net/http's own messages,
// "http: TLS handshake error from 203.0.113.7:51234", wrapped errors).
type privateHandler struct{ h slog.Handler }

// privateLogger returns l writing through privateHandler.
func privateLogger(l *slog.Logger) *slog.Logger {
	if _, ok := l.Handler().(privateHandler); ok {
		return l
	}
	return slog.New(privateHandler{l.Handler()})
}

func (p privateHandler) Enabled(ctx context.Context, level slog.Level) bool {
	return p.h.Enabled(ctx, level)
}

func (p privateHandler) Handle(ctx context.Context, r slog.Record) error {
	out := slog.NewRecord(r.Time, r.Level, scrubIPs(r.Message), r.PC)
	r.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(scrubAttr(a))
		return true
	})
	return p.h.Handle(ctx, out)
}

func (p privateHandler) WithAttrs(as []slog.Attr) slog.Handler {
	clean := make([]slog.Attr, len(as))
	for i, a := range as {
		clean[i] = scrubAttr(a)
	}
	return privateHandler{p.h.WithAttrs(clean)}
}

func (p privateHandler) WithGroup(name string) slog.Handler {
	return privateHandler{p.h.WithGroup(name)}
}

func scrubAttr(a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, scrubIPs(v.String()))
	case slog.KindGroup:
		g := v.Group()
		clean := make([]any, len(g))
		for i, x := range g {
			clean[i] = scrubAttr(x)
		}
		return slog.Group(a.Key, clean...)
	case slog.KindAny:
		if err, ok := v.Any().(error); ok {
			return slog.String(a.Key, scrubIPs(err.Error()))
		}
		return slog.String(a.Key, scrubIPs(v.String()))
	}
	return slog.Attr{Key: a.Key, Value: v}
}
