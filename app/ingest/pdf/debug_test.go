package pdf

import (
	"fmt"
	"context"
	"math"
	"os"
	"path/filepath"
	"testing"

	"dossier/internal/realdata"
)

func TestDebugCols(t *testing.T) {
	name := os.Getenv("DOSSIER_PDF_DUMP")
	if name == "" {
		t.Skip()
	}
	dir, _ := realdata.Dir(t, "pdf")
	data, _ := os.ReadFile(filepath.Join(dir, name))
	raw, err := extractor(t).read(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	p := raw.Pages[0]
	spans := cleanSpans(p.Spans)
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, s := range spans {
		lo, hi = math.Min(lo, s.X0), math.Max(hi, s.X1)
	}
	w := hi - lo
	cover := make([]int, int(w)+1)
	for _, s := range spans {
		for x := max(int(s.X0-lo), 0); x <= int(s.X1-lo) && x < len(cover); x++ {
			cover[x]++
		}
	}
	for i, b := range columns(spans, p.Width) {
		ls := toLines(b)
		t.Logf("block %d: %d spans, %d lines; first %q", i, len(b), len(ls), ls[0].Text)
	}
	rl := roughLines(spans)
	t.Logf("rough lines %d", len(rl))
	for _, ln := range rl {
		cross := ""
		for _, i := range ln {
			if sp := spans[i]; sp.X1 > 294 && sp.X0 < 315 {
				cross += " " + sp.Text + fmt.Sprintf("[%.0f-%.0f,%.0f-%.0f]", sp.X0, sp.X1, sp.Top, sp.Bottom)
			}
		}
		if cross != "" {
			t.Logf("line of %d spans crosses: %s", len(ln), cross)
		}
	}
	t.Logf("lo %.0f hi %.0f", lo, hi)
	for x := int(w * 0.2); x < int(w*0.3); x += 2 {
		t.Logf("%d %d", x+int(lo), cover[x])
	}
}
