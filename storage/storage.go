// Package storage keeps a Dossier library in a bbolt file. It is the only
// importer of go.etcd.io/bbolt and implements app.Store: one bbolt bucket per
// app.Bucket holding JSON records, and one bucket per app.Ref whose keys are
// "<key>\x00<id>" with empty values, so a secondary index lookup is a prefix
// scan.
package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"dossier/app"
)

// FileName is the store file inside a library folder.
const FileName = "library.db"

// ErrLocked is returned when another process has the library open.
var ErrLocked = errors.New("library is already open in another process")

// ErrNotLibrary is returned when the store file is not a bbolt file.
var ErrNotLibrary = errors.New("not a Dossier library file")

// Options tune Open.
type Options struct {
	// LockTimeout bounds the wait for another process's lock (default 1s).
	LockTimeout time.Duration
	// ReadOnly opens the file shared, for commands that only read.
	ReadOnly bool
	// NoSync skips fsync on commit: only for benchmarks and generated data.
	NoSync bool
}

// Store is a bbolt-backed app.Store.
type Store struct {
	// mu is held for reading by every transaction and for writing by
	// Compact, which replaces db and codec.
	mu    sync.RWMutex
	db    *bolt.DB
	codec *codec
	path  string
	opt   Options

	// compactHook, set by tests, is called at each stage of a compaction;
	// an error stops it there.
	compactHook func(stage string) error
	// compactTx and compactWait, set by tests, override compactTxBytes
	// and compactWait.
	compactTx   int
	compactWait time.Duration
}

var _ app.Store = (*Store)(nil)

const refPrefix = "ref:"

// Open opens (creating when missing) the library in folder dir.
func Open(dir string, opt Options) (*Store, error) {
	if opt.LockTimeout == 0 {
		opt.LockTimeout = time.Second
	}
	if !opt.ReadOnly {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("create library folder %s: %w", dir, err)
		}
	}
	path := filepath.Join(dir, FileName)
	if opt.ReadOnly {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("open library %s: %w", path, err)
		}
	}
	s := &Store{path: path, opt: opt}
	if err := s.open(); err != nil {
		return nil, err
	}
	db := s.db
	if !opt.ReadOnly {
		// A compaction this process or another was interrupted at left
		// its new file behind; the library file itself was never touched
		// (compact.go). The lock we hold says no compaction is running.
		if err := os.Remove(path + compactSuffix); err != nil && !errors.Is(err, fs.ErrNotExist) {
			s.close()
			return nil, fmt.Errorf("open library %s: remove an interrupted compaction: %w", path, err)
		}
		if err := db.Update(func(tx *bolt.Tx) error {
			for _, b := range app.Buckets {
				if _, err := tx.CreateBucketIfNotExists([]byte(b)); err != nil {
					return err
				}
			}
			for _, r := range app.Refs {
				if _, err := tx.CreateBucketIfNotExists([]byte(refPrefix + r)); err != nil {
					return err
				}
			}
			return nil
		}); err != nil {
			s.close()
			return nil, fmt.Errorf("prepare library %s: %w", path, err)
		}
	}
	return s, nil
}

// open opens the file at s.path with s.opt and reads its dictionaries.
func (s *Store) open() error {
	path, opt := s.path, s.opt
	if err := probe(path); err != nil {
		return err
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: opt.LockTimeout, ReadOnly: opt.ReadOnly, NoSync: opt.NoSync, NoFreelistSync: false})
	if err != nil {
		switch {
		case errors.Is(err, bolterrors.ErrTimeout):
			return fmt.Errorf("open library %s: %w", path, ErrLocked)
		case errors.Is(err, bolterrors.ErrInvalid), errors.Is(err, bolterrors.ErrVersionMismatch), errors.Is(err, bolterrors.ErrChecksum):
			return fmt.Errorf("open library %s: %w (%v)", path, ErrNotLibrary, err)
		}
		return fmt.Errorf("open library %s: %w", path, err)
	}
	var c *codec
	if err := db.View(func(tx *bolt.Tx) error {
		var err error
		c, err = loadCodec(tx)
		return err
	}); err != nil {
		db.Close()
		return fmt.Errorf("open library %s: %w", path, err)
	}
	s.db, s.codec = db, c
	return nil
}

// close closes the file and the codec.
func (s *Store) close() error {
	if s.db == nil {
		return nil
	}
	err := s.db.Close()
	s.codec.close()
	s.db, s.codec = nil, nil
	return err
}

// probe refuses a file that exists but cannot be a bbolt file (too short, or
// without bbolt's magic number) before bbolt gets to it, so no byte of it is
// touched.
func probe(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("open library %s: %w", path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("open library %s: %w", path, err)
	}
	if st.IsDir() {
		return fmt.Errorf("open library %s: %w (it is a folder)", path, ErrNotLibrary)
	}
	if st.Size() == 0 {
		return nil // bbolt initialises an empty file
	}
	hdr := make([]byte, 32)
	if _, err := io.ReadFull(f, hdr); err != nil {
		return fmt.Errorf("open library %s: %w (file too short)", path, ErrNotLibrary)
	}
	// bbolt's meta page: page header (16 bytes), then magic 0xED0CDAED (little endian on common platforms).
	if !bytes.Equal(hdr[16:20], []byte{0xED, 0xDA, 0x0C, 0xED}) {
		return fmt.Errorf("open library %s: %w", path, ErrNotLibrary)
	}
	return checkComplete(f, path, st.Size())
}

// Path is the store file.
func (s *Store) Path() string { return s.path }

// Close closes the file and releases the lock.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.close()
}

// errClosed is returned by a store whose file could not be opened again
// after a compaction, or that is closed.
var errClosed = errors.New("library is closed")

// View runs fn in a read-only transaction.
func (s *Store) View(fn func(app.Tx) error) (err error) {
	defer recoverDamage(s.path, &err)
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil {
		return fmt.Errorf("%s: %w", s.path, errClosed)
	}
	return s.db.View(func(tx *bolt.Tx) error { return fn(&txn{tx: tx, codec: s.codec}) })
}

// Update runs fn in a read-write transaction.
func (s *Store) Update(fn func(app.Tx) error) (err error) {
	defer recoverDamage(s.path, &err)
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil {
		return fmt.Errorf("%s: %w", s.path, errClosed)
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		t := &txn{tx: tx, codec: s.codec}
		if err := fn(t); err != nil {
			return err
		}
		t.setFill()
		return nil
	})
}

// Backup writes a consistent snapshot of the file, taken in a read
// transaction, so it works while the library is in use.
func (s *Store) Backup(w io.Writer) (int64, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil {
		return 0, fmt.Errorf("backup %s: %w", s.path, errClosed)
	}
	var n int64
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		n, err = tx.WriteTo(w)
		return err
	})
	if err != nil {
		return n, fmt.Errorf("backup %s: %w", s.path, err)
	}
	return n, nil
}

// Check runs bbolt's consistency check and verifies that every secondary
// index entry points at an existing record.
func (s *Store) Check() error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil {
		return fmt.Errorf("check %s: %w", s.path, errClosed)
	}
	return s.db.View(func(tx *bolt.Tx) error {
		var errs []error
		for err := range tx.Check() {
			errs = append(errs, err)
			if len(errs) > 20 {
				break
			}
		}
		if len(errs) > 0 {
			return fmt.Errorf("check %s: %w", s.path, errors.Join(errs...))
		}
		return nil
	})
}

// Stats returns the number of records per bucket, for `dossier check`.
func (s *Store) Stats() (map[string]int, error) {
	out := map[string]int{}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil {
		return nil, fmt.Errorf("%s: %w", s.path, errClosed)
	}
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			if string(name) == dictBucket {
				return nil
			}
			out[string(name)] = b.Stats().KeyN
			return nil
		})
	})
	return out, err
}

type txn struct {
	tx    *bolt.Tx
	codec *codec
	// writes tracks, per bucket written in a read-write transaction, whether
	// every new key went past the bucket's last key (see setFill).
	writes map[string]*bucketWrites
}

// bucketWrites is what a transaction wrote to one bucket.
type bucketWrites struct {
	bk     *bolt.Bucket
	max    []byte // the greatest key in the bucket, as far as this transaction knows
	random bool   // a key was written at or below max
}

// appendFill is how full bbolt fills the pages it splits in a bucket that a
// transaction only appended to. Records and most secondary index entries get
// ever-increasing keys (ULIDs, sequence numbers), and at bbolt's default of
// one half those pages stay half full for good: quotes of about 700 bytes
// used 38% of their pages. Buckets written in key order at random (content
// hashes, title keys) keep the default, which suits them better.
const appendFill = 0.9

// wrote notes a write of key to bk.
func (t *txn) wrote(name string, bk *bolt.Bucket, key []byte) {
	w := t.writes[name]
	if w == nil {
		if t.writes == nil {
			t.writes = map[string]*bucketWrites{}
		}
		last, _ := bk.Cursor().Last()
		w = &bucketWrites{bk: bk, max: bytes.Clone(last)}
		t.writes[name] = w
	}
	if w.random {
		return
	}
	if w.max != nil && bytes.Compare(key, w.max) <= 0 {
		w.random = true
		return
	}
	w.max = append(w.max[:0], key...)
}

// setFill sets the fill of the buckets the transaction only appended to,
// before it commits (bbolt splits pages at commit).
func (t *txn) setFill() {
	for _, w := range t.writes {
		if !w.random {
			w.bk.FillPercent = appendFill
		}
	}
}

// errNoBucket marks a bucket that does not exist in a read transaction: it
// reads as empty. Write transactions create buckets on first use, so packages
// can declare new buckets and refs without a registry.
var errNoBucket = errors.New("no such bucket")

func (t *txn) named(name string) (*bolt.Bucket, error) {
	if bk := t.tx.Bucket([]byte(name)); bk != nil {
		return bk, nil
	}
	if !t.tx.Writable() {
		return nil, errNoBucket
	}
	return t.tx.CreateBucket([]byte(name))
}

func (t *txn) bucket(b app.Bucket) (*bolt.Bucket, error) { return t.named(string(b)) }

func (t *txn) ref(r app.Ref) (*bolt.Bucket, error) { return t.named(refPrefix + string(r)) }

func (t *txn) Get(b app.Bucket, id string, v any) error {
	bk, err := t.bucket(b)
	if errors.Is(err, errNoBucket) {
		return fmt.Errorf("%s %s: %w", b, id, app.ErrNotFound)
	}
	if err != nil {
		return err
	}
	data := bk.Get([]byte(id))
	if data == nil {
		return fmt.Errorf("%s %s: %w", b, id, app.ErrNotFound)
	}
	return t.unmarshal(b, id, data, v)
}

// unmarshal decodes a stored value into v.
func (t *txn) unmarshal(b app.Bucket, id string, data []byte, v any) error {
	js, done, err := t.codec.decode(data)
	if err != nil {
		return fmt.Errorf("decode %s %s: %w", b, id, err)
	}
	defer done()
	if err := json.Unmarshal(js, v); err != nil {
		return fmt.Errorf("decode %s %s: %w", b, id, err)
	}
	return nil
}

func (t *txn) Has(b app.Bucket, id string) bool {
	bk, err := t.bucket(b)
	return err == nil && bk.Get([]byte(id)) != nil
}

func (t *txn) Put(b app.Bucket, id string, v any) error {
	if id == "" {
		return fmt.Errorf("put %s: empty id", b)
	}
	bk, err := t.bucket(b)
	if err != nil {
		return err
	}
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %s %s: %w", b, id, err)
	}
	key := []byte(id)
	t.wrote(string(b), bk, key)
	return bk.Put(key, t.codec.encode(string(b), data))
}

func (t *txn) Delete(b app.Bucket, id string) error {
	bk, err := t.bucket(b)
	if errors.Is(err, errNoBucket) {
		return nil
	}
	if err != nil {
		return err
	}
	return bk.Delete([]byte(id))
}

func (t *txn) ForEach(b app.Bucket, prefix string, fn func(id string, decode func(v any) error) error) error {
	p := []byte(prefix)
	return t.walk(b, func(c *bolt.Cursor) ([]byte, []byte) { return c.Seek(p) }, (*bolt.Cursor).Next,
		func(k []byte) bool { return bytes.HasPrefix(k, p) }, fn)
}

func (t *txn) ForEachAfter(b app.Bucket, after string, fn func(id string, decode func(v any) error) error) error {
	first := func(c *bolt.Cursor) ([]byte, []byte) {
		k, v := c.Seek([]byte(after))
		if k != nil && string(k) == after {
			return c.Next()
		}
		return k, v
	}
	return t.walk(b, first, (*bolt.Cursor).Next, func([]byte) bool { return true }, fn)
}

func (t *txn) ForEachReverse(b app.Bucket, prefix string, fn func(id string, decode func(v any) error) error) error {
	p := []byte(prefix)
	last := func(c *bolt.Cursor) ([]byte, []byte) {
		end := prefixEnd(p)
		if end == nil {
			return c.Last()
		}
		if k, _ := c.Seek(end); k == nil {
			return c.Last()
		}
		return c.Prev()
	}
	return t.walk(b, last, (*bolt.Cursor).Prev, func(k []byte) bool { return bytes.HasPrefix(k, p) }, fn)
}

// walk calls fn for the records of bucket b from the cursor position first
// gives, stepping with next while in holds for the key. ErrStop from fn
// ends the walk without error.
func (t *txn) walk(b app.Bucket, first, next func(*bolt.Cursor) ([]byte, []byte), in func(k []byte) bool,
	fn func(id string, decode func(v any) error) error) error {
	bk, err := t.bucket(b)
	if errors.Is(err, errNoBucket) {
		return nil
	}
	if err != nil {
		return err
	}
	c := bk.Cursor()
	for k, v := first(c); k != nil && in(k); k, v = next(c) {
		if err := t.visit(b, k, v, fn); err != nil {
			if errors.Is(err, app.ErrStop) {
				return nil
			}
			return err
		}
	}
	return nil
}

// prefixEnd is the smallest key greater than every key with prefix p, or nil
// when there is none (p empty or all 0xff).
func prefixEnd(p []byte) []byte {
	end := bytes.Clone(p)
	for i := len(end) - 1; i >= 0; i-- {
		if end[i] < 0xff {
			end[i]++
			return end[:i+1]
		}
	}
	return nil
}

func (t *txn) visit(b app.Bucket, k, v []byte, fn func(id string, decode func(v any) error) error) error {
	id := string(k)
	return fn(id, func(out any) error { return t.unmarshal(b, id, v, out) })
}

func (t *txn) Count(b app.Bucket) int {
	bk, err := t.bucket(b)
	if err != nil {
		return 0
	}
	return bk.Stats().KeyN
}

func (t *txn) NextSeq(b app.Bucket) (uint64, error) {
	bk, err := t.bucket(b)
	if err != nil {
		return 0, err
	}
	return bk.NextSequence()
}

func refKey(key, id string) []byte {
	k := make([]byte, 0, len(key)+1+len(id))
	k = append(k, key...)
	k = append(k, 0)
	return append(k, id...)
}

func (t *txn) AddRef(r app.Ref, key, id string) error {
	bk, err := t.ref(r)
	if err != nil {
		return err
	}
	k := refKey(key, id)
	t.wrote(refPrefix+string(r), bk, k)
	return bk.Put(k, nil)
}

func (t *txn) RemoveRef(r app.Ref, key, id string) error {
	bk, err := t.ref(r)
	if errors.Is(err, errNoBucket) {
		return nil
	}
	if err != nil {
		return err
	}
	return bk.Delete(refKey(key, id))
}

func (t *txn) RefIDs(r app.Ref, key string) ([]string, error) {
	var ids []string
	err := t.ForEachRef(r, key+"\x00", func(_, id string) error {
		ids = append(ids, id)
		return nil
	})
	return ids, err
}

func (t *txn) ForEachRef(r app.Ref, prefix string, fn func(key, id string) error) error {
	bk, err := t.ref(r)
	if errors.Is(err, errNoBucket) {
		return nil
	}
	if err != nil {
		return err
	}
	c := bk.Cursor()
	p := []byte(prefix)
	for k, _ := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, _ = c.Next() {
		i := bytes.IndexByte(k, 0)
		if i < 0 {
			continue
		}
		if err := fn(string(k[:i]), string(k[i+1:])); err != nil {
			if errors.Is(err, app.ErrStop) {
				return nil
			}
			return err
		}
	}
	return nil
}
