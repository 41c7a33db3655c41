package recommend_test

import (
	"math"
	"strings"
	"testing"

	"github.com/bobine/bobine/recommend"
)

func split(seed uint64, collabHR, collabNDCG, popHR, hybridHR, hybridNDCG float64) *recommend.EvalReport {
	return &recommend.EvalReport{Seed: seed, Liked: 3, Draws: 3, Threshold: 4, TestUsers: 100, Systems: []recommend.Metrics{
		{System: "popularity", HR: popHR, NDCG: 0.3, Coverage: 0.01},
		{System: "collaborative only", HR: collabHR, NDCG: collabNDCG, Coverage: 0.03},
		{System: "Bobine hybrid", HR: hybridHR, NDCG: hybridNDCG, Coverage: 0.05},
	}}
}

func TestMeanReport(t *testing.T) {
	reps := []*recommend.EvalReport{
		split(3, 0.70, 0.35, 0.72, 0.75, 0.36),
		split(4, 0.80, 0.40, 0.60, 0.78, 0.41),
	}
	m, err := recommend.NewMeanReport(reps)
	if err != nil {
		t.Fatal(err)
	}
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	hy := m.Systems[2]
	if hy.System != "Bobine hybrid" || !near(hy.HR, 0.765) || !near(hy.NDCG, 0.385) || !near(hy.Coverage, 0.05) {
		t.Errorf("hybrid mean %+v, want HR 0.765, NDCG 0.385, coverage 0.05", hy)
	}
	if pop := m.Systems[0]; !near(pop.HR, 0.66) {
		t.Errorf("popularity mean HR %g, want 0.66", pop.HR)
	}
	// Each split's lead is over its own best baseline: popularity on
	// HR@5 for seed 3, collaborative for the rest.
	want := []recommend.Lead{
		{Seed: 3, HR: 0.03, BestHR: "popularity", NDCG: 0.01, BestNDCG: "collaborative only"},
		{Seed: 4, HR: -0.02, BestHR: "collaborative only", NDCG: 0.01, BestNDCG: "collaborative only"},
	}
	got := m.Leads()
	if len(got) != len(want) {
		t.Fatalf("got %d leads, want %d", len(got), len(want))
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.Seed != w.Seed || !near(g.HR, w.HR) || !near(g.NDCG, w.NDCG) || g.BestHR != w.BestHR || g.BestNDCG != w.BestNDCG {
			t.Errorf("lead %d: got %+v, want %+v", i, g, w)
		}
	}
	var b strings.Builder
	if err := m.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"seeds 3, 4", "200 test users", "+0.005", "1/2", "2/2"} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("table lacks %q:\n%s", s, b.String())
		}
	}
}

func TestMeanReportMismatch(t *testing.T) {
	a := split(3, 0.7, 0.35, 0.72, 0.75, 0.36)
	b := split(4, 0.7, 0.35, 0.72, 0.75, 0.36)
	b.Systems[0].System = "genre KNN"
	if _, err := recommend.NewMeanReport([]*recommend.EvalReport{a, b}); err == nil {
		t.Error("splits with different systems were averaged")
	}
	if _, err := recommend.NewMeanReport(nil); err == nil {
		t.Error("no split gave no error")
	}
}
