package export_test

import (
	"archive/zip"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"dossier/app"
	"dossier/app/export"
)

// refiDir is ../shared/refi-qda beside the repository.
func refiDir(t *testing.T) string {
	t.Helper()
	d, err := filepath.Abs(filepath.Join("..", "..", "..", "shared", "refi-qda"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(d); err != nil {
		t.Skipf("REFI-QDA schema and samples not found at %s", d)
	}
	return d
}

func TestQDPXValidatesAndRoundTrips(t *testing.T) {
	ctx := context.Background()
	lib := newExpLib(t)
	id := seedExp(t, lib)
	res := exportTo(t, lib, export.FormatQDPX, filepath.Join(t.TempDir(), "proj"), export.Selection{})
	if res.Articles != 1 || res.Annotations != 2 {
		t.Fatalf("result %+v", res)
	}
	zr, err := zip.OpenReader(res.Path)
	if err != nil {
		t.Fatal(err)
	}
	var qde []byte
	sources := 0
	for _, f := range zr.File {
		if f.Name == "project.qde" {
			rc, _ := f.Open()
			qde, _ = io.ReadAll(rc)
			rc.Close()
		} else if strings.HasPrefix(f.Name, "sources/") {
			sources++
		}
	}
	zr.Close()
	if len(qde) == 0 || sources != 2 { // the article and the note
		t.Fatalf("project.qde %d bytes, %d sources", len(qde), sources)
	}
	if xl, err := exec.LookPath("xmllint"); err != nil {
		t.Log("xmllint missing (apt-get install libxml2-utils); schema validation skipped")
	} else {
		dir := refiDir(t)
		p := filepath.Join(t.TempDir(), "project.qde")
		os.WriteFile(p, qde, 0o644)
		out, err := exec.Command(xl, "--noout", "--schema", filepath.Join(dir, "Project-mrt2019.xsd"), p).CombinedOutput()
		if err != nil {
			t.Fatalf("project.qde does not validate: %v\n%s", err, out)
		}
	}

	// Imported into an empty library: the same article text and spans.
	b := newExpLib(t)
	sum, err := b.Import(ctx, []string{res.Path}, app.ImportOptions{})
	if err != nil || sum.Failed > 0 {
		t.Fatalf("import: %+v %v", sum, err)
	}
	orig, err := lib.Article(id)
	if err != nil {
		t.Fatal(err)
	}
	got, err := b.Article(id) // GUIDs map back to the same IDs
	if err != nil {
		t.Fatalf("article under its own ID: %v", err)
	}
	if got.Text() != orig.Text() || got.Title != orig.Title {
		t.Errorf("article text changed:\n%q\n%q", got.Text(), orig.Text())
	}
	want, _ := lib.Annotations(id)
	have, _ := b.Annotations(id)
	if len(have) < len(want) {
		t.Fatalf("%d annotations, want at least %d", len(have), len(want))
	}
	spans := map[string]bool{}
	for _, h := range have {
		spans[h.Selector.Exact] = true
	}
	for _, w := range want {
		if !spans[w.Selector.Exact] {
			t.Errorf("annotation %q lost", w.Selector.Exact)
		}
	}
	// Importing again changes nothing.
	before := snapshot(t, b)
	if _, err := b.Import(ctx, []string{res.Path}, app.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	after := snapshot(t, b)
	for bk := range before {
		if len(before[bk]) != len(after[bk]) {
			t.Errorf("second import changed %s: %d → %d", bk, len(before[bk]), len(after[bk]))
		}
	}
}

func TestQDPXImportAtlasSamples(t *testing.T) {
	dir := filepath.Join(refiDir(t), "samples")
	lib := newExpLib(t)
	for _, name := range []string{"blank-atlas-project.qdpx", "target-atlas-project.qdpx"} {
		o := importOne(t, lib, filepath.Join(dir, name))
		if o.Status == app.ImportFailed {
			t.Errorf("%s: %+v", name, o)
		}
	}
	tags, err := lib.Tags()
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, tg := range tags {
		names[tg.Name] = true
	}
	for _, want := range []string{"Commits", "Commits/2022-05-10T02:05:59Z 19e4dce"} {
		if !names[want] {
			t.Errorf("code %q did not become a tag (tags: %v)", want, names)
		}
	}
}

func TestBadQDPX(t *testing.T) {
	lib := newExpLib(t)
	before := snapshot(t, lib)
	for name, data := range map[string][]byte{
		"noproject": zipOf(t, [2]string{"sources/x.txt", "x"}),
		"malformed": zipOf(t, [2]string{"project.qde", "<Project"}),
		"escape":    zipOf(t, [2]string{"project.qde", "<Project/>"}, [2]string{"../x.txt", "x"}),
		"missing":   zipOf(t, [2]string{"project.qde", `<Project name="p"><Sources><TextSource guid="00000000-0000-0000-0000-000000000001" plainTextPath="internal://nope.txt"/></Sources></Project>`}),
	} {
		p := filepath.Join(t.TempDir(), name+".qdpx")
		os.WriteFile(p, data, 0o644)
		if o := importOne(t, lib, p); o.Status != app.ImportFailed {
			t.Errorf("%s: %+v", name, o)
		}
	}
	if got := snapshot(t, lib); len(got[app.BucketArticles])+len(got[app.BucketTags]) != len(before[app.BucketArticles])+len(before[app.BucketTags]) {
		t.Error("a bad project wrote to the library")
	}
}
