package storage

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"dossier/app"
)

// Restore replaces the store file in library folder dir with the backup file
// src. The backup is verified first (a bbolt file that has Dossier's buckets
// and passes bbolt's check); the current file is kept beside it as
// library.db.before-restore-<time>. The library must not be open.
func Restore(src, dir string) (kept string, err error) {
	if err := verifyBackup(src); err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("restore into %s: %w", dir, err)
	}
	dst := filepath.Join(dir, FileName)
	// Take the lock so a running Dossier is not pulled from under. A file
	// that is no bbolt file, or a truncated one, is not mapped at all (bbolt
	// would fault on it): no process can have it open as a library.
	if _, err := os.Stat(dst); err == nil && probe(dst) == nil {
		db, err := bolt.Open(dst, 0o600, &bolt.Options{Timeout: time.Second})
		switch {
		case errors.Is(err, bolterrors.ErrTimeout):
			return "", fmt.Errorf("restore into %s: %w", dst, ErrLocked)
		case err == nil:
			db.Close()
		}
		// Any other error is a damaged file, which no process can have open
		// as a library: exactly what a restore is for.
	}
	tmp, err := os.CreateTemp(dir, ".restore-*")
	if err != nil {
		return "", fmt.Errorf("restore into %s: %w", dir, err)
	}
	defer os.Remove(tmp.Name())
	in, err := os.Open(src)
	if err != nil {
		tmp.Close()
		return "", fmt.Errorf("restore from %s: %w", src, err)
	}
	_, err = io.Copy(tmp, in)
	in.Close()
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", fmt.Errorf("restore from %s: %w", src, err)
	}
	if _, err := os.Stat(dst); err == nil {
		if kept, err = keepAside(dst, time.Now()); err != nil {
			return "", fmt.Errorf("restore into %s: keep current file: %w", dst, err)
		}
	}
	if err := os.Rename(tmp.Name(), dst); err != nil {
		return kept, fmt.Errorf("restore into %s: %w", dst, err)
	}
	return kept, nil
}

func verifyBackup(src string) error {
	if err := probe(src); err != nil {
		return fmt.Errorf("restore from %s: %w", src, err)
	}
	if st, err := os.Stat(src); err != nil {
		return fmt.Errorf("restore from %s: %w", src, err)
	} else if st.Size() == 0 {
		return fmt.Errorf("restore from %s: %w (empty file)", src, ErrNotLibrary)
	}
	db, err := bolt.Open(src, 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		return fmt.Errorf("restore from %s: %w (%v)", src, ErrNotLibrary, err)
	}
	defer db.Close()
	return db.View(func(tx *bolt.Tx) error {
		if tx.Bucket([]byte(app.BucketArticles)) == nil || tx.Bucket([]byte(app.BucketMeta)) == nil {
			return fmt.Errorf("restore from %s: %w (no Dossier buckets)", src, ErrNotLibrary)
		}
		for err := range tx.Check() {
			return fmt.Errorf("restore from %s: damaged backup: %w", src, err)
		}
		return nil
	})
}

// keepAside moves the file dst to a name of its own beside it,
// dst.before-restore-<time>, with -2, -3, ... appended when an earlier
// restore (within the same second) has that name: a kept copy is never
// replaced.
func keepAside(dst string, now time.Time) (string, error) {
	base := dst + ".before-restore-" + now.UTC().Format("20060102T150405Z")
	for i := 1; i < 10000; i++ {
		name := base
		if i > 1 {
			name = fmt.Sprintf("%s-%d", base, i)
		}
		// A hard link is made only where nothing has the name; the rename
		// that follows replaces dst, so its data lives on under name.
		err := os.Link(dst, name)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err == nil {
			return name, nil
		}
		// No hard links here (some file systems): check, then rename.
		if _, serr := os.Lstat(name); serr == nil {
			continue
		}
		return name, os.Rename(dst, name)
	}
	return "", fmt.Errorf("too many kept copies named %s", base)
}
