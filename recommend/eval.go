package recommend

import (
	"context"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/bobine/bobine/data"
)

// EvalOptions sets up an offline evaluation. Zero values take the defaults
// noted on each field.
type EvalOptions struct {
	Liked        int     // highly rated films of a test user given as input; default 3
	Threshold    float64 // lowest rating that counts as "highly rated"; default 4.0
	Seed         uint64  // draws the user split and each user's liked films
	TestFraction float64 // share of users held out as test users; default 0.2
	MaxUsers     int     // at most this many test users; 0 = all
	Draws        int     // random draws of liked films per test user (each a case); default 1
	K            int     // list length evaluated; default 5
	Build        BuildOptions
	Options      Options // the hybrid's weights
}

func (o EvalOptions) withDefaults() EvalOptions {
	if o.Liked <= 0 {
		o.Liked = 3
	}
	if o.Threshold <= 0 {
		o.Threshold = 4
	}
	if o.TestFraction <= 0 || o.TestFraction >= 1 {
		o.TestFraction = 0.2
	}
	if o.K <= 0 {
		o.K = 5
	}
	if o.Draws <= 0 {
		o.Draws = 1
	}
	o.Build = o.Build.withDefaults()
	o.Options = o.Options.withDefaults()
	return o
}

// Metrics are the scores of one system, averaged over the test users.
// Recall is hits / min(targets, K); Coverage is the share of the
// catalogue's films recommended to at least one user; Diversity is 1 - the
// mean pairwise cosine of the content vectors within a list; Novelty is the
// mean -log2 of the share of training users who rated a recommended film.
type Metrics struct {
	System                                         string
	HR, NDCG, Recall, Coverage, Diversity, Novelty float64
}

// EvalReport is the result of Evaluate.
type EvalReport struct {
	Seed                  uint64
	Liked, Draws          int
	Threshold             float64
	Users, TestUsers      int // users in the ratings; test users evaluated
	TrainRatings, Targets int // ratings collaborative vectors were trained on; hidden films in all
	Films                 int // films that can be recommended
	Options               Options
	Systems               []Metrics // the baselines, then the hybrid last
}

// WriteTable prints the report as an aligned text table.
func (r *EvalReport) WriteTable(w io.Writer) error {
	fmt.Fprintf(w, "seed %d: %d test users of %d, %d draw(s) of %d liked films each (rating >= %.1f), %d hidden films, %d training ratings, %d films ranked\n",
		r.Seed, r.TestUsers, r.Users, r.Draws, r.Liked, r.Threshold, r.Targets, r.TrainRatings, r.Films)
	return writeSystems(w, r.Systems)
}

// writeSystems prints one aligned row of metrics per system.
func writeSystems(w io.Writer, systems []Metrics) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "system\tHR@5\tNDCG@5\trecall@5\tcoverage\tdiversity\tnovelty\t")
	for _, m := range systems {
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.2f\t\n", m.System, m.HR, m.NDCG, m.Recall, m.Coverage, m.Diversity, m.Novelty)
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
// that split, on HR@5 and on NDCG@5 separately (negative when behind), and
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
		base, hy := r.Systems[:len(r.Systems)-1], r.Systems[len(r.Systems)-1]
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
	if err := writeSystems(w, m.Systems); err != nil {
		return err
	}
	leads := m.Leads()
	if len(leads) == 0 {
		return nil
	}
	fmt.Fprintf(w, "\n%s minus the best baseline of each split:\n", m.Systems[len(m.Systems)-1].System)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "seed\tHR@5\tbest baseline\tNDCG@5\tbest baseline\t")
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

// Evaluator holds one user split of an offline evaluation: the vectors
// trained on the training users and, for each test user, the liked films
// and the hidden ones. Build it with NewEvaluator; not safe for concurrent
// use.
type Evaluator struct {
	o       EvalOptions
	r       *Recommender
	cases   []evalCase
	pools   []*pool
	pop     []float64 // training users who rated each film
	nTrain  int
	nTest   int
	nUsers  int
	nTrainR int
	films   int
}

type evalCase struct {
	liked   []int32
	targets map[int32]bool
}

// NewEvaluator splits the users of ratings (by o.Seed), trains the
// collaborative vectors on the training users only, and draws each test
// user's liked and hidden films. content may be nil, else the content
// vectors to reuse (they do not depend on ratings). c may be nil.
func NewEvaluator(ctx context.Context, cat *data.Catalogue, ratings []data.Rating, content *Space, c Candidates, o EvalOptions) (*Evaluator, error) {
	o = o.withDefaults()
	byUser := map[int][]data.Rating{}
	for _, r := range ratings {
		byUser[r.User] = append(byUser[r.User], r)
	}
	users := make([]int, 0, len(byUser))
	for u := range byUser {
		users = append(users, u)
	}
	sort.Ints(users)
	rng := rand.New(rand.NewPCG(o.Seed, 0x6576616c))
	rng.Shuffle(len(users), func(i, j int) { users[i], users[j] = users[j], users[i] })
	nTest := int(math.Round(o.TestFraction * float64(len(users))))
	test, train := users[:nTest], users[nTest:]
	var trainR []data.Rating
	for _, u := range train {
		trainR = append(trainR, byUser[u]...)
	}
	var v Vectors
	if content != nil {
		v.Content = *content
	} else {
		s, err := contentSpace(ctx, cat, o.Build)
		if err != nil {
			return nil, fmt.Errorf("recommend: evaluate: %w", err)
		}
		v.Content = *s
	}
	s, err := collabSpace(ctx, cat, trainR, o.Build)
	if err != nil {
		return nil, fmt.Errorf("recommend: evaluate: %w", err)
	}
	v.Collab = *s
	e := &Evaluator{o: o, r: New(cat, &v, c, o.Options), nTrain: len(train), nUsers: len(users), nTrainR: len(trainR)}
	e.pop = make([]float64, len(e.r.films))
	for _, r := range trainR {
		if fi := cat.FilmIndex(r.FilmID); r.FilmID != "" && fi >= 0 {
			e.pop[fi]++
		}
	}
	for _, ok := range e.r.isFilm {
		if ok {
			e.films++
		}
	}
	sort.Ints(test)
	for _, u := range test {
		var good []int32
		for _, r := range byUser[u] {
			fi := cat.FilmIndex(r.FilmID)
			if r.Score >= o.Threshold && r.FilmID != "" && fi >= 0 && e.r.isFilm[fi] && !slices.Contains(good, int32(fi)) {
				good = append(good, int32(fi))
			}
		}
		if len(good) <= o.Liked {
			continue
		}
		slices.Sort(good)
		ur := rand.New(rand.NewPCG(o.Seed, uint64(u)))
		for d := 0; d < o.Draws; d++ {
			ur.Shuffle(len(good), func(i, j int) { good[i], good[j] = good[j], good[i] })
			ec := evalCase{liked: slices.Clone(good[:o.Liked]), targets: map[int32]bool{}}
			for _, fi := range good[o.Liked:] {
				ec.targets[fi] = true
			}
			e.cases = append(e.cases, ec)
		}
		e.nTest++
		if o.MaxUsers > 0 && e.nTest == o.MaxUsers {
			break
		}
	}
	if len(e.cases) == 0 {
		return nil, fmt.Errorf("recommend: evaluate: no test user has more than %d films rated >= %.1f in the catalogue", o.Liked, o.Threshold)
	}
	for _, ec := range e.cases {
		req := Request{Liked: e.ids(ec.liked)}
		p, err := e.r.gather(ctx, req, o.Options, true)
		if err != nil {
			return nil, fmt.Errorf("recommend: evaluate: %w", err)
		}
		e.pools = append(e.pools, p)
	}
	return e, nil
}

func (e *Evaluator) ids(fis []int32) []string {
	out := make([]string, len(fis))
	for i, fi := range fis {
		out[i] = e.r.films[fi].ID
	}
	return out
}

// Hybrid evaluates Bobine's full pipeline with the given options.
func (e *Evaluator) Hybrid(name string, o Options) Metrics {
	o = o.withDefaults()
	return e.measure(name, func(i int) []int32 {
		p := e.pools[i]
		picked := e.r.pick(p, e.r.fuse(p, o, nil), o, e.o.K)
		out := make([]int32, len(picked))
		for j, c := range picked {
			out[j] = c.film
		}
		return out
	})
}

// Baselines evaluates the comparison systems: popularity among training
// users, genre-only nearest neighbours (genres, year and rating features,
// cosine, as a quick scikit-learn KNN would do), content-only and
// collaborative-only nearest neighbours (summed cosine over the liked films).
func (e *Evaluator) Baselines() []Metrics {
	r := e.r
	films := len(r.films)
	eligible := func(ec evalCase, fi int32) bool { return r.isFilm[fi] && !slices.Contains(ec.liked, fi) }
	rank := func(ec evalCase, score func(fi int32) float64) []int32 {
		s := make([]float32, films)
		for fi := range s {
			if eligible(ec, int32(fi)) {
				s[fi] = float32(score(int32(fi)))
			}
		}
		el := make([]bool, films)
		for fi := range el {
			el[fi] = eligible(ec, int32(fi))
		}
		return topK(s, e.o.K, nil, el)
	}
	var out []Metrics
	out = append(out, e.measure("popularity", func(i int) []int32 {
		return rank(e.cases[i], func(fi int32) float64 { return e.pop[fi] })
	}))
	gf := genreFeatures(r.films)
	out = append(out, e.measure("genre KNN", func(i int) []int32 {
		ec := e.cases[i]
		return rank(ec, func(fi int32) float64 {
			var best float64
			for _, l := range ec.liked {
				best = max(best, dot64(gf[l], gf[fi]))
			}
			return best
		})
	}))
	out = append(out, e.measure("content only", func(i int) []int32 {
		ec := e.cases[i]
		return rank(ec, func(fi int32) float64 {
			var s float64
			for _, l := range ec.liked {
				s += r.cosine(l, fi)
			}
			return s
		})
	}))
	out = append(out, e.measure("collaborative only", func(i int) []int32 {
		ec := e.cases[i]
		return rank(ec, func(fi int32) float64 {
			b := r.collabRow[fi]
			if b < 0 {
				return 0
			}
			var s float64
			for _, l := range ec.liked {
				if a := r.collabRow[l]; a >= 0 {
					s += dot32(r.collab[int(a)*r.fdims:int(a+1)*r.fdims], r.collab[int(b)*r.fdims:int(b+1)*r.fdims])
				}
			}
			return s
		})
	}))
	return out
}

// genreFeatures returns, per film, the unit vector of a quick KNN baseline:
// one-hot genres, the year scaled to [0, 1] over 1900-2030 and the IMDb
// rating scaled to [0, 1].
func genreFeatures(films []data.Film) [][]float64 {
	idx := map[string]int{}
	for _, f := range films {
		for _, g := range f.Genres {
			if _, ok := idx[g]; !ok {
				idx[g] = len(idx)
			}
		}
	}
	// Stable column order whatever the map order.
	names := make([]string, 0, len(idx))
	for g := range idx {
		names = append(names, g)
	}
	sort.Strings(names)
	for i, g := range names {
		idx[g] = i
	}
	out := make([][]float64, len(films))
	for i, f := range films {
		v := make([]float64, len(idx)+2)
		for _, g := range f.Genres {
			v[idx[g]] = 1
		}
		if f.Year > 0 {
			v[len(idx)] = float64(f.Year-1900) / 130
		}
		v[len(idx)+1] = f.Rating / 10
		var n float64
		for _, x := range v {
			n += x * x
		}
		if n > 0 {
			n = math.Sqrt(n)
			for j := range v {
				v[j] /= n
			}
		}
		out[i] = v
	}
	return out
}

func dot64(a, b []float64) float64 {
	var s float64
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func dot32(a, b []float32) float64 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return float64(s)
}

// measure computes the metrics of the lists list(i) returns for each case.
func (e *Evaluator) measure(name string, list func(i int) []int32) Metrics {
	m := Metrics{System: name}
	seen := map[int32]bool{}
	var nov float64
	var novN int
	for i, ec := range e.cases {
		recs := list(i)
		var dcg float64
		hits := 0
		for rank, fi := range recs {
			seen[fi] = true
			if ec.targets[fi] {
				hits++
				dcg += 1 / math.Log2(float64(rank+2))
			}
			nov += -math.Log2((e.pop[fi] + 1) / float64(e.nTrain+1))
			novN++
		}
		ideal := min(len(ec.targets), e.o.K)
		var idcg float64
		for j := 0; j < ideal; j++ {
			idcg += 1 / math.Log2(float64(j+2))
		}
		if hits > 0 {
			m.HR++
		}
		m.NDCG += dcg / idcg
		m.Recall += float64(hits) / float64(ideal)
		var sim float64
		pairs := 0
		for a := 0; a < len(recs); a++ {
			for b := a + 1; b < len(recs); b++ {
				sim += e.r.cosine(recs[a], recs[b])
				pairs++
			}
		}
		if pairs > 0 {
			m.Diversity += 1 - sim/float64(pairs)
		}
	}
	n := float64(len(e.cases))
	m.HR /= n
	m.NDCG /= n
	m.Recall /= n
	m.Diversity /= n
	m.Coverage = float64(len(seen)) / float64(e.films)
	if novN > 0 {
		m.Novelty = nov / float64(novN)
	}
	return m
}

// Report evaluates the baselines and the hybrid with o.
func (e *Evaluator) Report(o Options) *EvalReport {
	rep := &EvalReport{Seed: e.o.Seed, Liked: e.o.Liked, Threshold: e.o.Threshold, Users: e.nUsers,
		TestUsers: e.nTest, Draws: e.o.Draws, TrainRatings: e.nTrainR, Films: e.films, Options: o.withDefaults()}
	for _, ec := range e.cases {
		rep.Targets += len(ec.targets)
	}
	rep.Systems = append(e.Baselines(), e.Hybrid("Bobine hybrid", o))
	return rep
}

// objective is what tuning maximises.
func objective(m Metrics) float64 { return m.HR + m.NDCG }

// Tune searches the fusion weights by coordinate ascent from start,
// maximising HR@5 + NDCG@5 on this split, and returns the best options.
// Only the fusion weights and the RRF constant are tuned: Diversity and
// Interleave are product choices (diversity costs a little accuracy, which
// the report shows) and keep their start values.
func (e *Evaluator) Tune(start Options) (Options, Metrics) {
	best := start.withDefaults()
	bm := e.Hybrid("tuned", best)
	grid := []struct {
		set    func(*Options, float64)
		values []float64
	}{
		{func(o *Options, v float64) { o.WeightCollab = v }, []float64{0, 0.5, 1, 1.5, 2, 3, 4}},
		{func(o *Options, v float64) { o.WeightProfile = v }, []float64{0, 0.5, 1, 2, 3, 4, 6}},
		{func(o *Options, v float64) { o.WeightTaste = v }, []float64{0, 0.005, 0.01, 0.02, 0.04, 0.08, 0.16}},
		{func(o *Options, v float64) { o.WeightOrder = v }, []float64{0, 0.25, 0.5, 1, 2, 4, 8}},
		{func(o *Options, v float64) { o.WeightContent = v }, []float64{0, 0.25, 0.5, 1, 1.5, 2}},
		{func(o *Options, v float64) { o.WeightMLT = v }, []float64{0, 0.25, 0.5, 1, 2}},
		{func(o *Options, v float64) { o.WeightQuality = v }, []float64{0, 0.25, 0.5, 1, 2, 3}},
		{func(o *Options, v float64) { o.WeightShared = v }, []float64{0, 0.25, 0.5, 1}},
		{func(o *Options, v float64) { o.RRFK = v }, []float64{5, 10, 20, 40, 60, 100}},
	}
	for round := 0; round < 3; round++ {
		improved := false
		for _, g := range grid {
			for _, v := range g.values {
				o := best
				g.set(&o, v)
				if m := e.Hybrid("tuned", o); objective(m) > objective(bm)+1e-9 {
					best, bm, improved = o, m, true
				}
			}
		}
		if !improved {
			break
		}
	}
	return best, bm
}

// Evaluate runs the whole offline evaluation on one split: baselines and
// the hybrid with o.Options.
func Evaluate(ctx context.Context, cat *data.Catalogue, ratings []data.Rating, c Candidates, o EvalOptions) (*EvalReport, error) {
	e, err := NewEvaluator(ctx, cat, ratings, nil, c, o)
	if err != nil {
		return nil, err
	}
	return e.Report(e.o.Options), nil
}

// ContentSpace computes the content vectors only (they do not depend on
// ratings), to share them between several evaluators.
func ContentSpace(ctx context.Context, cat *data.Catalogue, o BuildOptions) (*Space, error) {
	s, err := contentSpace(ctx, cat, o.withDefaults())
	if err != nil {
		return nil, fmt.Errorf("recommend: content vectors: %w", err)
	}
	return s, nil
}
