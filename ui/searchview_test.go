package ui

import (
	"sort"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"dossier/app"
)

// TestFragmentWrapsLikeText renders a hit's fragments at many widths and
// checks that they wrap as plain text does: no word is broken, and the
// first word of each line (with a space before and after it) did not fit
// at the end of the line before. Fyne's rich text, which showed them
// before, left "An insurer" alone on a line and at some widths put a word
// after a highlight one letter per line.
func TestFragmentWrapsLikeText(t *testing.T) {
	test.NewTempApp(t)
	first := "Halden reopened on Friday after a six-week closure, but shipping insurers warned that premiums would stay high."
	text := "…political announcement before it is a commercial reality”. “An insurer does not read press releases. An insurer reads incident reports,” Ilves said. “Give us a month without an incident and the premiums will…"
	frags := []app.Fragment{{Text: first, Marks: runeMarks(first, "insurers")}, {Text: text, Marks: runeMarks(text, "insurer")}}
	words := map[string]bool{}
	for _, f := range frags {
		for _, w := range strings.Fields(f.Text) {
			words[w] = true
		}
	}
	ft := newFlowText(fragmentRuns(frags), newTextWidths())
	w := test.NewWindow(ft)
	defer w.Close()
	pad := theme.InnerPadding()
	space := fyne.MeasureText(" ", theme.TextSize(), fyne.TextStyle{}).Width
	for width := float32(200); width <= 900; width += 3 {
		w.Resize(fyne.NewSize(width, 800))
		avail := ft.Size().Width - 2*pad
		rows := map[float32][]*canvas.Text{}
		for _, o := range test.WidgetRenderer(ft).Objects() {
			if tx, ok := o.(*canvas.Text); ok {
				rows[tx.Position().Y] = append(rows[tx.Position().Y], tx)
			}
		}
		var ys []float32
		for y := range rows {
			ys = append(ys, y)
		}
		sort.Slice(ys, func(i, j int) bool { return ys[i] < ys[j] })
		for i, y := range ys {
			row := rows[y]
			sort.Slice(row, func(a, b int) bool { return row[a].Position().X < row[b].Position().X })
			line := ""
			for _, tx := range row {
				line += tx.Text + " "
			}
			for _, word := range strings.Fields(line) {
				if !words[word] {
					t.Fatalf("width %.0f: line %q breaks a word (%q)", width, line, word)
				}
			}
			if i+1 == len(ys) || strings.HasSuffix(strings.TrimSpace(line), "high.") {
				continue // the last line, or the first fragment's: the next fragment starts a line
			}
			end := row[len(row)-1]
			next := rows[ys[i+1]][0]
			for _, tx := range rows[ys[i+1]] {
				if tx.Position().X < next.Position().X {
					next = tx
				}
			}
			word := strings.Fields(next.Text)[0]
			used := end.Position().X - pad + end.Size().Width
			if used+space+fyne.MeasureText(word, next.TextSize, next.TextStyle).Width < avail {
				t.Errorf("width %.0f: line %q ends with room for %q", width, line, word)
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
