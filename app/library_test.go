package app_test

import (
	"context"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dossier/app"
	"dossier/index"
	"dossier/storage"
)

// newCoreLib opens a library on a real bbolt file and a real Bleve index.
func newCoreLib(t testing.TB, dir string) *app.Library {
	t.Helper()
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
	t.Cleanup(func() { lib.Close() })
	return lib
}

func writeFile(t testing.TB, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const coreArticle = `Ministers agree to meet again

PORT ESKER – Ministers from the two coastal states agreed on Thursday to meet again next month.

"We found more common ground than we expected," said Mara Quill, the foreign minister of Esker.

The talks will resume in the spring.
`

func TestImportListShow(t *testing.T) {
	ctx := context.Background()
	lib := newCoreLib(t, t.TempDir())
	src := t.TempDir()
	writeFile(t, src, "a.txt", coreArticle)
	writeFile(t, src, "nested/b.txt", "Second story\n\nA short second story about fisheries.\n\nIt has two paragraphs.\n")
	writeFile(t, src, "nested/ignore.bin", "\x00\x01")
	writeFile(t, src, ".hidden/c.txt", "Hidden\n\nShould not be imported.\n")
	sum, err := lib.Import(ctx, []string{src}, app.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 2 || sum.Skipped != 1 || sum.Failed != 0 {
		t.Fatalf("summary = %+v; want 2 added, 1 skipped", sum)
	}
	list, err := lib.Articles()
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 {
		t.Fatalf("list = %+v", list)
	}
	var id string
	for _, a := range list {
		if a.Title == "Ministers agree to meet again" {
			id = a.ID
		}
	}
	if id == "" {
		t.Fatalf("title not recognised: %+v", list)
	}
	a, err := lib.Article(id)
	if err != nil {
		t.Fatal(err)
	}
	if a.Dateline != "PORT ESKER" || len(a.Body) != 3 || !strings.HasPrefix(a.Body[0], "Ministers from") {
		t.Errorf("article = %+v", a)
	}
	// Importing the same folder again adds nothing.
	sum, err = lib.Import(ctx, []string{src}, app.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 0 || sum.Duplicates != 2 {
		t.Errorf("re-import summary = %+v; want 2 duplicates", sum)
	}
	rep, err := lib.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.OK() {
		t.Errorf("check after import:\n%s", rep)
	}
}

func TestImportBadFiles(t *testing.T) {
	ctx := context.Background()
	lib := newCoreLib(t, t.TempDir())
	src := t.TempDir()
	good := writeFile(t, src, "good.txt", coreArticle)
	empty := writeFile(t, src, "empty.txt", "  \n\n")
	binary := writeFile(t, src, "binary.txt", "PK\x03\x04\x00\x00\x00binary")
	missing := filepath.Join(src, "missing.txt")
	sum, err := lib.Import(ctx, []string{good, empty, binary, missing}, app.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 1 || sum.Failed != 3 {
		t.Fatalf("summary = %+v", sum)
	}
	for _, o := range sum.Outcomes {
		if o.Status == app.ImportFailed && (o.Reason == "" || o.Path == "") {
			t.Errorf("failure without path or reason: %+v", o)
		}
	}
	if list, _ := lib.Articles(); len(list) != 1 {
		t.Errorf("%d articles stored, want 1", len(list))
	}
}

func TestImportCancelKeepsWholeArticles(t *testing.T) {
	lib := newCoreLib(t, t.TempDir())
	src := t.TempDir()
	for i := range 50 {
		writeFile(t, src, filepath.Join("d", string(rune('a'+i%26))+strings.Repeat("x", i/26)+".txt"),
			"Story "+strings.Repeat("I", i+1)+"\n\nParagraph one of story "+strings.Repeat("I", i+1)+".\n\nParagraph two.\n")
	}
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	_, err := lib.Import(ctx, []string{src}, app.ImportOptions{Workers: 1, Progress: func(p app.ImportProgress) {
		n++
		if n == 3 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	list, _ := lib.Articles()
	for _, s := range list {
		a, err := lib.Article(s.ID)
		if err != nil || len(a.Body) != 2 {
			t.Errorf("half-stored article %s: %+v %v", s.ID, a, err)
		}
	}
	rep, err := lib.Check(context.Background())
	if err != nil || !rep.OK() {
		t.Errorf("check after cancel: %v\n%s", err, rep)
	}
}

var updateV1 = flag.Bool("update-v1", false, "rewrite testdata/library-v1.db (a library as schema 1 wrote it)")

// TestMigrateFromV1 opens a library written with schema 1 (before duplicate
// detection) and checks that it is upgraded: schema recorded, content hashes
// filled, and re-importing an article it holds is recognised as a duplicate.
func TestMigrateFromV1(t *testing.T) {
	if *updateV1 {
		writeV1Library(t, "testdata")
	}
	dir := t.TempDir()
	copyFile(t, filepath.Join("testdata", "library-v1.db"), filepath.Join(dir, storage.FileName))
	lib := newCoreLib(t, dir)
	var schema int
	if err := lib.Store().View(func(tx app.Tx) error { return tx.Get(app.BucketMeta, "schema", &schema) }); err != nil {
		t.Fatal(err)
	}
	if schema != app.SchemaVersion {
		t.Errorf("schema = %d, want %d", schema, app.SchemaVersion)
	}
	a, err := lib.Article("01HZV1ARTICLE0000000000001")
	if err != nil {
		t.Fatal(err)
	}
	if a.ContentHash != app.ContentHash(a.Body) {
		t.Errorf("content hash not filled: %q", a.ContentHash)
	}
	src := writeFile(t, t.TempDir(), "again.txt", a.Title+"\n\n"+strings.Join(a.Body, "\n\n")+"\n")
	sum, err := lib.Import(context.Background(), []string{src}, app.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Duplicates != 1 {
		t.Errorf("re-import of a v1 article: %+v; want a duplicate", sum)
	}
	rep, err := lib.Check(context.Background())
	if err != nil || !rep.OK() {
		t.Errorf("check after migration: %v\n%s", err, rep)
	}
}

// writeV1Library writes testdata/library-v1.db the way schema 1 stored
// articles: no content hash, no article_hash/article_source indexes.
func writeV1Library(t *testing.T, dir string) {
	path := filepath.Join(dir, storage.FileName)
	os.Remove(path)
	st, err := storage.Open(dir, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	created := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	err = st.Update(func(tx app.Tx) error {
		if err := tx.Put(app.BucketMeta, "schema", 1); err != nil {
			return err
		}
		return tx.Put(app.BucketArticles, "01HZV1ARTICLE0000000000001", map[string]any{
			"id": "01HZV1ARTICLE0000000000001", "v": 1, "created": created, "updated": created,
			"title": "Old library article", "source": "Sample Wire",
			"body":     []string{"An article stored by the first version of Dossier.", "It has two paragraphs."},
			"revision": 1,
		})
	})
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(path, filepath.Join(dir, "library-v1.db")); err != nil {
		t.Fatal(err)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	out.Close()
}

func TestNewerSchemaRefused(t *testing.T) {
	dir := t.TempDir()
	st, err := storage.Open(dir, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st.Update(func(tx app.Tx) error { return tx.Put(app.BucketMeta, "schema", app.SchemaVersion+1) })
	_, err = app.Open(context.Background(), st, nil, app.Options{})
	st.Close()
	if !errors.Is(err, app.ErrNewerSchema) {
		t.Fatalf("err = %v, want ErrNewerSchema", err)
	}
}

func TestIDsSortAndAreValid(t *testing.T) {
	g := app.NewIDGen(func() time.Time { return time.Unix(1700000000, 0) })
	prev := ""
	for range 1000 {
		id := g.New()
		if !app.ValidID(id) || id <= prev {
			t.Fatalf("id %q after %q", id, prev)
		}
		prev = id
	}
}
