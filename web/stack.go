package web

import (
	"sync"
	"sync/atomic"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/bobine/bobine/data"
)

// Stack is one index's worth of what requests are answered from. It is
// immutable once given to the Server; Swap replaces it as a whole.
type Stack struct {
	Catalogue   *data.Catalogue
	Search      Searcher
	Recommender Recommender
	Chat        Chatter

	Version string    // names the index in /healthz (e.g. a digest of its manifest)
	Built   time.Time // when `bobine index` built it; zero: unknown

	// Release, when set, is called once the stack has been replaced and
	// every request and chat turn that had started on it has finished: it
	// closes the index.
	Release func()
}

// liveStack counts the requests served from a stack. refs starts at one,
// the Server's own reference, dropped by Swap; the last release calls
// Stack.Release.
type liveStack struct {
	Stack
	refs atomic.Int64
	once sync.Once
}

func newLiveStack(st Stack) *liveStack {
	l := &liveStack{Stack: st}
	l.refs.Store(1)
	return l
}

// tryAcquire takes a reference unless the stack is already released.
func (l *liveStack) tryAcquire() bool {
	for {
		n := l.refs.Load()
		if n <= 0 {
			return false
		}
		if l.refs.CompareAndSwap(n, n+1) {
			return true
		}
	}
}

func (l *liveStack) release() {
	if l.refs.Add(-1) == 0 {
		l.once.Do(func() {
			if l.Release != nil {
				l.Release()
			}
		})
	}
}

// acquire returns the current stack with a reference taken; the caller
// releases it.
func (s *Server) acquire() *liveStack {
	for {
		l := s.live.Load()
		if l.tryAcquire() {
			return l
		}
		// Swapped and drained between Load and tryAcquire: load the new one.
	}
}

// Swap makes st the stack new requests and chat turns are answered from.
// Requests and turns in progress finish on the previous stack, whose
// Release runs once the last of them is done. Safe for concurrent use.
func (s *Server) Swap(st Stack) {
	old := s.live.Swap(newLiveStack(st))
	s.metrics.swapped()
	old.release()
}

// Current returns the stack new requests are answered from.
func (s *Server) Current() Stack { return s.live.Load().Stack }

const stackKey = "bobine.stack"

// pinStack serves each request from the stack current when it arrives. The
// chat websocket is not pinned as a whole: each of its turns is (chatTurn).
func (s *Server) pinStack(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if c.Path() == "/ws" {
			return next(c)
		}
		l := s.acquire()
		defer l.release()
		c.Set(stackKey, l)
		return next(c)
	}
}

// stack returns the stack the request is served from.
func (s *Server) stack(c echo.Context) *liveStack {
	if c != nil {
		if l, ok := c.Get(stackKey).(*liveStack); ok {
			return l
		}
	}
	return s.live.Load()
}
