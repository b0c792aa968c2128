package app

import (
	"crypto/rand"
	"encoding/binary"
	"sync"
	"time"
)

// IDs are ULIDs: 26 characters of Crockford base32 holding a millisecond
// timestamp and 80 random bits, so they sort by creation time and make good
// bbolt keys.
const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// IDGen makes monotonic ULIDs: within one millisecond the random part is
// incremented, so IDs made by one library always sort in creation order.
type IDGen struct {
	mu     sync.Mutex
	lastMS uint64
	hi     uint16 // top 16 of the 80 random bits
	lo     uint64 // low 64 random bits
	now    func() time.Time
}

// NewIDGen returns a generator reading the given clock (time.Now when nil).
func NewIDGen(now func() time.Time) *IDGen {
	if now == nil {
		now = time.Now
	}
	return &IDGen{now: now}
}

// New returns a fresh ID.
func (g *IDGen) New() string {
	g.mu.Lock()
	defer g.mu.Unlock()
	ms := uint64(g.now().UnixMilli())
	if ms <= g.lastMS {
		ms = g.lastMS
		g.lo++
		if g.lo == 0 {
			g.hi++
		}
	} else {
		var b [10]byte
		_, _ = rand.Read(b[:]) // crypto/rand.Read never fails on supported platforms
		g.hi = binary.BigEndian.Uint16(b[:2])
		g.lo = binary.BigEndian.Uint64(b[2:])
		g.lastMS = ms
	}
	var raw [16]byte
	raw[0] = byte(ms >> 40)
	raw[1] = byte(ms >> 32)
	raw[2] = byte(ms >> 24)
	raw[3] = byte(ms >> 16)
	raw[4] = byte(ms >> 8)
	raw[5] = byte(ms)
	binary.BigEndian.PutUint16(raw[6:], g.hi)
	binary.BigEndian.PutUint64(raw[8:], g.lo)
	return encodeULID(raw)
}

func encodeULID(b [16]byte) string {
	// 128 bits → 26 base32 digits, the first holding only 3 bits.
	var out [26]byte
	hi := binary.BigEndian.Uint64(b[:8])
	lo := binary.BigEndian.Uint64(b[8:])
	for i := 25; i >= 0; i-- {
		out[i] = crockford[lo&31]
		lo = lo>>5 | hi<<59
		hi >>= 5
	}
	return string(out[:])
}

// ValidID reports whether s looks like an ID made by IDGen.
func ValidID(s string) bool {
	if len(s) != 26 || s[0] > '7' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') || c == 'I' || c == 'L' || c == 'O' || c == 'U' {
			return false
		}
	}
	return true
}
