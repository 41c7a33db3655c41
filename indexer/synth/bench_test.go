package synth_test

import (
	"context"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"runtime/pprof"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/bobine/bobine/indexer"
	"github.com/bobine/bobine/indexer/synth"
)

// BenchmarkIndexSynthetic generates a data set of BOBINE_SYNTH_TITLES titles
// (default 200,000; the real dumps have ~12,000,000) and runs indexer.Read
// on it, reporting input rows per second and peak memory. Index options are
// the defaults; BOBINE_SYNTH_MIN_VOTES sets index.min_votes.
//
//	BOBINE_SYNTH_TITLES=1000000 go test -run '^$' -bench IndexSynthetic -benchtime 1x ./indexer/synth
func BenchmarkIndexSynthetic(b *testing.B) {
	titles := envInt(b, "BOBINE_SYNTH_TITLES", 200_000)
	minVotes := envInt(b, "BOBINE_SYNTH_MIN_VOTES", 0)
	dir := b.TempDir()
	start := time.Now()
	files, err := synth.Generate(context.Background(), synth.Options{Dir: dir, Titles: titles, Seed: 1, Bad: 0.0002})
	if err != nil {
		b.Fatal(err)
	}
	var genRows, genBytes int64
	for _, f := range files {
		genRows += f.Rows
		genBytes += f.Bytes
	}
	genTime := time.Since(start)
	b.Logf("generated %d titles: %d rows, %.1f MB on disk in %s (%.0f rows/s)",
		titles, genRows, float64(genBytes)/1e6, genTime.Round(time.Millisecond), float64(genRows)/genTime.Seconds())

	runtime.GC()
	debug.FreeOSMemory()
	peak := startPeakSampler()
	b.ResetTimer()
	var rows int64
	var res *indexer.Result
	for i := 0; i < b.N; i++ {
		res, err = indexer.Read(context.Background(), indexer.Options{DataDir: dir, MinVotes: minVotes})
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range res.Report.Files {
			rows += f.Rows
		}
	}
	b.StopTimer()
	heap, total := peak()
	// What the result keeps once the reading's garbage is collected.
	runtime.GC()
	live := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(live)
	b.ReportMetric(float64(live[0].Value.Uint64())/(1<<20), "live-result-MiB")
	// BOBINE_HEAPPROFILE=file: what the result holds, for go tool pprof.
	if path := os.Getenv("BOBINE_HEAPPROFILE"); path != "" {
		runtime.GC()
		f, err := os.Create(path)
		if err != nil {
			b.Fatal(err)
		}
		if err := pprof.WriteHeapProfile(f); err != nil {
			b.Fatal(err)
		}
		f.Close()
		runtime.KeepAlive(res)
	}
	elapsed := b.Elapsed()
	b.ReportMetric(float64(rows)/elapsed.Seconds(), "rows/s")
	b.ReportMetric(float64(rows)/float64(b.N), "rows/op")
	b.ReportMetric(float64(heap)/(1<<20), "peak-heap-MiB")
	b.ReportMetric(float64(total)/(1<<20), "peak-go-MiB")
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err == nil {
		b.ReportMetric(float64(ru.Maxrss)/1024, "maxrss-MiB") // Linux: KiB
	}
	b.ReportMetric(float64(len(res.Catalogue.Films())), "films")
	b.ReportMetric(float64(res.Catalogue.NumPeople()), "people")
}

func envInt(b *testing.B, name string, def int) int {
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		b.Fatalf("%s=%q: want a non-negative integer", name, s)
	}
	return n
}

// startPeakSampler samples the Go runtime's memory every 20 ms until the
// returned function is called; it returns the peak live-heap bytes and the
// peak of all memory the runtime holds from the OS (released pages excluded).
func startPeakSampler() func() (heap, total uint64) {
	samples := []metrics.Sample{
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
	}
	var (
		mu              sync.Mutex
		maxHeap, maxTot uint64
		stop            = make(chan struct{})
		done            = make(chan struct{})
	)
	read := func() {
		metrics.Read(samples)
		h := samples[0].Value.Uint64()
		t := samples[1].Value.Uint64() - samples[2].Value.Uint64()
		mu.Lock()
		maxHeap, maxTot = max(maxHeap, h), max(maxTot, t)
		mu.Unlock()
	}
	go func() {
		defer close(done)
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				read()
			}
		}
	}()
	return func() (uint64, uint64) {
		read()
		close(stop)
		<-done
		mu.Lock()
		defer mu.Unlock()
		return maxHeap, maxTot
	}
}
