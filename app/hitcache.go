package app

import (
	"sync"
	"sync/atomic"
)

// Searches typed key by key show many of the same hits again ("sanc",
// "sanct", "sanction"), and reading a hit's record (decompressing and
// decoding a whole article) was a quarter of a search. The library keeps
// the records of recent hits, as searchHit reads them, until the store
// changes.

// countingStore is the library's store, counting committed write
// transactions so that caches of what was read from it know when they are
// stale.
type countingStore struct {
	Store
	writes atomic.Uint64
}

// Update runs fn and then counts a write (also when it failed: counting
// too often only costs a cache miss).
func (s *countingStore) Update(fn func(Tx) error) error {
	defer s.writes.Add(1)
	return s.Store.Update(fn)
}

// maxCachedHits bounds the hit records kept: a few pages of results.
const maxCachedHits = 256

// hitCache keeps hitDoc's results by document ID for one count of the
// store's writes.
type hitCache struct {
	mu     sync.Mutex
	writes uint64
	m      map[string]cachedHit
}

type cachedHit struct {
	typ    DocType
	doc    IndexDoc
	target *Target
}

// get returns the cached record of id as of writes.
func (c *hitCache) get(id string, typ DocType, writes uint64) (cachedHit, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.writes != writes {
		return cachedHit{}, false
	}
	h, ok := c.m[id]
	return h, ok && h.typ == typ
}

// put keeps h, read when the store's count of writes was writes (read
// before the transaction that read h began).
func (c *hitCache) put(id string, h cachedHit, writes uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.writes != writes || c.m == nil || len(c.m) >= maxCachedHits {
		if writes < c.writes {
			return // read before a write the cache has already seen
		}
		c.writes, c.m = writes, map[string]cachedHit{}
	}
	c.m[id] = h
}

// cachedHitDoc is hitDoc through the cache. writes is the store's count of
// writes taken before tx began, so a record changed since is never kept
// as current.
func (l *Library) cachedHitDoc(tx Tx, typ DocType, id string, writes uint64) (IndexDoc, *Target, bool, error) {
	if h, ok := l.hits.get(id, typ, writes); ok {
		return h.doc, h.target, true, nil
	}
	doc, target, ok, err := hitDoc(tx, typ, id)
	if err == nil && ok {
		l.hits.put(id, cachedHit{typ: typ, doc: doc, target: target}, writes)
	}
	return doc, target, ok, err
}

// storeWrites is the count of the store's committed writes so far.
func (l *Library) storeWrites() uint64 {
	if c, ok := l.store.(*countingStore); ok {
		return c.writes.Load()
	}
	return 0
}
