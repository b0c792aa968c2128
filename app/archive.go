package app

import (
	"context"
	"fmt"
	"path/filepath"
)

// ImportArchive imports one archive file (a bundle, a REFI-QDA project)
// with the importer registered for its extension. Unlike Import, which
// turns an importer's error into a failed outcome, it returns the error as
// it is, so that a caller can tell, say, a wrong passphrase from a damaged
// file and ask again.
func (l *Library) ImportArchive(ctx context.Context, path string) (ImportOutcome, error) {
	fn := l.archiveFor(path)
	if fn == nil {
		return ImportOutcome{Path: path, Status: ImportFailed},
			fmt.Errorf("import %s: no importer for %q files", path, filepath.Ext(path))
	}
	if err := ctx.Err(); err != nil {
		return ImportOutcome{Path: path, Status: ImportFailed}, err
	}
	return fn(ctx, l, path)
}
