//go:build modernc

package main

import _ "modernc.org/sqlite"

// modernc.org/sqlite: SQLite translated to Go, no cgo.
const (
	driverName  = "sqlite"
	driverLabel = "modernc.org/sqlite, pure Go"
)

func dsn(path string, readOnly bool) string {
	if readOnly {
		return path + "?mode=ro"
	}
	return path
}
