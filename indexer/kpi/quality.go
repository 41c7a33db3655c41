package kpi

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/bobine/bobine/data"
)

// Count64 is a named count of the cleaning report.
type Count64 struct {
	Key   string `json:"key"`
	Count int64  `json:"count"`
}

// Quality summarises the indexer's cleaning report for the page: what was
// read, refused, merged, fixed, filled and is still missing. It describes
// the whole build and is never filtered.
type Quality struct {
	Head
	Films        int              `json:"films"`
	People       int              `json:"people"`
	RowsRead     int64            `json:"rows_read"`
	RowsRejected int64            `json:"rows_rejected"`
	Files        []data.FileStats `json:"files"`
	Rejected     []data.Rejection `json:"rejected"` // per file and rule, with examples
	Missing      []Count64        `json:"missing"`  // most missing first
	Fixed        []Count64        `json:"fixed"`
	Filled       []Count64        `json:"filled"`
	Duplicates   []Count64        `json:"duplicates"`
	Filtered     []Count64        `json:"filtered"`
}

// Cleaning is what the Quality section shows of the indexer's cleaning
// report (indexer.Report): the kpi package reads reports, it does not
// depend on the indexer that writes them.
type Cleaning struct {
	Films, People int
	Files         []data.FileStats
	Rejected      []data.Rejection
	Missing       map[string]int64
	Fixed         map[string]int64
	Filled        map[string]int64
	Duplicates    map[string]int64
	Filtered      map[string]int64
}

// Summarize turns a cleaning report into the Quality section.
func Summarize(r Cleaning) *Quality {
	q := &Quality{Head: Head{Title: "Qualité des données (rapport de nettoyage)"},
		Films: r.Films, People: r.People, Files: r.Files, Rejected: r.Rejected,
		Missing: counts64(r.Missing), Fixed: counts64(r.Fixed), Filled: counts64(r.Filled),
		Duplicates: counts64(r.Duplicates), Filtered: counts64(r.Filtered)}
	if q.Files == nil {
		q.Files = []data.FileStats{}
	}
	if q.Rejected == nil {
		q.Rejected = []data.Rejection{}
	}
	for _, f := range r.Files {
		q.RowsRead += f.Rows
		q.RowsRejected += f.Rejected
	}
	q.Takeaway = fmt.Sprintf("%s lignes lues, %s rejetées comme malformées (%s)",
		frInt(int(q.RowsRead)), frInt(int(q.RowsRejected)), frPct(share64(q.RowsRejected, q.RowsRead)))
	if len(q.Missing) > 0 {
		m := q.Missing[0]
		q.Takeaway += fmt.Sprintf(" ; donnée la plus souvent manquante : %s (%s)", m.Key, frInt(int(m.Count)))
	}
	q.Takeaway += "."
	return q
}

func share64(part, whole int64) float64 {
	if whole == 0 {
		return 0
	}
	return float64(part) / float64(whole)
}

func counts64(m map[string]int64) []Count64 {
	out := make([]Count64, 0, len(m))
	for k, n := range m {
		out = append(out, Count64{Key: k, Count: n})
	}
	slices.SortFunc(out, func(a, b Count64) int { return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Key, b.Key)) })
	return out
}
