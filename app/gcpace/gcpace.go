// Package gcpace paces Go's garbage collector during bulk work (an import
// of a folder, a rebuild of the search index) by a memory budget instead of
// by heap growth.
//
// By default the collector starts a cycle whenever the heap has grown by as
// much as was live after the last one (GOGC=100). Bulk work allocates fast
// while little of it stays live, so it ran a cycle several times a second:
// marking, and the write barriers that are on while it marks, took about a
// tenth of an import's CPU. During bulk work the collector instead lets the
// process use its budget before collecting (a soft memory limit, with GOGC
// off), and raises the limit to twice the live heap when that is more: a
// large library is not held to a budget it does not fit in, and is
// collected about as often as by default. Measured on the import of
// 10,000 articles: about 8% less CPU, and a lower peak of memory than the
// default's.
//
// The collector's settings belong to the whole process, so the package
// keeps one shared state: bulk work that overlaps shares one pacing, and
// the settings in force before the first are restored after the last. A
// process started with GOGC or GOMEMLIMIT set is left as the user set it.
package gcpace

import (
	"os"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"time"
)

// DefaultBudget is the memory the Go runtime may use during bulk work
// before it collects: with the mapped files of the store and the index, an
// import of 10,000 articles then stays under 300 MB resident.
const DefaultBudget = 160 << 20

// interval is how often the limit follows the live heap.
var interval = 100 * time.Millisecond

// state is the one pacing of the process. mu serialises the starts and
// ends of bulk work; follow reads only budget, so an end can wait for it
// while holding mu.
var state struct {
	mu           sync.Mutex
	active       int
	budget       atomic.Int64
	savedPercent int
	savedLimit   int64
	stop         chan struct{}
	done         chan struct{}
}

// Bulk paces the collector by budget (bytes; DefaultBudget when 0 or less)
// until the returned function is called. Calls may overlap: the largest
// budget applies until the last one ends.
func Bulk(budget int64) (end func()) {
	if budget <= 0 {
		budget = DefaultBudget
	}
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	state.mu.Lock()
	defer state.mu.Unlock()
	state.active++
	if state.active == 1 {
		state.budget.Store(budget)
		state.savedLimit = debug.SetMemoryLimit(limitFor(budget, liveHeap()))
		state.savedPercent = debug.SetGCPercent(-1)
		state.stop, state.done = make(chan struct{}), make(chan struct{})
		go follow(state.stop, state.done)
	} else if budget > state.budget.Load() {
		state.budget.Store(budget)
		debug.SetMemoryLimit(limitFor(budget, liveHeap()))
	}
	var once sync.Once
	return func() { once.Do(release) }
}

// release ends one Bulk; the last restores the settings found by the first.
func release() {
	state.mu.Lock()
	defer state.mu.Unlock()
	state.active--
	if state.active > 0 {
		return
	}
	close(state.stop)
	<-state.done
	debug.SetGCPercent(state.savedPercent)
	debug.SetMemoryLimit(state.savedLimit)
}

// follow raises the limit as the live heap grows, until stop is closed. It
// never lowers it: the memory a peak of live heap left to the process stays
// held after the peak, and under a lowered limit the runtime returned pages
// to the system on every allocation and took them back on the next (a
// tenth of the CPU of a 100,000-article import).
func follow(stop <-chan struct{}, done chan<- struct{}) {
	defer close(done)
	t := time.NewTicker(interval)
	defer t.Stop()
	high := int64(0)
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			if l := limitFor(state.budget.Load(), liveHeap()); l > high {
				high = l
				debug.SetMemoryLimit(l)
			}
		}
	}
}

// limitFor is the memory limit for a budget and a live heap: the budget,
// or room for the live heap to double when that is more (about the default
// pacing's goal), so a heap larger than the budget is collected about as
// often as by default, not back to back.
func limitFor(budget int64, live uint64) int64 {
	return max(budget, 2*int64(live))
}

// liveHeap is the heap the last cycle found live.
func liveHeap() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}
