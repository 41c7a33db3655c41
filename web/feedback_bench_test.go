package web_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/bobine/bobine/web"
	"github.com/bobine/bobine/web/feedback"
)

// BenchmarkChatTurnWSRecording is BenchmarkChatTurnWS with usage recording
// on: every turn writes a turn event and one event per film card to a real
// feedback database. Compare its p99 with BenchmarkChatTurnWS's; it also
// reports the events written per second and any dropped.
func BenchmarkChatTurnWSRecording(b *testing.B) {
	withStore := func(b *testing.B, o web.Options, run func(web.Options)) {
		store, err := feedback.Open(filepath.Join(b.TempDir(), "feedback.db"), feedback.Options{})
		if err != nil {
			b.Fatal(err)
		}
		o.Feedback = store
		start := time.Now()
		run(o)
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if err := store.Sync(ctx); err != nil {
			b.Fatal(err)
		}
		st := store.Stats()
		b.ReportMetric(float64(st.Written)/time.Since(start).Seconds(), "events/s")
		b.ReportMetric(float64(st.Dropped), "dropped")
		store.Close()
	}
	b.Run("dev/paced", func(b *testing.B) {
		withStore(b, devStack(b), func(o web.Options) { benchTurns(b, o, benchMessages, 5, time.Second) })
	})
	b.Run("transport/saturated", func(b *testing.B) {
		cat := fixture(b)
		o := web.Options{Catalogue: cat, Search: fakeSearch{cat}, Recommender: &fakeRecommender{cat: cat}, Chat: &fakeChat{cat: cat}}
		withStore(b, o, func(o web.Options) { benchTurns(b, o, []string{"films"}, 2, 0) })
	})
}
