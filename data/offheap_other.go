//go:build !linux

package data

import "unsafe"

// offHeap is not available here: the records are allocated on the Go heap.
type offHeap struct {
	b, all []byte
	file   bool
}

func newOffHeap(int) (offHeap, bool) { return offHeap{}, false }

func (h *offHeap) take(uintptr) unsafe.Pointer { return nil }

func (h *offHeap) done() {}

func (h *offHeap) discard() {}

func release([]byte) {}

func newFileHeap(string, int) (offHeap, bool) { return offHeap{}, false }
