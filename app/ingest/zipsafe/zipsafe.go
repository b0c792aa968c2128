// Package zipsafe opens the zip archives that office documents and e-books
// are (DOCX, EPUB) without trusting them: entry names that climb out of the
// archive ("../", absolute paths, drive letters) are refused, and what is
// read is bounded in total size and in compression ratio, so a zip bomb is
// an error rather than gigabytes of memory.
package zipsafe

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Limits on what is read from one archive.
const (
	MaxTotal = 200 << 20 // uncompressed bytes read from all entries
	MaxEntry = 64 << 20  // uncompressed bytes of one entry
	MaxRatio = 200       // uncompressed / compressed size of an entry over 1 MiB
	MaxFiles = 20000     // entries in the archive
)

// Errors; returned wrapped with the entry's name.
var (
	ErrNotZip  = errors.New("not a zip archive")
	ErrBadPath = errors.New("an entry's path leads out of the archive")
	ErrBomb    = errors.New("the archive expands too much (a zip bomb?)")
	ErrMissing = errors.New("missing from the archive")
)

// Reader reads entries of one archive within the limits.
type Reader struct {
	files map[string]*zip.File
	names []string
	read  int64
}

// Open checks every entry's name and declared size before anything is read.
func Open(data []byte) (*Reader, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotZip, err)
	}
	if len(zr.File) > MaxFiles {
		return nil, fmt.Errorf("%w: %d entries, the limit is %d entries", ErrBomb, len(zr.File), MaxFiles)
	}
	r := &Reader{files: map[string]*zip.File{}}
	var total uint64
	for _, f := range zr.File {
		if err := checkName(f.Name); err != nil {
			return nil, err
		}
		total += f.UncompressedSize64
		if f.UncompressedSize64 > MaxEntry {
			return nil, fmt.Errorf("%w: %s declares %d MB, the limit is %d MB an entry", ErrBomb, f.Name, f.UncompressedSize64>>20, MaxEntry>>20)
		}
		if total > MaxTotal {
			return nil, fmt.Errorf("%w: the entries up to %s declare %d MB, the limit is %d MB unpacked from one archive", ErrBomb, f.Name, total>>20, MaxTotal>>20)
		}
		if err := checkRatio(f.Name, f.UncompressedSize64, f.CompressedSize64); err != nil {
			return nil, err
		}
		r.files[f.Name] = f
		r.names = append(r.names, f.Name)
	}
	return r, nil
}

func checkName(name string) error {
	n := strings.ReplaceAll(name, "\\", "/")
	if strings.HasPrefix(n, "/") || (len(n) > 1 && n[1] == ':') || strings.ContainsRune(n, 0) {
		return fmt.Errorf("%w: %q is absolute", ErrBadPath, name)
	}
	for _, part := range strings.Split(n, "/") {
		if part == ".." {
			return fmt.Errorf("%w: %q", ErrBadPath, name)
		}
	}
	return nil
}

func checkRatio(name string, unc, comp uint64) error {
	if unc > 1<<20 && (comp == 0 || unc/comp > MaxRatio) {
		return fmt.Errorf("%w: %s expands %d bytes to %d, more than the %d times allowed", ErrBomb, name, comp, unc, MaxRatio)
	}
	return nil
}

// Names lists the entries in archive order.
func (r *Reader) Names() []string { return r.names }

// Has reports whether the archive holds name.
func (r *Reader) Has(name string) bool { _, ok := r.files[name]; return ok }

// Read returns an entry's bytes, stopping with ErrBomb where it holds more
// than it declared or than the limits allow.
func (r *Reader) Read(name string) ([]byte, error) {
	rc, err := r.Open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	var buf bytes.Buffer
	buf.Grow(int(min(int64(MaxEntry), int64(r.files[name].UncompressedSize64))) + 1) // bounded: the declared size was checked
	if _, err := io.Copy(&buf, rc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Open streams an entry, for one too large to hold whole (a Word body):
// reading fails with ErrBomb where it holds more than it declared or than
// the limits allow, as Read does.
func (r *Reader) Open(name string) (io.ReadCloser, error) {
	f, ok := r.files[name]
	if !ok {
		return nil, fmt.Errorf("%s: %w", name, ErrMissing)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %v", name, ErrNotZip, err)
	}
	limit := max(0, min(int64(MaxEntry), MaxTotal-r.read, int64(f.UncompressedSize64)))
	return &entry{r: r, f: f, rc: rc, limit: limit}, nil
}

// entry is an open entry that counts what it gives against the limits.
type entry struct {
	r     *Reader
	f     *zip.File
	rc    io.ReadCloser
	limit int64
	n     int64
}

func (e *entry) Read(p []byte) (int, error) {
	if int64(len(p)) > e.limit+1-e.n {
		p = p[:e.limit+1-e.n]
	}
	k, err := e.rc.Read(p)
	e.n += int64(k)
	e.r.read += int64(k)
	if e.n > e.limit {
		return 0, fmt.Errorf("%w: %s holds more than the %d bytes it declares or the limits allow (%d MB an entry, %d MB in all)", ErrBomb, e.f.Name, e.limit, MaxEntry>>20, MaxTotal>>20)
	}
	if err == io.EOF {
		if err := checkRatio(e.f.Name, uint64(e.n), e.f.CompressedSize64); err != nil {
			return k, err
		}
		return k, io.EOF
	}
	if err != nil {
		return k, fmt.Errorf("%s: %w: %v", e.f.Name, ErrNotZip, err)
	}
	return k, nil
}

func (e *entry) Close() error { return e.rc.Close() }
