package textio

import (
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/bobine/bobine/data"
)

// Decompress returns r's content, gunzipped when it starts with the gzip
// magic bytes. The result is buffered.
func Decompress(r io.Reader) (io.Reader, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	magic, err := br.Peek(2)
	if err != nil && err != io.EOF {
		return nil, err
	}
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("gzip header: %w", err)
		}
		return bufio.NewReaderSize(zr, 1<<16), nil
	}
	return br, nil
}

// ErrHeader is wrapped by the errors returned when a file's header line is
// missing or lacks a required column.
var ErrHeader = fmt.Errorf("bad header: %w", data.ErrInvalid)

// CSV reads an RFC 4180 table with a header line. Columns are looked up by
// name; extra columns are ignored. Not safe for concurrent use.
type CSV struct {
	pkg, file string
	r         *csv.Reader
	idx       []int // position in the record of each wanted column
	ncol      int
	line      int
	row       []string
	err       error // sticky fatal error
}

// NewCSV reads the header of r (gzip or plain) and checks that it holds
// every column of want. pkg prefixes error messages ("tmdb").
func NewCSV(r io.Reader, pkg, file string, want []string) (*CSV, error) {
	d, err := Decompress(r)
	if err != nil {
		return nil, fmt.Errorf("%s: read %s: %w", pkg, file, err)
	}
	cr := csv.NewReader(d)
	cr.FieldsPerRecord = -1
	c := &CSV{pkg: pkg, file: file, r: cr, row: make([]string, len(want))}
	head, err := cr.Read()
	if err == io.EOF {
		return nil, fmt.Errorf("%s: read %s: line 1: empty file, want header %q: %w", pkg, file, strings.Join(want, ","), ErrHeader)
	}
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("%s: read %s: line 1: %v: %w", pkg, file, pe.Err, ErrHeader)
		}
		return nil, fmt.Errorf("%s: read %s: line 1: %w", pkg, file, err)
	}
	if len(head) > 0 {
		head[0] = strings.TrimPrefix(head[0], "\ufeff")
	}
	c.idx, err = MapHeader(head, want)
	if err != nil {
		return nil, fmt.Errorf("%s: read %s: line 1: %w", pkg, file, err)
	}
	c.ncol = len(head)
	c.line = 1
	return c, nil
}

// MapHeader returns, for each wanted column name, its position in head.
func MapHeader(head, want []string) ([]int, error) {
	pos := make(map[string]int, len(head))
	for i, h := range head {
		if _, dup := pos[h]; !dup {
			pos[h] = i
		}
	}
	idx := make([]int, len(want))
	var missing []string
	for i, w := range want {
		p, ok := pos[w]
		if !ok {
			missing = append(missing, w)
		}
		idx[i] = p
	}
	if missing != nil {
		got := strings.Join(head, ",")
		if len(got) > 120 {
			got = got[:120] + "..."
		}
		return nil, fmt.Errorf("header lacks column %s (got %q): %w", strings.Join(missing, ", "), got, ErrHeader)
	}
	return idx, nil
}

// Next returns the wanted fields of the next record, in the order of want.
// The slice is reused by the next call; the strings are not. A malformed
// record gives a *data.ParseError and reading can continue; any other error
// is fatal and returned again by every later call. io.EOF ends the table.
func (c *CSV) Next() ([]string, error) {
	if c.err != nil {
		return nil, c.err
	}
	rec, err := c.r.Read()
	if err == io.EOF {
		c.err = io.EOF
		return nil, io.EOF
	}
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) && !isIOError(pe.Err) {
			c.line = pe.StartLine
			rule := "csv_syntax"
			if errors.Is(pe.Err, csv.ErrBareQuote) || errors.Is(pe.Err, csv.ErrQuote) {
				rule = "quote"
			}
			return nil, &data.ParseError{File: c.file, Line: pe.StartLine, Rule: rule, Err: pe.Err}
		}
		c.err = fmt.Errorf("%s: read %s: after line %d: %w", c.pkg, c.file, c.line, err)
		return nil, c.err
	}
	c.line, _ = c.r.FieldPos(0)
	if len(rec) != c.ncol {
		return nil, &data.ParseError{File: c.file, Line: c.line, Rule: "column_count",
			Err: fmt.Errorf("got %d columns, want %d", len(rec), c.ncol)}
	}
	for i, p := range c.idx {
		c.row[i] = rec[p]
	}
	return c.row, nil
}

func isIOError(err error) bool {
	return errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader)
}

// Line returns the line number where the last record returned (or
// rejected) starts; the header is line 1.
func (c *CSV) Line() int { return c.line }

// File returns the file name used in errors.
func (c *CSV) File() string { return c.file }

// Err returns a ParseError for the current record.
func (c *CSV) Err(rule string, err error) *data.ParseError {
	return &data.ParseError{File: c.file, Line: c.line, Rule: rule, Err: err}
}

// SplitList splits a sep-joined list, dropping empty items. "" gives nil.
func SplitList(s string, sep string) []string {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, sep)
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
