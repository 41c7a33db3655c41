package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bobine/bobine/web/feedback"
)

// A customer asks for their data, then for its erasure.
func TestExportAndPurgeSession(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("BOBINE_FEEDBACK_DIR", dir)
	t.Setenv("BOBINE_LOG_LEVEL", "error")
	fb, err := feedback.Open(filepath.Join(dir, feedbackFile), feedback.Options{})
	if err != nil {
		t.Fatal(err)
	}
	fb.Record(feedback.Event{Session: "customer-session-1", Kind: feedback.Like, Film: "tt0211915", Position: 1})
	fb.Record(feedback.Event{Session: "customer-session-1", Kind: feedback.Unresolved, Text: "un truc bizarre"})
	fb.Record(feedback.Event{Session: "other-session-0002", Kind: feedback.Like, Film: "tt0078748", Position: 2})
	fb.Record(feedback.Event{Time: time.Now().Add(-500 * 24 * time.Hour), Session: "old-session-00003", Kind: feedback.Click, Film: "tt0078748"})
	if err := fb.Close(); err != nil {
		t.Fatal(err)
	}
	runOK := func(args ...string) string {
		t.Helper()
		var stdout, stderr bytes.Buffer
		if code := run(context.Background(), args, &stdout, &stderr); code != 0 {
			t.Fatalf("%v: exit %d\n%s", args, code, stderr.String())
		}
		return stdout.String()
	}
	out := runOK("export", "-session", "customer-session-1")
	if n := strings.Count(out, "\n"); n != 2 || !strings.Contains(out, `"kind":"like"`) || !strings.Contains(out, "un truc bizarre") || strings.Contains(out, "tt0078748") {
		t.Errorf("export:\n%s", out)
	}
	if out := runOK("purge", "-session", "customer-session-1"); !strings.HasPrefix(out, "2 events deleted") {
		t.Errorf("purge -session: %q", out)
	}
	if out := runOK("export", "-session", "customer-session-1"); out != "" {
		t.Errorf("export after purge: %q", out)
	}
	// The 500-day-old event is past the 13-month retention; the other stays.
	if out := runOK("purge"); !strings.HasPrefix(out, "1 events deleted") {
		t.Errorf("purge: %q", out)
	}
	if out := runOK("export", "-session", "other-session-0002"); strings.Count(out, "\n") != 1 {
		t.Errorf("another session's events went too: %q", out)
	}
}
