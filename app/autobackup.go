package app

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Automatic backups: a daily snapshot of the store, taken in a read
// transaction (so while the library is in use) before the day's first
// change, kept in <library>/backups as library-YYYYMMDD.db, the newest
// AutoBackupKeep kept.
const (
	// AutoBackupDir is the backups folder inside a library folder.
	AutoBackupDir = "backups"
	// AutoBackupKeep is how many daily snapshots are kept.
	AutoBackupKeep = 7

	autoBackupPrefix = "library-"
	autoBackupSuffix = ".db"
	autoBackupDay    = "20060102"
)

// BackupFile is one automatic backup.
type BackupFile struct {
	Path string    `json:"path"`
	Day  time.Time `json:"day"` // the UTC day it was taken
	Size int64     `json:"size"`
}

// AutoBackup takes today's snapshot of l's store into dir (created when
// missing) unless one exists, then removes all but the newest keep
// snapshots (keep <= 0 means AutoBackupKeep). It returns the path of the
// snapshot taken, or "" when today's already existed. A snapshot is written
// to a temporary file and renamed, so a crash or a full disk never leaves a
// half-written backup under a backup's name.
func AutoBackup(l *Library, dir string, keep int) (string, error) {
	if keep <= 0 {
		keep = AutoBackupKeep
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("automatic backup: %w", err)
	}
	removeStaleTemps(dir, l.Now())
	path := filepath.Join(dir, autoBackupPrefix+l.Now().Format(autoBackupDay)+autoBackupSuffix)
	taken := ""
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		if _, err := BackupTo(l, path); err != nil {
			return "", fmt.Errorf("automatic backup: %w", err)
		}
		taken = path
	} else if err != nil {
		return "", fmt.Errorf("automatic backup: %w", err)
	}
	list, err := AutoBackups(dir)
	if err != nil {
		return taken, err
	}
	var errs []error
	for _, b := range list[min(keep, len(list)):] {
		if err := os.Remove(b.Path); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return taken, fmt.Errorf("automatic backup: remove old snapshots: %w", errors.Join(errs...))
	}
	return taken, nil
}

// AutoBackups lists the automatic backups in dir, newest first. A missing
// folder has none.
func AutoBackups(dir string) ([]BackupFile, error) {
	ents, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("list backups in %s: %w", dir, err)
	}
	var out []BackupFile
	for _, e := range ents {
		name := e.Name()
		if e.IsDir() || !strings.HasPrefix(name, autoBackupPrefix) || !strings.HasSuffix(name, autoBackupSuffix) {
			continue
		}
		day, err := time.Parse(autoBackupDay, strings.TrimSuffix(strings.TrimPrefix(name, autoBackupPrefix), autoBackupSuffix))
		if err != nil {
			continue // not one of ours
		}
		info, err := e.Info()
		if err != nil {
			continue // removed meanwhile
		}
		out = append(out, BackupFile{Path: filepath.Join(dir, name), Day: day, Size: info.Size()})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Day.After(out[j].Day) })
	return out, nil
}

// removeStaleTemps deletes temporary files that a killed backup left
// behind. Only old ones go: a younger one may be another process's backup
// in progress.
func removeStaleTemps(dir string, now time.Time) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range ents {
		if !strings.HasPrefix(e.Name(), "."+autoBackupPrefix) || !strings.Contains(e.Name(), ".tmp-") {
			continue
		}
		if info, err := e.Info(); err == nil && now.Sub(info.ModTime()) > time.Hour {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}
