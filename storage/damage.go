package storage

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"strings"
)

// checkComplete refuses a bbolt file shorter than its own meta page says
// (a file truncated by a full disk, a bad copy or a crashed sync tool):
// bbolt maps the file and would fault reading a page past its end, killing
// the process instead of returning an error. The meta page bbolt would use
// (valid checksum, highest transaction) names the number of pages.
func checkComplete(f *os.File, path string, size int64) error {
	const metaAt = 16 // the meta follows the 16-byte page header
	var best struct {
		txid, pages uint64
		pageSize    uint32
		ok          bool
	}
	pageSize := int64(0)
	for i := 0; i < 2; i++ {
		buf := make([]byte, metaAt+64)
		if _, err := f.ReadAt(buf, int64(i)*pageSize); err != nil {
			break
		}
		m := buf[metaAt:]
		if binary.LittleEndian.Uint32(m[0:4]) != 0xED0CDAED {
			break
		}
		ps := binary.LittleEndian.Uint32(m[8:12])
		if i == 0 {
			if ps < 512 || ps > 1<<20 {
				break
			}
			pageSize = int64(ps)
		}
		h := fnv.New64a()
		h.Write(m[:56])
		if h.Sum64() != binary.LittleEndian.Uint64(m[56:64]) {
			continue // bbolt skips a meta page with a bad checksum too
		}
		txid := binary.LittleEndian.Uint64(m[48:56])
		if !best.ok || txid > best.txid {
			best.txid, best.pages, best.pageSize, best.ok = txid, binary.LittleEndian.Uint64(m[40:48]), ps, true
		}
	}
	if !best.ok {
		return nil // bbolt reports an invalid file itself
	}
	if need := int64(best.pages) * int64(best.pageSize); need > size {
		return fmt.Errorf("open library %s: %w (the file is truncated: %d bytes of %d)", path, ErrNotLibrary, size, need)
	}
	return nil
}

// ErrDamaged is returned when bbolt finds a damaged page while reading.
var ErrDamaged = errors.New("the library file is damaged")

// recoverDamage turns bbolt's assertion panics on a damaged page into an
// error (bbolt has already rolled the transaction back). Other panics are
// bugs and go on.
func recoverDamage(path string, err *error) {
	r := recover()
	if r == nil {
		return
	}
	msg := fmt.Sprint(r)
	if !strings.HasPrefix(msg, "assertion failed") && !strings.Contains(msg, "page") {
		panic(r)
	}
	*err = fmt.Errorf("read %s: %w (%s); restore the latest automatic backup with `dossier restore`", path, ErrDamaged, msg)
}
