package ui

import (
	"context"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// longNote is n words of prose in paragraphs, with a [[link]] now and then.
func longNote(n int) string {
	words := strings.Fields("the ministry said on Tuesday that talks with the delegation would resume next week " +
		"after a pause of several months officials told reporters in the capital that progress was slow")
	var b strings.Builder
	for i := range n {
		switch {
		case i > 0 && i%120 == 0:
			b.WriteString(".\n\n")
		case i > 0 && i%17 == 0:
			b.WriteString(". ")
		case i > 0:
			b.WriteByte(' ')
		}
		if i%400 == 7 {
			b.WriteString("[[Lena Marsh]]")
			continue
		}
		b.WriteString(words[i%len(words)])
	}
	return b.String()
}

// BenchmarkNoteKeystroke measures one character typed into a note of
// 20,000 words, from the key event to the editor's text, caret and rows
// updated and its renderer refreshed (what the next frame paints), with the
// app's own handlers (autosave scheduling, [[ completion, preview
// scheduling) on the path. Target: under 16 ms.
func BenchmarkNoteKeystroke(b *testing.B) {
	for _, words := range []int{1000, 5000, 20000} {
		b.Run(strconv.Itoa(words)+"words", func(b *testing.B) { benchNoteKeystroke(b, longNote(words)) })
	}
	// The whole note one paragraph of varied words: the edited line is the
	// note.
	b.Run("20000words-1paragraph", func(b *testing.B) {
		benchNoteKeystroke(b, strings.ReplaceAll(variedNote(20000), "\n", " "))
	})
}

func benchNoteKeystroke(b *testing.B, body string) {
	ctx := context.Background()
	lib, err := openTestLibrary(ctx, b.TempDir(), false)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := lib.LoadSample(ctx); err != nil {
		b.Fatal(err)
	}
	fa := test.NewTempApp(b)
	w := newMainWindow(ctx, fa, Config{Dir: b.TempDir(), Open: openTestLibrary, Version: "bench"})
	w.inline = true
	w.win.Resize(fyne.NewSize(1280, 800))
	w.setLibrary(lib, "")
	w.waitIdle()
	n, err := lib.CreateNote(ctx, "Long note", body, nil)
	if err != nil {
		b.Fatal(err)
	}
	v := w.open("note:" + n.ID).(*noteView)
	v.syncPreview = false // as in the app: the preview follows once typing pauses
	c := w.win.Canvas()
	c.Focus(v.editor)
	// The caret in the middle of the note, as when revising.
	for range min(300, v.editor.totalRows()/2) {
		v.editor.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	}
	b.ReportMetric(float64(len(strings.Fields(v.editor.Text))), "words")
	letters := "abcdefghij [[Le"
	b.ResetTimer()
	c0 := processCPU()
	for i := range b.N {
		ch := rune(letters[i%len(letters)])
		c.Focused().TypedRune(ch)
	}
	cpu := processCPU() - c0
	b.StopTimer()
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/key")
	if v.previewTimer != nil {
		v.previewTimer.Stop()
	}
	if _, ok := c.Focused().(*noteEditor); !ok || len(v.editor.Text) <= len(body) {
		b.Fatalf("typing went to %T", c.Focused())
	}
	if err := w.shutdown(); err != nil {
		b.Fatal(err)
	}
	w.win.Close()
}

// BenchmarkNoteOpen measures opening a note of 20,000 words: the note view
// built (editor, preview, completion) and laid out in a 1280×800 window, so
// the editor has wrapped every line once. It reports the heap the editor
// keeps for the note (text, lines, rows, drawn rows).
func BenchmarkNoteOpen(b *testing.B) {
	ctx := context.Background()
	lib, err := openTestLibrary(ctx, b.TempDir(), false)
	if err != nil {
		b.Fatal(err)
	}
	fa := test.NewTempApp(b)
	w := newMainWindow(ctx, fa, Config{Dir: b.TempDir(), Open: openTestLibrary, Version: "bench"})
	w.inline = true
	w.win.Resize(fyne.NewSize(1280, 800))
	w.setLibrary(lib, "")
	w.waitIdle()
	body := longNote(20000)
	n, err := lib.CreateNote(ctx, "Long note", body, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(len(strings.Fields(body))), "words")
	// view: the whole note view, whose time is mostly the preview's
	// RichText laying out the rendered note.
	b.Run("view", func(b *testing.B) {
		for range b.N {
			v, err := newNoteView(w, n.ID)
			if err != nil {
				b.Fatal(err)
			}
			win := fa.NewWindow("note")
			win.SetContent(v.object())
			win.Resize(fyne.NewSize(1280, 800))
			if v.editor.totalRows() < 300 {
				b.Fatalf("the note has %d rows", v.editor.totalRows())
			}
			win.Close()
		}
	})
	// editor: the editor alone, given the text and laid out 640 wide; with
	// varied words (a vocabulary of thousands) nearly every word is
	// measured, where the generated note repeats thirty.
	for _, tc := range []struct{ name, text string }{{"editor", body}, {"editor-varied", variedNote(20000)}} {
		b.Run(tc.name, func(b *testing.B) {
			for range b.N {
				e := newNoteEditor()
				win := fa.NewWindow("editor")
				win.SetContent(e)
				win.Resize(fyne.NewSize(640, 800))
				e.SetText(tc.text)
				if e.totalRows() < 300 {
					b.Fatalf("the note has %d rows", e.totalRows())
				}
				win.Close()
			}
		})
	}
	// heap: what one editor holding the note keeps (text shared with the
	// caller, lines, rows, drawn rows), laid out 640 wide.
	b.Run("heap", func(b *testing.B) {
		var before, after runtime.MemStats
		var editors []*noteEditor
		runtime.GC()
		runtime.ReadMemStats(&before)
		for range b.N {
			e := newNoteEditor()
			win := fa.NewWindow("editor")
			win.SetContent(e)
			win.Resize(fyne.NewSize(640, 800))
			e.SetText(body)
			e.totalRows()
			editors = append(editors, e)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/1e6/float64(b.N), "MB/editor")
		b.ReportMetric(float64(len(body))/1e6, "text-MB")
		runtime.KeepAlive(editors)
	})
}

// BenchmarkNotePause measures the work the note view does on the UI
// goroutine once typing pauses in a 20,000-word note, which holds up a
// keystroke that arrives meanwhile: preview (the preview re-rendered and
// laid out at 1280×800) and save (autosave: store, index, sidebar and
// inspector).
func BenchmarkNotePause(b *testing.B) {
	ctx := context.Background()
	lib, err := openTestLibrary(ctx, b.TempDir(), false)
	if err != nil {
		b.Fatal(err)
	}
	fa := test.NewTempApp(b)
	w := newMainWindow(ctx, fa, Config{Dir: b.TempDir(), Open: openTestLibrary, Version: "bench"})
	w.inline = true
	w.win.Resize(fyne.NewSize(1280, 800))
	w.setLibrary(lib, "")
	w.waitIdle()
	n, err := lib.CreateNote(ctx, "Long note", longNote(20000), nil)
	if err != nil {
		b.Fatal(err)
	}
	v := w.open("note:" + n.ID).(*noteView)
	v.syncPreview = false
	c := w.win.Canvas()
	c.Focus(v.editor)
	v.editor.setCaretOffset(len(v.editor.Text) / 2)
	b.Run("preview", func(b *testing.B) {
		for range b.N {
			v.editor.TypedRune('x')
			v.flushPreview()
		}
	})
	b.Run("save", func(b *testing.B) {
		for range b.N {
			v.editor.TypedRune('x')
			v.save()
		}
	})
	if v.previewTimer != nil {
		v.previewTimer.Stop()
	}
	if err := w.shutdown(); err != nil {
		b.Fatal(err)
	}
	w.win.Close()
}

// variedNote is longNote with each word made one of some thousands.
func variedNote(n int) string {
	var b strings.Builder
	for i, w := range strings.SplitAfter(longNote(n), " ") {
		word := strings.TrimSuffix(w, " ")
		b.WriteString(word)
		if word != "" && !strings.ContainsAny(word, ".[]\n") {
			b.WriteString(strconv.Itoa(i * 7919 % 5000))
		}
		if strings.HasSuffix(w, " ") {
			b.WriteByte(' ')
		}
	}
	return b.String()
}
