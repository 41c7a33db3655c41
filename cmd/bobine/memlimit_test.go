package main

import (
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

// TestAutoMemoryLimit checks that server.memory_limit "auto" sets a soft
// limit that follows what is live (so the heap cannot double past it) and
// never one under the floor, and that GOMEMLIMIT wins.
func TestAutoMemoryLimit(t *testing.T) {
	prev := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(prev) })

	t.Setenv("GOMEMLIMIT", "")
	small := autoMemoryLimit()
	smallLimit := debug.SetMemoryLimit(-1)
	if smallLimit < 64<<20 || !strings.Contains(small, "GOMEMLIMIT auto") {
		t.Fatalf("auto limit with little live: %d bytes (%s), want at least 64MiB", smallLimit, small)
	}

	// 512 MiB more that stays live: the limit grows by that and half
	// of the whole, and stays under twice the live heap.
	held := make([][]byte, 512)
	for i := range held {
		held[i] = make([]byte, 1<<20)
	}
	autoMemoryLimit()
	grown := debug.SetMemoryLimit(-1)
	runtime.KeepAlive(held)
	if grown < (512<<20)*3/2 || grown > 2*(512<<20) {
		t.Errorf("auto limit with 512MiB more live: %dMiB, was %dMiB: it does not follow the live heap by half more", grown>>20, smallLimit>>20)
	}

	t.Setenv("GOMEMLIMIT", "1GiB")
	debug.SetMemoryLimit(prev)
	if got := autoMemoryLimit(); !strings.Contains(got, "GOMEMLIMIT 1GiB") || debug.SetMemoryLimit(-1) != prev {
		t.Errorf("with GOMEMLIMIT set: %q, limit changed to %d: the environment must win", got, debug.SetMemoryLimit(-1))
	}
}
