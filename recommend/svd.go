package recommend

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"

	"gonum.org/v1/gonum/mat"
)

// csr is a sparse row-major matrix.
type csr struct {
	rows, cols int
	ptr        []int
	idx        []int32
	val        []float64
}

// mulDense returns A*X where X is cols x l stored row-major; the result is
// rows x l row-major.
func (a *csr) mulDense(x []float64, l int) []float64 {
	y := make([]float64, a.rows*l)
	for i := 0; i < a.rows; i++ {
		yi := y[i*l : (i+1)*l]
		for p := a.ptr[i]; p < a.ptr[i+1]; p++ {
			v := a.val[p]
			xj := x[int(a.idx[p])*l : (int(a.idx[p])+1)*l]
			for c := range yi {
				yi[c] += v * xj[c]
			}
		}
	}
	return y
}

// tMulDense returns A^T*Y where Y is rows x l row-major; the result is
// cols x l row-major.
func (a *csr) tMulDense(y []float64, l int) []float64 {
	z := make([]float64, a.cols*l)
	for i := 0; i < a.rows; i++ {
		yi := y[i*l : (i+1)*l]
		for p := a.ptr[i]; p < a.ptr[i+1]; p++ {
			v := a.val[p]
			zj := z[int(a.idx[p])*l : (int(a.idx[p])+1)*l]
			for c := range zj {
				zj[c] += v * yi[c]
			}
		}
	}
	return z
}

// orthonormalize makes the l columns of the n x l row-major matrix y
// orthonormal in place by Cholesky QR applied twice (CholQR2): two passes
// over rows, cache-friendly, and as accurate as Householder QR for the
// well-conditioned bases of a randomised range finder. A tiny ridge keeps
// the Cholesky factorisation defined when y is rank-deficient.
func orthonormalize(y []float64, n, l int) {
	for pass := 0; pass < 2; pass++ {
		g := make([]float64, l*l)
		for i := 0; i < n; i++ {
			yi := y[i*l : (i+1)*l]
			for a, va := range yi {
				if va == 0 {
					continue
				}
				ga := g[a*l : (a+1)*l]
				for b := a; b < l; b++ {
					ga[b] += va * yi[b]
				}
			}
		}
		var trace float64
		for a := 0; a < l; a++ {
			trace += g[a*l+a]
		}
		ridge := 1e-12 * (trace/float64(l) + 1e-300)
		sym := mat.NewSymDense(l, nil)
		var chol mat.Cholesky
		for {
			for a := 0; a < l; a++ {
				for b := a; b < l; b++ {
					v := g[a*l+b]
					if a == b {
						v += ridge
					}
					sym.SetSym(a, b, v)
				}
			}
			if chol.Factorize(sym) {
				break
			}
			ridge *= 100
		}
		var rt mat.TriDense
		chol.UTo(&rt)
		r := make([]float64, l*l)
		for a := 0; a < l; a++ {
			for b := a; b < l; b++ {
				r[a*l+b] = rt.At(a, b)
			}
		}
		// Each row q of Q solves q R = y_i (forward substitution).
		for i := 0; i < n; i++ {
			yi := y[i*l : (i+1)*l]
			for j := 0; j < l; j++ {
				v := yi[j]
				for a := 0; a < j; a++ {
					v -= yi[a] * r[a*l+j]
				}
				yi[j] = v / r[j*l+j]
			}
		}
	}
}

// rowEmbeddings returns the rank-k embeddings U*Sigma of the rows of a (rows
// x k, row-major) and the singular values Sigma, by a randomised range finder (Halko, Martinsson and Tropp
// 2011) with power iterations: only sparse products with a and its
// transpose, and one k+oversample square eigenproblem. The result depends
// only on a and seed.
func rowEmbeddings(ctx context.Context, a *csr, k int, seed uint64) ([]float64, []float64, error) {
	l := k + 16
	if l > a.cols {
		l = a.cols
	}
	if l > a.rows {
		l = a.rows
	}
	if l < 1 {
		return make([]float64, a.rows*k), make([]float64, k), nil
	}
	rng := rand.New(rand.NewPCG(seed, 0x626f62696e65))
	omega := make([]float64, a.cols*l)
	for i := range omega {
		omega[i] = rng.NormFloat64()
	}
	y := a.mulDense(omega, l)
	const powerIters = 3
	for it := 0; it < powerIters; it++ {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		orthonormalize(y, a.rows, l)
		z := a.tMulDense(y, l)
		orthonormalize(z, a.cols, l)
		y = a.mulDense(z, l)
	}
	orthonormalize(y, a.rows, l)
	// B^T = A^T Q (cols x l); M = B B^T = (A^T Q)^T (A^T Q) (l x l).
	bt := a.tMulDense(y, l)
	m := mat.NewSymDense(l, nil)
	for r := 0; r < l; r++ {
		for c := r; c < l; c++ {
			var s float64
			for j := 0; j < a.cols; j++ {
				s += bt[j*l+r] * bt[j*l+c]
			}
			m.SetSym(r, c, s)
		}
	}
	var eig mat.EigenSym
	if !eig.Factorize(m, true) {
		return nil, nil, fmt.Errorf("recommend: svd: eigendecomposition failed")
	}
	vals := eig.Values(nil)
	var w mat.Dense
	eig.VectorsTo(&w)
	order := make([]int, l)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return vals[order[i]] > vals[order[j]] })
	kk := min(k, l)
	// U*Sigma = Q * W_k * sqrt(Lambda_k) = Q * W_k * Lambda_k / sqrt(Lambda_k);
	// keep the sign of each component fixed (largest |loading| positive) so
	// that the output is reproducible across LAPACK implementations.
	proj := make([]float64, l*k)
	sigma := make([]float64, k)
	for c := 0; c < kk; c++ {
		ev := order[c]
		s := math.Sqrt(math.Max(vals[ev], 0))
		sigma[c] = s
		var big float64
		for r := 0; r < l; r++ {
			if v := w.At(r, ev); math.Abs(v) > math.Abs(big) {
				big = v
			}
		}
		sign := 1.0
		if big < 0 {
			sign = -1
		}
		for r := 0; r < l; r++ {
			proj[r*k+c] = sign * w.At(r, ev) * s
		}
	}
	out := make([]float64, a.rows*k)
	for i := 0; i < a.rows; i++ {
		qi := y[i*l : (i+1)*l]
		oi := out[i*k : (i+1)*k]
		for r, qv := range qi {
			if qv == 0 {
				continue
			}
			pr := proj[r*k : (r+1)*k]
			for c := range oi {
				oi[c] += qv * pr[c]
			}
		}
	}
	return out, sigma, nil
}
