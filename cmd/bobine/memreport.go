package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/metrics"
	"sort"
	"strconv"
	"strings"
)

// memoryReport writes where the process's resident memory goes: the Go
// runtime's own account (live heap, heap kept but free, stacks, runtime
// structures) and, on Linux, the resident size of every mapping grouped by
// what it holds (the Go heap and other anonymous memory, each file of the
// index directory by its part: catalogue, search, vectors), from
// /proc/self/smaps. indexDir names the files of the index; named names
// anonymous mappings by their start address (the catalogue's records,
// outside the Go heap).
func memoryReport(w io.Writer, indexDir string, named map[uintptr]string) {
	samples := []metrics.Sample{
		{Name: "/gc/heap/live:bytes"},
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/memory/classes/heap/unused:bytes"},
		{Name: "/memory/classes/heap/free:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
		{Name: "/memory/classes/heap/stacks:bytes"},
		{Name: "/memory/classes/total:bytes"},
		{Name: "/gc/heap/objects:objects"},
		{Name: "/gc/cycles/total:gc-cycles"},
		{Name: "/cpu/classes/gc/total:cpu-seconds"},
	}
	metrics.Read(samples)
	v := func(i int) uint64 {
		if samples[i].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		return samples[i].Value.Uint64()
	}
	var gcCPU float64
	if samples[9].Value.Kind() == metrics.KindFloat64 {
		gcCPU = samples[9].Value.Float64()
	}
	fmt.Fprintf(w, "go runtime: live heap %s (%d objects), heap objects %s, unused %s, free %s, released %s, stacks %s, all mapped by Go %s; %d collections, %.1f s of CPU in the collector since start\n",
		mb(v(0)), v(7), mb(v(1)), mb(v(2)), mb(v(3)), mb(v(4)), mb(v(5)), mb(v(6)), v(8), gcCPU)
	groups, err := residentByMapping(indexDir, named)
	if err != nil {
		return
	}
	type kv struct {
		k string
		v uint64
	}
	var list []kv
	var total uint64
	for k, n := range groups {
		list = append(list, kv{k, n})
		total += n
	}
	sort.Slice(list, func(i, j int) bool { return list[i].v > list[j].v })
	fmt.Fprintf(w, "resident by mapping (smaps, total %s):", mb(total))
	for _, e := range list {
		if e.v >= 1<<20 {
			fmt.Fprintf(w, " %s %s;", e.k, mb(e.v))
		}
	}
	fmt.Fprintln(w)
}

func mb(n uint64) string { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }

// residentByMapping sums the Rss of /proc/self/smaps by mapping: anonymous
// memory (the Go heap, stacks and runtime) as "anonymous", files of the
// index directory by their first path element under it ("catalogue.bin",
// "search", "vectors"), the binary and other files by base name, and the
// mappings of named (anonymous or not) by their name.
func residentByMapping(indexDir string, named map[uintptr]string) (map[string]uint64, error) {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	abs, _ := filepath.Abs(indexDir)
	out := map[string]uint64{}
	key := "anonymous"
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if !strings.HasSuffix(fields[0], ":") || strings.Contains(fields[0], "-") {
			// A mapping's header: address range, perms, offset, dev, inode, path.
			key = "anonymous"
			if lo, _, ok := strings.Cut(fields[0], "-"); ok {
				if start, err := strconv.ParseUint(lo, 16, 64); err == nil && named[uintptr(start)] != "" {
					key = named[uintptr(start)]
					continue
				}
			}
			if len(fields) >= 6 {
				path := strings.Join(fields[5:], " ")
				switch {
				case abs != "" && strings.HasPrefix(path, abs+"/"):
					rel := strings.TrimPrefix(path, abs+"/")
					key, _, _ = strings.Cut(rel, "/")
					key = "index " + key
				case strings.HasPrefix(path, "["):
					key = path
				default:
					key = filepath.Base(path)
				}
			}
			continue
		}
		if fields[0] == "Rss:" && len(fields) >= 2 {
			var kb uint64
			fmt.Sscan(fields[1], &kb)
			out[key] += kb << 10
		}
	}
	return out, sc.Err()
}
