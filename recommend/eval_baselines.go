package recommend

import (
	"math"
	"slices"
	"sort"

	"github.com/bobine/bobine/data"
)

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
		return topK(s, e.o.K, nil, func(fi int32) bool { return eligible(ec, fi) })
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
