package indexer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/bobine/bobine/data"
)

// source is one input file being read: it counts bytes and rows, reports
// progress and checks for cancellation.
type source struct {
	name  string // relative to the data directory, e.g. "imdb/title.basics.tsv.gz"
	path  string
	f     *os.File
	size  int64
	bytes int64
	rows  int64
	stats *FileStats
	ctx   context.Context
	prog  func(Progress)
	err   error      // cancellation noticed while skipping rows
	line  func() int // the reader's current line, for errors found after parsing
}

func (s *source) Read(p []byte) (int, error) {
	n, err := s.f.Read(p)
	s.bytes += int64(n)
	return n, err
}

// row is called once per row read (kept, skipped or rejected); it reports
// progress and notices cancellation every 64Ki rows.
func (s *source) row() error {
	s.rows++
	if s.rows&0xffff != 0 {
		return nil
	}
	if s.prog != nil {
		s.prog(Progress{Step: "read", File: s.name, Rows: s.rows, Bytes: s.bytes, Size: s.size})
	}
	return s.ctx.Err()
}

// filter wraps a reader's Keep function so that skipped rows are counted too.
func (s *source) filter(keep func(uint32) bool) func(uint32) bool {
	return func(n uint32) bool {
		if keep(n) {
			return true
		}
		if err := s.row(); err != nil {
			s.err = err
			return true // hand the row to each, which stops
		}
		return false
	}
}

func (s *source) close() {
	s.f.Close()
	if s.prog != nil {
		s.prog(Progress{Step: "read", File: s.name, Rows: s.rows, Bytes: s.bytes, Size: s.size, Done: true})
	}
}

// candidates lists where a file may be, in order of preference.
func candidates(kind, base string) []string {
	switch kind {
	case "imdb":
		return []string{"imdb/" + base + ".tsv.gz", "imdb/" + base + ".tsv", base + ".tsv.gz", base + ".tsv"}
	default:
		return []string{kind + "/" + base + ".csv", kind + "/" + base + ".csv.gz"}
	}
}

// open finds and opens one input file. An absent file is recorded in the
// report and returned as an error wrapping data.ErrNotFound, which the
// optional files' readers skip.
func (rd *reading) open(kind, base string) (*source, error) {
	if err := rd.ctx.Err(); err != nil {
		return nil, fmt.Errorf("indexer: read: %w", err)
	}
	cands := candidates(kind, base)
	for _, c := range cands {
		p := filepath.Join(rd.opts.DataDir, filepath.FromSlash(c))
		f, err := os.Open(p)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("indexer: open %s: %w", c, err)
		}
		var size int64
		if fi, err := f.Stat(); err == nil {
			size = fi.Size()
		}
		rd.rep.Files = append(rd.rep.Files, FileStats{File: c})
		if rd.opts.Progress != nil {
			rd.opts.Progress(Progress{Step: "read", File: c, Size: size})
		}
		return &source{name: c, path: p, f: f, size: size, ctx: rd.ctx, prog: rd.opts.Progress}, nil
	}
	rd.rep.Files = append(rd.rep.Files, FileStats{File: cands[0], Absent: true})
	return nil, fmt.Errorf("indexer: %s: %w", cands[0], data.ErrNotFound)
}

// done closes s and records its counters in the report.
func (rd *reading) done(s *source, used int64) {
	s.close()
	fs := &rd.rep.Files[len(rd.rep.Files)-1]
	fs.Bytes, fs.Rows, fs.Used = s.bytes, s.rows, used
}

func (rd *reading) fileStats() *FileStats { return &rd.rep.Files[len(rd.rep.Files)-1] }

// rowReader is what every format reader of data/imdb, data/tmdb and
// data/movielens offers: one record at a time, io.EOF at the end, a
// *data.ParseError for a malformed row (reading goes on after it).
type rowReader[T any] interface {
	Next() (T, error)
	Line() int
}

// reader adapts a format reader's constructor to readFile.
func reader[T any, R rowReader[T]](newReader func(io.Reader, string) (R, error)) func(io.Reader, string) (rowReader[T], error) {
	return func(r io.Reader, file string) (rowReader[T], error) { return newReader(r, file) }
}

// input is how one file is read into a reading.
type input[T any] struct {
	kind, base string // where the file is (see candidates)
	required   bool   // an absent file stops the build instead of being reported
	open       func(r io.Reader, file string) (rowReader[T], error)
	// keep, when set, lets an IMDb reader skip the rows of other titles or
	// people before parsing them (they are still counted).
	keep func(num uint32) bool
	// keepTitle, for title.basics, skips rows by id and type likewise.
	keepTitle func(num uint32, titleType []byte) bool
	row       func(s *source, v T) // each good row
	// done runs after the last row and returns how many rows were used.
	done func(s *source) int64
}

// keeper is a reader that can skip rows by id number before parsing them.
type keeper interface {
	Keep(func(num uint32) bool)
}

// titleKeeper is a reader that can skip titles by id and type.
type titleKeeper interface {
	KeepTitle(func(num uint32, titleType []byte) bool)
}

// readFile reads one input file to the end: it finds and opens it (an
// absent optional file is only reported), hands each good row to in.row,
// records malformed rows in the report, reports progress, stops on
// cancellation or on a fatal error, and records the file's counters.
func readFile[T any](rd *reading, in input[T]) error {
	s, err := rd.open(in.kind, in.base)
	if errors.Is(err, data.ErrNotFound) {
		if in.required {
			return fmt.Errorf("indexer: %s: %s.tsv.gz not found in imdb/ or in the data directory itself: %w", rd.opts.DataDir, in.base, data.ErrNotFound)
		}
		return nil
	}
	if err != nil {
		return err
	}
	defer s.f.Close()
	r, err := in.open(s, s.name)
	if err != nil {
		return fmt.Errorf("indexer: %w", err)
	}
	s.line = r.Line
	if in.keep != nil {
		k, ok := r.(keeper)
		if !ok {
			return fmt.Errorf("indexer: %s: this reader cannot skip rows", s.name)
		}
		k.Keep(s.filter(in.keep))
	}
	if in.keepTitle != nil {
		k, ok := r.(titleKeeper)
		if !ok {
			return fmt.Errorf("indexer: %s: this reader cannot skip rows by type", s.name)
		}
		var typ []byte
		keep := s.filter(func(n uint32) bool { return in.keepTitle(n, typ) })
		k.KeepTitle(func(n uint32, t []byte) bool { typ = t; return keep(n) })
	}
	fs := rd.fileStats()
	for {
		v, err := r.Next()
		if err == io.EOF {
			break
		}
		if s.err != nil {
			return fmt.Errorf("indexer: read %s: %w", s.name, s.err)
		}
		if rerr := s.row(); rerr != nil {
			return fmt.Errorf("indexer: read %s: %w", s.name, rerr)
		}
		if err != nil {
			if isParseError(err) {
				rd.rep.reject(fs, err)
				continue
			}
			return fmt.Errorf("indexer: %w", err)
		}
		in.row(s, v)
	}
	rd.done(s, in.done(s))
	return nil
}
