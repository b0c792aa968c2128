//go:build !modernc

package main

import (
	"database/sql"
	"fmt"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// C SQLite through cgo. Without the sqlite_fts5 tag it has no FTS5: the
// check below says so instead of failing at CREATE VIRTUAL TABLE. The
// sqlite_dbstat tag adds the dbstat table the FTS tables' size is read from.
const (
	driverName  = "sqlite3"
	driverLabel = "C SQLite, github.com/mattn/go-sqlite3"
)

func dsn(path string, readOnly bool) string {
	if readOnly {
		return "file:" + path + "?mode=ro"
	}
	return "file:" + path
}

func init() {
	db, err := sql.Open(driverName, ":memory:")
	if err == nil {
		_, err = db.Exec("CREATE VIRTUAL TABLE t USING fts5(x)")
		db.Close()
	}
	if err != nil {
		panic(fmt.Sprintf("this SQLite has no FTS5 (%v): build with -tags sqlite_fts5, or -tags modernc for modernc.org/sqlite", err))
	}
	_ = sqlite3.SQLITE_OK
}
