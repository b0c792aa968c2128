package gcpace

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// settings reads the collector's settings without changing them.
func settings() (percent int, limit int64) {
	percent = debug.SetGCPercent(-1)
	debug.SetGCPercent(percent)
	return percent, debug.SetMemoryLimit(-1)
}

func TestBulkPacesAndRestores(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	p0, l0 := settings()

	end := Bulk(64 << 20)
	p, l := settings()
	if p != -1 {
		t.Errorf("during bulk work GOGC = %d, want off (-1)", p)
	}
	if l < 64<<20 || l == math.MaxInt64 {
		t.Errorf("during bulk work the memory limit is %d, want at least the budget", l)
	}
	end()
	end() // a second call changes nothing
	if p, l := settings(); p != p0 || l != l0 {
		t.Errorf("after bulk work GOGC %d, limit %d; want the settings before: %d, %d", p, l, p0, l0)
	}
}

func TestOverlappingBulkRestoresAfterTheLast(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	p0, l0 := settings()

	first := Bulk(32 << 20)
	second := Bulk(96 << 20)
	if _, l := settings(); l < 96<<20 {
		t.Errorf("the larger budget should apply: limit %d", l)
	}
	first()
	if p, _ := settings(); p != -1 {
		t.Errorf("the settings were restored while bulk work was still running (GOGC %d)", p)
	}
	second()
	if p, l := settings(); p != p0 || l != l0 {
		t.Errorf("after the last bulk work GOGC %d, limit %d; want %d, %d", p, l, p0, l0)
	}
}

func TestUserSettingsAreLeftAlone(t *testing.T) {
	p0, l0 := settings()
	t.Setenv("GOGC", "150")
	end := Bulk(1 << 20)
	if p, l := settings(); p != p0 || l != l0 {
		t.Errorf("with GOGC set by the user, GOGC %d and limit %d changed from %d, %d", p, l, p0, l0)
	}
	end()
}

// A live heap larger than the budget raises the limit to twice the live
// heap, so the collector does not run back to back.
func TestLimitFollowsTheLiveHeap(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	old := interval
	interval = 5 * time.Millisecond
	defer func() { interval = old }()

	const budget = 4 << 20
	end := Bulk(budget)
	defer end()
	live := make([][]byte, 0, 64)
	for range 64 {
		live = append(live, make([]byte, 1<<20))
	}
	runtime.GC()
	deadline := time.Now().Add(5 * time.Second)
	for {
		_, l := settings()
		if l >= 2*64<<20 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("with 64 MiB live and a budget of 4 MiB the limit stayed at %d", l)
		}
		time.Sleep(10 * time.Millisecond)
	}
	runtime.KeepAlive(live)

	// Once the heap is freed the limit stays: lowered under what the
	// process holds, it made the runtime return and re-take pages on every
	// allocation.
	live = nil
	runtime.GC()
	time.Sleep(20 * interval)
	if _, l := settings(); l < 2*64<<20 {
		t.Errorf("after the live heap was freed the limit fell to %d", l)
	}
}

func TestLimitFor(t *testing.T) {
	for _, c := range []struct {
		budget int64
		live   uint64
		want   int64
	}{
		{100, 10, 100},
		{100, 50, 100},
		{100, 80, 160},
	} {
		if got := limitFor(c.budget, c.live); got != c.want {
			t.Errorf("limitFor(%d, %d) = %d, want %d", c.budget, c.live, got, c.want)
		}
	}
}
