package app_test

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"dossier/app"
	"dossier/app/anchor"
	"dossier/app/ingest"
	"dossier/index"
	"dossier/storage"
)

// annLib is a library on a real bbolt file and a real Bleve index, with the
// index kept at hand so tests can query it directly.
type annLib struct {
	*app.Library
	idx *index.Index
}

// newAnnLib opens a fresh library in t.TempDir().
func newAnnLib(t testing.TB) annLib {
	t.Helper()
	dir := t.TempDir()
	st, err := storage.Open(dir, storage.Options{NoSync: true})
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
		idx.Close()
		st.Close()
		t.Fatal(err)
	}
	if lib.IndexStale() {
		if err := lib.Reindex(context.Background(), nil); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() { lib.Close() })
	return annLib{Library: lib, idx: idx}
}

// addArticle stores an article with exactly these paragraphs.
func (l annLib) addArticle(t testing.TB, title string, paras ...string) *app.Article {
	t.Helper()
	out, err := l.ImportDocument(context.Background(), &ingest.Document{Title: title, Paragraphs: paras, Format: "txt"},
		title+".txt", false)
	if err != nil {
		t.Fatal(err)
	}
	if out.ArticleID == "" {
		t.Fatalf("import %q: %+v", title, out)
	}
	a, err := l.Article(out.ArticleID)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// annotate highlights the only occurrence of words in the article.
func (l annLib) annotate(t testing.TB, articleID, words string, tags ...string) *app.Annotation {
	t.Helper()
	an, err := l.Annotate(context.Background(), app.AnnotationInput{ArticleID: articleID, Quote: words, Tags: tags})
	if err != nil {
		t.Fatalf("annotate %q: %v", words, err)
	}
	return an
}

// searchIDs returns the IDs the index finds for a query (after a Sync).
func (l annLib) searchIDs(t testing.TB, q string) map[string]bool {
	t.Helper()
	ctx := context.Background()
	if err := l.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	res, err := l.idx.Search(ctx, app.SearchRequest{Query: q, Size: 1000})
	if err != nil {
		t.Fatalf("search %q: %v", q, err)
	}
	ids := map[string]bool{}
	for _, h := range res.Hits {
		ids[h.ID] = true
	}
	return ids
}

// checkClean runs Check: the store is consistent and the index matches it.
func (l annLib) checkClean(t testing.TB) {
	t.Helper()
	rep, err := l.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !rep.OK() {
		t.Errorf("check:\n%s", rep)
	}
}

// backup returns the bytes of a consistent copy of the store.
func (l annLib) backup(t testing.TB) []byte {
	t.Helper()
	var b bytes.Buffer
	if _, err := l.Store().Backup(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// spanText is the article text an annotation's offsets point at now.
func spanText(t testing.TB, l annLib, an *app.Annotation) string {
	t.Helper()
	a, err := l.Article(an.ArticleID)
	if err != nil {
		t.Fatal(err)
	}
	r := []rune(a.Text())
	if an.Selector.Start < 0 || an.Selector.End > len(r) || an.Selector.Start >= an.Selector.End {
		t.Fatalf("annotation %s has span [%d,%d) in a text of %d runes", an.ID, an.Selector.Start, an.Selector.End, len(r))
	}
	return string(r[an.Selector.Start:an.Selector.End])
}

var annParas = []string{
	"The ministers of both coastal states met in the harbour town on Thursday morning.",
	"Officials said the goverment would review the fishing quotas before the winter season begins.",
	"Both delegations praised the calm tone of the talks and the hospitality of the hosts.",
	"A short paragraph about the weather, which was grey and windy all day long.",
	"Analysts expect a second round of negotiations to take place early next spring.",
}

func TestAnnotateEditReanchor(t *testing.T) {
	ctx := context.Background()
	l := newAnnLib(t)
	a := l.addArticle(t, "Coastal talks", annParas...)

	keep := l.annotate(t, a.ID, "praised the calm tone of the talks", "topic/talks")
	typo := l.annotate(t, a.ID, "the goverment would review the fishing quotas")
	gone := l.annotate(t, a.ID, "which was grey and windy all day long")
	last := l.annotate(t, a.ID, "second round of negotiations")
	byOffsets, err := l.Annotate(ctx, app.AnnotationInput{ArticleID: a.ID, Start: 4, End: 13, Note: "who *exactly*?", Color: "blue"})
	if err != nil {
		t.Fatal(err)
	}
	if got := spanText(t, l, byOffsets); got != "ministers" || byOffsets.Color != "#7cc4f2" {
		t.Fatalf("offset annotation = %q %s", got, byOffsets.Color)
	}

	// Insert a paragraph before, fix the typo, delete the weather passage.
	body := []string{
		"SEAPORT – A new opening paragraph pushes everything further down the page.",
		annParas[0],
		strings.Replace(annParas[1], "goverment", "government", 1),
		annParas[2],
		"A short paragraph about the weather.",
		annParas[4],
	}
	res, err := l.EditArticle(ctx, a.ID, app.ArticleEdit{Body: body})
	if err != nil {
		t.Fatal(err)
	}
	want := app.ReanchorCounts{Moved: 3, Flagged: 1, Orphaned: 1}
	if res.Reanchor.Annotations != want || !res.Changed || !res.TextChanged || res.Revision != 2 {
		t.Fatalf("edit result = %+v; want annotations %+v at revision 2", res, want)
	}
	for _, c := range []struct {
		an    *app.Annotation
		text  string
		state anchor.Status
	}{
		{keep, "praised the calm tone of the talks", anchor.Exact},
		{typo, "the government would review the fishing quotas", anchor.Fuzzy},
		{last, "second round of negotiations", anchor.Exact},
		{byOffsets, "ministers", anchor.Exact},
	} {
		got, err := l.Annotation(c.an.ID)
		if err != nil {
			t.Fatal(err)
		}
		if s := spanText(t, l, got); s != c.text || got.State != c.state || got.Selector.Exact != c.text {
			t.Errorf("%q → %q (%s, exact %q); want %q (%s)", c.an.Selector.Exact, s, got.State, got.Selector.Exact, c.text, c.state)
		}
	}
	orphan, err := l.Annotation(gone.ID)
	if err != nil {
		t.Fatal(err)
	}
	// An orphan keeps its words and context; its positions say where the
	// passage was in the text as it is now (not in the old text).
	os, gs := orphan.Selector, gone.Selector
	if !orphan.Orphaned() || os.Exact != gs.Exact || os.Prefix != gs.Prefix || os.Suffix != gs.Suffix {
		t.Errorf("deleted passage: %+v; want orphaned with its old words and context", orphan.Target)
	}
	if cur, _ := l.Article(a.ID); os.Start != os.End || os.End > len([]rune(cur.Text())) {
		t.Errorf("deleted passage at [%d,%d); want the point where it was", os.Start, os.End)
	}
	orphans, err := l.Orphans()
	if err != nil {
		t.Fatal(err)
	}
	if len(orphans) != 1 || orphans[0].ID != gone.ID || orphans[0].Kind != app.TypeAnnotation || orphans[0].ArticleTitle != "Coastal talks" {
		t.Errorf("orphans = %+v", orphans)
	}
	flagged, err := l.Flagged()
	if err != nil || len(flagged) != 1 || flagged[0].ID != typo.ID {
		t.Errorf("flagged = %+v, %v", flagged, err)
	}
	counts, err := l.AnchorCounts()
	if err != nil || counts.Annotations != 5 || counts.OrphanedAnnotations != 1 || counts.FlaggedAnnotations != 1 {
		t.Errorf("counts = %+v, %v", counts, err)
	}
	// The index has the states: the orphan is found by its kept words.
	if ids := l.searchIDs(t, `status:orphaned`); !ids[gone.ID] || len(ids) != 1 {
		t.Errorf("status:orphaned finds %v", ids)
	}
	if ids := l.searchIDs(t, `type:annotation government`); !ids[typo.ID] {
		t.Errorf("the fixed words are not indexed: %v", ids)
	}

	// An orphan cannot be marked reviewed; a flagged one can.
	if err := l.MarkReviewed(ctx, gone.ID); err == nil {
		t.Error("marking an orphan reviewed succeeded")
	}
	if err := l.MarkReviewed(ctx, typo.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := l.Annotation(typo.ID); got.State != anchor.Exact {
		t.Errorf("after review: %s", got.State)
	}

	// Undo brings the deleted passage back, and the orphan with it.
	res, err = l.UndoArticleEdit(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if res.Revision != 3 || res.Reanchor.Annotations.Restored != 1 {
		t.Errorf("undo = %+v", res)
	}
	cur, _ := l.Article(a.ID)
	if !equalParas(cur.Body, annParas) {
		t.Errorf("after undo the body is %q", cur.Body)
	}
	got, _ := l.Annotation(gone.ID)
	if got.Orphaned() || spanText(t, l, got) != gone.Selector.Exact || got.Selector != gone.Selector {
		t.Errorf("after undo the orphan is %+v", got.Target)
	}
	// Undo again: nothing before revision 1.
	if _, err := l.UndoArticleEdit(ctx, a.ID); !errors.Is(err, app.ErrNothingToUndo) {
		t.Errorf("second undo: %v; want ErrNothingToUndo", err)
	}
	l.checkClean(t)
}

func equalParas(a, b []string) bool {
	return strings.Join(a, "\x00") == strings.Join(b, "\x00")
}

func TestReattachAndDelete(t *testing.T) {
	ctx := context.Background()
	l := newAnnLib(t)
	a := l.addArticle(t, "Reattach", annParas...)
	an := l.annotate(t, a.ID, "grey and windy", "weather")
	if _, err := l.EditArticle(ctx, a.ID, app.ArticleEdit{Body: []string{annParas[0], annParas[1]}}); err != nil {
		t.Fatal(err)
	}
	if got, _ := l.Annotation(an.ID); !got.Orphaned() {
		t.Fatalf("not orphaned: %+v", got.Target)
	}
	s, e, err := l.FindPassage(a.ID, "the fishing quotas")
	if err != nil {
		t.Fatal(err)
	}
	it, err := l.Reattach(ctx, an.ID, s, e)
	if err != nil {
		t.Fatal(err)
	}
	if it.State != anchor.Exact || it.Selector.Exact != "the fishing quotas" {
		t.Errorf("re-attached = %+v", it)
	}
	if o, _ := l.Orphans(); len(o) != 0 {
		t.Errorf("orphans after re-attach: %+v", o)
	}
	note := "now about quotas"
	up, err := l.UpdateAnnotation(ctx, an.ID, app.AnnotationEdit{Note: &note, Tags: []string{"topic/fish"}})
	if err != nil || up.Note != note || len(up.Tags) != 1 {
		t.Fatalf("update = %+v, %v", up, err)
	}
	if ids := l.searchIDs(t, "tag:topic/fish"); !ids[an.ID] {
		t.Errorf("tag:topic/fish finds %v", ids)
	}
	if ids := l.searchIDs(t, "tag:weather"); ids[an.ID] {
		t.Errorf("tag:weather still finds the annotation")
	}
	if err := l.DeleteAnnotation(ctx, an.ID); err != nil {
		t.Fatal(err)
	}
	if rows, _ := l.Annotations(a.ID); len(rows) != 0 {
		t.Errorf("annotations after delete: %+v", rows)
	}
	if items, _ := l.TaggedItems("topic/fish", true); len(items) != 0 {
		t.Errorf("tagged items after delete: %+v", items)
	}
	if ids := l.searchIDs(t, "type:annotation"); len(ids) != 0 {
		t.Errorf("the index still has %v", ids)
	}
	l.checkClean(t)
}

func TestAnnotateBadInput(t *testing.T) {
	ctx := context.Background()
	l := newAnnLib(t)
	a := l.addArticle(t, "Bad input", "Alpha beta gamma delta.", "Gamma delta epsilon.")
	n := len([]rune(a.Text()))
	long := strings.Repeat("x", app.MaxTagLen+1)
	for _, tc := range []struct {
		name string
		in   app.AnnotationInput
		want error // nil: any error
	}{
		{"start before the text", app.AnnotationInput{Start: -1, End: 3}, anchor.ErrBadSpan},
		{"end past the text", app.AnnotationInput{Start: 2, End: n + 1}, anchor.ErrBadSpan},
		{"both past the text", app.AnnotationInput{Start: n + 5, End: n + 9}, anchor.ErrBadSpan},
		{"empty span", app.AnnotationInput{Start: 3, End: 3}, anchor.ErrBadSpan},
		{"reversed span", app.AnnotationInput{Start: 5, End: 2}, anchor.ErrBadSpan},
		{"no span at all", app.AnnotationInput{}, anchor.ErrBadSpan},
		{"white space only", app.AnnotationInput{Start: 23, End: 25}, app.ErrEmptySpan},
		{"ambiguous quote", app.AnnotationInput{Quote: "delta"}, anchor.ErrAmbiguous},
		{"missing quote", app.AnnotationInput{Quote: "zeta"}, anchor.ErrNotFound},
		{"quote and offsets", app.AnnotationInput{Quote: "Alpha", Start: 0, End: 5}, nil},
		{"empty tag", app.AnnotationInput{Start: 0, End: 5, Tags: []string{" "}}, app.ErrBadTag},
		{"too long tag", app.AnnotationInput{Start: 0, End: 5, Tags: []string{long}}, app.ErrBadTag},
		{"control character in tag", app.AnnotationInput{Start: 0, End: 5, Tags: []string{"topic/\x07bell"}}, app.ErrBadTag},
		{"empty tag level", app.AnnotationInput{Start: 0, End: 5, Tags: []string{"actor//DPRK"}}, app.ErrBadTag},
		{"bad colour", app.AnnotationInput{Start: 0, End: 5, Color: "#12345g"}, nil},
		{"unknown article", app.AnnotationInput{ArticleID: "01J0000000000000000000000Z", Start: 0, End: 5}, app.ErrNotFound},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.in.ArticleID == "" {
				tc.in.ArticleID = a.ID
			}
			before := l.backup(t)
			_, err := l.Annotate(ctx, tc.in)
			if err == nil || tc.want != nil && !errors.Is(err, tc.want) {
				t.Fatalf("err = %v; want %v", err, tc.want)
			}
			if len(err.Error()) > 200 || strings.Count(err.Error(), "\n") > 0 {
				t.Errorf("error is not a short message: %q", err)
			}
			if !bytes.Equal(before, l.backup(t)) {
				t.Error("the store changed")
			}
		})
	}
	// The longest tag allowed is fine.
	if _, err := l.Annotate(ctx, app.AnnotationInput{ArticleID: a.ID, Start: 0, End: 5, Tags: []string{long[1:]}}); err != nil {
		t.Errorf("a tag of %d characters: %v", app.MaxTagLen, err)
	}
}

func TestAnnotateTrimsSpaceAndFindsLooseQuotes(t *testing.T) {
	ctx := context.Background()
	l := newAnnLib(t)
	a := l.addArticle(t, "Loose", "He said it was “quite   fine” in the end.")
	an, err := l.Annotate(ctx, app.AnnotationInput{ArticleID: a.ID, Quote: `"quite fine"`})
	if err != nil {
		t.Fatal(err)
	}
	if an.Selector.Exact != "“quite   fine”" {
		t.Errorf("loose quote matched %q", an.Selector.Exact)
	}
	an, err = l.Annotate(ctx, app.AnnotationInput{ArticleID: a.ID, Start: 2, End: 11})
	if err != nil {
		t.Fatal(err)
	}
	if an.Selector.Exact != "said it" || an.Selector.Start != 3 || an.Selector.End != 10 {
		t.Errorf("span with spaces around = %+v", an.Selector)
	}
}

// An orphan's positions follow the text as it is edited further: they say
// where its passage was in the current text, never past its end.
func TestOrphanPositionsFollowEdits(t *testing.T) {
	ctx := context.Background()
	l := newAnnLib(t)
	a := l.addArticle(t, "Shrinking story", "A long first paragraph that the editor will cut away later on.",
		"The delegates walked out of the hall at noon.", "The talks resume tomorrow.")
	gone := l.annotate(t, a.ID, "walked out of the hall")
	// Delete the passage's paragraph: orphaned, where the paragraph was.
	if _, err := l.EditArticle(ctx, a.ID, app.ArticleEdit{Body: []string{a.Body[0], a.Body[2]}}); err != nil {
		t.Fatal(err)
	}
	// Then cut the first paragraph: the orphan's place moves up with the text.
	if _, err := l.EditArticle(ctx, a.ID, app.ArticleEdit{Body: []string{a.Body[2]}}); err != nil {
		t.Fatal(err)
	}
	got, err := l.Annotation(gone.ID)
	if err != nil {
		t.Fatal(err)
	}
	cur, _ := l.Article(a.ID)
	n := len([]rune(cur.Text()))
	if !got.Orphaned() || got.Selector.Exact != gone.Selector.Exact {
		t.Fatalf("orphan = %+v", got.Target)
	}
	// Where the cut paragraphs were: the head of the text (at most past the
	// "The " the removed and the kept paragraph share).
	if got.Selector.Start > 4 || got.Selector.End > n || got.Selector.End < got.Selector.Start {
		t.Errorf("orphan at [%d,%d) in a text of %d characters; want its place at the head of the text",
			got.Selector.Start, got.Selector.End, n)
	}
	// Undo both edits: it comes home.
	for range 2 {
		if _, err := l.UndoArticleEdit(ctx, a.ID); err != nil {
			t.Fatal(err)
		}
	}
	if got, _ := l.Annotation(gone.ID); got.Orphaned() || got.Selector != gone.Selector {
		t.Errorf("after undo the orphan is %+v", got.Target)
	}
	l.checkClean(t)
}
