package tmdbfetch

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/data/tmdb"
)

// loadState reads what earlier runs left: the rows of movies.csv (dated by
// the file's modification time) and, over them, the journal.
func loadState(o Options, res *Result) (state map[string]entry, csvExisted bool, err error) {
	state = map[string]entry{}
	f, err := os.Open(o.Out)
	switch {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		return nil, false, fmt.Errorf("tmdbfetch: %w", err)
	default:
		csvExisted = true
		err := readCSV(f, o.Out, state, res)
		f.Close()
		if err != nil {
			return nil, false, err
		}
	}
	j, err := os.Open(o.Journal)
	switch {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		return nil, false, fmt.Errorf("tmdbfetch: %w", err)
	default:
		defer j.Close()
		sc := bufio.NewScanner(j)
		sc.Buffer(make([]byte, 0, 1<<16), 16<<20)
		for sc.Scan() {
			var e entry
			// A line cut short by a kill is dropped: that film is asked again.
			if err := json.Unmarshal(sc.Bytes(), &e); err != nil || e.IMDbID == "" || (e.Found && e.Movie == nil) {
				res.Malformed++
				continue
			}
			state[e.IMDbID] = e
		}
		if err := sc.Err(); err != nil {
			return nil, false, fmt.Errorf("tmdbfetch: read journal: %w", err)
		}
	}
	return state, csvExisted, nil
}

func readCSV(f *os.File, name string, state map[string]entry, res *Result) error {
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("tmdbfetch: %w", err)
	}
	r, err := tmdb.NewReader(f, name)
	if err != nil {
		return fmt.Errorf("tmdbfetch: existing %s: %w", name, err)
	}
	for {
		m, err := r.Next()
		if err == io.EOF {
			return nil
		}
		var pe *data.ParseError
		if errors.As(err, &pe) {
			res.Malformed++
			continue
		}
		if err != nil {
			return fmt.Errorf("tmdbfetch: existing %s: %w", name, err)
		}
		state[m.IMDbID] = entry{IMDbID: m.IMDbID, At: st.ModTime(), Found: true, Movie: &m}
	}
}

// save compacts the journal to one line per film, then writes movies.csv
// from it, each atomically.
func save(o Options, state map[string]entry, res *Result) error {
	ids := make([]string, 0, len(state))
	for id := range state {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	err := writeAtomic(o.Journal, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		for _, id := range ids {
			if err := enc.Encode(state[id]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("tmdbfetch: write journal: %w", err)
	}
	res.Rows = 0
	err = writeAtomic(o.Out, func(w io.Writer) error {
		cw := tmdb.NewWriter(w)
		for _, id := range ids {
			if e := state[id]; e.Found && e.Movie != nil {
				if err := cw.Write(*e.Movie); err != nil {
					return err
				}
				res.Rows++
			}
		}
		return cw.Flush()
	})
	if err != nil {
		return fmt.Errorf("tmdbfetch: write %s: %w", o.Out, err)
	}
	return nil
}

func countFound(state map[string]entry) int {
	n := 0
	for _, e := range state {
		if e.Found {
			n++
		}
	}
	return n
}

// writeAtomic writes path through a temporary file in the same directory,
// synced and renamed into place: readers see the old file or the new one.
func writeAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	bw := bufio.NewWriterSize(tmp, 1<<16)
	if err := write(bw); err != nil {
		tmp.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	if d, err := os.Open(filepath.Dir(path)); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}
