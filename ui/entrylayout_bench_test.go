package ui

import (
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// BenchmarkEntryLayout measures one typed character in a bare Fyne
// widget.Entry (no app handlers) holding a long note, laid out three ways,
// to size the fix for BenchmarkNoteKeystroke (issue #21):
//
//   - word: one word-wrapped Entry, as the note editor was (it is now a widget
//     of its own, noteeditor.go, measured by BenchmarkNoteKeystroke). Fyne keeps
//     the whole text as one segment and, on every keystroke, converts it to
//     runes once per wrapped row and re-wraps every paragraph, so the cost
//     grows with the square of the note's length.
//   - off: the same Entry without wrapping (a row per paragraph): fewer rows,
//     still quadratic; not usable for prose, measured only for scale.
//   - paras: one word-wrapped Entry per paragraph in a scrolled VBox, typing
//     into the middle one: a keystroke re-wraps one paragraph, so the cost
//     barely grows with the note, but still costs about 10 ms.
func BenchmarkEntryLayout(b *testing.B) {
	for _, mode := range []string{"word", "off", "paras"} {
		for _, words := range []int{1000, 5000, 20000} {
			b.Run(mode+"/"+strconv.Itoa(words)+"words", func(b *testing.B) { benchEntryLayout(b, mode, words) })
		}
	}
}

func benchEntryLayout(b *testing.B, mode string, words int) {
	a := test.NewTempApp(b)
	w := a.NewWindow("entry")
	w.Resize(fyne.NewSize(1280, 800))
	body := longNote(words)
	var target *widget.Entry
	if mode == "paras" {
		box := container.NewVBox()
		for _, p := range strings.Split(body, "\n\n") {
			e := widget.NewMultiLineEntry()
			e.Wrapping = fyne.TextWrapWord
			e.SetText(p)
			box.Add(e)
		}
		w.SetContent(container.NewVScroll(box))
		target = box.Objects[len(box.Objects)/2].(*widget.Entry)
	} else {
		target = widget.NewMultiLineEntry()
		target.Wrapping = fyne.TextWrapWord
		if mode == "off" {
			target.Wrapping = fyne.TextWrapOff
		}
		target.SetText(body)
		w.SetContent(target)
	}
	c := w.Canvas()
	c.Focus(target)
	for range 3 {
		target.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	}
	letters := "abcdefghij [[Le"
	b.ResetTimer()
	c0 := processCPU()
	for i := range b.N {
		c.Focused().TypedRune(rune(letters[i%len(letters)]))
	}
	cpu := processCPU() - c0
	b.StopTimer()
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/key")
	if c.Focused() != fyne.Focusable(target) {
		b.Fatalf("typing went to %T", c.Focused())
	}
}
