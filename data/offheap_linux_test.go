//go:build linux

package data_test

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
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

// recordsResident returns the resident bytes of the mapping that starts at
// start (from /proc/self/smaps) and the file its line names; it fails the
// test when no mapping starts there.
func recordsResident(t testing.TB, start uintptr) (rss int64, file string) {
	t.Helper()
	rss, file, ok := mappingAt(t, start)
	if !ok {
		t.Fatalf("no mapping at %#x in /proc/self/smaps", start)
	}
	return rss, file
}

// mappingAt is recordsResident, ok false when no mapping starts at start
// (the kernel may merge an anonymous mapping with its neighbours).
func mappingAt(t testing.TB, start uintptr) (rss int64, file string, ok bool) {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skipf("no /proc/self/smaps: %v", err)
	}
	defer f.Close()
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			continue
		}
		if lo, _, ok := strings.Cut(fields[0], "-"); ok && !strings.HasSuffix(fields[0], ":") {
			a, err := strconv.ParseUint(lo, 16, 64)
			in = err == nil && uintptr(a) == start
			if in && len(fields) >= 6 {
				file = strings.Join(fields[5:], " ")
			}
			continue
		}
		if in && fields[0] == "Rss:" {
			kb, _ := strconv.ParseInt(fields[1], 10, 64)
			return kb << 10, file, true
		}
	}
	return 0, "", false
}

// filmsDigest is what a reader sees of every film: ids, titles, credits.
// It keeps c reachable while it reads: the films of an unreachable
// catalogue read as empty once its cleanup has run.
func filmsDigest(c *data.Catalogue) string {
	defer runtime.KeepAlive(c)
	var sb strings.Builder
	for _, f := range c.Films() {
		fmt.Fprintf(&sb, "%s|%s|%d|%v|%v|", f.ID, f.Title, f.Year, f.Genres, f.Directors)
		for _, cr := range f.Credits {
			fmt.Fprintf(&sb, "%s/%s/%v;", cr.PersonID, cr.Category, cr.Characters)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

// peopleDigest is what a reader sees of every person: found by id, with
// its record, known-for titles and roles, and each film found by id.
func peopleDigest(c *data.Catalogue) string {
	defer runtime.KeepAlive(c)
	var sb strings.Builder
	for i := range c.NumPeople() {
		id := c.PersonID(i)
		p, err := c.Person(id)
		if err != nil {
			fmt.Fprintf(&sb, "%s: %v\n", id, err)
			continue
		}
		fmt.Fprintf(&sb, "%d %s|%s|%d|%d|%v|%v|", c.PersonIndex(id), p.ID, p.Name, p.BirthYear, p.DeathYear, p.Professions, p.KnownFor)
		for _, r := range c.Roles(id) {
			fmt.Fprintf(&sb, "%s/%s/%d;", r.FilmID, r.Category, c.FilmIndex(r.FilmID))
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

// TestOpenCatalogueRecordsInScratchFile checks what keeps a large
// catalogue's films and credits out of the server's resident memory: on a
// disk they are the pages of a scratch file, removed from its directory at
// once, that Evict lets go and the next read brings back unchanged; once
// the catalogue is unreachable the mapping, and with it the file, is gone.
func TestOpenCatalogueRecordsInScratchFile(t *testing.T) {
	const n = 3000
	path := filepath.Join(t.TempDir(), "catalogue.bin")
	raw := encode(t, synthetic(n))
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	want, err := data.ReadCatalogue(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	scratch := t.TempDir()
	var st syscall.Statfs_t
	if err := syscall.Statfs(scratch, &st); err != nil || st.Type == 0x01021994 {
		t.Skipf("the temporary directory %s is on tmpfs: no scratch file there", scratch)
	}
	t.Setenv("TMPDIR", scratch)

	c, err := data.OpenCatalogue(path)
	if err != nil {
		t.Fatal(err)
	}
	if !c.RecordsInFile() {
		t.Fatal("RecordsInFile false with TMPDIR on a disk: the films are anonymous memory that stays resident")
	}
	if left, _ := os.ReadDir(scratch); len(left) != 0 {
		t.Errorf("the scratch file is still listed in %s (%s): a killed server would leave it", scratch, left[0].Name())
	}
	if _, size := c.Tables(); size == 0 {
		t.Error("Tables() empty with TMPDIR on a disk: the people and the id tables stayed on the Go heap")
	}
	wantPeople := peopleDigest(want)
	if peopleDigest(c) != wantPeople {
		t.Fatal("people, roles or ids read from the scratch file differ from the same catalogue read onto the heap")
	}
	start, size := c.Records()
	before, file := recordsResident(t, start)
	if !strings.Contains(file, "bobine-records") {
		t.Errorf("the records' mapping names %q, want the scratch file", file)
	}
	if digest := filmsDigest(c); digest != filmsDigest(want) {
		t.Fatal("films read from the scratch file differ from the same catalogue read onto the heap")
	}
	c.Evict()
	after, _ := recordsResident(t, start)
	if after > int64(size)/4 || after >= before {
		t.Errorf("records resident %d bytes before Evict, %d after (of %d): the pages did not leave", before, after, size)
	}
	if digest := filmsDigest(c); digest != filmsDigest(want) {
		t.Fatal("films read again after Evict differ: the pages came back wrong")
	}
	if peopleDigest(c) != wantPeople {
		t.Fatal("people, roles or ids read again after Evict differ")
	}

	// Unreachable: the cleanups replace the mappings with empty memory.
	tables, _ := c.Tables()
	c = nil
	gone := false
	for range 50 {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
		_, f1, _ := mappingAt(t, start)
		_, f2, _ := mappingAt(t, tables)
		if !strings.Contains(f1+f2, "bobine-records") {
			gone = true
			break
		}
	}
	if !gone {
		t.Error("a scratch file is still mapped after its catalogue became unreachable")
	}
}

// TestOpenCatalogueRecordsTmpfs: a temporary directory in memory (tmpfs)
// gains nothing from a file, so the records are anonymous memory, read
// the same.
func TestOpenCatalogueRecordsTmpfs(t *testing.T) {
	var st syscall.Statfs_t
	if err := syscall.Statfs("/dev/shm", &st); err != nil || st.Type != 0x01021994 {
		t.Skip("no tmpfs at /dev/shm")
	}
	dir, err := os.MkdirTemp("/dev/shm", "bobine-test-")
	if err != nil {
		t.Skipf("cannot write into /dev/shm: %v", err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	path := filepath.Join(t.TempDir(), "catalogue.bin")
	raw := encode(t, synthetic(500))
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	want, err := data.ReadCatalogue(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("TMPDIR", dir)
	c, err := data.OpenCatalogue(path)
	if err != nil {
		t.Fatal(err)
	}
	if c.RecordsInFile() {
		t.Error("RecordsInFile true with TMPDIR on tmpfs")
	}
	if _, size := c.Records(); size == 0 {
		t.Error("no records outside the heap")
	}
	if filmsDigest(c) != filmsDigest(want) {
		t.Error("films differ from the same catalogue read onto the heap")
	}
	c.Evict() // must not drop anonymous records
	if filmsDigest(c) != filmsDigest(want) {
		t.Error("films differ after Evict: anonymous records were dropped")
	}
}

// BenchmarkOpenResident opens a mapped catalogue as serve does and reports
// the resident memory of its films and credits: once decoded, after Evict
// (what serve does once its indexes are built), and after reading 1,000
// films drawn at random with their credits (a load of requests).
func BenchmarkOpenResident(b *testing.B) {
	for _, n := range []int{24_000, 70_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "catalogue.bin")
			if err := os.WriteFile(path, encode(b, synthetic(n)), 0o644); err != nil {
				b.Fatal(err)
			}
			var open, evicted, touched, size, tables int64
			inFile := false
			for b.Loop() {
				c, err := data.OpenCatalogue(path)
				if err != nil {
					b.Fatal(err)
				}
				start, sz := c.Records()
				size = int64(sz)
				_, tsz := c.Tables()
				tables = int64(tsz)
				inFile = c.RecordsInFile()
				open, _ = recordsResident(b, start)
				c.Evict()
				evicted, _ = recordsResident(b, start)
				films := c.Films()
				sum := 0
				for i := range 1000 {
					f := &films[(i*7919)%len(films)]
					sum += len(f.Title) + len(f.Credits)
				}
				touched, _ = recordsResident(b, start)
				runtime.KeepAlive(sum)
				runtime.KeepAlive(c)
			}
			b.ReportMetric(float64(size)/(1<<20), "MiB-records")
			b.ReportMetric(float64(tables)/(1<<20), "MiB-tables")
			b.ReportMetric(float64(open)/(1<<20), "MiB-resident-open")
			b.ReportMetric(float64(evicted)/(1<<20), "MiB-resident-evicted")
			b.ReportMetric(float64(touched)/(1<<20), "MiB-resident-1000-films")
			if !inFile {
				b.Log("records in anonymous memory (TMPDIR on tmpfs, or no scratch file): Evict keeps them")
			}
		})
	}
}
