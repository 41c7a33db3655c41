package imdb_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/data/imdb"
)

// fuzzReader checks the reader contract on arbitrary input: no panic, every
// error is a ParseError (reading continues) or a sticky fatal error, and
// the reader always ends.
func fuzzReader[T any](t *testing.T, in []byte, open func(io.Reader) (func() (T, error), func() int, error)) {
	next, line, err := open(bytes.NewReader(in))
	if err != nil {
		return // header refused: a valid outcome
	}
	last := line()
	for i := 0; ; i++ {
		if i > 1100*len(in)+2 { // gzip expands at most ~1000x
			t.Fatalf("more rows (%d) than input bytes", i)
		}
		_, err := next()
		if err == io.EOF {
			return
		}
		var pe *data.ParseError
		if errors.As(err, &pe) {
			if pe.Line <= 1 || pe.Line < last {
				t.Fatalf("ParseError at line %d after line %d", pe.Line, last)
			}
		} else if err != nil {
			if _, err2 := next(); err2 == nil {
				t.Fatalf("fatal error %v then a row", err)
			}
			return
		}
		last = line()
	}
}

func seeds(f *testing.F, names ...string) {
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join("testdata", n))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff})
}

func FuzzBasicsReader(f *testing.F) {
	seeds(f, "basics.tsv", "basics_crlf.tsv", "basics_reordered.tsv", "empty.tsv")
	f.Fuzz(func(t *testing.T, in []byte) {
		fuzzReader(t, in, func(r io.Reader) (func() (imdb.Title, error), func() int, error) {
			rd, err := imdb.NewBasicsReader(r, "fuzz")
			if err != nil {
				return nil, nil, err
			}
			return rd.Next, rd.Line, nil
		})
	})
}

func FuzzPrincipalsReader(f *testing.F) {
	seeds(f, "principals.tsv")
	f.Fuzz(func(t *testing.T, in []byte) {
		fuzzReader(t, in, func(r io.Reader) (func() (imdb.Principal, error), func() int, error) {
			rd, err := imdb.NewPrincipalsReader(r, "fuzz")
			if err != nil {
				return nil, nil, err
			}
			rd.Keep(func(n uint32) bool { return n%2 == 1 })
			return rd.Next, rd.Line, nil
		})
	})
}

func FuzzAkasReader(f *testing.F) {
	seeds(f, "akas.tsv")
	f.Fuzz(func(t *testing.T, in []byte) {
		fuzzReader(t, in, func(r io.Reader) (func() (imdb.Aka, error), func() int, error) {
			rd, err := imdb.NewAkasReader(r, "fuzz")
			if err != nil {
				return nil, nil, err
			}
			return rd.Next, rd.Line, nil
		})
	})
}

func FuzzNamesReader(f *testing.F) {
	seeds(f, "names.tsv")
	f.Fuzz(func(t *testing.T, in []byte) {
		fuzzReader(t, in, func(r io.Reader) (func() (imdb.Name, error), func() int, error) {
			rd, err := imdb.NewNamesReader(r, "fuzz")
			if err != nil {
				return nil, nil, err
			}
			return rd.Next, rd.Line, nil
		})
	})
}

func FuzzRatingsCrewReader(f *testing.F) {
	seeds(f, "ratings.tsv", "crew.tsv")
	f.Fuzz(func(t *testing.T, in []byte) {
		fuzzReader(t, in, func(r io.Reader) (func() (imdb.Rating, error), func() int, error) {
			rd, err := imdb.NewRatingsReader(r, "fuzz")
			if err != nil {
				return nil, nil, err
			}
			return rd.Next, rd.Line, nil
		})
		fuzzReader(t, in, func(r io.Reader) (func() (imdb.Crew, error), func() int, error) {
			rd, err := imdb.NewCrewReader(r, "fuzz")
			if err != nil {
				return nil, nil, err
			}
			return rd.Next, rd.Line, nil
		})
	})
}
