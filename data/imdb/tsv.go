package imdb

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/data/internal/textio"
)

// Null is the IMDb marker for a missing value.
const Null = `\N`

// ErrHeader is wrapped by the error of a New*Reader when the header line is
// missing or lacks a column. It wraps data.ErrInvalid.
var ErrHeader = textio.ErrHeader

// table is the TSV engine shared by the typed readers.
type table struct {
	file  string
	br    *bufio.Reader
	line  int
	cols  []string // wanted column names
	idx   []int    // position of each wanted column in a row
	ncol  int      // columns in the header
	buf   []byte   // a line longer than the bufio buffer
	raw   []byte   // current line, without the line end
	off   [][2]int // byte range in raw of each column of the row
	err   error    // sticky fatal error
	keep  func(uint32) bool
	kpref string // id prefix of the key column (first wanted): "tt" or "nm"
}

func newTable(r io.Reader, file, kpref string, cols []string) (*table, error) {
	d, err := textio.Decompress(r)
	if err != nil {
		return nil, fmt.Errorf("imdb: read %s: %w", file, err)
	}
	t := &table{file: file, br: bufio.NewReaderSize(d, 1<<16), cols: cols, kpref: kpref}
	head, err := t.readLine()
	if err == io.EOF && len(head) == 0 {
		return nil, fmt.Errorf("imdb: read %s: line 1: empty file, want header %q: %w", file, strings.Join(cols, "\t"), ErrHeader)
	}
	if err != nil && err != io.EOF {
		return nil, fmt.Errorf("imdb: read %s: line 1: %w", file, err)
	}
	t.line = 1
	names := strings.Split(string(trimEOL(head)), "\t")
	if t.idx, err = textio.MapHeader(names, cols); err != nil {
		return nil, fmt.Errorf("imdb: read %s: line 1: %w", file, err)
	}
	t.ncol = len(names)
	t.off = make([][2]int, t.ncol)
	return t, nil
}

func (t *table) readLine() ([]byte, error) {
	line, err := t.br.ReadSlice('\n')
	if err != bufio.ErrBufferFull {
		return line, err
	}
	t.buf = append(t.buf[:0], line...)
	for err == bufio.ErrBufferFull {
		line, err = t.br.ReadSlice('\n')
		t.buf = append(t.buf, line...)
	}
	return t.buf, err
}

func trimEOL(b []byte) []byte {
	b = bytes.TrimSuffix(b, []byte{'\n'})
	return bytes.TrimSuffix(b, []byte{'\r'})
}

// next advances to the next row that has the right column count, a valid
// key and passes the keep filter.
func (t *table) next() error {
	if t.err != nil {
		return t.err
	}
	for {
		line, err := t.readLine()
		if err != nil && err != io.EOF {
			t.err = fmt.Errorf("imdb: read %s: line %d: %w", t.file, t.line+1, err)
			return t.err
		}
		if len(line) == 0 && err == io.EOF {
			t.err = io.EOF
			return io.EOF
		}
		t.line++
		t.raw = trimEOL(line)
		n, start := 0, 0
		for i, c := range t.raw {
			if c == '\t' {
				if n < t.ncol {
					t.off[n] = [2]int{start, i}
				}
				n++
				start = i + 1
			}
		}
		if n < t.ncol {
			t.off[n] = [2]int{start, len(t.raw)}
		}
		n++
		if n != t.ncol {
			return t.errf("column_count", "got %d columns, want %d", n, t.ncol)
		}
		key := t.field(0)
		id, ok := parseID(key, t.kpref)
		if !ok {
			return t.errf("id", "%s %q is not %s followed by at least 7 digits", t.cols[0], key, t.kpref)
		}
		if t.keep != nil && !t.keep(id) {
			continue
		}
		return nil
	}
}

// field returns the bytes of wanted column i of the current row.
func (t *table) field(i int) []byte {
	o := t.off[t.idx[i]]
	return t.raw[o[0]:o[1]]
}

func (t *table) errf(rule, format string, a ...any) error {
	return &data.ParseError{File: t.file, Line: t.line, Rule: rule, Err: fmt.Errorf(format, a...)}
}

// rowStrings holds the current row as one string so that each row costs a
// single allocation; fields are substrings of it.
type rowStrings struct {
	t *table
	s string
}

func (t *table) strings() rowStrings { return rowStrings{t, string(t.raw)} }

// str returns wanted column i, "" for \N.
func (r rowStrings) str(i int) string {
	o := r.t.off[r.t.idx[i]]
	v := r.s[o[0]:o[1]]
	if v == Null {
		return ""
	}
	return v
}

// list splits wanted column i on commas; \N or "" gives nil.
func (r rowStrings) list(i int) []string {
	v := r.str(i)
	if v == "" {
		return nil
	}
	return strings.Split(v, ",")
}

// integer parses wanted column i; \N gives 0.
func (t *table) integer(i int) (int, error) {
	b := t.field(i)
	if string(b) == Null {
		return 0, nil
	}
	n, err := strconv.Atoi(string(b))
	if err != nil {
		return 0, t.errf("number", "%s: %q is not an integer", t.cols[i], b)
	}
	return n, nil
}

func (t *table) float(i int) (float64, error) {
	b := t.field(i)
	if string(b) == Null {
		return 0, nil
	}
	f, err := strconv.ParseFloat(string(b), 64)
	if err != nil || f != f {
		return 0, t.errf("number", "%s: %q is not a number", t.cols[i], b)
	}
	return f, nil
}

func (t *table) boolean(i int) (bool, error) {
	switch string(t.field(i)) {
	case "0", Null:
		return false, nil
	case "1":
		return true, nil
	}
	return false, t.errf("bool", "%s: %q is not 0 or 1", t.cols[i], t.field(i))
}

// ParseTitleID returns the number of a tconst ("tt0111161" -> 111161). It
// accepts only the canonical form: "tt" and at least 7 digits, zero-padded
// to exactly 7 when the number is smaller than 10,000,000.
func ParseTitleID(s string) (uint32, bool) { return parseID([]byte(s), "tt") }

// ParseNameID is ParseTitleID for nconsts ("nm0000001" -> 1).
func ParseNameID(s string) (uint32, bool) { return parseID([]byte(s), "nm") }

// TitleID formats a tconst number: TitleID(111161) == "tt0111161".
func TitleID(n uint32) string { return formatID("tt", n) }

// NameID formats an nconst number: NameID(1) == "nm0000001".
func NameID(n uint32) string { return formatID("nm", n) }

func formatID(prefix string, n uint32) string {
	s := strconv.FormatUint(uint64(n), 10)
	if len(s) < 7 {
		s = strings.Repeat("0", 7-len(s)) + s
	}
	return prefix + s
}

func parseID(b []byte, prefix string) (uint32, bool) {
	if len(b) < 9 || len(b) > 12 || string(b[:2]) != prefix {
		return 0, false
	}
	d := b[2:]
	if len(d) > 7 && d[0] == '0' {
		return 0, false // not canonical: padded beyond 7 digits
	}
	var n uint64
	for _, c := range d {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + uint64(c-'0')
	}
	if n > 1<<32-1 {
		return 0, false
	}
	return uint32(n), true
}

// IsParseError reports whether err is a row-level error after which reading
// can continue.
func IsParseError(err error) bool {
	var pe *data.ParseError
	return errors.As(err, &pe)
}
