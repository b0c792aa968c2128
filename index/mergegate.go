package index

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"
)

// Bleve's background merger folds segments in tiers of ten as they come:
// during a bulk import every article is merged again at each tier (three
// to four times at 100,000 articles) before Settle merges everything into
// one segment anyway, and those merges took a fifth of the import's CPU.
// The merge gate holds the merger back while the index is being written
// (an Apply within the last mergeQuiet), so a bulk import writes segments
// and Settle merges them once, all together. Small edits wait at most
// mergeQuiet for their merge. Past maxHeldSegments the gate opens anyway,
// so a very long import cannot pile up segments without bound.
const (
	mergeQuiet      = time.Second
	mergeNap        = 100 * time.Millisecond
	maxHeldSegments = 400
)

// mergeGate is one index's gate, registered with Bleve under its own name
// while the index is open.
type mergeGate struct {
	name      string
	lastWrite atomic.Int64 // unix nanoseconds of the last Apply's start or end
	settling  atomic.Bool  // Settle's own merges pass
}

// bleveCallbacks serialises this package's use of Bleve's registry of event
// callbacks, a plain map that Bleve reads when it opens an index: it is
// written, and indexes are opened, under this lock only.
var bleveCallbacks sync.Mutex

func newMergeGate(x *Index) *mergeGate {
	return &mergeGate{name: fmt.Sprintf("dossier-merge-gate-%p", x)}
}

// register adds the gate, and the index's watch of the persister
// (durable.go), to Bleve's registries; the caller holds bleveCallbacks.
func (g *mergeGate) register(w *persistWatch) {
	scorch.RegistryEventCallbacks[g.name] = g.onEvent
	scorch.RegistryAsyncErrorCallbacks[g.name] = w.onAsyncError
}

// unregister removes them.
func (g *mergeGate) unregister() {
	bleveCallbacks.Lock()
	defer bleveCallbacks.Unlock()
	delete(scorch.RegistryEventCallbacks, g.name)
	delete(scorch.RegistryAsyncErrorCallbacks, g.name)
}

// wrote records a write to the index.
func (g *mergeGate) wrote() { g.lastWrite.Store(time.Now().UnixNano()) }

// onEvent decides, before each merge the merger plans, whether it may run
// now. Holding it back, it naps first: the merger asks again at once.
func (g *mergeGate) onEvent(e scorch.Event) bool {
	if e.Kind != scorch.EventKindPreMergeCheck || g.settling.Load() {
		return true
	}
	if time.Since(time.Unix(0, g.lastWrite.Load())) >= mergeQuiet {
		return true
	}
	if n, err := segmentCount(e.Scorch); err != nil || n > maxHeldSegments {
		return true
	}
	time.Sleep(mergeNap)
	return false
}
