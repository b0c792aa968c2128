//go:build !(linux || darwin || freebsd || netbsd || openbsd)

package pdf

import "github.com/tetratelabs/wazero/experimental"

// memoryAllocator is wazero's own (a Go slice) where there is no mmap; the
// memory's size is then not followed, and a document over the limit is
// reported as damaged rather than too complex.
func memoryAllocator(*memStats) experimental.MemoryAllocator { return nil }
