// Package export writes a library (or a selection of it) in formats other
// tools read (Markdown vault, HTML report, CSV, REFI-QDA, W3C Web
// Annotations) and as re-importable Dossier bundles, and reads bundles and
// REFI-QDA projects back in. Quotes the analyst rejected are left out of
// every format but the bundle unless Options.KeepRejected asks for them.
//
// Run is the one entry point for exports (the CLI and the GUI call it);
// Register makes a library's Import understand .dossier and .qdpx files.
package export

import (
	"context"
	"fmt"
	"strings"

	"dossier/app"
)

// Register makes lib's Import understand bundles and REFI-QDA projects.
func Register(lib *app.Library) {
	lib.RegisterArchive(".dossier", ImportBundle)
	lib.RegisterArchive(".qdpx", ImportQDPX)
}

// ImportBundle merges the bundle at path into lib (an app.ArchiveImporter).
// Encrypted bundles ask for their passphrase through WithPassphrase.
func ImportBundle(ctx context.Context, lib *app.Library, path string) (app.ImportOutcome, error) {
	out := app.ImportOutcome{Path: path}
	ra, size, closeFn, err := openBundleFile(ctx, path)
	if err != nil {
		return out, err
	}
	defer closeFn()
	b, err := ReadBundle(ra, size, path)
	if err != nil {
		return out, err
	}
	rep, err := lib.MergeBundle(ctx, b)
	if err != nil {
		return out, fmt.Errorf("%s: %w", path, err)
	}
	return mergeOutcome(out, b.Origin, rep), nil
}

func mergeOutcome(out app.ImportOutcome, origin string, rep app.MergeReport) app.ImportOutcome {
	out.Title = "bundle from " + origin
	switch {
	case rep.Added > 0:
		out.Status = app.ImportAdded
	case rep.Updated > 0 || len(rep.Conflicts) > 0:
		out.Status = app.ImportUpdated
	default:
		out.Status = app.ImportDuplicate
	}
	parts := []string{fmt.Sprintf("%d added, %d updated, %d unchanged, %d kept (newer here)",
		rep.Added, rep.Updated, rep.Unchanged, rep.Kept)}
	if n := len(rep.Conflicts); n > 0 {
		var names []string
		for _, c := range rep.Conflicts {
			names = append(names, fmt.Sprintf("%s %q", c.Kind, c.Title))
		}
		parts = append(parts, fmt.Sprintf("%d edited on both sides, kept side by side: %s", n, strings.Join(names, "; ")))
	}
	out.Reason = strings.Join(parts, "; ")
	return out
}
