package data

import (
	"os"
	"runtime"
	"unsafe"
)

// mapTables moves the people's records and the catalogue's integer tables
// (roles, known-for titles, the id tables) from the Go heap into a
// scratch file's mapping, as the films' records are (see offHeap): all of
// them pointer-free, about 0.5 GB at the full IMDb size (7.1 M people, 15
// M roles), of which a server's requests read a few pages. On the heap
// they would stay resident and count in the live heap that
// `server.memory_limit: auto` follows; in the file they leave the resident
// set with Evict. It does nothing when no scratch file can be made (a
// temporary directory on tmpfs, another system): the tables then stay on
// the heap.
func (c *Catalogue) mapTables() {
	size := sliceBytes(c.people) + sliceBytes(c.known) + sliceBytes(c.knownFor) +
		sliceBytes(c.roleStart) + sliceBytes(c.roles) + sliceBytes(c.filmAt.slots) + sliceBytes(c.personAt.slots)
	if size == 0 {
		return
	}
	h, ok := newFileHeap(os.TempDir(), int(size))
	if !ok {
		return
	}
	c.people = moveSlice(&h, c.people)
	c.known = moveSlice(&h, c.known)
	c.knownFor = moveSlice(&h, c.knownFor)
	c.roleStart = moveSlice(&h, c.roleStart)
	c.roles = moveSlice(&h, c.roles)
	c.filmAt.slots = moveSlice(&h, c.filmAt.slots)
	c.personAt.slots = moveSlice(&h, c.personAt.slots)
	h.done()
	c.tables = h.all
	runtime.AddCleanup(c, release, c.tables)
}

// sliceBytes is the room s takes in an offHeap (take rounds up to 8).
func sliceBytes[T any](s []T) uintptr {
	var zero T
	return (uintptr(len(s))*unsafe.Sizeof(zero) + 7) &^ 7
}

// moveSlice copies s into the next bytes of h and returns the copy.
func moveSlice[T any](h *offHeap, s []T) []T {
	if len(s) == 0 {
		return s[:0:0]
	}
	var zero T
	d := unsafe.Slice((*T)(h.take(uintptr(len(s))*unsafe.Sizeof(zero))), len(s))
	copy(d, s)
	return d
}

// Tables returns the address and size of the scratch file's mapping that
// holds the people's records and the integer tables (see mapTables), 0 and
// 0 when they are on the Go heap: for a report of where resident memory
// goes.
func (c *Catalogue) Tables() (start uintptr, size int) {
	if len(c.tables) == 0 {
		return 0, 0
	}
	return uintptr(unsafe.Pointer(&c.tables[0])), len(c.tables)
}
