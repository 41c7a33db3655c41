//go:build linux

package data

import (
	"syscall"
	"unsafe"
)

// offHeap is memory outside the Go heap, from an anonymous private
// mapping: the records of a catalogue whose strings all live in its mapped
// file (see decodeCatalogue). The garbage collector neither counts nor
// scans it, which is sound only while nothing in it points into the Go
// heap. Pages never written cost no resident memory.
type offHeap struct{ b []byte }

// newOffHeap maps size bytes of zeroed memory; ok is false when it cannot.
func newOffHeap(size int) (h offHeap, ok bool) {
	if size <= 0 {
		return offHeap{}, false
	}
	b, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return offHeap{}, false
	}
	return offHeap{b: b}, true
}

// take returns the next n bytes of h, aligned for any Go value.
func (h *offHeap) take(n uintptr) unsafe.Pointer {
	if n == 0 {
		return nil
	}
	p := unsafe.Pointer(&h.b[0])
	h.b = h.b[(n+7)&^7:]
	return p
}

// freeze makes the whole mapping read-only: a write into a record, which
// could store a pointer to the Go heap that the collector does not see,
// faults at once instead.
func freeze(b []byte) { syscall.Mprotect(b, syscall.PROT_READ) }

// release gives the pages of a mapping back to the system. The addresses
// stay reserved and read as zeros (the empty Film), so that a record
// pointer kept past its catalogue reads nothing rather than faulting.
func release(b []byte) {
	syscall.Syscall(syscall.SYS_MADVISE, uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)), syscall.MADV_DONTNEED)
}
