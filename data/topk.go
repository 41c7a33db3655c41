package data

import "slices"

// TopK keeps the k best of the values pushed into it: a min-heap whose
// root is the worst value kept. worse(a, b) reports whether a ranks after
// b; it must be a strict order for the result not to depend on the order
// of the pushes.
type TopK[T any] struct {
	k     int
	worse func(a, b T) bool
	h     []T
}

// NewTopK returns an empty TopK of at most k values.
func NewTopK[T any](k int, worse func(a, b T) bool) *TopK[T] {
	return &TopK[T]{k: k, worse: worse, h: make([]T, 0, max(k, 0))}
}

// Full reports whether k values are kept: a value must then beat Worst.
func (t *TopK[T]) Full() bool { return len(t.h) >= t.k }

// Worst returns the worst value kept; only when there is one.
func (t *TopK[T]) Worst() T { return t.h[0] }

// Push keeps x if fewer than k values are kept or x beats the worst.
func (t *TopK[T]) Push(x T) {
	if t.k <= 0 {
		return
	}
	h := t.h
	if len(h) == t.k {
		if !t.worse(h[0], x) {
			return
		}
		h[0] = x
		for i := 0; ; {
			c := 2*i + 1
			if c >= len(h) {
				return
			}
			if c+1 < len(h) && t.worse(h[c+1], h[c]) {
				c++
			}
			if !t.worse(h[c], h[i]) {
				return
			}
			h[i], h[c] = h[c], h[i]
			i = c
		}
	}
	h = append(h, x)
	for i := len(h) - 1; i > 0; {
		p := (i - 1) / 2
		if !t.worse(h[i], h[p]) {
			break
		}
		h[i], h[p] = h[p], h[i]
		i = p
	}
	t.h = h
}

// Sorted returns the values kept, best first; the TopK is empty after.
func (t *TopK[T]) Sorted() []T {
	out := t.h
	t.h = nil
	slices.SortFunc(out, func(a, b T) int {
		switch {
		case t.worse(b, a):
			return -1
		case t.worse(a, b):
			return 1
		}
		return 0
	})
	return out
}
