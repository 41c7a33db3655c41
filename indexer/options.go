package indexer

import (
	"context"

	"github.com/bobine/bobine/data"
)

// DefaultTitleTypes are the IMDb title types kept when Options.TitleTypes is
// empty: what a cinema shows, plus series for the KPI page.
var DefaultTitleTypes = []string{"movie", "tvMovie", "tvSeries", "tvMiniSeries"}

// Options says what to read, what to keep and where to write.
type Options struct {
	DataDir      string   // holds imdb/, tmdb/, movielens/
	OutDir       string   // index directory written by Build
	TitleTypes   []string // IMDb titleType values kept; DefaultTitleTypes when empty
	MinVotes     int      // titles with fewer IMDb votes are dropped
	IncludeAdult bool     // keep titles flagged isAdult
	// Progress, when set, is called from the reading goroutine every few
	// thousand rows of each file and once with Done at the end of it. It must
	// be fast; it may be nil.
	Progress func(Progress)
}

// Progress reports how far a long step has got.
type Progress struct {
	Step  string // "read", "join", "write" or an extra step's name
	File  string // file being read, relative to the data directory
	Rows  int64  // rows read so far in File
	Bytes int64  // bytes read so far from File (compressed bytes for .gz)
	Size  int64  // size of File in bytes, 0 when unknown
	Done  bool   // File (or Step) is finished
}

// Result is the outcome of Read: the cleaned catalogue, the MovieLens
// ratings mapped to tconsts, and the cleaning report.
type Result struct {
	Catalogue *data.Catalogue
	Ratings   []data.Rating
	Report    *Report
}

// Step is an extra build step run by Build after the catalogue is written,
// inside the temporary index directory dir. It must be deterministic and
// must only write inside dir. It may add to in.Report what it read and
// cleaned: report.json is written after the last step.
type Step struct {
	Name string
	Run  func(ctx context.Context, dir string, in *Result) error
}

func (o Options) withDefaults() Options {
	if len(o.TitleTypes) == 0 {
		o.TitleTypes = DefaultTitleTypes
	}
	return o
}
