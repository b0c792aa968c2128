package storage

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"

	"github.com/klauspost/compress/zstd"
	bolt "go.etcd.io/bbolt"
)

// Records are JSON, and most of a library's bytes are articles and quotes
// whose JSON repeats the same keys and much the same words record after
// record. Compaction (compact.go) trains a zstd dictionary on each large
// bucket's records and stores them compressed with it; every later write to
// that bucket uses the same dictionary. Compressed with a dictionary, a
// quote of 640 bytes takes about 190 and an article a third of its JSON;
// compressed alone, a quote would keep more than half.
//
// A stored value is either a record's JSON as is (records written before
// the bucket had a dictionary: JSON never starts with a zero byte) or a
// zero byte followed by one zstd frame, which names its dictionary.

// dictBucket holds the dictionaries: "d" + 4-byte ID → the dictionary, and
// "b" + bucket name → the 4-byte ID of the dictionary new values of that
// bucket are compressed with. Its name starts with a zero byte so that no
// app bucket can take it.
const dictBucket = "\x00storage"

// keyCompacted (in dictBucket) is the file's size after the last
// compaction, 8 bytes big-endian: Compact without force waits until the
// file has grown well beyond it.
var keyCompacted = []byte("compacted")

const markCompressed = 0x00

// codec compresses the values of the buckets that have a dictionary and
// decompresses every compressed value.
type codec struct {
	enc  map[string]*zstd.Encoder // by bucket name
	dec  *zstd.Decoder            // nil when the file has no dictionaries
	bufs sync.Pool                // *[]byte for decompressed values
}

// maxRecord bounds a decompressed value: a damaged frame cannot make the
// decoder take all the memory.
const maxRecord = 256 << 20

func newEncoder(dict []byte) (*zstd.Encoder, error) {
	return zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedFastest), zstd.WithEncoderDict(dict),
		zstd.WithEncoderConcurrency(2), zstd.WithLowerEncoderMem(true), zstd.WithZeroFrames(true))
}

// loadCodec reads the dictionaries of the file.
func loadCodec(tx *bolt.Tx) (*codec, error) {
	c := &codec{enc: map[string]*zstd.Encoder{}}
	bk := tx.Bucket([]byte(dictBucket))
	if bk == nil {
		return c, nil
	}
	dicts := map[uint32][]byte{}
	cur := bk.Cursor()
	for k, v := cur.Seek([]byte("d")); k != nil && k[0] == 'd'; k, v = cur.Next() {
		if len(k) != 5 {
			return nil, fmt.Errorf("storage dictionary key %q", k)
		}
		dicts[binary.BigEndian.Uint32(k[1:])] = bytes.Clone(v)
	}
	if len(dicts) == 0 {
		return c, nil
	}
	list := make([][]byte, 0, len(dicts))
	for _, d := range dicts {
		list = append(list, d)
	}
	dec, err := zstd.NewReader(nil, zstd.WithDecoderDicts(list...), zstd.WithDecoderConcurrency(2),
		zstd.WithDecoderLowmem(true), zstd.WithDecoderMaxMemory(maxRecord))
	if err != nil {
		return nil, fmt.Errorf("storage dictionaries: %w", err)
	}
	c.dec = dec
	for k, v := cur.Seek([]byte("b")); k != nil && k[0] == 'b'; k, v = cur.Next() {
		if len(v) != 4 {
			continue
		}
		d, ok := dicts[binary.BigEndian.Uint32(v)]
		if !ok {
			c.close()
			return nil, fmt.Errorf("storage dictionary %d of bucket %q is missing", binary.BigEndian.Uint32(v), k[1:])
		}
		e, err := newEncoder(d)
		if err != nil {
			c.close()
			return nil, fmt.Errorf("storage dictionary of bucket %q: %w", k[1:], err)
		}
		c.enc[string(k[1:])] = e
	}
	return c, nil
}

func (c *codec) close() {
	if c == nil {
		return
	}
	for _, e := range c.enc {
		e.Close()
	}
	if c.dec != nil {
		c.dec.Close()
	}
}

// encode returns the value stored for data in bucket.
func (c *codec) encode(bucket string, data []byte) []byte {
	e := c.enc[bucket]
	if e == nil {
		return data
	}
	out := make([]byte, 1, 1+len(data)/2)
	out[0] = markCompressed
	return e.EncodeAll(data, out)
}

var errNoDecoder = errors.New("compressed value, but the file has no dictionaries")

// decode returns the JSON of a stored value, and a function to call once
// the JSON has been read (it returns the buffer for reuse).
func (c *codec) decode(v []byte) ([]byte, func(), error) {
	if len(v) == 0 || v[0] != markCompressed {
		return v, func() {}, nil
	}
	if c.dec == nil {
		return nil, nil, errNoDecoder
	}
	bp, _ := c.bufs.Get().(*[]byte)
	if bp == nil {
		bp = new([]byte)
	}
	out, err := c.dec.DecodeAll(v[1:], (*bp)[:0])
	if err != nil {
		c.bufs.Put(bp)
		return nil, nil, err
	}
	return out, func() {
		if cap(out) <= 1<<20 {
			*bp = out[:0]
			c.bufs.Put(bp)
		}
	}, nil
}
