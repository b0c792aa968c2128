package ui

import (
	"sort"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// TestFragmentWrapsLikeText renders a hit's fragments at many widths and
// checks that they wrap as plain text does: no word is broken, and each
// line's next word (with its space) did not fit at the end of the line. Fyne's rich text
// left "An insurer" alone on a line, and at some widths put a word after a
// highlight one letter per line.
func TestFragmentWrapsLikeText(t *testing.T) {
	test.NewTempApp(t)
	text := "…political announcement before it is a commercial reality”. “An insurer does not read press releases. An insurer reads incident reports,” Ilves said. “Give us a month without an incident and the premiums will…"
	frags := []app.Fragment{
		{Text: "Halden reopened on Friday after a six-week closure, but shipping insurers warned that premiums would stay high.", Marks: runeMarks("Halden reopened on Friday after a six-week closure, but shipping insurers warned", "insurers")},
		{Text: text, Marks: runeMarks(text, "insurer")},
	}
	words := map[string]bool{}
	for _, f := range frags {
		for _, w := range strings.Fields(f.Text) {
			words[w] = true
		}
	}
	rt := widget.NewRichText(fragmentSegments(frags)...)
	rt.Wrapping = fyne.TextWrapWord
	w := test.NewWindow(rt)
	defer w.Close()
	pad := theme.InnerPadding()
	for width := float32(200); width <= 900; width += 3 {
		w.Resize(fyne.NewSize(width, 800))
		avail := rt.Size().Width - 2*pad
		rows := map[float32][]*canvas.Text{}
		for _, o := range test.WidgetRenderer(rt).Objects() {
			if tx, ok := o.(*canvas.Text); ok && strings.TrimSpace(strings.ReplaceAll(tx.Text, zeroWidthSpace, "")) != "" {
				rows[tx.Position().Y] = append(rows[tx.Position().Y], tx)
			}
		}
		var ys []float32
		for y := range rows {
			ys = append(ys, y)
		}
		sort.Slice(ys, func(i, j int) bool { return ys[i] < ys[j] })
		var lines []string
		for _, y := range ys {
			row := rows[y]
			sort.Slice(row, func(a, b int) bool { return row[a].Position().X < row[b].Position().X })
			line := ""
			for _, tx := range row {
				line += strings.ReplaceAll(tx.Text, zeroWidthSpace, "")
			}
			lines = append(lines, line)
			for _, word := range strings.Fields(line) {
				if !words[word] {
					t.Fatalf("width %.0f: line %q breaks a word (%q)", width, line, word)
				}
			}
		}
		for i := 0; i+1 < len(lines); i++ {
			if strings.HasSuffix(lines[i], "high.") {
				continue // the first fragment's end: the next starts its own line
			}
			// A word moves to the next line with its space after it.
			next := strings.Fields(lines[i+1])[0]
			need := fyne.MeasureText(strings.TrimRight(lines[i], " ")+" "+next+" ", theme.TextSize(), fyne.TextStyle{Bold: true}).Width
			if need < avail {
				t.Errorf("width %.0f: line %q ends with room for %q", width, lines[i], next)
			}
		}
	}
}

// runeMarks marks every occurrence of word in text, in runes.
func runeMarks(text, word string) [][2]int {
	var marks [][2]int
	for i := 0; ; {
		k := strings.Index(text[i:], word)
		if k < 0 {
			return marks
		}
		s := len([]rune(text[:i+k]))
		marks = append(marks, [2]int{s, s + len([]rune(word))})
		i += k + len(word)
	}
}
