//go:build linux

package data

import (
	"os"
	"syscall"
	"unsafe"
)

// Evict tells the kernel that the pages of b, a part of a read-only file
// mapping from MapFile, need not stay resident: they leave the process's
// resident set, stay in the page cache, and are mapped again from it when
// read, one page at a time (no read-ahead, no fault-around: reads will be
// scattered). Decoding a file reads all of it once; afterwards a server
// reads only the few parts its requests touch. Safe whatever is in the pages
// around b, since a read-only file mapping is always the file's bytes; a
// no-op for bytes that are not such a mapping's (MapFile's mapped false).
func Evict(b []byte, mapped bool) {
	if !mapped || len(b) == 0 {
		return
	}
	page := uintptr(os.Getpagesize())
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	start := p &^ (page - 1)
	n := p + uintptr(len(b)) - start
	syscall.Syscall(syscall.SYS_MADVISE, start, n, syscall.MADV_DONTNEED)
	syscall.Syscall(syscall.SYS_MADVISE, start, n, syscall.MADV_RANDOM)
}
