package export_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"dossier/app"
	"dossier/app/export"
	"dossier/index"
	"dossier/storage"
)

// newExpLib opens a library on a real bbolt file and Bleve index, with the
// archive importers registered.
func newExpLib(t testing.TB) *app.Library {
	t.Helper()
	dir := t.TempDir()
	st, err := storage.Open(dir, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	idx, err := index.Open(filepath.Join(dir, "index.bleve"), index.Options{})
	if err != nil {
		st.Close()
		t.Fatal(err)
	}
	lib, err := app.Open(context.Background(), st, idx, app.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if lib.IndexStale() {
		if err := lib.Reindex(context.Background(), nil); err != nil {
			t.Fatal(err)
		}
	}
	export.Register(lib)
	t.Cleanup(func() { lib.Close() })
	return lib
}

// hostile is user text that breaks naive exporters.
const hostile = "<script>alert(\"x\")</script>, \"quoted\", a,b\nsecond line ]] [[link]] ---\n=SUM(A1) & more"

const expArticle = `Ministers agree to meet again
PORT ESKER – Ministers from the two coastal states agreed on Thursday to meet again next month.

"We found more common ground than we expected," said Mara Quill, the foreign minister of Esker.

The talks <b>covered</b> fishing rights, a disputed lighthouse and the ferry timetable.

"Nothing is settled until everything is settled," said Tobin Hale, the chief negotiator for Varn.
`

// seedExp fills a library with an article, annotations with hostile notes
// and tags, the finder's quotes and a note, and returns the article ID.
func seedExp(t testing.TB, lib *app.Library) string {
	t.Helper()
	ctx := context.Background()
	p := filepath.Join(t.TempDir(), "talks.txt")
	if err := os.WriteFile(p, []byte(expArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, err := lib.Import(ctx, []string{p}, app.ImportOptions{})
	if err != nil || sum.Added != 1 {
		t.Fatalf("import: %+v %v", sum, err)
	}
	id := sum.Outcomes[0].ArticleID
	if _, err := lib.Annotate(ctx, app.AnnotationInput{ArticleID: id, Quote: "fishing rights", Note: hostile, Tags: []string{"topic/fish, \"boats\""}}); err != nil {
		t.Fatal(err)
	}
	if _, err := lib.Annotate(ctx, app.AnnotationInput{ArticleID: id, Quote: "disputed lighthouse", Note: "--- \n# not a heading", Tags: []string{"=cmd|' /C calc'!A0"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := lib.CreateNote(ctx, "Talks overview", "See [[Ministers agree to meet again]].\n\n"+hostile, []string{"topic"}); err != nil {
		t.Fatal(err)
	}
	if err := lib.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	return id
}

// snapshot reads every record of the merged kinds, by bucket and ID.
func snapshot(t testing.TB, lib *app.Library) map[app.Bucket]map[string]string {
	t.Helper()
	out := map[app.Bucket]map[string]string{}
	err := lib.Store().View(func(tx app.Tx) error {
		for _, b := range []app.Bucket{app.BucketArticles, app.BucketAnnotations, app.BucketQuotes, app.BucketPeople, app.BucketNotes, app.BucketTags} {
			out[b] = map[string]string{}
			if err := tx.ForEach(b, "", func(id string, decode func(any) error) error {
				var v any
				switch b {
				case app.BucketArticles:
					v = &app.Article{}
				case app.BucketAnnotations:
					v = &app.Annotation{}
				case app.BucketQuotes:
					v = &app.Quote{}
				case app.BucketPeople:
					v = &app.Person{}
				case app.BucketNotes:
					v = &app.Note{}
				case app.BucketTags:
					v = &app.Tag{}
				}
				if err := decode(v); err != nil {
					return err
				}
				j, _ := json.Marshal(v)
				out[b][id] = string(j)
				return nil
			}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func exportTo(t testing.TB, lib *app.Library, format, out string, sel export.Selection) export.Result {
	t.Helper()
	res, err := export.Run(context.Background(), lib, export.Options{Format: format, Out: out, Selection: sel, Origin: "lib-" + format})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func importOne(t testing.TB, lib *app.Library, path string) app.ImportOutcome {
	t.Helper()
	sum, err := lib.Import(context.Background(), []string{path}, app.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Outcomes) != 1 {
		t.Fatalf("outcomes: %+v", sum.Outcomes)
	}
	return sum.Outcomes[0]
}

func searchIDs(t testing.TB, lib *app.Library, q string) []string {
	t.Helper()
	res, err := lib.Search(context.Background(), app.SearchRequest{Query: q, Size: 100})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	sort.Strings(ids) // ties in ranking may come in any order
	return ids
}

func TestBundleRoundTrip(t *testing.T) {
	a := newExpLib(t)
	seedExp(t, a)
	out := filepath.Join(t.TempDir(), "share")
	res := exportTo(t, a, export.FormatBundle, out, export.Selection{})
	if res.Path != out+".dossier" || res.Articles != 1 || res.Annotations != 2 || res.Notes != 1 || res.Quotes == 0 {
		t.Fatalf("result: %+v", res)
	}
	b := newExpLib(t)
	o := importOne(t, b, res.Path)
	if o.Status != app.ImportAdded {
		t.Fatalf("import: %+v", o)
	}
	want, got := snapshot(t, a), snapshot(t, b)
	if !reflect.DeepEqual(want, got) {
		for bk := range want {
			if !reflect.DeepEqual(want[bk], got[bk]) {
				t.Errorf("%s differ:\nwant %v\ngot  %v", bk, want[bk], got[bk])
			}
		}
	}
	for _, q := range []string{"lighthouse", "speaker:Quill", "tag:topic", "type:note overview"} {
		if w, g := searchIDs(t, a, q), searchIDs(t, b, q); !reflect.DeepEqual(w, g) || len(w) == 0 {
			t.Errorf("search %q: want %v, got %v", q, w, g)
		}
	}
	rep, err := b.Check(context.Background())
	if err != nil || len(rep.DanglingRefs) > 0 || len(rep.Missing)+len(rep.Extra)+len(rep.Outdated) > 0 {
		t.Errorf("check after import: %+v %v", rep, err)
	}
	// A second import changes nothing.
	o = importOne(t, b, res.Path)
	if o.Status != app.ImportDuplicate {
		t.Errorf("second import: %+v", o)
	}
	if !reflect.DeepEqual(got, snapshot(t, b)) {
		t.Error("the second import changed records")
	}
}

func TestBundleMerge(t *testing.T) {
	ctx := context.Background()
	a := newExpLib(t)
	id := seedExp(t, a)
	p1 := exportTo(t, a, export.FormatBundle, filepath.Join(t.TempDir(), "a1.dossier"), export.Selection{}).Path
	b := newExpLib(t)
	importOne(t, b, p1)

	anns, err := b.Annotations(id)
	if err != nil || len(anns) != 2 {
		t.Fatalf("annotations: %v %v", anns, err)
	}
	// B edits one annotation and the note; A edits the same note: a conflict.
	note := "edited in B"
	if _, err := b.UpdateAnnotation(ctx, anns[0].ID, app.AnnotationEdit{Note: &note}); err != nil {
		t.Fatal(err)
	}
	n, err := a.NoteByTitle("Talks overview")
	if err != nil {
		t.Fatal(err)
	}
	bodyA, bodyB := "A's version", "B's version"
	if _, err := a.UpdateNote(ctx, n.ID, app.NoteEdit{Body: &bodyA}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.UpdateNote(ctx, n.ID, app.NoteEdit{Body: &bodyB}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.CreateNote(ctx, "New in B", "about [[Talks overview]]", nil); err != nil {
		t.Fatal(err)
	}
	p2 := exportTo(t, b, export.FormatBundle, filepath.Join(t.TempDir(), "b1.dossier"), export.Selection{}).Path
	o := importOne(t, a, p2)
	if o.Status != app.ImportAdded || !strings.Contains(o.Reason, "1 edited on both sides") {
		t.Fatalf("merge: %+v", o)
	}
	an, err := a.Annotation(anns[0].ID)
	if err != nil || an.Note != note {
		t.Errorf("annotation not updated: %+v %v", an, err)
	}
	// Edited on both sides: the newer text (B's) is current, A's is kept in
	// the note's history, and the conflict is listed.
	kept, err := a.Note(n.ID)
	if err != nil || kept.Body != bodyB {
		t.Errorf("merged note: %+v %v", kept, err)
	}
	vers, err := a.NoteVersions(n.ID)
	if err != nil {
		t.Fatal(err)
	}
	foundA := false
	for _, v := range vers {
		foundA = foundA || v.Body == bodyA
	}
	if !foundA {
		t.Errorf("A's text is not in the note's history: %+v", vers)
	}
	cs, err := a.MergeConflicts()
	if err != nil || len(cs) != 1 || cs[0].ID != n.ID || cs[0].Field != "body" {
		t.Errorf("conflicts: %+v %v", cs, err)
	}
	if _, err := a.NoteByTitle("New in B"); err != nil {
		t.Errorf("new note: %v", err)
	}
	before := snapshot(t, a)
	o = importOne(t, a, p2)
	if o.Status != app.ImportDuplicate {
		t.Errorf("second merge: %+v", o)
	}
	if !reflect.DeepEqual(before, snapshot(t, a)) {
		t.Error("the second merge changed records")
	}
	rep, err := a.Check(ctx)
	if err != nil || len(rep.DanglingRefs) > 0 {
		t.Errorf("check: %+v %v", rep, err)
	}
}

// zipOf builds a zip from name → content.
func zipOf(t testing.TB, files ...[2]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		w, err := zw.Create(f[0])
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(f[1]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const goodManifest = `{"format":"dossier-bundle","version":1,"origin":"x"}`

func TestBadBundles(t *testing.T) {
	lib := newExpLib(t)
	seedExp(t, lib)
	good := exportTo(t, lib, export.FormatBundle, filepath.Join(t.TempDir(), "good.dossier"), export.Selection{}).Path
	goodData, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, want string
		data       []byte
	}{
		{"traversal", "leaves the archive", zipOf(t, [2]string{"manifest.json", goodManifest}, [2]string{"../evil.jsonl", "x"})},
		{"absolute", "unsafe path", zipOf(t, [2]string{"manifest.json", goodManifest}, [2]string{"/etc/passwd", "x"})},
		{"backslash", "unsafe path", zipOf(t, [2]string{"manifest.json", goodManifest}, [2]string{`..\evil`, "x"})},
		{"no manifest", "no manifest.json", zipOf(t, [2]string{"articles.jsonl", ""})},
		{"future", "newer Dossier", zipOf(t, [2]string{"manifest.json", `{"format":"dossier-bundle","version":99}`})},
		{"no version", "no format version", zipOf(t, [2]string{"manifest.json", `{"format":"dossier-bundle"}`})},
		{"malformed manifest", "malformed", zipOf(t, [2]string{"manifest.json", `{"format":`})},
		{"malformed line", "articles.jsonl line 1 is malformed", zipOf(t, [2]string{"manifest.json", goodManifest}, [2]string{"articles.jsonl", "{nope}\n"})},
		{"bad id", "malformed ID", zipOf(t, [2]string{"manifest.json", goodManifest}, [2]string{"articles.jsonl", `{"record":{"id":"../x","body":["a"]}}` + "\n"})},
		{"bomb", "archive bomb", zipOf(t, [2]string{"manifest.json", goodManifest}, [2]string{"articles.jsonl", strings.Repeat(" ", 20<<20)})},
		{"truncated", "truncated", goodData[:len(goodData)/2]},
		{"not a zip", "not a zip", []byte("hello")},
	}
	b := newExpLib(t)
	before := snapshot(t, b)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "bad.dossier")
			if err := os.WriteFile(p, c.data, 0o644); err != nil {
				t.Fatal(err)
			}
			o := importOne(t, b, p)
			if o.Status != app.ImportFailed || !strings.Contains(o.Reason, c.want) || !strings.Contains(o.Reason, "bad.dossier") {
				t.Errorf("got %+v, want a failure mentioning %q and the file", o, c.want)
			}
			if !reflect.DeepEqual(before, snapshot(t, b)) {
				t.Error("a bad bundle wrote to the library")
			}
		})
	}
}

func TestCancelledExportLeavesNothing(t *testing.T) {
	lib := newExpLib(t)
	seedExp(t, lib)
	dir := t.TempDir()
	for _, f := range export.Formats() {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := export.Run(ctx, lib, export.Options{Format: f, Out: filepath.Join(dir, "x-"+f)})
		if err == nil {
			t.Errorf("%s: cancelled export succeeded", f)
		}
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("cancelled exports left %v", ents)
	}
}

func TestSelections(t *testing.T) {
	ctx := context.Background()
	lib := newExpLib(t)
	id := seedExp(t, lib)
	p := filepath.Join(t.TempDir(), "other.txt")
	os.WriteFile(p, []byte("Other story\nA completely different story about harbour cranes.\n"), 0o644)
	if _, err := lib.Import(ctx, []string{p}, app.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, c := range []struct {
		sel         export.Selection
		arts, notes int
	}{
		{export.Selection{}, 2, 1},
		{export.Selection{Article: id}, 1, 0},
		{export.Selection{Tag: "topic"}, 1, 1},
		{export.Selection{Query: "cranes"}, 1, 0},
		{export.Selection{Note: "Talks overview"}, 1, 1},
	} {
		res := exportTo(t, lib, export.FormatCSV, filepath.Join(dir, c.sel.String()+".csv"), c.sel)
		_ = res
		res = exportTo(t, lib, export.FormatBundle, filepath.Join(dir, c.sel.String()+".dossier"), c.sel)
		if res.Articles != c.arts || res.Notes != c.notes {
			t.Errorf("%s: %d articles, %d notes; want %d, %d", c.sel, res.Articles, res.Notes, c.arts, c.notes)
		}
	}
}

// Two analysts imported the same article on their own: a bundle from one
// attaches its highlights to the other's copy, once.
func TestBundleSameArticleImportedTwice(t *testing.T) {
	a := newExpLib(t)
	seedExp(t, a)
	b := newExpLib(t)
	p := filepath.Join(t.TempDir(), "talks.txt")
	os.WriteFile(p, []byte(expArticle), 0o644)
	sum, err := b.Import(context.Background(), []string{p}, app.ImportOptions{})
	if err != nil || sum.Added != 1 {
		t.Fatal(sum, err)
	}
	bid := sum.Outcomes[0].ArticleID
	path := exportTo(t, a, export.FormatBundle, filepath.Join(t.TempDir(), "a.dossier"), export.Selection{}).Path
	for range 2 {
		if o := importOne(t, b, path); o.Status == app.ImportFailed {
			t.Fatalf("%+v", o)
		}
		arts, _ := b.Articles()
		anns, _ := b.Annotations(bid)
		if len(arts) != 1 || len(anns) != 2 {
			t.Errorf("%d articles, %d annotations on the local copy; want 1 and 2", len(arts), len(anns))
		}
	}
}
