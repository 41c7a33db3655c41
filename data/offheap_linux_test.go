//go:build linux

package data_test

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"testing"
	"unsafe"

	"github.com/bobine/bobine/data"
)

// TestOpenCatalogueRecordsOutsideHeap checks what serving a large catalogue
// relies on: the films and credits of a mapped catalogue are not on the Go
// heap (the collector neither counts nor marks them), and they are
// read-only, so that nothing can store in them a pointer the collector
// does not see.
func TestOpenCatalogueRecordsOutsideHeap(t *testing.T) {
	const n = 2000
	path := filepath.Join(t.TempDir(), "catalogue.bin")
	if err := os.WriteFile(path, encode(t, synthetic(n)), 0o644); err != nil {
		t.Fatal(err)
	}
	live := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	// The same bytes read onto the heap (ReadCatalogue) against mapped
	// (OpenCatalogue): the mapped one must leave off the heap at least
	// its films and credits (and its string arena).
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	before := live()
	onHeap, err := data.ReadCatalogue(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	grownRead := int64(live()) - int64(before)
	runtime.KeepAlive(onHeap)
	onHeap = nil
	before = live()
	c, err := data.OpenCatalogue(path)
	if err != nil {
		t.Fatal(err)
	}
	grownOpen := int64(live()) - int64(before)
	films := c.Films()
	credits := 0
	for i := range films {
		credits += len(films[i].Credits)
	}
	records := int64(n)*int64(unsafe.Sizeof(data.Film{})) + int64(credits)*int64(unsafe.Sizeof(data.Credit{}))
	if _, size := c.Records(); int64(size) < records {
		t.Errorf("Records() size %d, want at least the %d bytes of %d films and %d credits", size, records, n, credits)
	}
	if grownRead-grownOpen < records {
		t.Errorf("the Go heap grew by %d bytes reading the catalogue and by %d opening it mapped; its films and credits are %d bytes: they are on the heap",
			grownRead, grownOpen, records)
	}
	if films[n/2].ID == "" || len(films[n/2].Credits) == 0 {
		t.Fatalf("film %d read back empty: %+v", n/2, films[n/2])
	}

	// A write into a record faults; with SetPanicOnFault the fault is a
	// panic this test can see.
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	func() {
		defer func() {
			if recover() == nil {
				t.Error("writing into a film of a mapped catalogue did not fault: its records are writable")
			}
		}()
		films[0].Year = 1895
	}()
	runtime.KeepAlive(c)
}
