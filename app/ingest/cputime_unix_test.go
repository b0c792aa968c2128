//go:build unix

package ingest

import (
	"syscall"
	"testing"
	"time"
)

// processCPU returns the user+system CPU time of the process; benchmarks
// report it per operation because wall time on a shared, loaded machine
// overstates the cost.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func reportCPU(b *testing.B, start time.Duration) {
	if b.N > 0 {
		b.ReportMetric(float64(processCPU()-start)/float64(b.N), "cpu-ns/op")
	}
}
