package app

import (
	"context"
	"io/fs"
)

// importNotes creates a note from each Markdown file (title from its first
// heading or file name); notes whose title exists are left alone.
// TODO(wiki): implemented with the wiki notes.
func (l *Library) importNotes(ctx context.Context, fsys fs.FS, paths []string) error {
	_, _, _ = ctx, fsys, paths
	return nil
}
