package app

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"dossier/app/ingest"
	"dossier/app/quotes"
)

// ErrNoSample is returned when the library was opened without a sample.
var ErrNoSample = errors.New("no sample library available")

// LoadSample imports the sample library (articles, and Markdown notes under
// notes/) that ships with Dossier, so a new user sees it working at once.
// Loading it twice adds nothing.
func (l *Library) LoadSample(ctx context.Context) (int, error) {
	if l.sample == nil {
		return 0, ErrNoSample
	}
	var batch []prepared
	var notes []string
	err := fs.WalkDir(l.sample, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if strings.HasPrefix(p, "notes/") {
			notes = append(notes, p)
			return nil
		}
		if !ingest.Supported(p) {
			return nil
		}
		data, err := fs.ReadFile(l.sample, p)
		if err != nil {
			return err
		}
		doc, err := ingest.Parse(path.Base(p), data)
		if err != nil {
			return fmt.Errorf("sample %s: %w", p, err)
		}
		pr := prepared{file: importFile{path: "sample/" + p}, article: articleFromDocument(doc)}
		pr.article.Origin = "sample/" + p
		pr.found = quotes.Find(pr.article.Text())
		batch = append(batch, pr)
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("load sample: %w", err)
	}
	outs, err := l.writeBatch(batch, false)
	if err != nil {
		return 0, fmt.Errorf("load sample: %w", err)
	}
	n := 0
	for _, o := range outs {
		if o.Status == ImportAdded {
			n++
		}
	}
	sort.Strings(notes)
	if err := l.importNotes(ctx, l.sample, notes); err != nil {
		return n, fmt.Errorf("load sample notes: %w", err)
	}
	return n, l.Sync(ctx)
}
