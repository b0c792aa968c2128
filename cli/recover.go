package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"syscall"

	"dossier/app"
)

// withWayOut adds to an error opening the library what the user can do
// about it: restore the latest automatic backup, rebuild the index, or open
// another library. The store's errors are matched by text because cli does
// not import the storage adapter.
func withWayOut(dir string, err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "not a Dossier library file"), strings.Contains(msg, "library file is damaged"):
		if b, _ := app.AutoBackups(filepath.Join(dir, app.AutoBackupDir)); len(b) > 0 {
			return fmt.Errorf("%w\nThe way out: `dossier restore` restores the automatic backup of %s (the damaged file is kept), or open another library with --library DIR", err, b[0].Day.Format("2 January 2006"))
		}
		return fmt.Errorf("%w\nThe way out: `dossier restore FILE` restores a backup, or open another library with --library DIR", err)
	case errors.Is(err, syscall.EROFS), errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("%w\nThe library folder cannot be written: make it writable, use a read-only command (list, show, search), or open another library with --library DIR", err)
	case errors.Is(err, syscall.ENOSPC):
		return fmt.Errorf("%w\nThe disk is full: free some space and try again; what was saved before is safe", err)
	}
	return err
}
