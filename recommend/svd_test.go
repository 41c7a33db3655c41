package recommend

import (
	"context"
	"math"
	"math/rand/v2"
	"testing"
)

func TestRowEmbeddingsRecoverLowRank(t *testing.T) {
	// A rank-3 sparse-ish matrix: embeddings must reproduce its Gram matrix.
	rng := rand.New(rand.NewPCG(1, 2))
	rows, cols, k := 60, 40, 3
	u := make([]float64, rows*k)
	v := make([]float64, cols*k)
	for i := range u {
		u[i] = rng.NormFloat64()
	}
	for i := range v {
		v[i] = rng.NormFloat64()
	}
	a := &csr{rows: rows, cols: cols, ptr: []int{0}}
	dense := make([]float64, rows*cols)
	for i := 0; i < rows; i++ {
		for j := 0; j < cols; j++ {
			var s float64
			for c := 0; c < k; c++ {
				s += u[i*k+c] * v[j*k+c]
			}
			dense[i*cols+j] = s
			a.idx = append(a.idx, int32(j))
			a.val = append(a.val, s)
		}
		a.ptr = append(a.ptr, len(a.idx))
	}
	emb, _, err := rowEmbeddings(context.Background(), a, k, 3)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < rows; i += 7 {
		for j := 0; j < rows; j += 5 {
			var want, got float64
			for c := 0; c < cols; c++ {
				want += dense[i*cols+c] * dense[j*cols+c]
			}
			for c := 0; c < k; c++ {
				got += emb[i*k+c] * emb[j*k+c]
			}
			if math.Abs(want-got) > 1e-6*math.Max(1, math.Abs(want)) {
				t.Fatalf("gram[%d,%d] = %g, want %g", i, j, got, want)
			}
		}
	}
}
