package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/recommend"
	"github.com/bobine/bobine/search"
)

func init() {
	register(&command{
		name:  "bench",
		usage: "[flags]",
		short: "measure search and recommendation latency on the built index",
		long: `Bench opens the index in index.dir as ` + "`bobine serve`" + ` does and times what a
chat turn costs: resolving titles as typed exactly, with accents dropped and a
typo, as-you-type prefixes, people's names, and five-film recommendations
from 1, 3 and 10 liked films, and a refined one. Queries are drawn from the
catalogue's most voted films and people (seeded, so two runs ask the same
questions). It prints p50, p90, p99 and max latency per operation, and the
machine. -cpuprofile and -memprofile write profiles for ` + "`go tool pprof`" + `.`,
		flags: func(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
			n := fs.Int("n", 1000, "queries per operation")
			seed := fs.Uint64("seed", 1, "seed of the query draw")
			profile := fs.String("cpuprofile", "", "write a CPU profile of the measured queries to this file")
			memProfile := fs.String("memprofile", "", "write a heap profile, taken after the queries, to this file")
			only := fs.String("only", "", "time only the operations whose name contains this text (e.g. recommend)")
			return func(ctx context.Context, e *env, args []string) error {
				if len(args) > 0 || *n < 1 {
					return errUsage
				}
				start := time.Now()
				st, err := openStack(ctx, e.cfg.Index.Dir, e)
				if err != nil {
					return err
				}
				defer st.close()
				startup := time.Since(start)
				if *profile != "" {
					stop, err := startCPUProfile(*profile)
					if err != nil {
						return err
					}
					defer stop()
				}
				if err := runBench(ctx, e, st, *n, *seed, *only); err != nil {
					return err
				}
				// What serving this index costs: the start-up (open the
				// catalogue, search index and vectors) and the resident
				// memory once every operation has run n times.
				rss, peak := residentMB()
				fmt.Fprintf(e.stdout, "\nstart-up %s, resident memory after the queries %s MB (peak %s MB)\n",
					startup.Round(time.Millisecond), rss, peak)
				memoryReport(e.stdout, e.cfg.Index.Dir, catalogueMappings(st.in.Catalogue))
				if *memProfile != "" {
					f, err := os.Create(*memProfile)
					if err != nil {
						return fmt.Errorf("heap profile: %w", err)
					}
					defer f.Close()
					runtime.GC()
					if err := pprof.WriteHeapProfile(f); err != nil {
						return fmt.Errorf("heap profile: %w", err)
					}
				}
				return nil
			}
		},
	})
}

// catalogueMappings names the mappings of cat outside the Go heap by
// their start, for residentByMapping.
func catalogueMappings(cat *data.Catalogue) map[uintptr]string {
	named := map[uintptr]string{}
	if start, size := cat.Records(); size > 0 {
		named[start] = "catalogue records (outside the Go heap, anonymous)"
		if cat.RecordsInFile() {
			named[start] = "catalogue records (outside the Go heap, scratch file)"
		}
	}
	if start, size := cat.Tables(); size > 0 {
		named[start] = "catalogue people and tables (scratch file)"
	}
	return named
}

// catalogueResident returns the resident memory of the catalogue's
// mappings (its file, records and tables), 0 where smaps cannot be read.
func catalogueResident(indexDir string, named map[uintptr]string) uint64 {
	by, err := residentByMapping(indexDir, named)
	if err != nil {
		return 0
	}
	n := by["index catalogue.bin"]
	for _, name := range named {
		n += by[name]
	}
	return n
}

func runBench(ctx context.Context, e *env, st *stack, n int, seed uint64, only string) error {
	cat := st.in.Catalogue
	rng := rand.New(rand.NewPCG(seed, seed^0x5eed))
	// What the queries are made of is copied out of the catalogue, as a
	// client's words are not in it.
	type query struct{ id, titleFR, title string }
	var films []query
	for _, f := range popularFilms(cat, 2000) {
		films = append(films, query{strings.Clone(f.ID), strings.Clone(f.DisplayTitle("fr")), strings.Clone(f.Title)})
	}
	if len(films) == 0 {
		return fmt.Errorf("the catalogue has no rated film to draw queries from")
	}
	people := popularPeople(cat, 1000)
	for i := range people {
		people[i] = strings.Clone(people[i])
	}
	// Drawing the queries read every film and person, which a server never
	// does: let those pages go again (as openStack does once its indexes
	// are built), so that the resident memory printed at the end is what
	// the queries brought back.
	cat.Evict()
	draw := func() query { return films[rng.IntN(len(films))] }

	type op struct {
		name string
		run  func() error
	}
	ops := []op{
		{"resolve exact title", func() error {
			_, err := st.idx.ResolveFilm(ctx, draw().titleFR, 5)
			return err
		}},
		{"resolve fuzzy title (no accents, one typo)", func() error {
			_, err := st.idx.ResolveFilm(ctx, typo(rng, search.Fold(draw().titleFR)), 5)
			return err
		}},
		{"autocomplete (4-8 letters)", func() error {
			t := []rune(strings.ToLower(draw().title))
			_, err := st.idx.Autocomplete(ctx, string(t[:min(len(t), 4+rng.IntN(5))]), 8)
			if errors.Is(err, data.ErrInvalid) {
				// A title as short as "L'" typed whole has no word to
				// complete: the widget gets this error, the bench goes on.
				return nil
			}
			return err
		}},
		{"people by name", func() error {
			if len(people) == 0 {
				return nil
			}
			_, err := st.idx.SearchPeople(ctx, search.Fold(people[rng.IntN(len(people))]), 5)
			return err
		}},
	}
	for _, k := range []int{1, 3, 10} {
		ops = append(ops, op{fmt.Sprintf("recommend 5 from %d liked", k), func() error {
			req := recommend.Request{Count: 5}
			for range k {
				req.Liked = append(req.Liked, draw().id)
			}
			_, err := st.rec.Recommend(ctx, req)
			return err
		}})
	}
	// A refined request, as the chat sends after "plus récent, pas
	// d'horreur" with five films already shown: the stored neighbour
	// lists often run short of such films and the rankings are scored.
	ops = append(ops, op{"recommend 5 from 3 liked, refined", func() error {
		req := recommend.Request{Count: 5, Constraints: recommend.Constraints{MinYear: 2000, AvoidGenres: []string{"Horror"}}}
		for range 3 {
			req.Liked = append(req.Liked, draw().id)
		}
		for range 5 {
			req.Exclude = append(req.Exclude, draw().id)
		}
		_, err := st.rec.Recommend(ctx, req)
		return err
	}})

	fmt.Fprintf(e.stdout, "bobine bench: %d films, %d queries per operation, %s/%s, %d CPU, GOMAXPROCS %d, %s\n\n",
		len(cat.Films()), n, runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.GOMAXPROCS(0), st.gc)
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "operation\tp50\tp90\tp99\tmax\t")
	ops = slices.DeleteFunc(ops, func(o op) bool { return !strings.Contains(o.name, only) })
	if len(ops) == 0 {
		return fmt.Errorf("no operation's name contains %q", only)
	}
	// What each operation brings back of the catalogue (its file, records
	// and tables), evicted above: the pages its requests read, as the
	// kernel maps them (a fault maps its neighbours too, up to 64 KB).
	named := catalogueMappings(cat)
	var grew []string
	before := catalogueResident(e.cfg.Index.Dir, named)
	for _, o := range ops {
		// A few unmeasured runs warm the caches, as a serving process is warm.
		for range min(n, 20) {
			if err := o.run(); err != nil {
				return fmt.Errorf("%s: %w", o.name, err)
			}
		}
		lat := make([]time.Duration, n)
		for i := range lat {
			if err := ctx.Err(); err != nil {
				return err
			}
			start := time.Now()
			if err := o.run(); err != nil {
				return fmt.Errorf("%s: %w", o.name, err)
			}
			lat[i] = time.Since(start)
		}
		slices.Sort(lat)
		q := func(p float64) string { return fmtDur(lat[int(p*float64(len(lat)-1))]) }
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t\n", o.name, q(0.50), q(0.90), q(0.99), fmtDur(lat[len(lat)-1]))
		now := catalogueResident(e.cfg.Index.Dir, named)
		grew = append(grew, fmt.Sprintf("%s +%s", o.name, mb(now-min(now, before))))
		before = now
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(e.stdout, "\ncatalogue pages brought back (file, records, tables): %s\n", strings.Join(grew, "; "))
	return err
}

// residentMB returns the process's resident memory now and at its peak
// (VmRSS and VmHWM of /proc/self/status) in MB, "?" where not on Linux.
func residentMB() (now, peak string) {
	now, peak = "?", "?"
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return now, peak
	}
	for _, line := range strings.Split(string(b), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		var kb int
		if _, err := fmt.Sscanf(strings.TrimSpace(v), "%d kB", &kb); err != nil {
			continue
		}
		switch k {
		case "VmRSS":
			now = fmt.Sprint(kb / 1024)
		case "VmHWM":
			peak = fmt.Sprint(kb / 1024)
		}
	}
	return now, peak
}

// startCPUProfile starts writing a CPU profile to path; stop ends it.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

func fmtDur(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d.Microseconds())/1000) }

// popularFilms returns up to n films (not series) with the most votes.
func popularFilms(cat *data.Catalogue, n int) []*data.Film {
	var out []*data.Film
	for i := range cat.Films() {
		if f := &cat.Films()[i]; f.IsFilm() && f.Votes > 0 {
			out = append(out, f)
		}
	}
	slices.SortStableFunc(out, func(a, b *data.Film) int { return b.Votes - a.Votes })
	return out[:min(n, len(out))]
}

// popularPeople returns the names of up to n people credited on the most
// films.
func popularPeople(cat *data.Catalogue, n int) []string {
	var out []int
	for i := range cat.NumPeople() {
		if cat.RoleCount(cat.PersonID(i)) >= 3 {
			out = append(out, i)
		}
	}
	slices.SortStableFunc(out, func(a, b int) int { return cat.RoleCount(cat.PersonID(b)) - cat.RoleCount(cat.PersonID(a)) })
	names := make([]string, min(n, len(out)))
	for i := range names {
		names[i] = cat.PersonName(out[i])
	}
	return names
}

// typo swaps two neighbouring letters of the longest word when it has at
// least 5 letters, the kind of slip a customer makes.
func typo(rng *rand.Rand, s string) string {
	words := strings.Fields(s)
	best := -1
	for i, w := range words {
		if len([]rune(w)) >= 5 && (best < 0 || len(w) > len(words[best])) {
			best = i
		}
	}
	if best < 0 {
		return s
	}
	w := []rune(words[best])
	i := 1 + rng.IntN(len(w)-2)
	w[i], w[i+1] = w[i+1], w[i]
	words[best] = string(w)
	return strings.Join(words, " ")
}
