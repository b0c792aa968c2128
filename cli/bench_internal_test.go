package cli

import (
	"runtime"
	"testing"
	"time"

	"dossier/index"
)

func TestCPUSecondsCountsWork(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("CPU time is read from /proc (Linux)")
	}
	// A fresh process may not have used a clock tick yet, so 0 is a valid
	// start; a reader that always says 0 fails the loop below.
	c0 := cpuSeconds()
	deadline := time.Now().Add(10 * time.Second)
	x := 0
	for cpuSeconds()-c0 < 0.2 {
		for i := range 1_000_000 {
			x += i % 7
		}
		if time.Now().After(deadline) {
			t.Fatalf("10 s of busy work counted as %.2f s of CPU", cpuSeconds()-c0)
		}
	}
	runtime.KeepAlive(x)
}

func TestResidentSplit(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("resident memory is read from /proc (Linux)")
	}
	anon0, file0 := residentSplit()
	if anon0 <= 0 || file0 <= 0 {
		t.Fatalf("residentSplit() = %d, %d", anon0, file0)
	}
	b := make([]byte, 64<<20)
	for i := 0; i < len(b); i += 4096 {
		b[i] = 1
	}
	if anon, _ := residentSplit(); anon-anon0 < 32<<20 {
		t.Errorf("touching 64 MiB raised anonymous memory from %d to %d", anon0, anon)
	}
	runtime.KeepAlive(b)
}

// isFieldName knows every field the index does.
func TestIsFieldNameMatchesIndex(t *testing.T) {
	for _, f := range index.QueryFields() {
		if !isFieldName(f) {
			t.Errorf("isFieldName(%q) = false", f)
		}
	}
	if isFieldName("colour") || isFieldName("http") {
		t.Error("isFieldName accepts a word that is no field")
	}
}
