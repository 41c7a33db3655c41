package recommend

import (
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"
)

func gemv(a []float32, rows, cols int, x, y []float32) {
	blas32.Gemv(blas.NoTrans, 1,
		blas32.General{Rows: rows, Cols: cols, Stride: cols, Data: a},
		blas32.Vector{N: cols, Inc: 1, Data: x}, 0,
		blas32.Vector{N: rows, Inc: 1, Data: y[:rows]})
}

func (r *Recommender) cosine(a, b int32) float64 {
	if !r.hasContent(a) || !r.hasContent(b) {
		return 0
	}
	x, y := r.contentVec(a), r.contentVec(b)
	return float64(blas32.Dot(blas32.Vector{N: r.cdims, Inc: 1, Data: x}, blas32.Vector{N: r.cdims, Inc: 1, Data: y}))
}

// collabCosine is the cosine of the collaborative vectors of a and b, 0
// when either has none.
func (r *Recommender) collabCosine(a, b int32) float64 {
	ra, rb := r.collabRow[a], r.collabRow[b]
	if ra < 0 || rb < 0 {
		return 0
	}
	x := r.collab[int(ra)*r.fdims : int(ra+1)*r.fdims]
	y := r.collab[int(rb)*r.fdims : int(rb+1)*r.fdims]
	n := math.Sqrt(dot32(x, x) * dot32(y, y))
	if n == 0 {
		return 0
	}
	return dot32(x, y) / n
}

// taste is the dot product of film fi's collaborative vector with the
// pool's taste profile, 0 without vector.
func (r *Recommender) taste(p *pool, fi int32) float64 {
	cr := r.collabRow[fi]
	if cr < 0 || p.taste == nil {
		return 0
	}
	return dot32(p.taste, r.collab[int(cr)*r.fdims:int(cr+1)*r.fdims])
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
