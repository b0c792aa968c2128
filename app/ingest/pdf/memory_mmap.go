//go:build linux || darwin || freebsd || netbsd || openbsd

package pdf

import (
	"syscall"

	"github.com/tetratelabs/wazero/experimental"
)

// mmapAllocator backs PDFium's WebAssembly memory with an anonymous mapping
// reserved once at its limit. wazero's own memory is a Go slice that is
// copied into one twice as large whenever the module grows it, so a 150 MB
// memory briefly costs 300 MB; a reservation grows in place, only the pages
// touched become resident, and closing the instance unmaps it at once
// instead of leaving it to the collector.
type mmapAllocator struct {
	mem *memStats
}

func (a mmapAllocator) Allocate(_, max uint64) experimental.LinearMemory {
	max = min(max, maxWASMMemory)
	b, err := syscall.Mmap(-1, 0, int(max), syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON|mapNoReserve)
	if err != nil {
		return nil // wazero then fails the instantiation with an error
	}
	return &mmapMemory{buf: b, mem: a.mem}
}

type mmapMemory struct {
	buf []byte
	mem *memStats
}

func (m *mmapMemory) Reallocate(size uint64) []byte {
	if m.buf == nil || size > uint64(len(m.buf)) {
		return nil // over the limit: PDFium's allocation fails, the read ends in an error
	}
	m.mem.grew(size)
	return m.buf[:size:size]
}

func (m *mmapMemory) Free() {
	if m.buf != nil {
		syscall.Munmap(m.buf)
		m.buf = nil
	}
}

func memoryAllocator(mem *memStats) experimental.MemoryAllocator {
	return mmapAllocator{mem: mem}
}
