//go:build unix

package data

import (
	"os"
	"syscall"
)

// mapFile maps size bytes of f read-only; ok is false when it cannot.
func mapFile(f *os.File, size int64) (b []byte, ok bool) {
	if size <= 0 || int64(int(size)) != size {
		return nil, false
	}
	b, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, false
	}
	return b, true
}

func unmapFile(b []byte) { syscall.Munmap(b) }
