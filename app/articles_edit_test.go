package app_test

import (
	"bytes"
	"context"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"dossier/app"
	"dossier/app/anchor"
	"dossier/app/ingest"
)

func TestEditArticleMetadataHistoryUndo(t *testing.T) {
	ctx := context.Background()
	l := newAnnLib(t)
	a := l.addArticle(t, "Harbour reopens", "The harbour reopened on Monday after the storm.", "Ships queued outside the breakwater.")
	other := l.addArticle(t, "Unrelated", "Nothing to see here at all.")
	n, err := l.CreateNote(ctx, "Links", "Read [[Harbour reopens]] and [[Unrelated]].", nil)
	if err != nil {
		t.Fatal(err)
	}
	an := l.annotate(t, a.ID, "reopened on Monday")

	// Nothing changed: nothing written.
	before := l.backup(t)
	same := "Harbour reopens"
	res, err := l.EditArticle(ctx, a.ID, app.ArticleEdit{Title: &same, Body: a.Body})
	if err != nil || res.Changed || res.Revision != 1 {
		t.Fatalf("no-op edit = %+v, %v", res, err)
	}
	if !bytes.Equal(before, l.backup(t)) {
		t.Error("a no-op edit changed the store")
	}

	// Metadata only: a new revision, no re-anchoring, links follow the title.
	title, source := "Harbour reopens after storm", "Coast Gazette"
	pub := time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)
	res, err = l.EditArticle(ctx, a.ID, app.ArticleEdit{Title: &title, Source: &source, Published: &pub})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Changed || res.TextChanged || res.Revision != 2 || res.Reanchor.Annotations.Total() != 0 {
		t.Errorf("metadata edit = %+v", res)
	}
	note, _ := l.Note(n.ID)
	if !strings.Contains(note.Body, "[[Harbour reopens after storm]]") || !strings.Contains(note.Body, "[[Unrelated]]") {
		t.Errorf("note after the title change: %q", note.Body)
	}
	if ids := l.searchIDs(t, `source:"Coast Gazette"`); !ids[a.ID] || !ids[an.ID] {
		t.Errorf("source:\"Coast Gazette\" finds %v; want the article and its annotation", ids)
	}

	// Tags only: no new revision.
	res, err = l.EditArticle(ctx, a.ID, app.ArticleEdit{Tags: []string{"place/harbour"}})
	if err != nil || !res.Changed || res.Revision != 2 {
		t.Errorf("tags-only edit = %+v, %v", res, err)
	}

	// Text: a new paragraph and a heading.
	body := []string{"Storm damage", a.Body[0], "More ships arrived.", a.Body[1]}
	res, err = l.EditArticle(ctx, a.ID, app.ArticleEdit{Body: body, Headings: []int{0}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Revision != 3 || res.Reanchor.Annotations.Moved != 1 {
		t.Errorf("text edit = %+v", res)
	}
	cur, _ := l.Article(a.ID)
	if !cur.IsHeading(0) || len(cur.Body) != 4 || cur.Revision != 3 || !equalParas(cur.Tags, []string{"place/harbour"}) {
		t.Errorf("article = %+v", cur)
	}

	hist, err := l.ArticleVersions(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(hist) != 3 || !hist[0].Current || hist[0].Revision != 3 || hist[1].Revision != 2 || hist[2].Revision != 1 {
		t.Fatalf("history = %+v", hist)
	}
	if hist[1].Reason != "edit" || !strings.Contains(hist[1].Changed, "2 added") || hist[2].Changed != "title; metadata" {
		t.Errorf("history details = %+v / %+v", hist[1], hist[2])
	}
	v1, err := l.ArticleVersion(a.ID, 1)
	if err != nil || v1.Article.Title != "Harbour reopens" || len(v1.Article.Body) != 2 {
		t.Errorf("version 1 = %+v, %v", v1, err)
	}

	// Undo twice walks back through revisions 2 and 1; tags stay.
	if res, err = l.UndoArticleEdit(ctx, a.ID); err != nil || res.Revision != 4 {
		t.Fatalf("undo = %+v, %v", res, err)
	}
	cur, _ = l.Article(a.ID)
	if cur.Title != title || len(cur.Body) != 2 {
		t.Errorf("after one undo: %q, %d paragraphs", cur.Title, len(cur.Body))
	}
	if res, err = l.UndoArticleEdit(ctx, a.ID); err != nil || res.Revision != 5 {
		t.Fatalf("second undo = %+v, %v", res, err)
	}
	cur, _ = l.Article(a.ID)
	if cur.Title != "Harbour reopens" || cur.Source != "" || !cur.Published.IsZero() || !equalParas(cur.Tags, []string{"place/harbour"}) {
		t.Errorf("after two undos: %+v", cur)
	}
	if _, err := l.UndoArticleEdit(ctx, a.ID); err == nil {
		t.Error("a third undo succeeded")
	}
	// Restore brings back any revision, as a new one.
	if res, err = l.RestoreArticleVersion(ctx, a.ID, 3); err != nil || res.Revision != 6 {
		t.Fatalf("restore = %+v, %v", res, err)
	}
	cur, _ = l.Article(a.ID)
	if len(cur.Body) != 4 || !cur.IsHeading(0) {
		t.Errorf("after restoring revision 3: %+v", cur.Body)
	}
	// An undo right after a restore undoes the restore: back to what it
	// replaced (revision 5, the original text), as revision 7.
	if res, err = l.UndoArticleEdit(ctx, a.ID); err != nil || res.Revision != 7 {
		t.Fatalf("undo after restore = %+v, %v", res, err)
	}
	cur, _ = l.Article(a.ID)
	if cur.Title != "Harbour reopens" || len(cur.Body) != 2 {
		t.Errorf("after undoing the restore: %q, %d paragraphs", cur.Title, len(cur.Body))
	}
	if res, err = l.RestoreArticleVersion(ctx, a.ID, 3); err != nil || res.Revision != 8 {
		t.Fatalf("restore again = %+v, %v", res, err)
	}
	if got, _ := l.Annotation(an.ID); spanText(t, l, got) != "reopened on Monday" || got.State != anchor.Exact {
		t.Errorf("annotation after all that: %+v", got.Target)
	}
	_ = other
	l.checkClean(t)
}

func TestEditArticleBadInput(t *testing.T) {
	ctx := context.Background()
	l := newAnnLib(t)
	a := l.addArticle(t, "Bad edits", "One paragraph.", "Two paragraphs.")
	str := func(s string) *string { return &s }
	for _, tc := range []struct {
		name string
		e    app.ArticleEdit
		want string
	}{
		{"empty title", app.ArticleEdit{Title: str("  ")}, "title is empty"},
		{"title with a newline", app.ArticleEdit{Title: str("a\nb")}, "line break"},
		{"no paragraphs", app.ArticleEdit{Body: []string{}}, "at least one paragraph"},
		{"empty paragraph", app.ArticleEdit{Body: []string{"a", " "}}, "paragraph 2 is empty"},
		{"blank line in a paragraph", app.ArticleEdit{Body: []string{"a\n\nb"}}, "blank line"},
		{"heading out of range", app.ArticleEdit{Body: []string{"a"}, Headings: []int{1}}, "heading 1"},
		{"heading without body", app.ArticleEdit{Headings: []int{-1}}, "heading -1"},
		{"relative URL", app.ArticleEdit{URL: str("example.com/x")}, "absolute URL"},
		{"bad tag", app.ArticleEdit{Tags: []string{"x\x01"}}, "control character"},
		{"invalid UTF-8", app.ArticleEdit{Body: []string{"a\xffb"}}, "UTF-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := l.backup(t)
			_, err := l.EditArticle(ctx, a.ID, tc.e)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v; want it to mention %q", err, tc.want)
			}
			if !bytes.Equal(before, l.backup(t)) {
				t.Error("the store changed")
			}
		})
	}
}

// benchWords builds a deterministic article of n words in paragraphs of
// about 80 words, from a vocabulary big enough that passages rarely repeat.
func benchWords(r *rand.Rand, n int) []string {
	syll := []string{"ka", "ro", "mi", "su", "te", "na", "po", "li", "ve", "da", "go", "shi", "an", "el", "or"}
	vocab := make([]string, 3000)
	for i := range vocab {
		var b strings.Builder
		for k := 0; k < 1+r.IntN(3); k++ {
			b.WriteString(syll[r.IntN(len(syll))])
		}
		vocab[i] = b.String()
	}
	var paras []string
	var words []string
	for i := 0; i < n; i++ {
		words = append(words, vocab[r.IntN(len(vocab))])
		if len(words) == 80 || i == n-1 {
			paras = append(paras, strings.Join(words, " ")+".")
			words = words[:0]
		}
	}
	return paras
}

// BenchmarkEditArticleReanchor edits a 10,000-word article carrying 500
// annotations (a paragraph inserted at the top and a word changed in the
// middle, alternately added and removed) through EditArticle on a real
// library. reanchor-ms is the re-anchoring alone (read, anchor and write
// back the 500 annotations); ns/op is the whole edit (version, quote
// finder, index jobs, commit); sync-ms is the index update that follows.
func BenchmarkEditArticleReanchor(b *testing.B) {
	ctx := context.Background()
	l := newAnnLib(b)
	r := rand.New(rand.NewPCG(1, 2))
	paras := benchWords(r, 10_000)
	a := l.addArticle(b, "Benchmark article", paras...)
	text := []rune(a.Text())
	for i := 0; i < 500; i++ {
		s := r.IntN(len(text) - 200)
		for s > 0 && text[s-1] != ' ' {
			s--
		}
		e := s + 20 + r.IntN(80)
		for e < len(text) && text[e] != ' ' && text[e] != '.' {
			e++
		}
		if _, err := l.Annotate(ctx, app.AnnotationInput{ArticleID: a.ID, Start: s, End: e}); err != nil {
			b.Fatal(err)
		}
	}
	if err := l.Sync(ctx); err != nil {
		b.Fatal(err)
	}
	edited := append([]string{"A new opening paragraph, inserted before everything else."}, paras...)
	mid := len(edited) / 2
	edited[mid] = "changed " + edited[mid]
	bodies := [][]string{edited, paras}
	var reanchor, syncing time.Duration
	var last *app.EditResult
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := l.EditArticle(ctx, a.ID, app.ArticleEdit{Body: bodies[i%2]})
		if err != nil {
			b.Fatal(err)
		}
		reanchor += res.Reanchor.Took
		last = res
		// The index catching up (outside the edit's time).
		b.StopTimer()
		t0 := time.Now()
		if err := l.Sync(ctx); err != nil {
			b.Fatal(err)
		}
		syncing += time.Since(t0)
		b.StartTimer()
	}
	b.StopTimer()
	b.ReportMetric(float64(reanchor.Microseconds())/1000/float64(b.N), "reanchor-ms")
	b.ReportMetric(float64(syncing.Microseconds())/1000/float64(b.N), "sync-ms")
	if c := last.Reanchor.Annotations; c.Total() != 500 || c.Orphaned+c.Still > 0 {
		b.Fatalf("re-anchoring = %+v", c)
	}
	b.Logf("last edit: %+v", last.Reanchor.Annotations)
}

// annTrack is what a random-edit test expects of one annotation.
type annTrack struct {
	id        string
	para, off int    // paragraph and rune offset in it
	text      string // the words it should cover
	orphan    bool
	fuzzy     bool
}

// reanchorWalk annotates an article made of paras and applies steps random
// edits through EditArticle on a real library, checking after each edit
// that every annotation is where its words are (exact text and offsets),
// flagged when its words changed, and orphaned when they were deleted. It
// returns the number of checks made of annotations whose words are intact,
// changed (a typo fixed inside) and deleted.
func reanchorWalk(t *testing.T, r *rand.Rand, paras []string, nAnn, steps int) walkCounts {
	ctx := context.Background()
	l := newAnnLib(t)
	a := l.addArticle(t, "Random walk", paras...)
	body := slices.Clone(a.Body)
	letters := []rune("abcdefghijklmnopqrstuvwxyz")
	offsetOf := func(p int) int {
		n := 0
		for i := 0; i < p; i++ {
			n += len([]rune(body[i])) + 2
		}
		return n
	}
	var anns []*annTrack
	for len(anns) < nAnn {
		p := r.IntN(len(body))
		words := strings.Fields(body[p])
		if len(words) < 10 || strings.Join(words, " ") != body[p] {
			continue
		}
		i := r.IntN(len(words) - 4)
		k := 3 + r.IntN(min(6, len(words)-i-2))
		off := len([]rune(strings.Join(words[:i], " ")))
		if i > 0 {
			off++
		}
		text := strings.Join(words[i:i+k], " ")
		if strings.Count(strings.Join(body, "\n\n"), text) != 1 {
			continue
		}
		start := offsetOf(p) + off
		an, err := l.Annotate(ctx, app.AnnotationInput{ArticleID: a.ID, Start: start, End: start + len([]rune(text))})
		if err != nil {
			t.Fatal(err)
		}
		anns = append(anns, &annTrack{id: an.ID, para: p, off: off, text: text})
	}
	covered := func(p, x int) []*annTrack { // live annotations covering rune x of paragraph p
		var out []*annTrack
		for _, an := range anns {
			if !an.orphan && an.para == p && x >= an.off && x < an.off+len([]rune(an.text)) {
				out = append(out, an)
			}
		}
		return out
	}
	// touching reports whether x is in or right next to a live annotation.
	touching := func(p, x int) bool {
		return len(covered(p, x)) > 0 || len(covered(p, x-1)) > 0 || len(covered(p, x+1)) > 0
	}
	setRune := func(p, x int, c rune) {
		rs := []rune(body[p])
		rs[x] = c
		body[p] = string(rs)
		for _, an := range covered(p, x) {
			tr := []rune(an.text)
			tr[x-an.off] = c
			an.text, an.fuzzy = string(tr), true
		}
	}
	var checks walkCounts
	randomEdit := func(r *rand.Rand) {
		switch r.IntN(5) {
		case 0: // a new paragraph
			at := r.IntN(len(body) + 1)
			np := benchWords(r, 20+r.IntN(40))[0]
			body = slices.Insert(body, at, np)
			for _, an := range anns {
				if an.para >= at {
					an.para++
				}
			}
		case 1: // a paragraph deleted
			if len(body) < 4 {
				return
			}
			at := r.IntN(len(body))
			body = slices.Delete(body, at, at+1)
			for _, an := range anns {
				switch {
				case an.orphan:
				case an.para == at:
					an.orphan = true
				case an.para > at:
					an.para--
				}
			}
		case 2: // a typo fixed inside an annotation
			var live []*annTrack
			for _, an := range anns {
				if !an.orphan && len([]rune(an.text)) >= 16 {
					live = append(live, an)
				}
			}
			if len(live) == 0 {
				return
			}
			an := live[r.IntN(len(live))]
			x := an.off + 3 + r.IntN(len([]rune(an.text))-6)
			old := []rune(body[an.para])[x]
			if old == ' ' {
				return
			}
			c := letters[r.IntN(len(letters))]
			for c == old {
				c = letters[r.IntN(len(letters))]
			}
			setRune(an.para, x, c)
		case 3: // a letter changed outside every annotation
			p := r.IntN(len(body))
			rs := []rune(body[p])
			x := r.IntN(len(rs))
			if rs[x] == ' ' || rs[x] == '.' || touching(p, x) {
				return
			}
			c := letters[r.IntN(len(letters))]
			if c == rs[x] {
				return
			}
			setRune(p, x, c)
		case 4: // a word inserted outside every annotation
			p := r.IntN(len(body))
			rs := []rune(body[p])
			x := r.IntN(len(rs))
			if rs[x] != ' ' || touching(p, x) {
				return
			}
			word := " inserted"
			body[p] = string(rs[:x]) + word + string(rs[x:])
			for _, an := range anns {
				if !an.orphan && an.para == p && an.off > x {
					an.off += len([]rune(word))
				}
			}
		}
	}
	for step := 0; step < steps; step++ {
		// One to three edits per save, so that moved paragraphs are also
		// edited and the anchorer has no paragraph hint to go by.
		for range 1 + r.IntN(3) {
			randomEdit(r)
		}
		if _, err := l.EditArticle(ctx, a.ID, app.ArticleEdit{Body: body}); err != nil {
			t.Fatalf("step %d: %v", step, err)
		}
		for _, want := range anns {
			switch {
			case want.orphan:
				checks.deleted++
			case want.fuzzy:
				checks.changed++
			default:
				checks.intact++
			}
			got, err := l.Annotation(want.id)
			if err != nil {
				t.Fatal(err)
			}
			if want.orphan {
				if !got.Orphaned() {
					t.Errorf("step %d: %q should be orphaned; it is on %q", step, want.text, spanText(t, l, got))
				}
				continue
			}
			start := offsetOf(want.para) + want.off
			state := anchor.Exact
			if want.fuzzy {
				state = anchor.Fuzzy
			}
			if got.Orphaned() {
				t.Errorf("step %d: %q was orphaned", step, want.text)
				want.orphan = true // report it once
				continue
			}
			if s := spanText(t, l, got); s != want.text || got.Selector.Start != start || got.State != state {
				t.Errorf("step %d: %q at %d (%s); want %q at %d (%s)", step, s, got.Selector.Start, got.State, want.text, start, state)
				want.text, want.off = s, got.Selector.Start-offsetOf(want.para)
			}
		}
	}
	l.checkClean(t)
	return checks
}

// annWalks is the number of random walks TestReanchorRandomEdits takes
// (go test ./app -run TestReanchorRandomEdits -ann.walks 50 for a long run).
var annWalks = flag.Int("ann.walks", 1, "random edit walks in TestReanchorRandomEdits")

// walkCounts counts the checks of a random walk.
type walkCounts struct{ intact, changed, deleted int }

func (c *walkCounts) add(o walkCounts) {
	c.intact += o.intact
	c.changed += o.changed
	c.deleted += o.deleted
}

func TestReanchorRandomEdits(t *testing.T) {
	var n walkCounts
	for w := 0; w < *annWalks; w++ {
		r := rand.New(rand.NewPCG(7, uint64(11+w)))
		n.add(reanchorWalk(t, r, benchWords(r, 1500), 40, 40))
	}
	t.Logf("checks after random edits: %d intact (exact text and offset), %d changed inside (flagged), %d deleted (orphaned)",
		n.intact, n.changed, n.deleted)
}

// TestReanchorSeedArticles runs the random edits on real articles.
func TestReanchorSeedArticles(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(repoRootAnn(t), "..", "shared", "seeds", "*.txt"))
	if len(files) == 0 {
		t.Skip("no seed articles in ../shared/seeds (they are not part of the repository)")
	}
	r := rand.New(rand.NewPCG(3, 5))
	var total walkCounts
	for _, f := range files[:min(3, len(files))] {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ingest.Parse(filepath.Base(f), data)
		if err != nil || len(doc.Paragraphs) < 4 {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			total.add(reanchorWalk(t, r, doc.Paragraphs, 15, 20))
		})
	}
	t.Logf("checks on seed articles: %+v", total)
}

// repoRootAnn finds the repository root (the folder with go.mod).
func repoRootAnn(t *testing.T) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root not found")
		}
		dir = parent
	}
}

// TestEditKeepsCaptionsInPlace: an edit of the text moves each caption with
// the paragraph it stood before.
func TestEditKeepsCaptionsInPlace(t *testing.T) {
	ctx := context.Background()
	l := newAnnLib(t)
	p := filepath.Join(t.TempDir(), "fog.txt")
	text := "Ferry crossing closed\n\nFog closed the strait on Tuesday.\n\nA ferry waits in the fog. Photo: Lena Ortiz\n\n" +
		"Drivers slept in their cabs.\n\nThe fog lifted on Friday.\n\nThe harbour at dawn. Photo: Ann Lee\n"
	os.WriteFile(p, []byte(text), 0o644)
	if sum, err := l.Import(ctx, []string{p}, app.ImportOptions{}); err != nil || sum.Added != 1 {
		t.Fatalf("import %+v %v", sum, err)
	}
	arts, _ := l.Articles()
	a, _ := l.Article(arts[0].ID)
	if len(a.Captions) != 2 || a.Captions[0].At != 1 || a.Captions[1].At != 3 {
		t.Fatalf("captions %+v", a.Captions)
	}
	// A paragraph added at the top and the last one removed.
	body := []string{"A new first paragraph.", "Fog closed the strait on Tuesday.", "Drivers slept in their cabs."}
	if _, err := l.EditArticle(ctx, a.ID, app.ArticleEdit{Body: body}); err != nil {
		t.Fatal(err)
	}
	a, _ = l.Article(a.ID)
	if len(a.Captions) != 2 || a.Body[a.Captions[0].At] != "Drivers slept in their cabs." || a.Captions[1].At != 3 {
		t.Errorf("after the edit the captions stand at %+v in %q", a.Captions, a.Body)
	}
}
