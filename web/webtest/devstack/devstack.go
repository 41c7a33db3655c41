package devstack

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/bobine/bobine/chat"
	"github.com/bobine/bobine/data"
	"github.com/bobine/bobine/indexer"
	"github.com/bobine/bobine/indexer/indexertest"
	"github.com/bobine/bobine/recommend"
	"github.com/bobine/bobine/search"
)

// Stack is the development dataset behind the real packages. Its fields
// are shared by every test of the binary: read them, never change them.
type Stack struct {
	Catalogue *data.Catalogue
	Ratings   []data.Rating // empty when opened from BOBINE_TEST_INDEX
	Index     *search.Index
	Vectors   *recommend.Vectors
}

var (
	once  sync.Once
	stack Stack
	err   error
)

// Dev returns the stack, building it on first use; it skips the test when
// the dataset is absent (and BOBINE_TEST_INDEX is not set) and fails it when
// the stack cannot be built. Safe for concurrent use.
func Dev(tb testing.TB) *Stack {
	tb.Helper()
	dir := os.Getenv("BOBINE_TEST_INDEX")
	var in *indexer.Result
	if dir == "" {
		in = indexertest.Dev(tb) // skips when the dataset is absent
	}
	once.Do(func() {
		if dir != "" {
			err = open(dir)
		} else {
			err = build(in)
		}
	})
	if err != nil {
		tb.Fatalf("devstack: %v", err)
	}
	return &stack
}

// open reads the stack from an index directory written by bobine index.
func open(dir string) error {
	in, err := indexer.Open(context.Background(), dir)
	if err != nil {
		return err
	}
	stack.Catalogue = in.Catalogue
	if stack.Index, err = search.Open(filepath.Join(dir, "search"), in.Catalogue); err != nil {
		return err
	}
	stack.Vectors, err = recommend.ReadVectors(filepath.Join(dir, "vectors"))
	return err
}

// build indexes the dataset in memory and writes the vectors (seed 1, as
// bobine index does) to a temporary directory it reads them back from.
func build(in *indexer.Result) error {
	stack.Catalogue, stack.Ratings = in.Catalogue, in.Ratings
	var err error
	if stack.Index, err = search.NewMemory(in.Catalogue); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "bobine-devstack-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := recommend.Build(context.Background(), tmp, in.Catalogue, in.Ratings, recommend.BuildOptions{Seed: 1}); err != nil {
		return fmt.Errorf("vectors: %w", err)
	}
	stack.Vectors, err = recommend.ReadVectors(tmp)
	return err
}

// Recommender returns a new recommender over the stack with options o.
func (s *Stack) Recommender(o recommend.Options) *recommend.Recommender {
	return recommend.New(s.Catalogue, s.Vectors, s.Index, o)
}

// Engine returns a new chat engine over the stack, with the default
// recommender, whose clock stands still at now when now is not zero.
func (s *Stack) Engine(o chat.Options, now time.Time) *chat.Engine {
	if !now.IsZero() {
		o.Now = func() time.Time { return now }
	}
	return chat.New(s.Catalogue, s.Index, s.Recommender(recommend.DefaultOptions()), o)
}
