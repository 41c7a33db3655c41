package main

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/bobine/bobine/indexer"
)

func TestProgress(t *testing.T) {
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	events := []struct {
		after time.Duration
		p     indexer.Progress
	}{
		{0, indexer.Progress{Step: "read", File: "imdb/title.basics.tsv.gz", Size: 4e6}},
		{50 * time.Millisecond, indexer.Progress{Step: "read", File: "imdb/title.basics.tsv.gz", Rows: 65536, Bytes: 1e6, Size: 4e6}},
		{time.Second, indexer.Progress{Step: "read", File: "imdb/title.basics.tsv.gz", Rows: 131072, Bytes: 2e6, Size: 4e6}},
		{6 * time.Second, indexer.Progress{Step: "read", File: "imdb/title.basics.tsv.gz", Rows: 196608, Bytes: 3e6, Size: 4e6}},
		{6*time.Second + time.Millisecond, indexer.Progress{Step: "read", File: "imdb/title.basics.tsv.gz", Rows: 200000, Bytes: 4e6, Size: 4e6, Done: true}},
	}
	run := func(tty bool) string {
		var out bytes.Buffer
		p := newProgress(&out, slog.New(slog.NewTextHandler(&out, nil)))
		p.tty = tty
		if tty {
			p.every = 100 * time.Millisecond
		}
		now := clock
		p.now = func() time.Time { return now }
		for _, e := range events {
			now = clock.Add(e.after)
			p.update(e.p)
		}
		p.finish()
		return out.String()
	}

	logs := run(false)
	lines := strings.Split(strings.TrimSpace(logs), "\n")
	// first event, the one 6 s later, and Done; the 50 ms and 1 s ones are throttled
	if len(lines) != 3 || !strings.Contains(lines[2], "msg=read ") || !strings.Contains(lines[2], "rows=200000") || strings.Contains(logs, "\r") {
		t.Errorf("log mode wrote:\n%s", logs)
	}
	if !strings.Contains(lines[1], "rows_per_s=32768") { // 196608 rows in 6 s
		t.Errorf("log line lacks the row rate: %s", lines[1])
	}

	bar := run(true)
	draws := strings.Count(bar, "\r")
	// 0, 1 s, 6 s and Done are drawn; the draw at 50 ms is throttled (10/s max)
	if draws != 4 || !strings.Contains(bar, "100%") || !strings.HasSuffix(bar, "\n") || !strings.Contains(bar, "4.0 MB") {
		t.Errorf("terminal mode wrote %d draws:\n%q", draws, bar)
	}
}
