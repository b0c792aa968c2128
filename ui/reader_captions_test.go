package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"dossier/app"
)

// TestReaderCaptionsInPlace: each caption is laid out where its picture
// stood (between the paragraphs around it, or after the last), in caption
// type, outside the selectable text; offsets still map to the right lines.
func TestReaderCaptionsInPlace(t *testing.T) {
	test.NewTempApp(t)
	a := &app.Article{Title: "Dry Summer", Body: []string{
		"The river fell to its lowest level in forty years.",
		"Barges waited at the locks for a week.",
		"Rain is forecast for the autumn.",
	}, Captions: []app.Caption{
		{Text: "A barge aground near the weir", Credit: "J. Ruiz", At: 1},
		{Text: "The dry bed at dawn", At: 3},
	}}
	r := NewReader()
	r.SetArticle(a, nil)
	r.Resize(fyne.NewSize(700, 900))
	yOf := func(sub string) (float32, *textLine) {
		for i := range r.lines {
			if strings.Contains(r.lines[i].text, sub) {
				return r.lines[i].y, &r.lines[i]
			}
		}
		t.Fatalf("no line holds %q", sub)
		return 0, nil
	}
	p0, _ := yOf("lowest level")
	c0, cl := yOf("barge aground")
	p1, _ := yOf("Barges waited")
	p2, _ := yOf("Rain is forecast")
	c1, _ := yOf("dry bed")
	if !(p0 < c0 && c0 < p1 && p2 < c1) {
		t.Errorf("captions out of place: paragraph 0 at %v, caption at %v, paragraph 1 at %v; last paragraph at %v, last caption at %v", p0, c0, p1, p2, c1)
	}
	if cl.body() || !cl.style.Italic || cl.size >= r.size || !strings.HasPrefix(cl.text, "Caption: ") || !strings.Contains(cl.text, "(J. Ruiz)") {
		t.Errorf("caption line %+v is not marked and styled as a caption", *cl)
	}
	// Every offset of the text is found on the first body line that ends
	// at or after it (a paragraph break belongs to the next paragraph).
	text := []rune(a.Text())
	for off := 0; off <= len(text); off++ {
		want := -1
		for i := range r.lines {
			if r.lines[i].body() && r.lines[i].end >= off {
				want = i
				break
			}
		}
		if i := r.lineOf(off); i != want {
			t.Fatalf("offset %d maps to line %d, want %d", off, i, want)
		}
	}
	// Clicking a caption puts the caret at the paragraph after it.
	if off := r.offsetAt(fyne.NewPos(cl.x+5, cl.y+cl.h/2)); off != len([]rune(a.Body[0]))+len([]rune(app.ParagraphSep)) {
		t.Errorf("a click on the caption gave offset %d", off)
	}
}

// TestReaderKicker: the kicker is shown over the headline, outside the text.
func TestReaderKicker(t *testing.T) {
	test.NewTempApp(t)
	a := &app.Article{Title: "Dry Summer", Kicker: "Analysis", Body: []string{"The river fell to its lowest level in forty years."}}
	r := NewReader()
	r.SetArticle(a, nil)
	r.Resize(fyne.NewSize(700, 600))
	if len(r.lines) < 3 || r.lines[0].text != "ANALYSIS" || r.lines[0].body() || r.lines[1].text != "Dry Summer" {
		t.Fatalf("first lines %+v, want the kicker over the title", r.lines[:min(3, len(r.lines))])
	}
	if r.lineOf(0) < 2 || r.lines[r.lineOf(0)].start != 0 {
		t.Errorf("offset 0 is not on the first body line")
	}
}
