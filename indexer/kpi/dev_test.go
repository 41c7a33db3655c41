package kpi_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/bobine/bobine/indexer/indexertest"
	"github.com/bobine/bobine/indexer/kpi"
)

// TestDev checks the report of the development dataset against what a
// person knows about it: counts that add up, famous films on top.
func TestDev(t *testing.T) {
	in := indexertest.Dev(t)
	cat := in.Catalogue
	r := kpi.Compute(cat, kpi.Filter{})
	if r.Titles != len(cat.Films()) {
		t.Errorf("titles = %d, catalogue has %d", r.Titles, len(cat.Films()))
	}
	sum := 0
	for _, c := range r.Types.Counts {
		sum += c.Count
	}
	if sum != r.Titles {
		t.Errorf("types add up to %d, want %d", sum, r.Titles)
	}
	sum = r.Decades.Unknown
	for _, d := range r.Decades.Counts {
		sum += d.Count
	}
	if sum != r.Films {
		t.Errorf("decades + unknown = %d, want %d films", sum, r.Films)
	}
	sum = 0
	for _, b := range r.Runtime.Bins {
		sum += b.Count
	}
	if sum != r.Runtime.Films || sum+r.Runtime.Unknown != r.Films {
		t.Errorf("runtime bins add up to %d (+%d unknown), want %d films", sum, r.Runtime.Unknown, r.Films)
	}
	if r.Films < 20000 {
		t.Errorf("only %d films in the dev catalogue", r.Films)
	}
	if m := r.Runtime.Median; m < 85 || m > 125 {
		t.Errorf("median runtime %v min, films are usually 90-120 min", m)
	}
	if r.Genres.Counts[0].Key != "Drama" {
		t.Errorf("most frequent genre %q, want Drama", r.Genres.Counts[0].Key)
	}
	if s := r.French.Share; s < 0.03 || s > 0.5 {
		t.Errorf("French share %v implausible", s)
	}

	// The Shawshank Redemption, The Godfather, The Dark Knight, The Godfather Part II.
	famous := []string{"tt0111161", "tt0068646", "tt0468569", "tt0071562"}
	top := r.TopRated.Top[0]
	if !slices.Contains(famous, top.ID) {
		t.Errorf("best-rated film %q (%s), want one of %v", top.Title, top.ID, famous)
	}
	if len(r.TopRated.Top) != kpi.TopN {
		t.Errorf("top rated has %d films", len(r.TopRated.Top))
	}
	if m := r.TopRated.M; m < 1000 || m > 200000 {
		t.Errorf("m = %v votes", m)
	}
	for i, f := range r.TopRated.Top {
		if f.Votes < 1000 {
			t.Errorf("top %d %q has only %d votes: the Bayesian average should keep it out", i+1, f.Title, f.Votes)
		}
	}

	a := r.Actors.Top[0]
	if a.Films < 20 || a.First == 0 || a.Last < a.First {
		t.Errorf("most frequent actor %+v", a)
	}
	binSum := 0
	for _, b := range r.Actors.PerActor {
		binSum += b.Count
	}
	if binSum != r.Actors.Actors {
		t.Errorf("films-per-actor bins add up to %d, want %d", binSum, r.Actors.Actors)
	}
	v := r.FilmsVsSeries
	if v.Both == 0 || v.SeriesOnly == 0 || v.Both+v.FilmsOnly != r.Actors.Actors {
		t.Errorf("films vs series %d/%d/%d, %d actors in films", v.Both, v.FilmsOnly, v.SeriesOnly, r.Actors.Actors)
	}
	g := r.Ages
	if g.Known+g.Unknown+g.Implausible != g.Roles || g.Mean < 25 || g.Mean > 50 {
		t.Errorf("ages %+v", g)
	}
	if r.Money.Films < 1000 || r.Money.ByRatio[0].Ratio < r.Money.ByRatio[len(r.Money.ByRatio)-1].Ratio {
		t.Errorf("money: %d films, ranking %v", r.Money.Films, r.Money.ByRatio)
	}
	if len(r.Money.Points) != kpi.MoneyPointsCap {
		t.Errorf("money: %d points", len(r.Money.Points))
	}
	if len(r.Cube.Scatter) != kpi.ScatterCap || len(r.Cube.Bars) < 50 {
		t.Errorf("cube: %d points, %d bars", len(r.Cube.Scatter), len(r.Cube.Bars))
	}

	q := kpi.Summarize(kpi.Cleaning{Files: in.Report.Files, Rejected: in.Report.Rejected, Missing: in.Report.Missing})
	if q == nil || q.RowsRead < 200000 || len(q.Files) == 0 {
		t.Errorf("quality %+v", q)
	}

	// A filtered view: the 1990s action films.
	f := kpi.Compute(cat, kpi.Filter{FromYear: 1990, ToYear: 1999, Genres: []string{"Action"}})
	if f.Films == 0 || f.Films >= r.Films/5 {
		t.Errorf("1990s action: %d films", f.Films)
	}
	for _, d := range f.Decades.Counts {
		if d.Decade != 1990 {
			t.Errorf("1990s filter gave decade %d", d.Decade)
		}
	}
	if f.Genres.Counts[0].Key != "Action" || f.Genres.Counts[0].Count != f.Films {
		t.Errorf("every film of an Action filter is Action: %v for %d films", f.Genres.Counts[0], f.Films)
	}
	if f.Decades.Takeaway == r.Decades.Takeaway {
		t.Error("the takeaway did not follow the filter")
	}
	fr := kpi.Compute(cat, kpi.Filter{FrenchOnly: true})
	if fr.French.Share != 1 || !strings.HasPrefix(fr.French.Takeaway, "100,0") {
		t.Errorf("French-only share %v: %q", fr.French.Share, fr.French.Takeaway)
	}

	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("report %d KB; %s", len(b)/1024, r.TopRated.Takeaway)
	for _, name := range kpi.Sections {
		if s, ok := r.Section(name); ok {
			sb, _ := json.Marshal(s)
			t.Logf("%-16s %6d B", name, len(sb))
		}
	}
}

func BenchmarkCompute(b *testing.B) {
	cat := indexertest.Dev(b).Catalogue
	filters := map[string]kpi.Filter{
		"all":          {},
		"1990s_action": {FromYear: 1990, ToYear: 1999, Genres: []string{"Action", "Adventure"}},
		"french":       {FrenchOnly: true},
	}
	for name, f := range filters {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				kpi.Compute(cat, f)
			}
		})
	}
}

// BenchmarkBuild is what the index step costs: the unfiltered report,
// written as kpi.json.
func BenchmarkBuild(b *testing.B) {
	in := indexertest.Dev(b)
	dir := b.TempDir()
	for b.Loop() {
		if err := kpi.Write(dir, kpi.Compute(in.Catalogue, kpi.Filter{})); err != nil {
			b.Fatal(err)
		}
	}
}
