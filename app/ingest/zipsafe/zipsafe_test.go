package zipsafe

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
	"strings"
	"testing"
)

func archive(t *testing.T, entries ...[2]string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, e := range entries {
		w, err := zw.Create(e[0])
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(e[1]))
	}
	zw.Close()
	return b.Bytes()
}

func TestNames(t *testing.T) {
	for name, bad := range map[string]bool{
		"word/document.xml": false, "OEBPS/ch1.xhtml": false, "a..b/c": false,
		"../x": true, "a/../../x": true, "/etc/passwd": true, `..\x`: true, `C:\x`: true, "c:/x": true,
	} {
		_, err := Open(archive(t, [2]string{name, "x"}))
		if bad != errors.Is(err, ErrBadPath) {
			t.Errorf("%q: %v", name, err)
		}
	}
}

func TestBombs(t *testing.T) {
	// A high ratio, declared honestly.
	if _, err := Open(archive(t, [2]string{"big.xml", strings.Repeat("a", 4<<20)})); !errors.Is(err, ErrBomb) {
		t.Errorf("ratio: %v", err)
	}
	// An entry that declares 100 bytes and holds 3 MiB.
	var comp bytes.Buffer
	fw, _ := flate.NewWriter(&comp, flate.BestCompression)
	fw.Write([]byte(strings.Repeat("b", 3<<20)))
	fw.Close()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "liar.xml", Method: zip.Deflate, CompressedSize64: uint64(comp.Len()), UncompressedSize64: 100, CRC32: crc32.ChecksumIEEE(nil)})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(comp.Bytes())
	zw.Close()
	r, err := Open(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	// archive/zip stops at the declared size itself; either way little is read.
	if _, err := r.Read("liar.xml"); (!errors.Is(err, ErrBomb) && !errors.Is(err, ErrNotZip)) || r.read > 1<<10 {
		t.Errorf("lying entry: %v, %d bytes read", err, r.read)
	}
	// An ordinary entry reads back.
	r, err = Open(archive(t, [2]string{"a.txt", "hello"}))
	if err != nil {
		t.Fatal(err)
	}
	if data, err := r.Read("a.txt"); err != nil || string(data) != "hello" {
		t.Errorf("read %q %v", data, err)
	}
	if _, err := r.Read("b.txt"); !errors.Is(err, ErrMissing) {
		t.Errorf("missing: %v", err)
	}
}
