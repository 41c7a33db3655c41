package kpipage

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bobine/bobine/web/feedback"
)

func TestUsageSection(t *testing.T) {
	store, err := feedback.Open(filepath.Join(t.TempDir(), "f.db"), feedback.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	now := time.Now()
	rec := func(e feedback.Event) {
		e.Time = now
		store.Record(e)
	}
	rec(feedback.Event{Session: "s1", Kind: feedback.Turn, Text: "films"})
	rec(feedback.Event{Session: "s1", Kind: feedback.Liked, Film: "tt01"})
	rec(feedback.Event{Session: "s1", Kind: feedback.Shown, Film: "tt02", Position: 1, Reason: "cast"})
	rec(feedback.Event{Session: "s1", Kind: feedback.Shown, Film: "tt03", Position: 2, Reason: "genres"})
	rec(feedback.Event{Session: "s1", Kind: feedback.Like, Film: "tt02", Position: 1})
	rec(feedback.Event{Session: "s1", Kind: feedback.Click, Film: "tt02", Position: 1})
	rec(feedback.Event{Session: "s2", Kind: feedback.Turn, Text: "text"})
	rec(feedback.Event{Session: "s2", Kind: feedback.Unresolved, Text: "un film <b>qui</b> fait rêver"})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := store.Sync(ctx); err != nil {
		t.Fatal(err)
	}

	e := serve(t, handlerFor(smallResult()).WithUsage(store))
	r := get(e, "/kpi")
	body := r.Body.String()
	for _, want := range []string{"Fréquentation du chat", "2 conversations, 2 messages", "2 films proposés, ouverts à 50,0 %, aimés à 50,0 %",
		"<td>mêmes acteurs</td><td>1</td><td>1</td><td>1</td><td>0</td><td>100,0 %</td><td>100,0 %</td>",
		"<td>Un (1962)</td><td>1</td>", "<td>Deux (1995)</td><td>1</td>", "un film &lt;b&gt;qui&lt;/b&gt; fait rêver"} {
		if !strings.Contains(body, want) {
			t.Errorf("/kpi lacks %q", want)
		}
	}
	r = get(e, "/api/usage?days=7")
	if r.Code != 200 || !strings.Contains(r.Body.String(), `"conversations":2`) || !strings.Contains(r.Body.String(), `"title":"Un (1962)"`) {
		t.Errorf("/api/usage: %d %s", r.Code, r.Body.String())
	}
	if r := get(e, "/api/usage?days=0"); r.Code != 400 {
		t.Errorf("/api/usage?days=0: %d", r.Code)
	}

	// Without a usage source: no section, no route.
	e = serve(t, handlerFor(smallResult()))
	if strings.Contains(get(e, "/kpi").Body.String(), "Fréquentation du chat") || get(e, "/api/usage").Code != 404 {
		t.Error("usage shown without a usage source")
	}
}
