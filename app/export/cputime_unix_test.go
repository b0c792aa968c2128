//go:build unix

package export_test

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the test process has used. Benchmarks report it
// per op beside wall time because the shared build machine is often loaded.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
