package indexer

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/bobine/bobine/data"
)

// maxExamples is how many "file:line: message" examples a rejection rule keeps.
const maxExamples = 5

// Report says what Read found and what it cleaned, and why. It is
// deterministic: the same input gives the same report, and its JSON form is
// what report.json holds. Map keys are "file: what" or a field name.
type Report struct {
	Options     ReportOptions    `json:"options"`
	Files       []FileStats      `json:"files"`      // in reading order
	Rejected    []Rejection      `json:"rejected"`   // sorted by file, then rule
	Filtered    map[string]int64 `json:"filtered"`   // rows skipped on purpose: "title_type:tvEpisode", "adult", "min_votes"...
	Duplicates  map[string]int64 `json:"duplicates"` // duplicate rows merged (the first one wins)
	Missing     map[string]int64 `json:"missing"`    // kept records still lacking a field after the joins
	Fixed       map[string]int64 `json:"fixed"`      // values changed or dropped as implausible
	Filled      map[string]int64 `json:"filled"`     // missing values taken from another source
	Films       int              `json:"films"`
	FilmsByType map[string]int   `json:"films_by_type"`
	People      int              `json:"people"`
	Ratings     int              `json:"ratings"`
}

// ReportOptions records the filters the catalogue was built with.
type ReportOptions struct {
	TitleTypes   []string `json:"title_types"`
	MinVotes     int      `json:"min_votes"`
	IncludeAdult bool     `json:"include_adult"`
}

// FileStats counts the rows of one input file (data.FileStats).
type FileStats = data.FileStats

// Rejection counts the rows of a file refused for one rule (data.Rejection).
type Rejection = data.Rejection

func newReport(o Options) *Report {
	return &Report{
		Options:     ReportOptions{TitleTypes: append([]string(nil), o.TitleTypes...), MinVotes: o.MinVotes, IncludeAdult: o.IncludeAdult},
		Files:       []FileStats{},
		Rejected:    []Rejection{},
		Filtered:    map[string]int64{},
		Duplicates:  map[string]int64{},
		Missing:     map[string]int64{},
		Fixed:       map[string]int64{},
		Filled:      map[string]int64{},
		FilmsByType: map[string]int{},
	}
}

// reject records a malformed row. err must be a *data.ParseError.
func (r *Report) reject(fs *FileStats, err error) {
	var pe *data.ParseError
	if !errors.As(err, &pe) {
		return
	}
	fs.Rejected++
	for i := range r.Rejected {
		rj := &r.Rejected[i]
		if rj.File == pe.File && rj.Rule == pe.Rule {
			rj.Count++
			if len(rj.Examples) < maxExamples {
				rj.Examples = append(rj.Examples, example(pe))
			}
			return
		}
	}
	r.Rejected = append(r.Rejected, Rejection{File: pe.File, Rule: pe.Rule, Count: 1, Examples: []string{example(pe)}})
}

func example(pe *data.ParseError) string {
	msg := pe.Err.Error()
	if len(msg) > 200 {
		msg = msg[:200] + "..."
	}
	return fmt.Sprintf("%s:%d: %s", pe.File, pe.Line, msg)
}

func (r *Report) finish() {
	sort.SliceStable(r.Rejected, func(i, j int) bool {
		a, b := r.Rejected[i], r.Rejected[j]
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Rule < b.Rule
	})
}

// RejectedRows returns how many rows of file were refused for rule ("" = any rule).
func (r *Report) RejectedRows(file, rule string) int64 {
	var n int64
	for _, rj := range r.Rejected {
		if rj.File == file && (rule == "" || rj.Rule == rule) {
			n += rj.Count
		}
	}
	return n
}

// File returns the statistics of one input file (relative name, e.g.
// "imdb/title.basics.tsv.gz"), or false when it was not read.
func (r *Report) File(name string) (FileStats, bool) {
	for _, f := range r.Files {
		if f.File == name {
			return f, true
		}
	}
	return FileStats{}, false
}

// Print writes a readable summary of the report to w.
func (r *Report) Print(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Catalogue: %d titles", r.Films)
	types := sortedKeys(r.FilmsByType)
	if len(types) > 0 {
		parts := make([]string, len(types))
		for i, t := range types {
			parts[i] = fmt.Sprintf("%s %d", t, r.FilmsByType[t])
		}
		fmt.Fprintf(&b, " (%s)", strings.Join(parts, ", "))
	}
	fmt.Fprintf(&b, ", %d people, %d MovieLens ratings\n", r.People, r.Ratings)
	fmt.Fprintf(&b, "Kept: title types %s, min votes %d, adult titles %s\n",
		strings.Join(r.Options.TitleTypes, ","), r.Options.MinVotes, map[bool]string{true: "included", false: "excluded"}[r.Options.IncludeAdult])
	b.WriteString("\nFiles:\n")
	for _, f := range r.Files {
		if f.Absent {
			fmt.Fprintf(&b, "  %-34s absent\n", f.File)
			continue
		}
		fmt.Fprintf(&b, "  %-34s %11d rows %9d rejected %11d used %8.1f MB\n", f.File, f.Rows, f.Rejected, f.Used, float64(f.Bytes)/1e6)
	}
	if len(r.Rejected) > 0 {
		b.WriteString("\nRejected rows (malformed, skipped):\n")
		for _, rj := range r.Rejected {
			fmt.Fprintf(&b, "  %s %s: %d\n", rj.File, rj.Rule, rj.Count)
			for _, ex := range rj.Examples {
				fmt.Fprintf(&b, "      %s\n", ex)
			}
		}
	}
	section := func(title string, m map[string]int64) {
		if len(m) == 0 {
			return
		}
		fmt.Fprintf(&b, "\n%s:\n", title)
		for _, k := range sortedKeys(m) {
			fmt.Fprintf(&b, "  %-62s %d\n", k, m[k])
		}
	}
	section("Filtered out (by the options)", r.Filtered)
	section("Duplicates merged (first row kept)", r.Duplicates)
	section("Values fixed (implausible or malformed, changed or dropped)", r.Fixed)
	section("Values filled from another source", r.Filled)
	section("Still missing in the catalogue", r.Missing)
	_, err := io.WriteString(w, b.String())
	return err
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
