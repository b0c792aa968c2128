package app_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"dossier/app"
	"dossier/storage"
)

func mustNote(t testing.TB, lib *app.Library, title, body string) *app.Note {
	t.Helper()
	n, err := lib.CreateNote(context.Background(), title, body, nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestNoteLinksAndBacklinks(t *testing.T) {
	ctx := context.Background()
	lib := newCoreLib(t, t.TempDir())
	src := writeFile(t, t.TempDir(), "a.txt", coreArticle)
	if _, err := lib.Import(ctx, []string{src}, app.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	mustNote(t, lib, "Séoul", "Capital.")
	hub := mustNote(t, lib, "Hub", strings.Join([]string{
		"Links: [[seoul]] and [[SEOUL#History|the city]],",
		"the article [[Ministers agree to meet again]], a person [[Mara Quill]],",
		"a missing page [[Nowhere]], and `[[not a link]]` in code.",
	}, "\n"))
	links, err := lib.Links("Hub")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, l := range links.Outgoing {
		state := "missing"
		if l.Exists {
			state = string(l.Page.Kind) + ":" + l.Page.Title
		}
		got[l.Target] = state
	}
	want := map[string]string{
		"seoul": "note:Séoul", "SEOUL": "note:Séoul", "Ministers agree to meet again": "article:Ministers agree to meet again",
		"Mara Quill": "person:Mara Quill", "Nowhere": "missing",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("link %q resolved to %q, want %q", k, got[k], v)
		}
	}
	if _, ok := got["not a link"]; ok {
		t.Error("a link inside a code span was taken as a link")
	}
	// Backlinks of the note, of the person and of the article.
	for _, title := range []string{"Séoul", "Mara Quill", "Ministers agree to meet again"} {
		bl, err := lib.Links(title)
		if err != nil {
			t.Fatal(err)
		}
		if len(bl.Backlinks) == 0 || bl.Backlinks[0].Source.ID != hub.ID || bl.Backlinks[0].Context == "" {
			t.Errorf("backlinks of %q = %+v", title, bl.Backlinks)
		}
	}
	// After an edit that removes the links, the backlinks go.
	body := "Nothing linked now. Seoul is only mentioned."
	if _, err := lib.UpdateNote(ctx, hub.ID, app.NoteEdit{Body: &body}); err != nil {
		t.Fatal(err)
	}
	bl, _ := lib.Links("Séoul")
	if len(bl.Backlinks) != 0 {
		t.Errorf("backlinks after edit = %+v", bl.Backlinks)
	}
	ments, err := lib.UnlinkedMentions(ctx, "Séoul")
	if err != nil || len(ments) != 1 {
		t.Fatalf("unlinked mentions = %+v, %v", ments, err)
	}
	if err := lib.LinkMention(ctx, ments[0], "Séoul"); err != nil {
		t.Fatal(err)
	}
	bl, _ = lib.Links("Séoul")
	if len(bl.Backlinks) != 1 {
		t.Errorf("backlinks after link-it = %+v", bl.Backlinks)
	}
	// Deleting the target leaves the link shown as missing.
	n, _ := lib.NoteByTitle("Séoul")
	if err := lib.DeleteNote(ctx, n.ID); err != nil {
		t.Fatal(err)
	}
	out, _ := lib.Links("Hub")
	for _, l := range out.Outgoing {
		if l.Exists {
			t.Errorf("link to a deleted page still resolves: %+v", l)
		}
	}
	html, err := lib.RenderPage(mustNoteBody(t, lib, "Hub"))
	if err != nil || !strings.Contains(html, "missing") {
		t.Errorf("rendered = %s (%v); want the missing link marked", html, err)
	}
	if rep, err := lib.Check(ctx); err != nil || !rep.OK() {
		t.Errorf("check: %v\n%s", err, rep)
	}
}

func mustNoteBody(t *testing.T, lib *app.Library, title string) string {
	n, err := lib.NoteByTitle(title)
	if err != nil {
		t.Fatal(err)
	}
	return n.Body
}

func TestRenameRewritesLinks(t *testing.T) {
	ctx := context.Background()
	lib := newCoreLib(t, t.TempDir())
	mustNote(t, lib, "Sanctions", "The page.")
	a := mustNote(t, lib, "A", "See [[Sanctions]] and [[sanctions#2021|the 2021 round]].")
	b := mustNote(t, lib, "B", "Embed ![[quote:nothing]] and `[[Sanctions]]` in code, and [[Sanctions]].")
	if _, err := lib.RenameNote(ctx, "Sanctions", "Sanctions regime"); err != nil {
		t.Fatal(err)
	}
	na, _ := lib.Note(a.ID)
	nb, _ := lib.Note(b.ID)
	if na.Body != "See [[Sanctions regime]] and [[Sanctions regime#2021|the 2021 round]]." {
		t.Errorf("A = %q", na.Body)
	}
	if nb.Body != "Embed ![[quote:nothing]] and `[[Sanctions]]` in code, and [[Sanctions regime]]." {
		t.Errorf("B = %q", nb.Body)
	}
	bl, err := lib.Links("Sanctions regime")
	if err != nil || len(bl.Backlinks) != 3 {
		t.Errorf("backlinks after rename = %+v, %v", bl, err)
	}
	if _, err := lib.NoteByTitle("Sanctions"); !errors.Is(err, app.ErrNotFound) {
		t.Errorf("old title still resolves: %v", err)
	}
	if rep, err := lib.Check(ctx); err != nil || !rep.OK() {
		t.Errorf("check: %v\n%s", err, rep)
	}
}

func TestNoteTitleRules(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	lib := newCoreLib(t, dir)
	mustNote(t, lib, "Taken", "")
	for _, title := range []string{"", "   ", strings.Repeat("x", 201), "a [[b", "a ]] b", "a|b", "a#b", "taken", "TAKEN "} {
		if _, err := lib.CreateNote(ctx, title, "", nil); err == nil {
			t.Errorf("CreateNote(%q) succeeded", title)
		}
	}
	notes, _ := lib.Notes()
	if len(notes) != 1 {
		t.Errorf("%d notes stored, want 1", len(notes))
	}
}

func TestNoteVersions(t *testing.T) {
	ctx := context.Background()
	lib := newCoreLib(t, t.TempDir())
	n := mustNote(t, lib, "Draft", "one")
	title := "Final"
	if _, err := lib.UpdateNote(ctx, n.ID, app.NoteEdit{Title: &title}); err != nil {
		t.Fatal(err)
	}
	vs, err := lib.NoteVersions(n.ID)
	if err != nil || len(vs) != 1 || vs[0].Title != "Draft" || vs[0].Body != "one" {
		t.Errorf("versions = %+v, %v", vs, err)
	}
}

// A checkpoint keeps the previous text as a revision even inside the
// coalescing window, and a restore is a new revision that keeps the text it
// replaces.
func TestNoteCheckpointAndRestore(t *testing.T) {
	ctx := context.Background()
	lib := newCoreLib(t, t.TempDir())
	n := mustNote(t, lib, "Draft", "one")
	body := "one two"
	if _, err := lib.UpdateNote(ctx, n.ID, app.NoteEdit{Body: &body, Checkpoint: true}); err != nil {
		t.Fatal(err)
	}
	body = "one two three"
	n2, err := lib.UpdateNote(ctx, n.ID, app.NoteEdit{Body: &body})
	if err != nil {
		t.Fatal(err)
	}
	if n2.Revision != 2 {
		t.Fatalf("revision %d after a checkpoint and a save within the window, want 2", n2.Revision)
	}
	n3, err := lib.RestoreNoteVersion(ctx, n.ID, 1)
	if err != nil {
		t.Fatal(err)
	}
	if n3.Body != "one" || n3.Revision != 3 {
		t.Fatalf("restore gave revision %d %q, want revision 3 \"one\"", n3.Revision, n3.Body)
	}
	vs, err := lib.NoteVersions(n.ID)
	if err != nil || len(vs) != 2 || vs[0].Revision != 2 || vs[0].Body != "one two three" || vs[1].Body != "one" {
		t.Fatalf("versions after restore = %+v, %v", vs, err)
	}
	if _, err := lib.RestoreNoteVersion(ctx, n.ID, 9); !errors.Is(err, app.ErrNotFound) {
		t.Errorf("restoring a revision that does not exist: %v", err)
	}
}

// BenchmarkBacklinks measures the backlinks of a page in a library of
// 10,000 notes and 10,000 articles (target: under 10 ms).
func BenchmarkBacklinks(b *testing.B) {
	ctx := context.Background()
	dir := b.TempDir()
	lib := newBenchLib(b, dir)
	seedLibrary(b, lib, 10000, 10000)
	b.ResetTimer()
	for range b.N {
		l, err := lib.Links("Topic 42")
		if err != nil || len(l.Backlinks) == 0 {
			b.Fatal(err, l)
		}
	}
	_ = ctx
}

// BenchmarkRename1000Links renames a page with 1,000 incoming links (target:
// under 1 s).
func BenchmarkRename1000Links(b *testing.B) {
	ctx := context.Background()
	lib := newBenchLib(b, b.TempDir())
	seedLibrary(b, lib, 1000, 0)
	b.ResetTimer()
	for i := range b.N {
		from, to := "Hub page", "Hub renamed"
		if i%2 == 1 {
			from, to = to, from
		}
		if _, err := lib.RenameNote(ctx, from, to); err != nil {
			b.Fatal(err)
		}
	}
}

// newBenchLib opens a library without an index, so seeding is quick.
func newBenchLib(b *testing.B, dir string) *app.Library {
	st, err := storage.Open(dir, storage.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	lib, err := app.Open(context.Background(), st, nil, app.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { lib.Close() })
	return lib
}

// seedLibrary adds notes that all link to "Hub page" and to one of 100
// topics, and articles.
func seedLibrary(b *testing.B, lib *app.Library, notes, articles int) {
	ctx := context.Background()
	mustNote(b, lib, "Hub page", "The hub.")
	for i := range 100 {
		mustNote(b, lib, fmt.Sprintf("Topic %d", i), "A topic.")
	}
	for i := range notes {
		body := fmt.Sprintf("Note %d about [[Topic %d]] and the [[Hub page]].\n\n%s", i, i%100, strings.Repeat("Filler text. ", 100))
		mustNote(b, lib, fmt.Sprintf("Note %d", i), body)
	}
	if articles > 0 {
		src := b.TempDir()
		for i := range articles {
			writeFile(b, src, fmt.Sprintf("a%05d.txt", i), fmt.Sprintf("Article number %d\n\nBody of article %d with some words.\n", i, i))
		}
		if _, err := lib.Import(ctx, []string{src}, app.ImportOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// [[links]] in a highlight's note are backlinks of the page they name, kept
// in step as the note is edited, the page renamed and the highlight
// deleted; a plain mention in a highlight's note is an unlinked mention.
func TestHighlightNoteLinksAreBacklinks(t *testing.T) {
	ctx := context.Background()
	lib := newAnnLib(t)
	a := lib.addArticle(t, "Talks resume", "The ministry said talks would resume next week.")
	mustNote(t, lib.Library, "Talks tracker", "")
	mustNote(t, lib.Library, "Ministry", "")
	an, err := lib.Annotate(ctx, app.AnnotationInput{ArticleID: a.ID, Quote: "talks would resume",
		Note: "Compare [[Talks tracker]]; the Ministry again."})
	if err != nil {
		t.Fatal(err)
	}
	backFrom := func(title string) []app.Backlink {
		t.Helper()
		links, err := lib.Links(title)
		if err != nil {
			t.Fatal(err)
		}
		var out []app.Backlink
		for _, b := range links.Backlinks {
			if b.Source.Kind == app.TypeAnnotation && b.Source.ID == an.ID {
				out = append(out, b)
			}
		}
		return out
	}
	if got := backFrom("Talks tracker"); len(got) != 1 || got[0].Source.Title != "Highlight in Talks resume" ||
		!strings.Contains(got[0].Context, "Compare") {
		t.Fatalf("backlinks of Talks tracker from the highlight: %+v", got)
	}
	ms, err := lib.UnlinkedMentions(ctx, "Ministry")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, m := range ms {
		found = found || m.Source.Kind == app.TypeAnnotation && m.Source.ID == an.ID
	}
	if !found {
		t.Errorf("the highlight's plain mention of Ministry is not an unlinked mention: %+v", ms)
	}

	// Renaming the page rewrites the link in the highlight's note.
	if _, err := lib.RenameNote(ctx, "Talks tracker", "Talks watch"); err != nil {
		t.Fatal(err)
	}
	got, err := lib.Annotation(an.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got.Note, "[[Talks watch]]") || len(backFrom("Talks watch")) != 1 {
		t.Fatalf("after the rename the note reads %q", got.Note)
	}

	// Editing the note away and deleting the highlight drop the backlink.
	plain := "No link now."
	if _, err := lib.UpdateAnnotation(ctx, an.ID, app.AnnotationEdit{Note: &plain}); err != nil {
		t.Fatal(err)
	}
	if got := backFrom("Talks watch"); len(got) != 0 {
		t.Fatalf("backlink kept after the link was edited out: %+v", got)
	}
	back := "Back to [[Talks watch]]."
	if _, err := lib.UpdateAnnotation(ctx, an.ID, app.AnnotationEdit{Note: &back}); err != nil {
		t.Fatal(err)
	}
	if err := lib.DeleteAnnotation(ctx, an.ID); err != nil {
		t.Fatal(err)
	}
	if got := backFrom("Talks watch"); len(got) != 0 {
		t.Fatalf("backlink kept after the highlight was deleted: %+v", got)
	}
	rep, err := lib.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.DanglingRefs) != 0 {
		t.Errorf("dangling refs: %v", rep.DanglingRefs)
	}
}
