package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/bobine/bobine/web"
)

// benchMessages are first messages of customers; each must be answered
// with five films.
var benchMessages = []string{
	"j'ai aimé les evades et amelie",
	"J'ai adoré Forrest Gump",
	"I liked Fight Club and The Matrix",
	"j'ai aimé Intouchables",
	"I liked Heat and Alien",
	"la ligne verte et le labyrinthe de pan",
}

// BenchmarkChatTurnWS measures a chat turn over the websocket — a fresh
// customer's message in, five film cards out — with 100 concurrent sessions
// on loopback, and reports its p50 and p99 latency and the throughput.
//
//   - dev/paced: the real search index, recommender and chat engine on the
//     dev dataset; each of the 100 customers sends one message per second
//     (100 turns/s offered), spread evenly: latency under a busy evening's load.
//   - dev/saturated: the same, but every customer sends its next message as
//     soon as the previous answer arrives: latency is then mostly queueing,
//     and turns/s is the server's capacity.
//   - transport/saturated: a chat fake, so the server and websocket alone.
func BenchmarkChatTurnWS(b *testing.B) {
	b.Run("dev/paced", func(b *testing.B) {
		benchTurns(b, devStack(b), benchMessages, 5, time.Second)
	})
	b.Run("dev/saturated", func(b *testing.B) {
		benchTurns(b, devStack(b), benchMessages, 5, 0)
	})
	b.Run("transport/saturated", func(b *testing.B) {
		cat := fixture(b)
		o := web.Options{Catalogue: cat, Search: fakeSearch{cat}, Recommender: &fakeRecommender{cat: cat}, Chat: &fakeChat{cat: cat}}
		benchTurns(b, o, []string{"films"}, 2, 0)
	})
}

const benchSessions = 100

// benchTurns runs b.N turns over benchSessions connections; with a pace,
// each session sends one message per pace, the sessions evenly staggered.
func benchTurns(b *testing.B, o web.Options, msgs []string, films int, pace time.Duration) {
	o.RatePerSecond, o.RateBurst = 1e9, 1<<30
	o.IPRatePerSecond, o.IPRateBurst = 1e9, 1<<30
	s, err := web.New(o)
	if err != nil {
		b.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	conns := make([]*websocket.Conn, benchSessions)
	for i := range conns {
		conns[i] = dial(b, ts, "", "")
		defer conns[i].CloseNow()
	}
	// Warm up, and check every message gets five films.
	for i, m := range msgs {
		if err := turn(conns[i%len(conns)], m, films); err != nil {
			b.Fatalf("%q: %v", m, err)
		}
	}
	var next atomic.Int64
	lat := make([][]time.Duration, len(conns))
	errs := make(chan error, len(conns))
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for i, c := range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			due := start.Add(pace * time.Duration(i) / benchSessions)
			for {
				if pace > 0 {
					time.Sleep(time.Until(due))
					due = due.Add(pace)
				}
				n := next.Add(1)
				if n > int64(b.N) {
					return
				}
				// Each timed turn is a fresh customer's first message.
				if err := reset(c); err != nil {
					errs <- err
					return
				}
				t0 := time.Now()
				if err := turn(c, msgs[int(n)%len(msgs)], films); err != nil {
					errs <- err
					return
				}
				lat[i] = append(lat[i], time.Since(t0))
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	close(errs)
	for err := range errs {
		b.Fatal(err)
	}
	all := slices.Concat(lat...)
	slices.Sort(all)
	pct := func(p float64) float64 {
		return float64(all[min(len(all)-1, int(p*float64(len(all))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(float64(len(all))/elapsed.Seconds(), "turns/s")
}

func reset(c *websocket.Conn) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := c.Write(ctx, websocket.MessageText, []byte(`{"type":"reset"}`)); err != nil {
		return err
	}
	_, _, err := c.Read(ctx)
	return err
}

func turn(c *websocket.Conn, msg string, films int) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	b, _ := json.Marshal(map[string]string{"type": "message", "text": msg})
	if err := c.Write(ctx, websocket.MessageText, b); err != nil {
		return err
	}
	_, b, err := c.Read(ctx)
	if err != nil {
		return err
	}
	var r struct {
		Kind  string
		Films []struct{ Title string }
	}
	if err := json.Unmarshal(b, &r); err != nil {
		return err
	}
	if r.Kind != "films" || len(r.Films) != films {
		return fmt.Errorf("reply %s, want %d films", b, films)
	}
	return nil
}
