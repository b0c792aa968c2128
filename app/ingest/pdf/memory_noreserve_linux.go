package pdf

import "syscall"

// mapNoReserve: the reservation takes no swap until its pages are used.
const mapNoReserve = syscall.MAP_NORESERVE
