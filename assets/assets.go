// Package assets embeds what ships inside the Dossier binary: the app icon,
// the sample library a new user starts with, and the help text.
package assets

import (
	"embed"
	"io/fs"
)

//go:embed icon.png
var icon []byte

//go:embed sample
var sample embed.FS

// Icon returns the application icon (PNG).
func Icon() []byte { return icon }

// Sample returns the sample library: article files at the top, Markdown
// notes under notes/.
func Sample() fs.FS {
	sub, err := fs.Sub(sample, "sample")
	if err != nil {
		panic(err) // the folder is embedded at build time; its absence is a build bug
	}
	return sub
}
