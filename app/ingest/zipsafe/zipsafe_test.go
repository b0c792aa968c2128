package zipsafe

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
	"io"
	"os"
	"strings"
	"testing"

	"dossier/internal/testdocs"
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

// TestOpenStreamsWithinLimits: an entry read as a stream gives its bytes
// and fails, as Read does, where it holds more than it declares.
func TestOpenStreamsWithinLimits(t *testing.T) {
	r, err := Open(archive(t, [2]string{"word/document.xml", strings.Repeat("<w:p>text</w:p>", 1000)}))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := r.Open("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(rc)
	rc.Close()
	if err != nil || len(data) != 15000 {
		t.Errorf("read %d bytes, %v", len(data), err)
	}
	var comp bytes.Buffer
	fw, _ := flate.NewWriter(&comp, flate.BestCompression)
	fw.Write([]byte(strings.Repeat("b", 3<<20)))
	fw.Close()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, _ := zw.CreateRaw(&zip.FileHeader{Name: "liar.xml", Method: zip.Deflate, CompressedSize64: uint64(comp.Len()), UncompressedSize64: 100, CRC32: crc32.ChecksumIEEE(nil)})
	w.Write(comp.Bytes())
	zw.Close()
	if r, err = Open(b.Bytes()); err != nil {
		t.Fatal(err)
	}
	if rc, err = r.Open("liar.xml"); err != nil {
		t.Fatal(err)
	}
	n, err := io.Copy(io.Discard, rc)
	if (!errors.Is(err, ErrBomb) && !errors.Is(err, ErrNotZip)) || n > 1<<10 {
		t.Errorf("lying entry streamed: %d bytes, %v", n, err)
	}
}

// FuzzOpen opens arbitrary bytes as an archive and reads every entry: an
// error is fine, a panic or reading past the limits is not.
func FuzzOpen(f *testing.F) {
	for _, data := range fuzzSeeds() {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Open(data)
		if err != nil {
			return
		}
		for _, name := range r.Names() {
			if strings.Contains(name, "..") && checkName(name) == nil && strings.Contains("/"+strings.ReplaceAll(name, "\\", "/")+"/", "/../") {
				t.Fatalf("%q climbs out and was accepted", name)
			}
			if rc, err := r.Open(name); err == nil {
				io.Copy(io.Discard, rc)
				rc.Close()
			}
			r.Read(name)
		}
		if r.read > MaxTotal+2*int64(len(r.Names()))+2 { // each read may pass its budget by one byte

			t.Fatalf("read %d bytes, over the limit", r.read)
		}
	})
}

// fuzzSeeds are the seed archives of FuzzOpen: a small book, an entry that
// climbs out, a bomb by ratio and a Word body.
func fuzzSeeds() map[string][]byte {
	out := map[string][]byte{}
	for name, e := range map[string][][2]string{
		"book":  {{"mimetype", "application/epub+zip"}, {"OEBPS/ch1.xhtml", "<p>Text</p>"}},
		"climb": {{"../escape.txt", "x"}},
		"ratio": {{"big.xml", strings.Repeat("a", 2<<20)}},
		"word":  {{"word/document.xml", strings.Repeat("<w:p><w:r><w:t>text</w:t></w:r></w:p>", 50)}},
	} {
		var b bytes.Buffer
		zw := zip.NewWriter(&b)
		for _, x := range e {
			w, _ := zw.Create(x[0])
			w.Write([]byte(x[1]))
		}
		zw.Close()
		out[name] = b.Bytes()
	}
	return out
}

// TestWriteSeeds regenerates the committed seed corpus (DOSSIER_WRITE_SEEDS=1).
func TestWriteSeeds(t *testing.T) {
	if os.Getenv("DOSSIER_WRITE_SEEDS") == "" {
		t.Skip("set DOSSIER_WRITE_SEEDS=1 to rewrite testdata/fuzz")
	}
	for name, data := range fuzzSeeds() {
		if err := testdocs.WriteSeed("FuzzOpen", name, data); err != nil {
			t.Fatal(err)
		}
	}
}
