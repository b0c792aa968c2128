package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"time"
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
