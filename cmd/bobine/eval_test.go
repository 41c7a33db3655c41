package main

import (
	"slices"
	"testing"
)

func TestParseSeeds(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []uint64
	}{
		{"3", []uint64{3}},
		{"3-7", []uint64{3, 4, 5, 6, 7}},
		{"3,4,5", []uint64{3, 4, 5}},
		{"1, 3-5", []uint64{1, 3, 4, 5}},
		{"9,2", []uint64{9, 2}},
		{"4-4", []uint64{4}},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := parseSeeds(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
	for _, in := range []string{"", "a", "3,", "7-3", "3-", "-3", "3-5,4", "2,2", "0-100", "0-18446744073709551615"} {
		t.Run(in, func(t *testing.T) {
			if got, err := parseSeeds(in); err == nil {
				t.Errorf("got %v, want an error", got)
			}
		})
	}
}
