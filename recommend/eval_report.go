package recommend

import (
	"fmt"
	"io"
	"math"
	"strings"
	"text/tabwriter"
)

// Metrics are the scores of one system, averaged over the test users.
// Recall is hits / min(targets, K); Coverage is the share of the
// catalogue's films recommended to at least one user; Diversity is 1 - the
// mean pairwise cosine of the content vectors within a list; Novelty is the
// mean -log2 of the share of training users who rated a recommended film.
// Distinct is the number of different films answered to the test users,
// one list each (their first draw): how far answers differ between people.
type Metrics struct {
	System                                         string
	HR, NDCG, Recall, Coverage, Diversity, Novelty float64
	Distinct                                       int
}

// EvalReport is the result of Evaluate.
type EvalReport struct {
	Seed                  uint64
	Liked, Draws          int
	K                     int // list length evaluated
	Threshold             float64
	Users, TestUsers      int // users in the ratings; test users evaluated
	TrainRatings, Targets int // ratings collaborative vectors were trained on; hidden films in all
	Films                 int // films that can be recommended
	Options               Options
	Systems               []Metrics // the baselines, then the hybrid, then any variants of it
	Baselines             int       // how many of Systems are baselines: Systems[Baselines] is the hybrid
}

// WriteTable prints the report as an aligned text table.
func (r *EvalReport) WriteTable(w io.Writer) error {
	fmt.Fprintf(w, "seed %d: %d test users of %d, %d draw(s) of %d liked films each (rating >= %.1f), %d hidden films, %d training ratings, %d films ranked\n",
		r.Seed, r.TestUsers, r.Users, r.Draws, r.Liked, r.Threshold, r.Targets, r.TrainRatings, r.Films)
	return writeSystems(w, r.K, r.Systems)
}

// writeSystems prints one aligned row of metrics per system.
func writeSystems(w io.Writer, k int, systems []Metrics) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "system\tHR@%[1]d\tNDCG@%[1]d\trecall@%[1]d\tcoverage\tdiversity\tnovelty\tdistinct films\t\n", k)
	for _, m := range systems {
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.2f\t%d\t\n", m.System, m.HR, m.NDCG, m.Recall, m.Coverage, m.Diversity, m.Novelty, m.Distinct)
	}
	return tw.Flush()
}

// MeanReport averages the reports of several splits (seeds) evaluated with
// the same options, each split counting once: one split of a hundred test
// users is too noisy to tell systems a few thousandths apart.
type MeanReport struct {
	Splits  []*EvalReport
	Systems []Metrics // per system, the mean over the splits; the hybrid last
}

// Lead is how far the hybrid is ahead on one split of the best baseline of
// that split, on HR@K and on NDCG@K separately (negative when behind), and
// which baseline was the best.
type Lead struct {
	Seed             uint64
	HR, NDCG         float64
	BestHR, BestNDCG string
}

// NewMeanReport averages reps, which must list the same systems in the same
// order (reports of Evaluator.Report).
func NewMeanReport(reps []*EvalReport) (*MeanReport, error) {
	if len(reps) == 0 {
		return nil, fmt.Errorf("recommend: mean report: no split")
	}
	m := &MeanReport{Splits: reps, Systems: make([]Metrics, len(reps[0].Systems))}
	for _, r := range reps {
		if len(r.Systems) != len(m.Systems) {
			return nil, fmt.Errorf("recommend: mean report: seed %d has %d systems, seed %d %d", r.Seed, len(r.Systems), reps[0].Seed, len(m.Systems))
		}
		for i, s := range r.Systems {
			if want := reps[0].Systems[i].System; s.System != want {
				return nil, fmt.Errorf("recommend: mean report: seed %d has %q where seed %d has %q", r.Seed, s.System, reps[0].Seed, want)
			}
			a := &m.Systems[i]
			a.System = s.System
			a.HR += s.HR
			a.NDCG += s.NDCG
			a.Recall += s.Recall
			a.Coverage += s.Coverage
			a.Diversity += s.Diversity
			a.Novelty += s.Novelty
			a.Distinct += s.Distinct
		}
	}
	n := float64(len(reps))
	for i := range m.Systems {
		a := &m.Systems[i]
		a.HR /= n
		a.NDCG /= n
		a.Recall /= n
		a.Coverage /= n
		a.Diversity /= n
		a.Novelty /= n
		a.Distinct = int(math.Round(float64(a.Distinct) / n))
	}
	return m, nil
}

// Leads returns, per split, the hybrid's lead over the best baseline.
// Splits with no baseline have none.
func (m *MeanReport) Leads() []Lead {
	var out []Lead
	for _, r := range m.Splits {
		if len(r.Systems) < 2 {
			continue
		}
		nb := r.Baselines
		if nb <= 0 || nb >= len(r.Systems) {
			nb = len(r.Systems) - 1
		}
		base, hy := r.Systems[:nb], r.Systems[nb]
		l := Lead{Seed: r.Seed, HR: math.Inf(1), NDCG: math.Inf(1)}
		for _, b := range base {
			if d := hy.HR - b.HR; d < l.HR {
				l.HR, l.BestHR = d, b.System
			}
			if d := hy.NDCG - b.NDCG; d < l.NDCG {
				l.NDCG, l.BestNDCG = d, b.System
			}
		}
		out = append(out, l)
	}
	return out
}

// WriteTable prints the mean of each system, then the hybrid's lead on
// each split with its mean, standard error and the number of splits where
// the hybrid is ahead of every baseline.
func (m *MeanReport) WriteTable(w io.Writer) error {
	seeds := make([]string, len(m.Splits))
	users := 0
	for i, r := range m.Splits {
		seeds[i] = fmt.Sprint(r.Seed)
		users += r.TestUsers
	}
	r0 := m.Splits[0]
	fmt.Fprintf(w, "mean of %d splits (seeds %s), each counting once: %d test users in all, %d draw(s) of %d liked films each (rating >= %.1f)\n",
		len(m.Splits), strings.Join(seeds, ", "), users, r0.Draws, r0.Liked, r0.Threshold)
	if err := writeSystems(w, r0.K, m.Systems); err != nil {
		return err
	}
	leads := m.Leads()
	if len(leads) == 0 {
		return nil
	}
	hybrid := len(m.Systems) - 1
	if nb := m.Splits[0].Baselines; nb > 0 && nb < len(m.Systems) {
		hybrid = nb
	}
	fmt.Fprintf(w, "\n%s minus the best baseline of each split:\n", m.Systems[hybrid].System)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "seed\tHR@%[1]d\tbest baseline\tNDCG@%[1]d\tbest baseline\t\n", r0.K)
	hr := make([]float64, len(leads))
	ndcg := make([]float64, len(leads))
	aheadHR, aheadNDCG := 0, 0
	for i, l := range leads {
		fmt.Fprintf(tw, "%d\t%+.3f\t%s\t%+.3f\t%s\t\n", l.Seed, l.HR, l.BestHR, l.NDCG, l.BestNDCG)
		hr[i], ndcg[i] = l.HR, l.NDCG
		if l.HR > 0 {
			aheadHR++
		}
		if l.NDCG > 0 {
			aheadNDCG++
		}
	}
	mh, sh := meanSE(hr)
	mn, sn := meanSE(ndcg)
	fmt.Fprintf(tw, "mean\t%+.3f\t\t%+.3f\t\t\n", mh, mn)
	fmt.Fprintf(tw, "std. error\t%.3f\t\t%.3f\t\t\n", sh, sn)
	fmt.Fprintf(tw, "splits ahead\t%d/%d\t\t%d/%d\t\t\n", aheadHR, len(leads), aheadNDCG, len(leads))
	return tw.Flush()
}

// meanSE returns the mean of xs and its standard error (0 for one value).
func meanSE(xs []float64) (mean, se float64) {
	for _, x := range xs {
		mean += x
	}
	n := float64(len(xs))
	mean /= n
	if len(xs) < 2 {
		return mean, 0
	}
	var ss float64
	for _, x := range xs {
		ss += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(ss / (n - 1) / n)
}
