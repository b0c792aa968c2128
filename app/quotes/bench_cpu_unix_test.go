//go:build unix

package quotes

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime is the process's user+system CPU time; on a loaded machine it is
// a steadier figure than wall-clock ns/op.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkFind1000WordsCPU reports CPU time per Find (cpu-ns/op) besides
// wall time; run with -cpu 1 so that GC work on other cores is counted.
func BenchmarkFind1000WordsCPU(b *testing.B) {
	text := benchArticle(b)
	b.ReportAllocs()
	start := cpuTime()
	n := 0
	for b.Loop() {
		Find(text)
		n++
	}
	if n > 0 {
		b.ReportMetric(float64(cpuTime()-start)/float64(n), "cpu-ns/op")
	}
}
