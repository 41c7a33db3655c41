package web

import (
	"bytes"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"
)

func TestAnonymizeIP(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"203.0.113.77", "203.0.113.0"},
		{"203.0.113.77:51234", "203.0.113.0"},
		{"::ffff:203.0.113.77", "203.0.113.0"},
		{"2001:db8:abcd:12:3456:789a:bcde:f012", "2001:db8:abcd::"},
		{"[2001:db8:abcd:12::7]:443", "2001:db8:abcd::"},
		{"fe80::1%eth0", "fe80::"},
		{"127.0.0.1", "127.0.0.0"},
		{"", "unknown"},
		{"not an ip", "unknown"},
	} {
		if got := anonymizeIP(c.in); got != c.want {
			t.Errorf("anonymizeIP(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestScrubIPs(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"http: TLS handshake error from 203.0.113.77:51234: EOF", "http: TLS handshake error from 203.0.113.0:51234: EOF"},
		{"read tcp [2001:db8:abcd:12::7]:8080: reset", "read tcp [2001:db8:abcd::]:8080: reset"},
		{"took 12:30:45 and version 1.2.3", "took 12:30:45 and version 1.2.3"},
		{"no address here", "no address here"},
	} {
		if got := scrubIPs(c.in); got != c.want {
			t.Errorf("scrubIPs(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestPrivateLoggerScrubsEverything(t *testing.T) {
	var buf bytes.Buffer
	l := privateLogger(slog.New(slog.NewTextHandler(&buf, nil)))
	l.With("peer", "203.0.113.77").Info("from 203.0.113.77", "err", errors.New("dial 203.0.113.77:80"),
		slog.Group("g", "ip", "2001:db8:abcd:12::7"), "n", 3)
	if out := buf.String(); strings.Contains(out, "203.0.113.77") || strings.Contains(out, "abcd:12") || !strings.Contains(out, "n=3") {
		t.Errorf("log line keeps a full address or lost an attribute: %s", out)
	}
}

// The rate limiter's buckets, which outlive requests, are keyed by network.
func TestIPLimiterKeysAreTruncated(t *testing.T) {
	l := newIPLimiter(1, 2)
	now := time.Now()
	if !l.allow("203.0.113.77", now) || !l.allow("203.0.113.78", now) || l.allow("203.0.113.79", now) {
		t.Error("addresses of one /24 do not share a bucket")
	}
	for k := range l.buckets {
		if k != "203.0.113.0" {
			t.Errorf("bucket key %q, want 203.0.113.0", k)
		}
	}
}
