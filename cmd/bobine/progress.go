package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/metrics"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"

	"github.com/bobine/bobine/indexer"
)

// progress shows indexer.Progress: a one-line bar redrawn at most ten times
// a second when stderr is a terminal, plain log lines every few seconds per
// file otherwise. Safe for concurrent use.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	log   *slog.Logger
	tty   bool
	width int
	every time.Duration
	last  time.Time // last draw or log line
	key   string    // step+file being shown
	start time.Time // when key started
	drawn bool      // a bar is on screen
	now   func() time.Time
}

// isTerminal reports whether w is a terminal, where progress is drawn as a
// bar rather than written as log lines.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func newProgress(w io.Writer, log *slog.Logger) *progress {
	p := &progress{w: w, log: log, every: 5 * time.Second, now: time.Now, width: 80}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.tty = true
		p.every = 100 * time.Millisecond
		if width, _, err := term.GetSize(int(f.Fd())); err == nil && width > 20 {
			p.width = width
		}
	}
	return p
}

func (p *progress) update(u indexer.Progress) {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.now()
	key := u.Step + " " + u.File
	if key != p.key {
		p.key, p.start = key, now
		p.last = time.Time{}
	}
	if !u.Done && now.Sub(p.last) < p.every {
		return
	}
	p.last = now
	elapsed := now.Sub(p.start)
	if !p.tty {
		p.logLine(u, elapsed)
		return
	}
	line := p.barLine(u, elapsed)
	fmt.Fprintf(p.w, "\r%s\x1b[K", line)
	p.drawn = true
	if u.Done {
		fmt.Fprint(p.w, "\n")
		p.drawn = false
	}
}

func rate(rows int64, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(rows) / d.Seconds()
}

func (p *progress) logLine(u indexer.Progress, elapsed time.Duration) {
	if u.File == "" {
		if u.Done {
			rss, peak := residentMB()
			p.log.Info("step done", "step", u.Step, "elapsed", elapsed.Round(time.Millisecond).String(),
				"heap_live_mb", liveHeapMB(), "rss_mb", rss, "peak_rss_mb", peak)
		} else {
			p.log.Info("step", "step", u.Step)
		}
		return
	}
	args := []any{"file", u.File, "rows", u.Rows, "mb", fmt.Sprintf("%.1f", float64(u.Bytes)/1e6),
		"rows_per_s", int64(rate(u.Rows, elapsed)), "elapsed", elapsed.Round(time.Millisecond).String()}
	if !u.Done {
		p.log.Info("reading", args...)
		return
	}
	rss, peak := residentMB()
	p.log.Info("read", append(args, "heap_live_mb", liveHeapMB(), "rss_mb", rss, "peak_rss_mb", peak)...)
}

// liveHeapMB is the heap the last garbage collection found live, in MB:
// with the resident memory, where a build's memory goes step by step.
func liveHeapMB() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64() >> 20
}

func (p *progress) barLine(u indexer.Progress, elapsed time.Duration) string {
	name := u.Step
	if u.File != "" {
		name = u.File
	}
	info := fmt.Sprintf(" %s rows %.0f rows/s %.1f MB", humanCount(u.Rows), rate(u.Rows, elapsed), float64(u.Bytes)/1e6)
	if u.File == "" {
		info = " " + elapsed.Round(100*time.Millisecond).String()
		if u.Done {
			info += " done"
		}
	}
	barW := p.width - len(name) - len(info) - 10
	if barW > 40 {
		barW = 40
	}
	var bar string
	if barW >= 5 && u.Size > 0 {
		frac := float64(u.Bytes) / float64(u.Size)
		if u.Done || frac > 1 {
			frac = 1
		}
		n := int(frac * float64(barW))
		bar = fmt.Sprintf(" [%s%s] %3.0f%%", strings.Repeat("=", n), strings.Repeat(" ", barW-n), frac*100)
	}
	return name + bar + info
}

// finish ends a bar left on screen (after an error).
func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprint(p.w, "\n")
		p.drawn = false
	}
}

func humanCount(n int64) string {
	switch {
	case n >= 10_000_000:
		return fmt.Sprintf("%.0fM", float64(n)/1e6)
	case n >= 1_000_000:
		return fmt.Sprintf("%.1fM", float64(n)/1e6)
	case n >= 10_000:
		return fmt.Sprintf("%.0fk", float64(n)/1e3)
	}
	return fmt.Sprint(n)
}
