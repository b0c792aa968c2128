package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"dossier/app"
)

// printJSON writes v as indented JSON with a trailing newline.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// progressLine redraws one status line on a terminal-ish writer, at most
// every 100 ms, so huge imports do not flood stderr.
type progressLine struct {
	w    io.Writer
	last time.Time
	used bool
}

func (p *progressLine) show(force bool, format string, args ...any) {
	if !force && time.Since(p.last) < 100*time.Millisecond {
		return
	}
	p.last = time.Now()
	p.used = true
	fmt.Fprintf(p.w, "\r\x1b[K"+format, args...)
}

func (p *progressLine) done() {
	if p.used {
		fmt.Fprintln(p.w)
	}
}

// bar renders a text progress bar.
func bar(done, total, width int) string {
	if total <= 0 {
		return ""
	}
	n := done * width / total
	if n > width {
		n = width
	}
	b := make([]byte, width)
	for i := range b {
		if i < n {
			b[i] = '#'
		} else {
			b[i] = '.'
		}
	}
	return "[" + string(b) + "]"
}

// openResolved opens the library and resolves the record ref names with
// resolve: the open-then-resolve every command that names a record starts
// with.
func openResolved[T any](ctx context.Context, c *call, readOnly bool, ref string, resolve func(*app.Library, string) (T, error)) (*app.Library, T, error) {
	var zero T
	lib, err := c.open(ctx, readOnly)
	if err != nil {
		return nil, zero, err
	}
	v, err := resolve(lib, ref)
	if err != nil {
		return nil, zero, err
	}
	return lib, v, nil
}

// jsonFlag declares the --json flag of a command that changes something.
func (c *call) jsonFlag() *bool {
	return c.fs.Bool("json", false, "print the result as JSON")
}

// done prints a command's result: v as JSON, or the sentence.
func (c *call) done(asJSON bool, v any, format string, args ...any) error {
	if asJSON {
		return printJSON(c.Stdout, v)
	}
	_, err := fmt.Fprintf(c.Stdout, format, args...)
	return err
}

// listing runs a listing command without arguments: open the library read
// only, fetch the list, print it as JSON (an empty list as []) or with text,
// which says what an empty list means.
func listing[T any](ctx context.Context, c *call, fetch func(*app.Library) ([]T, error), text func(io.Writer, []T)) error {
	asJSON := c.fs.Bool("json", false, "print JSON")
	if _, err := c.parse(c.rest(), 0, 0); err != nil {
		return err
	}
	lib, err := c.open(ctx, true)
	if err != nil {
		return err
	}
	list, err := fetch(lib)
	if err != nil {
		return err
	}
	if *asJSON {
		if list == nil {
			list = []T{}
		}
		return printJSON(c.Stdout, list)
	}
	text(c.Stdout, list)
	return nil
}
