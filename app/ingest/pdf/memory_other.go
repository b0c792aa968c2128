//go:build !(linux || darwin || freebsd || netbsd || openbsd)

package pdf

import (
	"sync/atomic"

	"github.com/tetratelabs/wazero/experimental"
)

// memoryAllocator is wazero's own (a Go slice) where there is no mmap.
func memoryAllocator(*atomic.Uint64) experimental.MemoryAllocator { return nil }
