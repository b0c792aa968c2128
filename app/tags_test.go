package app_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"dossier/app"
)

// tagFixture is a library with one carrier of every kind.
type tagFixture struct {
	l                            annLib
	article, annotation, quote   string
	note, note2, plainAnnotation string
}

// tagged sets up: the article tagged actor/DPRK and topic/sanctions; an
// annotation with actor/DPRK/army and topic/sanctions; a quote with
// actor/DPRK; a note with actor/DPRK/army, topic/economy and a [[link]] to
// the tag actor/DPRK; another note with topic/economy only.
func tagged(t *testing.T) tagFixture {
	t.Helper()
	ctx := context.Background()
	l := newAnnLib(t)
	a := l.addArticle(t, "Sanctions tighten", "The council agreed on new sanctions against the regime on Friday.",
		"Trade with the north fell sharply in the months that followed.")
	if _, err := l.SetArticleTags(ctx, a.ID, []string{"actor/DPRK", "topic/sanctions"}); err != nil {
		t.Fatal(err)
	}
	an := l.annotate(t, a.ID, "new sanctions against the regime", "actor/DPRK/army", "topic/sanctions")
	plain := l.annotate(t, a.ID, "Trade with the north")
	s, e, err := l.FindPassage(a.ID, "fell sharply")
	if err != nil {
		t.Fatal(err)
	}
	q, err := l.AddQuote(a.ID, s, e, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l.UpdateQuote(q.ID, app.QuoteEdit{Tags: []string{"actor/DPRK"}}); err != nil {
		t.Fatal(err)
	}
	n, err := l.CreateNote(ctx, "Weekly brief", "See [[actor/DPRK]] and [[Sanctions tighten]].", []string{"actor/DPRK/army", "topic/economy"})
	if err != nil {
		t.Fatal(err)
	}
	n2, err := l.CreateNote(ctx, "Economy page", "Numbers.", []string{"topic/economy"})
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	return tagFixture{l: l, article: a.ID, annotation: an.ID, quote: q.ID, note: n.ID, note2: n2.ID, plainAnnotation: plain.ID}
}

// carrierTags reads the tags of every carrier, by kind.
func (f tagFixture) carrierTags(t *testing.T) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	a, err := f.l.Article(f.article)
	if err != nil {
		t.Fatal(err)
	}
	out["article"] = a.Tags
	an, err := f.l.Annotation(f.annotation)
	if err != nil {
		t.Fatal(err)
	}
	out["annotation"] = an.Tags
	q, err := f.l.Quote(f.quote)
	if err != nil {
		t.Fatal(err)
	}
	out["quote"] = q.Tags
	n, err := f.l.Note(f.note)
	if err != nil {
		t.Fatal(err)
	}
	out["note"] = n.Tags
	return out
}

func tagNames(t *testing.T, l annLib) []string {
	t.Helper()
	tags, err := l.Tags()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, tg := range tags {
		out = append(out, tg.Name)
	}
	return out
}

func TestTagsCountsAndBrowse(t *testing.T) {
	f := tagged(t)
	tags, err := f.l.Tags()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][2]int{}
	var order []string
	for _, tg := range tags {
		got[tg.Name] = [2]int{tg.Count, tg.Total}
		order = append(order, tg.Name)
	}
	want := map[string][2]int{
		"actor": {0, 4}, "actor/DPRK": {2, 4}, "actor/DPRK/army": {2, 2},
		"topic": {0, 4}, "topic/sanctions": {2, 2}, "topic/economy": {2, 2},
	}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: count, total = %v; want %v", name, got[name], w)
		}
	}
	if want := []string{"actor", "actor/DPRK", "actor/DPRK/army", "topic", "topic/economy", "topic/sanctions"}; !slices.Equal(order, want) {
		t.Errorf("order = %v; want %v", order, want)
	}
	info, err := f.l.Tag("ACTOR/dprk")
	if err != nil || info.Name != "actor/DPRK" || info.Count != 2 || info.Total != 4 {
		t.Errorf("Tag = %+v, %v", info, err)
	}
	items, err := f.l.TaggedItems("actor/DPRK", true)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, it := range items {
		kinds = append(kinds, string(it.Kind))
	}
	if want := []string{"article", "annotation", "quote", "note"}; !slices.Equal(kinds, want) {
		t.Errorf("items with sub-tags: %v; want %v", kinds, want)
	}
	if items[1].Text != "new sanctions against the regime" || items[1].Title != "Sanctions tighten" {
		t.Errorf("annotation item = %+v", items[1])
	}
	direct, err := f.l.TaggedItems("actor/DPRK", false)
	if err != nil || len(direct) != 2 {
		t.Errorf("direct items = %+v, %v", direct, err)
	}
	if _, err := f.l.TaggedItems("nothing/here", true); !errors.Is(err, app.ErrNotFound) {
		t.Errorf("unknown tag: %v", err)
	}
	color, desc := "green", "North Korea"
	tg, err := f.l.UpdateTag(context.Background(), "actor/dprk", app.TagEdit{Color: &color, Description: &desc})
	if err != nil || tg.Color != "#9bd37c" || tg.Description != desc {
		t.Errorf("UpdateTag = %+v, %v", tg, err)
	}
	bad := "#zzz"
	if _, err := f.l.UpdateTag(context.Background(), "actor/DPRK", app.TagEdit{Color: &bad}); err == nil {
		t.Error("a bad colour was accepted")
	}
}

func TestRenameTag(t *testing.T) {
	ctx := context.Background()
	f := tagged(t)
	oldIDs := f.l.searchIDs(t, "tag:actor/DPRK")
	if len(oldIDs) < 4 {
		t.Fatalf("before the rename tag:actor/DPRK finds %v", oldIDs)
	}
	ch, err := f.l.RenameTag(ctx, "actor/DPRK", "actor/NK")
	if err != nil {
		t.Fatal(err)
	}
	if ch.Tags != 2 || ch.Items != 4 || ch.Links != 1 {
		t.Errorf("change = %+v; want 2 tags, 4 items, 1 link", ch)
	}
	want := map[string][]string{
		"article":    {"actor/NK", "topic/sanctions"},
		"annotation": {"actor/NK/army", "topic/sanctions"},
		"quote":      {"actor/NK"},
		"note":       {"actor/NK/army", "topic/economy"},
	}
	for kind, tags := range f.carrierTags(t) {
		if !slices.Equal(tags, want[kind]) {
			t.Errorf("%s tags = %v; want %v", kind, tags, want[kind])
		}
	}
	names := tagNames(t, f.l)
	if slices.Contains(names, "actor/DPRK") || slices.Contains(names, "actor/DPRK/army") ||
		!slices.Contains(names, "actor/NK") || !slices.Contains(names, "actor/NK/army") {
		t.Errorf("tags after rename: %v", names)
	}
	n, _ := f.l.Note(f.note)
	if !strings.Contains(n.Body, "[[actor/NK]]") {
		t.Errorf("the link was not rewritten: %q", n.Body)
	}
	// The index: the new name finds every carrier, the old one nothing.
	newIDs := f.l.searchIDs(t, "tag:actor/NK")
	for _, id := range []string{f.article, f.annotation, f.quote, f.note} {
		if !newIDs[id] {
			t.Errorf("tag:actor/NK does not find %s", id)
		}
	}
	if ids := f.l.searchIDs(t, "tag:actor/DPRK"); len(ids) != 0 {
		t.Errorf("tag:actor/DPRK still finds %v", ids)
	}
	if ids := f.l.searchIDs(t, "tag:actor/NK/army"); !ids[f.annotation] || !ids[f.note] || ids[f.article] {
		t.Errorf("tag:actor/NK/army finds %v", ids)
	}
	f.l.checkClean(t)

	// Renames that must be refused, with nothing written.
	before := f.l.backup(t)
	for _, tc := range []struct{ from, to, want string }{
		{"actor/NK", "topic/economy", "merge"},
		{"actor/NK", "actor/NK", "same"},
		{"actor", "actor/x", "inside"},
		{"nothing", "else", "not found"},
		{"actor/NK", "", "empty"},
		{"actor/NK", strings.Repeat("y", 101), "longer than"},
		{"actor/NK", "bad\x00tag", "control"},
		{"", "x", "empty"},
		// A sub-tag would become too long.
		{"actor/NK", strings.Repeat("z", 96), "longer than"},
	} {
		_, err := f.l.RenameTag(ctx, tc.from, tc.to)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("rename %q → %q: %v; want an error about %q", tc.from, tc.to, err, tc.want)
		}
	}
	if _, err := f.l.RenameTag(ctx, "actor/NK", "topic/economy"); !errors.Is(err, app.ErrTagExists) {
		t.Errorf("rename onto an existing tag: %v", err)
	}
	if !bytes.Equal(before, f.l.backup(t)) {
		t.Error("a refused rename changed the store")
	}

	// A change of case only, and a move to a new parent.
	if _, err := f.l.RenameTag(ctx, "actor/NK", "actor/nk"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.l.RenameTag(ctx, "actor/nk", "country/North Korea"); err != nil {
		t.Fatal(err)
	}
	tags := f.carrierTags(t)
	if !slices.Equal(tags["annotation"], []string{"country/North Korea/army", "topic/sanctions"}) {
		t.Errorf("annotation tags = %v", tags["annotation"])
	}
	if names := tagNames(t, f.l); !slices.Contains(names, "country") {
		t.Errorf("the new parent has no record: %v", names)
	}
	f.l.checkClean(t)
}

func TestMergeTag(t *testing.T) {
	ctx := context.Background()
	f := tagged(t)
	// The article also carries topic/economy: after the merge it has it once.
	if _, err := f.l.SetArticleTags(ctx, f.article, []string{"actor/DPRK", "topic/sanctions", "topic/economy"}); err != nil {
		t.Fatal(err)
	}
	desc := "Trade measures"
	if _, err := f.l.UpdateTag(ctx, "topic/sanctions", app.TagEdit{Description: &desc}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.l.MergeTag(ctx, "topic/sanctions", "topic/missing"); err == nil || !strings.Contains(err.Error(), "rename") {
		t.Errorf("merge into a missing tag: %v", err)
	}
	ch, err := f.l.MergeTag(ctx, "topic/sanctions", "TOPIC/economy")
	if err != nil {
		t.Fatal(err)
	}
	if ch.Tags != 1 || ch.Items != 2 {
		t.Errorf("change = %+v", ch)
	}
	tags := f.carrierTags(t)
	if !slices.Equal(tags["article"], []string{"actor/DPRK", "topic/economy"}) {
		t.Errorf("article tags = %v", tags["article"])
	}
	if !slices.Equal(tags["annotation"], []string{"actor/DPRK/army", "topic/economy"}) {
		t.Errorf("annotation tags = %v", tags["annotation"])
	}
	info, err := f.l.Tag("topic/economy")
	if err != nil {
		t.Fatal(err)
	}
	if info.Count != 4 || info.Description != desc {
		t.Errorf("merged tag = %+v; want 4 items and the description kept", info)
	}
	if _, err := f.l.Tag("topic/sanctions"); !errors.Is(err, app.ErrNotFound) {
		t.Errorf("the merged tag is still there: %v", err)
	}
	ids := f.l.searchIDs(t, "tag:topic/economy")
	for _, id := range []string{f.article, f.annotation, f.note, f.note2} {
		if !ids[id] {
			t.Errorf("tag:topic/economy does not find %s", id)
		}
	}
	if ids := f.l.searchIDs(t, "tag:topic/sanctions"); len(ids) != 0 {
		t.Errorf("tag:topic/sanctions still finds %v", ids)
	}
	// Merging a parent with sub-tags into a tag of another branch.
	if _, err := f.l.CreateNote(ctx, "Target", "", []string{"country/NK"}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.l.MergeTag(ctx, "actor/DPRK", "country/NK"); err != nil {
		t.Fatal(err)
	}
	tags = f.carrierTags(t)
	if !slices.Equal(tags["note"], []string{"country/NK/army", "topic/economy"}) || !slices.Equal(tags["quote"], []string{"country/NK"}) {
		t.Errorf("after merging a branch: %v", tags)
	}
	f.l.checkClean(t)
}

func TestDeleteTag(t *testing.T) {
	ctx := context.Background()
	f := tagged(t)
	ch, err := f.l.DeleteTag(ctx, "actor/DPRK")
	if err != nil {
		t.Fatal(err)
	}
	if ch.Tags != 2 || ch.Items != 4 {
		t.Errorf("change = %+v", ch)
	}
	want := map[string][]string{
		"article":    {"topic/sanctions"},
		"annotation": {"topic/sanctions"},
		"quote":      nil,
		"note":       {"topic/economy"},
	}
	for kind, tags := range f.carrierTags(t) {
		if !slices.Equal(tags, want[kind]) {
			t.Errorf("%s tags = %v; want %v", kind, tags, want[kind])
		}
	}
	if names := tagNames(t, f.l); slices.Contains(names, "actor/DPRK") || slices.Contains(names, "actor/DPRK/army") {
		t.Errorf("tags after delete: %v", names)
	}
	if ids := f.l.searchIDs(t, "tag:actor/DPRK"); len(ids) != 0 {
		t.Errorf("tag:actor/DPRK still finds %v", ids)
	}
	if _, err := f.l.DeleteTag(ctx, "actor/DPRK"); !errors.Is(err, app.ErrNotFound) {
		t.Errorf("deleting again: %v", err)
	}
	f.l.checkClean(t)
}

func TestImportedArticleTagsAreCarriers(t *testing.T) {
	ctx := context.Background()
	l := newAnnLib(t)
	dir := t.TempDir()
	writeFile(t, dir, "a.md", "---\ntitle: Tagged on import\ntags: [region/Asia, \"  \"]\n---\n\nA paragraph of text.\n")
	if _, err := l.Import(ctx, []string{dir}, app.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	items, err := l.TaggedItems("region/Asia", false)
	if err != nil || len(items) != 1 || items[0].Kind != app.TypeArticle {
		t.Fatalf("items = %+v, %v", items, err)
	}
	if _, err := l.RenameTag(ctx, "region/Asia", "region/East Asia"); err != nil {
		t.Fatal(err)
	}
	a, _ := l.Article(items[0].ID)
	if !slices.Equal(a.Tags, []string{"region/East Asia"}) {
		t.Errorf("article tags after rename = %v", a.Tags)
	}
	l.checkClean(t)
}

// BenchmarkRenameTag renames a tag carried by 1,000 annotations and 100
// notes (one transaction), then brings the index up to date (RenameTag
// syncs before returning).
func BenchmarkRenameTag(b *testing.B) {
	ctx := context.Background()
	l := newAnnLib(b)
	r := rand.New(rand.NewPCG(5, 8))
	a := l.addArticle(b, "Tagged a lot", benchWords(r, 5000)...)
	n := len([]rune(a.Text()))
	for i := 0; i < 1000; i++ {
		s := r.IntN(n - 40)
		if _, err := l.Annotate(ctx, app.AnnotationInput{ArticleID: a.ID, Start: s, End: s + 30,
			Tags: []string{"actor/A/sub", "topic/x"}}); err != nil {
			b.Fatal(err)
		}
	}
	for i := 0; i < 100; i++ {
		if _, err := l.CreateNote(ctx, fmt.Sprintf("Note %d", i), "text", []string{"actor/A"}); err != nil {
			b.Fatal(err)
		}
	}
	if err := l.Sync(ctx); err != nil {
		b.Fatal(err)
	}
	names := [2]string{"actor/A", "actor/B"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ch, err := l.RenameTag(ctx, names[i%2], names[(i+1)%2])
		if err != nil {
			b.Fatal(err)
		}
		if ch.Items != 1100 {
			b.Fatalf("change = %+v", ch)
		}
	}
}
