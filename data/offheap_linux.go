//go:build linux

package data

import (
	"os"
	"syscall"
	"unsafe"
)

// offHeap is memory outside the Go heap: the records of a catalogue whose
// strings all live in its mapped file (see decodeCatalogue). The garbage
// collector neither counts nor scans it, which is sound only while nothing
// in it points into the Go heap.
//
// It is a shared mapping of a scratch file when one can be made on a disk
// (see newFileHeap), an anonymous mapping otherwise. A file's pages, once
// written back, are the page cache's: the kernel can take back those that
// requests do not read, and Evict lets them leave the resident set. An
// anonymous mapping's pages stay resident for the catalogue's life (there
// is no swap on the servers that matter here): 1.6 GB of films and credits
// at the full IMDb size.
type offHeap struct {
	b    []byte // what take has not handed out yet
	all  []byte
	file bool // all maps a scratch file
	fd   int  // the scratch file until done, -1 otherwise
}

// tmpfs and ramfs keep files in memory without a backing store: a scratch
// file there would cost as much as an anonymous mapping and hide it from
// the process's resident set.
const (
	tmpfsMagic = 0x01021994
	ramfsMagic = 0x858458f6
)

// newOffHeap maps size bytes of zeroed memory; ok is false when it cannot.
func newOffHeap(size int) (h offHeap, ok bool) {
	if size <= 0 {
		return offHeap{}, false
	}
	if h, ok := newFileHeap(os.TempDir(), size); ok {
		return h, true
	}
	b, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return offHeap{}, false
	}
	return offHeap{b: b, all: b, fd: -1}, true
}

// newFileHeap maps a scratch file of size bytes in dir, removed from dir
// at once so that nothing is left behind whatever ends the process (kill
// -9 included): its blocks are freed when the mapping goes. The blocks are
// reserved first (fallocate), so that a full disk is found here rather
// than as a SIGBUS when a record is written. ok is false on a file system
// that holds files in memory (tmpfs) or when any step fails; the caller
// then uses anonymous memory.
func newFileHeap(dir string, size int) (h offHeap, ok bool) {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil || st.Type == tmpfsMagic || st.Type == ramfsMagic {
		return offHeap{}, false
	}
	f, err := os.CreateTemp(dir, "bobine-records-*")
	if err != nil {
		return offHeap{}, false
	}
	os.Remove(f.Name())
	fd, err := syscall.Dup(int(f.Fd()))
	f.Close()
	if err != nil {
		return offHeap{}, false
	}
	if err := syscall.Fallocate(fd, 0, 0, int64(size)); err != nil {
		syscall.Close(fd)
		return offHeap{}, false
	}
	b, err := syscall.Mmap(fd, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_SHARED)
	if err != nil {
		syscall.Close(fd)
		return offHeap{}, false
	}
	return offHeap{b: b, all: b, file: true, fd: fd}, true
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

// done makes the whole mapping read-only: a write into a record, which
// could store a pointer to the Go heap that the collector does not see,
// faults at once instead. A scratch file's pages are then sent to the disk
// (without waiting), after which the kernel may drop any of them and read
// it again when needed.
func (h *offHeap) done() {
	syscall.Mprotect(h.all, syscall.PROT_READ)
	if h.fd >= 0 {
		const syncFileRangeWrite = 2 // SYNC_FILE_RANGE_WRITE: start writing back, do not wait
		syscall.Syscall6(syscall.SYS_SYNC_FILE_RANGE, uintptr(h.fd), 0, 0, syncFileRangeWrite, 0, 0)
		syscall.Close(h.fd)
		h.fd = -1
	}
}

// discard unmaps h, for a catalogue that failed to decode.
func (h *offHeap) discard() {
	if h.all != nil {
		syscall.Munmap(h.all)
	}
	if h.fd >= 0 {
		syscall.Close(h.fd)
	}
	*h = offHeap{fd: -1}
}

// release gives the memory of a mapping back to the system, a scratch
// file's blocks included. The addresses stay reserved and read as zeros
// (the empty Film), so that a record pointer kept past its catalogue reads
// nothing rather than faulting.
func release(b []byte) {
	syscall.Syscall6(syscall.SYS_MMAP, uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)), syscall.PROT_READ,
		syscall.MAP_PRIVATE|syscall.MAP_ANON|syscall.MAP_FIXED, ^uintptr(0), 0)
}
