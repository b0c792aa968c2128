// Package folder is a sync target in a plain folder: a network share, or a
// folder that Syncthing, Dropbox or Nextcloud's client carries between
// machines.
package folder

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"dossier/app/synclog"
)

// Target keeps objects as files below a folder.
type Target struct{ root string }

// New returns the target in dir, which must exist.
func New(dir string) (*Target, error) {
	st, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		// Not made here: an unmounted share must not fill the mount point.
		return nil, fmt.Errorf("sync folder %s does not exist: create it, or mount the shared folder first: %w", dir, err)
	}
	if err != nil {
		return nil, fmt.Errorf("sync folder: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("sync folder %s: not a folder", dir)
	}
	return &Target{root: dir}, nil
}

func (t *Target) String() string { return t.root }

// path turns an object name into a file path, refusing names that would
// leave the folder.
func (t *Target) path(name string) (string, error) {
	if name == "" || strings.HasPrefix(name, "/") || strings.Contains(name, "\\") || !filepath.IsLocal(filepath.FromSlash(name)) {
		return "", fmt.Errorf("sync folder: %q is not an object name", name)
	}
	return filepath.Join(t.root, filepath.FromSlash(name)), nil
}

// Put writes the object to a temporary file and renames it into place, so
// a reader (or a file-syncing client) never sees half of it.
func (t *Target) Put(ctx context.Context, name string, data []byte) error {
	p, err := t.path(name)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(p), ".put-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, p)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("sync folder: write %s: %w", name, err)
	}
	return nil
}

func (t *Target) Get(ctx context.Context, name string) ([]byte, error) {
	p, err := t.path(name)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, synclog.ErrNotExist
	}
	return data, err
}

func (t *Target) List(ctx context.Context, prefix string) ([]synclog.Object, error) {
	var out []synclog.Object
	err := filepath.WalkDir(t.root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || strings.HasPrefix(d.Name(), ".put-") {
			return nil
		}
		rel, err := filepath.Rel(t.root, p)
		if err != nil {
			return err
		}
		name := filepath.ToSlash(rel)
		if !strings.HasPrefix(name, prefix) {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		out = append(out, synclog.Object{Name: name, Size: info.Size()})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("sync folder: list %s: %w", t.root, err)
	}
	return out, nil
}

func (t *Target) Delete(ctx context.Context, name string) error {
	p, err := t.path(name)
	if err != nil {
		return err
	}
	if err := os.Remove(p); errors.Is(err, fs.ErrNotExist) {
		return synclog.ErrNotExist
	} else if err != nil {
		return fmt.Errorf("sync folder: delete %s: %w", name, err)
	}
	return nil
}
