package indexer

import "testing"

// The credit store frees a chunk once no title still to be finished uses
// it, also when the principals were not sorted by title.
func TestCreditStoreReleaser(t *testing.T) {
	var s creditStore
	titles := make([]joins, 3)
	add := func(title int) {
		n := s.add(credit{person: uint32(title)})
		j := &titles[title]
		if j.lastCredit == 0 {
			j.credits = n
		} else {
			s.at(j.lastCredit).next = n
		}
		j.lastCredit = n
	}
	add(1) // out of order: title 1 first, in chunk 0
	for range creditChunk - 1 {
		add(0)
	}
	for range creditChunk {
		add(2)
	}
	add(1) // chunk 2 (chunk 1 is title 2's alone)
	release := s.releaser(titles)
	release(0)
	if s.chunks[0] == nil {
		t.Fatal("chunk 0 freed while title 1 still uses it")
	}
	release(1)
	if s.chunks[0] != nil || s.chunks[2] != nil {
		t.Error("chunks 0 and 2 kept after title 1, the last to use them")
	}
	if s.chunks[1] == nil {
		t.Error("chunk 1 freed before title 2 is finished")
	}
	var got int
	for n := titles[2].credits; n != 0; n = s.at(n).next {
		got++
	}
	if got != creditChunk {
		t.Errorf("title 2 has %d credits left, want %d", got, creditChunk)
	}
	release(2)
	for c := range s.chunks {
		if s.chunks[c] != nil {
			t.Errorf("chunk %d kept after the last title", c)
		}
	}
}
