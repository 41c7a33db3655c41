package synth

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
)

// Options parameterise a generated data set.
type Options struct {
	Dir    string // output directory; imdb/, tmdb/ and movielens/ are created in it
	Titles int    // rows of title.basics; every other file scales with it
	Seed   uint64
	// Bad is the fraction of malformed rows (0 to 0.5) in every file.
	Bad float64
	// Workers bounds how many files are written at once; GOMAXPROCS when 0.
	Workers int
	// Progress, when set, is called now and then with the rows written so
	// far in one file; calls are serialised.
	Progress func(Progress)
}

// Progress reports the rows written so far in one file.
type Progress struct {
	File string // path relative to Options.Dir, e.g. "imdb/title.basics.tsv.gz"
	Rows int64
	Done bool
}

// File describes one generated file.
type File struct {
	Name  string // path relative to Options.Dir
	Rows  int64  // data rows, header excluded, malformed rows included
	Bad   int64  // malformed rows among Rows
	Bytes int64  // size on disk
}

// Headers are the exact header lines of the files, keyed by path relative to
// the output directory.
var Headers = map[string]string{
	"imdb/title.basics.tsv.gz":     "tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres",
	"imdb/title.akas.tsv.gz":       "titleId\tordering\ttitle\tregion\tlanguage\ttypes\tattributes\tisOriginalTitle",
	"imdb/title.principals.tsv.gz": "tconst\tordering\tnconst\tcategory\tjob\tcharacters",
	"imdb/title.crew.tsv.gz":       "tconst\tdirectors\twriters",
	"imdb/title.ratings.tsv.gz":    "tconst\taverageRating\tnumVotes",
	"imdb/name.basics.tsv.gz":      "nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles",
	"tmdb/movies.csv":              "imdb_id,tmdb_id,title_fr,original_language,overview_fr,overview_en,poster_path,budget,revenue,production_countries,keywords,popularity,collection_id,release_date,trailer_url",
	"movielens/movies.csv":         "movieId,title,genres",
	"movielens/links.csv":          "movieId,imdbId,tmdbId",
	"movielens/ratings.csv":        "userId,movieId,rating,timestamp",
	"movielens/tags.csv":           "userId,movieId,tag,timestamp",
}

// People returns how many name.basics rows Generate writes for n titles.
func People(titles int) int { return max(1, int(int64(titles)*14/12)) }

// job writes the data rows of one file through w.
type job struct {
	name  string
	gzip  bool
	write func(g *gen, w *rowWriter) error
}

var jobs = []job{ // largest first, so the long ones start early
	{"imdb/title.principals.tsv.gz", true, (*gen).principals},
	{"imdb/title.akas.tsv.gz", true, (*gen).akas},
	{"imdb/title.basics.tsv.gz", true, (*gen).basics},
	{"imdb/name.basics.tsv.gz", true, (*gen).names},
	{"imdb/title.crew.tsv.gz", true, (*gen).crew},
	{"imdb/title.ratings.tsv.gz", true, (*gen).ratings},
	{"tmdb/movies.csv", false, (*gen).tmdb},
	{"movielens/ratings.csv", false, (*gen).mlRatings},
	{"movielens/movies.csv", false, (*gen).mlMovies},
	{"movielens/links.csv", false, (*gen).mlLinks},
	{"movielens/tags.csv", false, (*gen).mlTags},
}

// Generate writes the data set and returns its files sorted by name. Files
// are written under temporary names and renamed into place once all of them
// are complete; after an error (or a cancelled ctx) none is left.
func Generate(ctx context.Context, o Options) ([]File, error) {
	if o.Dir == "" {
		return nil, errors.New("synth: no output directory")
	}
	if o.Titles < 1 {
		return nil, fmt.Errorf("synth: titles must be >= 1, got %d", o.Titles)
	}
	if o.Bad < 0 || o.Bad > 0.5 {
		return nil, fmt.Errorf("synth: bad-row fraction must be 0-0.5, got %g", o.Bad)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("synth: %w", err)
	}
	workers := o.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	for _, d := range []string{"imdb", "tmdb", "movielens"} {
		if err := os.MkdirAll(filepath.Join(o.Dir, d), 0o755); err != nil {
			return nil, fmt.Errorf("synth: %w", err)
		}
	}
	ctx, cancel := context.WithCancel(ctx) // the first failure stops the others
	defer cancel()
	g := newGen(o)
	var (
		mu       sync.Mutex
		files    []File
		firstErr error
		wg       sync.WaitGroup
		sem      = make(chan struct{}, workers)
	)
	report := func(p Progress) {
		if o.Progress != nil {
			mu.Lock()
			o.Progress(p)
			mu.Unlock()
		}
	}
	for i, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			f, err := writeFile(ctx, g, j, uint64(i), report)
			mu.Lock()
			defer mu.Unlock()
			if err != nil && firstErr == nil {
				firstErr = err
				cancel()
			}
			files = append(files, f)
		}()
	}
	wg.Wait()
	// All or nothing: the files are renamed into place only when every one
	// of them is complete.
	for _, j := range jobs {
		path := filepath.Join(o.Dir, filepath.FromSlash(j.name))
		if firstErr != nil {
			os.Remove(path + ".tmp")
		} else if err := os.Rename(path+".tmp", path); err != nil {
			firstErr = fmt.Errorf("synth: %w", err)
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	sort.Slice(files, func(a, b int) bool { return files[a].Name < files[b].Name })
	return files, nil
}

func writeFile(ctx context.Context, g *gen, j job, salt uint64, report func(Progress)) (File, error) {
	path := filepath.Join(g.o.Dir, filepath.FromSlash(j.name))
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return File{}, fmt.Errorf("synth: %w", err)
	}
	fail := func(err error) (File, error) {
		f.Close()
		os.Remove(tmp)
		return File{}, fmt.Errorf("synth: write %s: %w", j.name, err)
	}
	var out io.Writer = f
	var zw *gzip.Writer
	if j.gzip {
		zw, _ = gzip.NewWriterLevel(f, gzip.BestSpeed)
		out = zw
	}
	bw := bufio.NewWriterSize(out, 256<<10)
	w := &rowWriter{w: bw, ctx: ctx, name: j.name, crlf: !j.gzip, report: report,
		r: rng{s: mix(g.o.Seed, salt+0x5eed)}, bad: g.o.Bad}
	w.line([]byte(Headers[j.name]))
	if err := j.write(g, w); err != nil {
		return fail(err)
	}
	if w.err != nil {
		return fail(w.err)
	}
	if err := bw.Flush(); err != nil {
		return fail(err)
	}
	if zw != nil {
		if err := zw.Close(); err != nil {
			return fail(err)
		}
	}
	if err := f.Close(); err != nil {
		return fail(err)
	}
	fi, err := os.Stat(tmp)
	if err != nil {
		return fail(err)
	}
	report(Progress{File: j.name, Rows: w.rows, Done: true})
	return File{Name: j.name, Rows: w.rows, Bad: w.badRows, Bytes: fi.Size()}, nil
}

// rowWriter accumulates one row in buf and writes it with its line end. It
// keeps the first error; callers check stop() in their loops.
type rowWriter struct {
	w       *bufio.Writer
	ctx     context.Context
	name    string
	crlf    bool
	buf     []byte
	rows    int64
	badRows int64
	err     error
	r       rng // the file's own random stream
	bad     float64
	report  func(Progress)
}

func (w *rowWriter) line(b []byte) {
	if w.err != nil {
		return
	}
	if w.crlf {
		b = append(b, '\r', '\n')
	} else {
		b = append(b, '\n')
	}
	_, w.err = w.w.Write(b)
}

// row ends the row in w.buf, writes it and resets the buffer.
func (w *rowWriter) row() {
	w.line(w.buf)
	w.buf = w.buf[:0]
	w.rows++
	if w.rows&(1<<16-1) == 0 {
		w.report(Progress{File: w.name, Rows: w.rows})
		if w.err == nil {
			w.err = w.ctx.Err()
		}
	}
}

// stop reports whether writing must stop.
func (w *rowWriter) stop() bool { return w.err != nil }

// malformed decides whether the next row is broken; when it is, it counts it.
func (w *rowWriter) malformed() bool {
	if w.bad > 0 && w.r.float() < w.bad {
		w.badRows++
		return true
	}
	return false
}
