package storage

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/klauspost/compress/zstd"
	bolt "go.etcd.io/bbolt"
)

// compactSuffix names the file a compaction writes beside the library file
// (library.db.compact) before it takes the library file's place.
const compactSuffix = ".compact"

// Compaction stages, in order, for tests that stop or kill a compaction
// at each of them.
const (
	stageCopy    = "copy"    // after each transaction's worth of copying
	stageSynced  = "synced"  // the new file is complete and on disk
	stageRenamed = "renamed" // the new file has the library file's name
)

// compactTxBytes is how much one transaction of the copy writes: bbolt
// keeps a transaction's dirty pages in memory until it commits.
const compactTxBytes = 32 << 20

// compactGrowth is how much larger than after the last compaction the
// file must have become before Compact (without force) rewrites it again.
const compactGrowth = 1.5

// compactMin is the smallest file Compact (without force) rewrites.
const compactMin = 8 << 20

// Dictionary training: a bucket gets a dictionary when its values add up
// to dictMinBytes; it is trained on up to dictSamples of them, taken
// evenly across the bucket.
const (
	dictMinBytes = 256 << 10
	dictMinCount = 64
	dictSamples  = 2000
	dictHistory  = 64 << 10 // the dictionary's content
)

// Compact rewrites the store file: records packed into full pages, without
// the free pages deleted and rewritten records leave behind (an import's
// index jobs are written and deleted by the thousand), each large bucket
// compressed with a dictionary trained on its records (codec.go). Without
// force it does so only once the file has grown half again since the last
// compaction (and is at least 8 MB), and reports whether it ran.
//
// The new file is written beside the library file, synced, and renamed over
// it, so an interruption at any point leaves either the old file or the
// complete new one (and, before the rename, a stray new file that the next
// Open removes). Transactions wait while it runs.
func (s *Store) Compact(ctx context.Context, force bool) (bool, error) {
	if !s.tryLock(ctx) {
		return false, ctx.Err()
	}
	defer s.mu.Unlock()
	if s.db == nil {
		return false, fmt.Errorf("compact %s: %w", s.path, errClosed)
	}
	if s.opt.ReadOnly {
		return false, fmt.Errorf("compact %s: opened read-only", s.path)
	}
	if !force {
		var last uint64
		var size int64
		if err := s.db.View(func(tx *bolt.Tx) error {
			size = tx.Size()
			if bk := tx.Bucket([]byte(dictBucket)); bk != nil {
				if v := bk.Get(keyCompacted); len(v) == 8 {
					last = binary.BigEndian.Uint64(v)
				}
			}
			return nil
		}); err != nil {
			return false, fmt.Errorf("compact %s: %w", s.path, err)
		}
		if size < compactMin || float64(size) < compactGrowth*float64(last) {
			return false, nil
		}
	}
	tmp := s.path + compactSuffix
	if err := s.compactTo(ctx, tmp); err != nil {
		os.Remove(tmp)
		return false, fmt.Errorf("compact %s: %w", s.path, err)
	}
	if err := s.hook(stageSynced); err != nil {
		os.Remove(tmp)
		return false, fmt.Errorf("compact %s: %w", s.path, err)
	}
	// The swap. Closed, the old file can be replaced on every system; the
	// rename is atomic, and the new file was synced before it.
	if err := s.close(); err != nil {
		os.Remove(tmp)
		return false, errors.Join(fmt.Errorf("compact %s: %w", s.path, err), s.open())
	}
	if err := os.Rename(tmp, s.path); err != nil {
		os.Remove(tmp)
		return false, errors.Join(fmt.Errorf("compact %s: %w", s.path, err), s.open())
	}
	syncDir(filepath.Dir(s.path))
	if err := s.hook(stageRenamed); err != nil {
		return true, errors.Join(fmt.Errorf("compact %s: %w", s.path, err), s.open())
	}
	if err := s.open(); err != nil {
		return true, fmt.Errorf("compact %s: reopen: %w", s.path, err)
	}
	return true, nil
}

// compactWait is how long Compact waits for the transactions in progress
// to end before it gives up for this time.
const compactWait = 10 * time.Second

// tryLock takes s.mu for writing once no transaction is in progress, or
// gives up after compactWait (or when ctx ends). It never waits in Lock: a
// writer waiting there blocks every new reader, and a transaction opened
// within another (a read inside a read) would then wait forever.
func (s *Store) tryLock(ctx context.Context) bool {
	wait := compactWait
	if s.compactWait > 0 {
		wait = s.compactWait
	}
	deadline := time.Now().Add(wait)
	for {
		if s.mu.TryLock() {
			return true
		}
		if ctx.Err() != nil || time.Now().After(deadline) {
			return false
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (s *Store) hook(stage string) error {
	if s.compactHook == nil {
		return nil
	}
	return s.compactHook(stage)
}

// syncDir makes a rename in dir durable (where the system allows it).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}

// compactTo writes the compacted copy of the store to path.
func (s *Store) compactTo(ctx context.Context, path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	dst, err := bolt.Open(path, 0o600, &bolt.Options{NoSync: true, Timeout: s.opt.LockTimeout})
	if err != nil {
		return err
	}
	defer func() {
		if dst != nil {
			dst.Close()
		}
	}()
	return s.db.View(func(src *bolt.Tx) error {
		dicts, err := trainDicts(src, s.codec)
		if err != nil {
			return err
		}
		next := &codec{enc: map[string]*zstd.Encoder{}}
		defer next.close()
		for name, d := range dicts {
			e, err := newEncoder(d.dict)
			if err != nil {
				return fmt.Errorf("dictionary of %s: %w", name, err)
			}
			next.enc[name] = e
		}
		c := copier{ctx: ctx, dst: dst, old: s.codec, next: next, hook: s.hook, txBytes: compactTxBytes}
		if s.compactTx > 0 {
			c.txBytes = s.compactTx
		}
		if err := c.begin(); err != nil {
			return err
		}
		defer func() {
			if c.tx != nil {
				c.tx.Rollback()
			}
		}()
		if err := src.ForEach(func(name []byte, b *bolt.Bucket) error {
			if string(name) == dictBucket {
				return nil
			}
			return c.bucket([][]byte{name}, b)
		}); err != nil {
			return err
		}
		// The dictionaries, and the size to measure the next growth by.
		bk, err := c.tx.CreateBucket([]byte(dictBucket))
		if err != nil {
			return err
		}
		for name, d := range dicts {
			var id [4]byte
			binary.BigEndian.PutUint32(id[:], d.id)
			if err := bk.Put(append([]byte("d"), id[:]...), d.dict); err != nil {
				return err
			}
			if err := bk.Put(append([]byte("b"), name...), id[:]); err != nil {
				return err
			}
		}
		var size [8]byte
		binary.BigEndian.PutUint64(size[:], uint64(c.tx.Size()))
		if err := bk.Put(keyCompacted, size[:]); err != nil {
			return err
		}
		if err := c.tx.Commit(); err != nil {
			c.tx = nil
			return err
		}
		c.tx = nil
		// bbolt grows a file in steps of up to 16 MB: the copy ends with
		// up to that much unused, which is cut off.
		var used int64
		if err := dst.View(func(tx *bolt.Tx) error {
			used = tx.Size()
			return nil
		}); err != nil {
			return err
		}
		err = dst.Close()
		dst = nil
		if err != nil {
			return err
		}
		return truncateSync(path, used)
	})
}

// truncateSync cuts the file at path to size and syncs it.
func truncateSync(path string, size int64) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	st, err := f.Stat()
	if err == nil && st.Size() > size {
		err = f.Truncate(size) // was lost in a shadowed err
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// copier copies buckets into the new file, a transaction at a time.
type copier struct {
	ctx        context.Context
	dst        *bolt.DB
	tx         *bolt.Tx
	old, next  *codec
	hook       func(string) error
	txBytes    int
	sinceBegin int
}

func (c *copier) begin() error {
	tx, err := c.dst.Begin(true)
	if err != nil {
		return err
	}
	c.tx, c.sinceBegin = tx, 0
	return nil
}

// target returns the bucket at path in the current transaction, creating
// it, with pages filled whole (the copy writes keys in order).
func (c *copier) target(path [][]byte) (*bolt.Bucket, error) {
	var bk *bolt.Bucket
	for i, name := range path {
		var err error
		if i == 0 {
			bk, err = c.tx.CreateBucketIfNotExists(name)
		} else {
			bk, err = bk.CreateBucketIfNotExists(name)
		}
		if err != nil {
			return nil, err
		}
		bk.FillPercent = 1
	}
	return bk, nil
}

// bucket copies src, at path, with its sequence and nested buckets.
func (c *copier) bucket(path [][]byte, src *bolt.Bucket) error {
	dst, err := c.target(path)
	if err != nil {
		return err
	}
	if err := dst.SetSequence(src.Sequence()); err != nil {
		return err
	}
	name := string(path[0])
	cur := src.Cursor()
	for k, v := cur.First(); k != nil; k, v = cur.Next() {
		if v == nil && src.Bucket(k) != nil {
			sub := append(append([][]byte{}, path...), k)
			if err := c.bucket(sub, src.Bucket(k)); err != nil {
				return err
			}
			if dst, err = c.target(path); err != nil {
				return err
			}
			continue
		}
		val := v
		if len(path) == 1 && len(v) > 0 {
			js, done, err := c.old.decode(v)
			if err != nil {
				return fmt.Errorf("%s %q: %w", name, k, err)
			}
			if c.next.enc[name] != nil {
				val = c.next.encode(name, js)
			} else if len(js) > 0 && &js[0] != &v[0] {
				val = bytes.Clone(js) // the decoder's buffer, reused
			} else {
				val = js // the source's memory, valid until the copy ends
			}
			done()
		}
		if err := dst.Put(k, val); err != nil {
			return err
		}
		c.sinceBegin += len(k) + len(val) + 16
		if c.sinceBegin >= c.txBytes {
			if err := c.tx.Commit(); err != nil {
				c.tx = nil
				return err
			}
			c.tx = nil
			if err := c.ctx.Err(); err != nil {
				return err
			}
			if err := c.hook(stageCopy); err != nil {
				return err
			}
			if err := c.begin(); err != nil {
				return err
			}
			if dst, err = c.target(path); err != nil {
				return err
			}
		}
	}
	return nil
}

type trained struct {
	id   uint32
	dict []byte
}

// trainDicts trains a dictionary for each bucket whose values are large
// enough to gain from one. IDs continue from the file's last, so a frame
// can never be read with another dictionary than its own.
func trainDicts(tx *bolt.Tx, old *codec) (map[string]trained, error) {
	var nextID uint32 = 1
	if bk := tx.Bucket([]byte(dictBucket)); bk != nil {
		cur := bk.Cursor()
		for k, _ := cur.Seek([]byte("d")); k != nil && k[0] == 'd'; k, _ = cur.Next() {
			if len(k) == 5 {
				nextID = max(nextID, binary.BigEndian.Uint32(k[1:])+1)
			}
		}
	}
	out := map[string]trained{}
	err := tx.ForEach(func(name []byte, b *bolt.Bucket) error {
		if string(name) == dictBucket {
			return nil
		}
		// A first pass counts (stored sizes: a bucket compressed already
		// had a dictionary, and gets a new one).
		var n, total int
		cur := b.Cursor()
		for k, v := cur.First(); k != nil; k, v = cur.Next() {
			if len(v) > 0 {
				n++
				total += len(v)
			}
		}
		if n < dictMinCount || total < dictMinBytes {
			return nil
		}
		step := max(n/dictSamples, 1)
		var samples [][]byte
		i := 0
		for k, v := cur.First(); k != nil; k, v = cur.Next() {
			if len(v) == 0 {
				continue
			}
			if i%step == 0 && len(samples) < dictSamples {
				js, done, err := old.decode(v)
				if err != nil {
					return fmt.Errorf("%s %q: %w", name, k, err)
				}
				samples = append(samples, bytes.Clone(js))
				done()
			}
			i++
		}
		d, err := buildDict(nextID, samples)
		if err != nil {
			return fmt.Errorf("dictionary of %s: %w", name, err)
		}
		out[string(name)] = trained{id: nextID, dict: d}
		nextID++
		return nil
	})
	return out, err
}

// buildDict trains a dictionary on samples. Its content is whole samples
// taken evenly across them, so it is not the first few records only.
func buildDict(id uint32, samples [][]byte) ([]byte, error) {
	total := 0
	for _, s := range samples {
		total += len(s)
	}
	stride := max(total/dictHistory, 1)
	var hist []byte
	for i := 0; i < len(samples) && len(hist) < dictHistory; i += stride {
		s := samples[i]
		hist = append(hist, s[:min(len(s), dictHistory-len(hist))]...)
	}
	if len(hist) < 8 {
		return nil, fmt.Errorf("samples too small")
	}
	return zstd.BuildDict(zstd.BuildDictOptions{ID: id, Contents: samples, History: hist,
		Offsets: [3]int{1, 4, 8}, Level: zstd.SpeedFastest})
}
