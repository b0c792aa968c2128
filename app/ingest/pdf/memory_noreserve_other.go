//go:build darwin || freebsd || netbsd || openbsd

package pdf

const mapNoReserve = 0
