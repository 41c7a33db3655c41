package chat_test

import (
	"context"
	"os"
	"strings"
	"testing"
)

func TestProbePeople3(t *testing.T) {
	raw := os.Getenv("PROBE")
	if raw == "" {
		t.Skip("PROBE unset")
	}
	e := devEngine(t)
	for i, dlg := range strings.Split(raw, "\n") {
		var out strings.Builder
		for _, m := range strings.Split(dlg, " || ") {
			r, err := e.Handle(context.Background(), "probe"+string(rune('a'+i)), m)
			if err != nil {
				t.Fatal(err)
			}
			out.WriteString(transcript(m, r))
			if r.State != nil {
				for _, c := range r.State.Filters {
					out.WriteString("   chip " + c.Key + " «" + c.Label + "»\n")
				}
			}
		}
		t.Log("\n" + out.String())
	}
}
