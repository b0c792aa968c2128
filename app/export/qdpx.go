package export

import (
	"context"
	"errors"
	"io"

	"dossier/app"
)

func (e *exporter) qdpx(ctx context.Context, w io.Writer) error {
	return errors.New("REFI-QDA export is not available yet")
}

// ImportQDPX imports a REFI-QDA project (an app.ArchiveImporter).
func ImportQDPX(ctx context.Context, lib *app.Library, path string) (app.ImportOutcome, error) {
	return app.ImportOutcome{Path: path}, errors.New("REFI-QDA import is not available yet")
}
