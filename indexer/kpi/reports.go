package kpi

import (
	"fmt"
	"strings"
	"sync"

	"github.com/bobine/bobine/data"
)

// cacheSize is how many filtered reports Reports keeps.
const cacheSize = 32

// Reports answers the report of a catalogue for any filter: the unfiltered
// one given at creation (read from kpi.json), filtered ones computed on
// request and cached, every one with the whole build's Quality section. It
// is safe for concurrent use.
type Reports struct {
	cat *data.Catalogue
	all *Report

	mu    sync.Mutex
	cache map[string]*Report
	order []string // cache keys, oldest first
}

// NewReports returns the reports of cat. all is its unfiltered report
// (Load); when nil it is computed now, without a Quality section.
func NewReports(cat *data.Catalogue, all *Report) *Reports {
	if all == nil {
		all = Compute(cat, Filter{})
	}
	return &Reports{cat: cat, all: all, cache: map[string]*Report{}}
}

// All returns the unfiltered report.
func (rs *Reports) All() *Report { return rs.all }

// Report returns the report for f: the unfiltered one for the zero Filter,
// else a computed one, from the cache when it was asked for recently.
func (rs *Reports) Report(f Filter) *Report {
	if f.IsZero() {
		return rs.all
	}
	key := fmt.Sprintf("%d-%d-%s-%t", f.FromYear, f.ToYear, strings.Join(f.Genres, ","), f.FrenchOnly)
	rs.mu.Lock()
	r, ok := rs.cache[key]
	rs.mu.Unlock()
	if ok {
		return r
	}
	r = Compute(rs.cat, f)
	r.Quality = rs.all.Quality
	rs.mu.Lock()
	defer rs.mu.Unlock()
	if _, ok := rs.cache[key]; !ok {
		rs.cache[key] = r
		rs.order = append(rs.order, key)
		if len(rs.order) > cacheSize {
			delete(rs.cache, rs.order[0])
			rs.order = rs.order[1:]
		}
	}
	return r
}
