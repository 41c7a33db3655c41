package kpi

import (
	"testing"

	"github.com/bobine/bobine/data"
)

func TestFormat(t *testing.T) {
	tests := []struct{ got, want string }{
		{frInt(0), "0"},
		{frInt(999), "999"},
		{frInt(1000), "1\u202f000"},
		{frInt(-1234567), "-1\u202f234\u202f567"},
		{frDec(1234.56, 1), "1\u202f234,6"},
		{frDec(0.04, 0), "0"},
		{frDec(-0.4, 0), "-0"},
		{frPct(0.1234), "12,3\u202f%"},
		{frMoney(2_500_000), "2,5\u202fM$"},
		{frMoney(15_000), "15\u202fk$"},
		{TypeLabel("tvSeries"), "Série"},
		{TypeLabel("other"), "other"},
		{data.GenreLabel("Sci-Fi"), "Science-fiction"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

// The index build forgets the KPI index once its report is written: at
// min_votes 0 it is hundreds of MB the search and vector steps need.
func TestForget(t *testing.T) {
	cat := data.NewCatalogue([]data.Film{{ID: "tt0000001", Genres: []string{"Drama"}}}, nil)
	if x := indexOf(cat); lastIndex.Load() != x {
		t.Fatal("the index is not kept for the next report")
	}
	Forget()
	if lastIndex.Load() != nil {
		t.Error("Forget kept the index")
	}
}
