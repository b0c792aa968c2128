package ui

import (
	"strings"
	"testing"
)

func TestEditArticleUndoAndHistory(t *testing.T) {
	h := newUIHarness(t, true)
	const phrase = "Grey Channel"
	v, start, end := h.openArticleWith(phrase)
	// A highlight on the phrase, which the edit will remove.
	if _, err := addAnnotation(h.w.ctx, h.lib, v.id, start, end, "", nil); err != nil {
		t.Fatal(err)
	}
	h.w.changed()
	oldTitle, oldText := v.art.Title, v.art.Text()

	e := newArticleEditor(h.w.newDialogKeys(), v)
	e.title.SetText("Edited: " + oldTitle)
	e.source.SetText("Test Wire")
	e.date.SetText("2024-05-06")
	e.body.SetText(strings.ReplaceAll(oldText, phrase, "grey route") + "\n\nA closing paragraph.")
	msg, err := e.save()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(msg, "1 orphaned") {
		t.Errorf("summary %q does not report the orphaned highlight", msg)
	}
	a, err := h.lib.Article(v.id)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Edited: "+oldTitle || a.Source != "Test Wire" || a.Published.Format("2006-01-02") != "2024-05-06" ||
		!strings.HasSuffix(a.Text(), "A closing paragraph.") || strings.Contains(a.Text(), phrase) {
		t.Fatalf("stored article after the edit: %q %q %v …%q", a.Title, a.Source, a.Published, a.Text()[max(0, len(a.Text())-40):])
	}
	if v.art.Title != a.Title || string(v.reader.text) != a.Text() {
		t.Error("the open tab does not show the edited article")
	}
	if !strings.Contains(v.status.Text, "orphaned") {
		t.Errorf("status line %q does not report the edit", v.status.Text)
	}
	if orph, _ := h.lib.Orphans(); len(orph) != 1 {
		t.Errorf("%d orphans after the edit, want 1", len(orph))
	}

	// An edit that changes nothing writes nothing.
	if msg, err := newArticleEditor(h.w.newDialogKeys(), v).save(); err != nil || msg != "Nothing changed." {
		t.Errorf("unchanged save: %q, %v", msg, err)
	}
	// A bad date is refused before anything is written.
	bad := newArticleEditor(h.w.newDialogKeys(), v)
	bad.date.SetText("6 May")
	if _, err := bad.save(); err == nil {
		t.Error("a malformed date was accepted")
	}

	// Undo brings the old text and the highlight back.
	msg, err = v.undoEdit()
	if err != nil {
		t.Fatal(err)
	}
	if a, _ = h.lib.Article(v.id); a.Title != oldTitle || a.Text() != oldText {
		t.Errorf("after undo: title %q, text changed %v", a.Title, a.Text() != oldText)
	}
	if !strings.Contains(msg, "re-attached") {
		t.Errorf("undo summary %q does not report the highlight re-attached", msg)
	}
	if orph, _ := h.lib.Orphans(); len(orph) != 0 {
		t.Errorf("%d orphans after undo, want 0", len(orph))
	}

	// History: the current revision and the two before it; restoring the
	// edited one makes it current again.
	vs, rows, err := v.historyRows()
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 3 || !vs[0].Current || len(rows) != 3 {
		t.Fatalf("history has %d rows (%v), want 3 with the current first", len(vs), rows)
	}
	var edited int
	for _, r := range vs {
		if r.Title == "Edited: "+oldTitle {
			edited = r.Revision
		}
	}
	if edited == 0 {
		t.Fatalf("history %v lacks the edited revision", rows)
	}
	if _, err := v.restoreVersion(edited); err != nil {
		t.Fatal(err)
	}
	if a, _ = h.lib.Article(v.id); a.Title != "Edited: "+oldTitle {
		t.Errorf("after restoring revision %d the title is %q", edited, a.Title)
	}
}

func TestParagraphsSplitAtBlankLines(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"one\n\ntwo", []string{"one", "two"}},
		{"  one\r\n \r\ntwo\n\n\n\nthree  ", []string{"one", "two", "three"}},
		{"one\ncontinued", []string{"one\ncontinued"}},
		{"\n\n", nil},
	} {
		got := paragraphs(tc.in)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") || len(got) != len(tc.want) {
			t.Errorf("paragraphs(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
