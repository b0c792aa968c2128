package index

import "container/heap"

// best keeps the n best values offered. Its root is the worst of those
// kept: the one a better value replaces.
type best[T any] struct {
	n     int
	items []T
	worse func(a, b T) bool // a is worse than b
}

func newBest[T any](n int, worse func(a, b T) bool) *best[T] {
	return &best[T]{n: n, worse: worse}
}

// offer keeps v when fewer than n are kept or v is better than the worst.
func (b *best[T]) offer(v T) {
	switch {
	case len(b.items) < b.n:
		heap.Push(b, v)
	case b.worse(b.items[0], v):
		b.items[0] = v
		heap.Fix(b, 0)
	}
}

// full reports whether n values are kept.
func (b *best[T]) full() bool { return len(b.items) >= b.n }

// worst returns the worst value kept; there must be one.
func (b *best[T]) worst() T { return b.items[0] }

// heap.Interface, for offer.
func (b *best[T]) Len() int           { return len(b.items) }
func (b *best[T]) Less(i, j int) bool { return b.worse(b.items[i], b.items[j]) }
func (b *best[T]) Swap(i, j int)      { b.items[i], b.items[j] = b.items[j], b.items[i] }
func (b *best[T]) Push(x any)         { b.items = append(b.items, x.(T)) }
func (b *best[T]) Pop() any {
	x := b.items[len(b.items)-1]
	b.items = b.items[:len(b.items)-1]
	return x
}
