package export

import (
	"context"
	"io"
	"strings"

	"dossier/app"
)

// CSVHeader is the first row of a CSV export.
var CSVHeader = []string{"kind", "text", "speaker", "affiliation", "tags", "note", "article", "source", "url", "date", "status", "id", "article_id"}

// csv writes quotes and annotations, one row each: UTF-8 with a byte order
// mark (so Excel reads it as UTF-8), RFC 4180 quoting and CRLF line ends.
// Line breaks inside a field are written as they are (LF), so a reader gets
// the text back byte for byte; cells are guarded by cell.
func (e *exporter) csv(ctx context.Context, w io.Writer) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := &csvWriter{w: &errWriter{w: w}}
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	row := make([]string, len(CSVHeader))
	write := func(cells ...string) error {
		for i, c := range cells {
			row[i] = cell(c)
		}
		return cw.Write(row)
	}
	err := e.lib.Store().View(func(tx app.Tx) error {
		e.total(tx)
		e.tot -= e.countNotes(tx)
		return e.articles(ctx, tx, func(a *app.Article) error {
			e.res.Articles++
			anns, qs, err := e.children(tx, a.ID)
			if err != nil {
				return err
			}
			date := ""
			if !a.Published.IsZero() {
				date = a.Published.Format("2006-01-02")
			}
			for _, q := range qs {
				e.res.Quotes++
				if err := write("quote", q.Text, q.Speaker, q.Affiliation, strings.Join(q.Tags, "; "), q.Note,
					a.Title, a.Source, a.URL, date, string(q.Status), q.ID, a.ID); err != nil {
					return err
				}
			}
			for _, an := range anns {
				e.res.Annotations++
				if err := write("annotation", an.Selector.Exact, "", "", strings.Join(an.Tags, "; "), an.Note,
					a.Title, a.Source, a.URL, date, anchorState(an.Target), an.ID, a.ID); err != nil {
					return err
				}
			}
			e.progress()
			return cw.w.err
		})
	})
	if err != nil {
		return err
	}
	return cw.w.err
}

// csvWriter writes RFC 4180 records ending in CRLF. Unlike encoding/csv
// with UseCRLF it leaves the line breaks inside a quoted field alone
// (encoding/csv turns each LF into CRLF, and readers such as Python's csv
// module give the CR back as part of the text).
type csvWriter struct{ w *errWriter }

func (c *csvWriter) Write(fields []string) error {
	var b strings.Builder
	for i, f := range fields {
		if i > 0 {
			b.WriteByte(',')
		}
		if f == "" || !strings.ContainsAny(f, "\",\r\n") && f[0] != ' ' && f[0] != '\t' {
			b.WriteString(f)
			continue
		}
		b.WriteByte('"')
		b.WriteString(strings.ReplaceAll(f, `"`, `""`))
		b.WriteByte('"')
	}
	b.WriteString("\r\n")
	io.WriteString(c.w, b.String())
	return c.w.err
}

func (e *exporter) countNotes(tx app.Tx) int {
	if e.sc.all {
		return tx.Count(app.BucketNotes)
	}
	return len(e.sc.notes)
}

func anchorState(t app.Target) string {
	if t.State == "" {
		return "exact"
	}
	return string(t.State)
}

// cell guards against formula injection: spreadsheets run cells that start
// with = + - @ (or a tab or carriage return) as formulas, so those get a
// leading apostrophe, which they show as text. So that the apostrophe can
// be taken off again without guessing, a cell that starts with one gets a
// second: every cell that starts with ' had exactly one added (UncellCSV).
func cell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r', '\'':
		return "'" + s
	}
	return s
}

// UncellCSV undoes the formula guard of a cell read from a CSV export: it
// removes the one leading apostrophe the export added.
func UncellCSV(s string) string { return strings.TrimPrefix(s, "'") }
