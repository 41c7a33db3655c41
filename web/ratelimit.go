package web

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// ipLimiter is one token bucket per client network (IPv4 /24, IPv6 /48), shared by all of that IP's
// connections. Buckets that have refilled completely are dropped (forgetting
// them changes nothing), so memory stays bounded by the number of recently
// active IPs. Safe for concurrent use.
type ipLimiter struct {
	rate  rate.Limit
	burst int

	mu        sync.Mutex
	buckets   map[string]*rate.Limiter
	lastSweep time.Time
}

func newIPLimiter(perSecond float64, burst int) *ipLimiter {
	return &ipLimiter{rate: rate.Limit(perSecond), burst: burst, buckets: make(map[string]*rate.Limiter)}
}

// allow takes a token from ip's bucket. Buckets are keyed by the truncated
// address (anonymizeIP): a full client IP is never kept.
func (l *ipLimiter) allow(ip string, now time.Time) bool {
	ip = anonymizeIP(ip)
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.lastSweep) > time.Minute {
		for k, b := range l.buckets {
			if b.TokensAt(now) >= float64(l.burst) {
				delete(l.buckets, k)
			}
		}
		l.lastSweep = now
	}
	b, ok := l.buckets[ip]
	if !ok {
		b = rate.NewLimiter(l.rate, l.burst)
		l.buckets[ip] = b
	}
	return b.AllowN(now, 1)
}
