package app_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"dossier/app"
	"dossier/app/anchor"
	"dossier/app/quotes"
	"dossier/index"
	"dossier/storage"
)

// newRevLib opens a library on a real bbolt file and a real Bleve index in a
// temporary folder.
func newRevLib(t testing.TB) *app.Library {
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

// revArticle is a fixture of our own with plain, clearly attributed quotes.
const revArticle = `Esker and Vell agree to reopen fishing talks

PORT ESKER – Negotiators from Esker and Vell agreed on Tuesday to reopen talks on fishing rights after three years of silence.

"We have waited three years for this moment, and we will not waste it," said Mara Quill, the foreign minister of Esker.

Tomas Reyd, who heads the Vell Fisheries Council, was more cautious. "Nothing is settled until the boats are back in the water," he said.

Quill said her government was "fully prepared for a long negotiation" and would send its chief economist.

"The first round will be about quotas," Reyd told reporters on Tuesday. "The second will be about trust."
`

// revImport imports the fixture (or text) and returns its article ID.
func revImport(t testing.TB, lib *app.Library, name, text string, update bool) string {
	t.Helper()
	p := writeFile(t, t.TempDir(), name, text)
	sum, err := lib.Import(context.Background(), []string{p}, app.ImportOptions{Update: update})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Outcomes) != 1 || sum.Outcomes[0].ArticleID == "" {
		t.Fatalf("import: %+v", sum)
	}
	return sum.Outcomes[0].ArticleID
}

func articleQuotes(t testing.TB, lib *app.Library, id string) []app.QuoteRow {
	t.Helper()
	rows, err := lib.Quotes(app.QuoteFilter{ArticleID: id})
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// quoteBy returns the first quote whose text contains s.
func quoteBy(t testing.TB, rows []app.QuoteRow, s string) app.QuoteRow {
	t.Helper()
	for _, r := range rows {
		if strings.Contains(r.Text, s) {
			return r
		}
	}
	t.Fatalf("no quote containing %q in %s", s, dumpQuotes(rows))
	return app.QuoteRow{}
}

func dumpQuotes(rows []app.QuoteRow) string {
	var b strings.Builder
	for _, r := range rows {
		fmt.Fprintf(&b, "\n  %s %s %q by %q [%d,%d)", r.ID, r.Status, r.Text, r.Speaker, r.Selector.Start, r.Selector.End)
	}
	return b.String()
}

// revCheck runs the library check (store, secondary indexes, search index)
// and verifies that the person-quote index matches the quotes: every
// person's page lists the quotes attributed to them but the rejected ones,
// and every speaker exists.
func revCheck(t testing.TB, lib *app.Library) {
	t.Helper()
	rep, err := lib.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !rep.OK() {
		t.Fatalf("check:\n%s", rep)
	}
	all, err := lib.Quotes(app.QuoteFilter{})
	if err != nil {
		t.Fatal(err)
	}
	bySpeaker := map[string][]string{}
	rejectedOnly := map[string]bool{}
	for _, q := range all {
		if q.SpeakerID == "" {
			continue
		}
		if q.Status == app.QuoteRejected {
			if _, ok := bySpeaker[q.SpeakerID]; !ok {
				rejectedOnly[q.SpeakerID] = true
			}
			continue
		}
		bySpeaker[q.SpeakerID] = append(bySpeaker[q.SpeakerID], q.ID)
		delete(rejectedOnly, q.SpeakerID)
	}
	people, err := lib.People()
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, p := range people {
		known[p.ID] = true
		pg, err := lib.Person(p.ID)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, q := range pg.Quotes {
			got = append(got, q.ID)
			if q.Speaker != p.Name {
				t.Errorf("quote %s shows speaker %q, person is %q", q.ID, q.Speaker, p.Name)
			}
		}
		want := bySpeaker[p.ID]
		sort.Strings(got)
		sort.Strings(want)
		if strings.Join(got, ",") != strings.Join(want, ",") || p.Quotes.Total != len(want) {
			t.Errorf("person %q: page lists %v (count %d), quotes attributed: %v", p.Name, got, p.Quotes.Total, want)
		}
	}
	for sid, ids := range bySpeaker {
		if !known[sid] {
			t.Errorf("quotes %v attributed to missing person %s", ids, sid)
		}
	}
	for sid := range rejectedOnly {
		if _, err := lib.Person(sid); err != nil {
			t.Errorf("rejected quotes attributed to missing person %s: %v", sid, err)
		}
	}
}

func TestReviewImportStoresSuggestions(t *testing.T) {
	lib := newRevLib(t)
	id := revImport(t, lib, "talks.txt", revArticle, false)
	rows := articleQuotes(t, lib, id)
	if len(rows) < 3 {
		t.Fatalf("want at least 3 suggestions, got %s", dumpQuotes(rows))
	}
	a, err := lib.Article(id)
	if err != nil {
		t.Fatal(err)
	}
	text := []rune(a.Text())
	for _, r := range rows {
		if r.Status != app.QuoteSuggested {
			t.Errorf("quote %q: status %s, want suggested", r.Text, r.Status)
		}
		if got := string(text[r.Selector.Start:r.Selector.End]); got != r.Text || r.ArticleTitle != a.Title {
			t.Errorf("quote %q: span holds %q; title %q", r.Text, got, r.ArticleTitle)
		}
	}
	if q := quoteBy(t, rows, "We have waited"); q.Speaker != "Mara Quill" {
		t.Errorf("speaker = %q, want Mara Quill", q.Speaker)
	}
	if q := quoteBy(t, rows, "Nothing is settled"); q.Speaker != "Tomas Reyd" {
		t.Errorf("speaker = %q, want Tomas Reyd", q.Speaker)
	}
	p, err := lib.ResolvePerson("mara  QUILL")
	if err != nil || p.Name != "Mara Quill" {
		t.Fatalf("resolve: %+v %v", p, err)
	}
	revCheck(t, lib)
}

func TestReviewConfirmRejectEdit(t *testing.T) {
	lib := newRevLib(t)
	id := revImport(t, lib, "talks.txt", revArticle, false)
	rows := articleQuotes(t, lib, id)
	waited := quoteBy(t, rows, "We have waited")
	settled := quoteBy(t, rows, "Nothing is settled")

	if err := lib.ConfirmQuote(waited.ID); err != nil {
		t.Fatal(err)
	}
	if err := lib.RejectQuote(settled.ID); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		status app.QuoteStatus
		want   string
	}{{app.QuoteConfirmed, waited.ID}, {app.QuoteRejected, settled.ID}} {
		got, err := lib.Quotes(app.QuoteFilter{ArticleID: id, Status: tc.status})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0].ID != tc.want {
			t.Errorf("status %s: %s", tc.status, dumpQuotes(got))
		}
	}
	// An unknown ID changes nothing, even alongside a good one.
	if err := lib.ConfirmQuote(settled.ID, "01J000000000000000000000ZZ"); !errors.Is(err, app.ErrNotFound) {
		t.Errorf("confirm with a missing ID: %v", err)
	}
	if q, _ := lib.Quote(settled.ID); q.Status != app.QuoteRejected {
		t.Errorf("status changed to %s by a failed batch", q.Status)
	}

	// Correct the span: shorter text, new selector, confirmed.
	a, _ := lib.Article(id)
	start, end, err := anchor.Find(a.Text(), "We have waited three years for this moment")
	if err != nil {
		t.Fatal(err)
	}
	note, kind := "opening line", "partial"
	q, err := lib.UpdateQuote(waited.ID, app.QuoteEdit{Start: &start, End: &end, Note: &note, Kind: &kind,
		Tags: []string{"actor/Esker", "talks"}})
	if err != nil {
		t.Fatal(err)
	}
	if q.Text != "We have waited three years for this moment" || q.Selector.Start != start || q.Selector.Exact != q.Text ||
		q.Kind != "partial" || q.Note != note || q.Status != app.QuoteConfirmed {
		t.Errorf("after span edit: %+v", q)
	}
	// Correct a suggestion's speaker to someone new: the person is created,
	// the suggestion becomes confirmed.
	fp := quoteBy(t, rows, "fully prepared")
	who := "Lena Quill"
	q, err = lib.UpdateQuote(fp.ID, app.QuoteEdit{Speaker: &who})
	if err != nil {
		t.Fatal(err)
	}
	lena, err := lib.ResolvePerson("Lena Quill")
	if err != nil || q.SpeakerID != lena.ID || q.Speaker != "Lena Quill" || q.Status != app.QuoteConfirmed {
		t.Errorf("speaker edit: %+v, person %+v %v", q, lena, err)
	}
	for _, f := range []app.QuoteFilter{{Tag: "actor"}, {Tag: "ACTOR/esker"}, {Text: "OPENING"}, {Text: "this moment"}} {
		got, err := lib.Quotes(f)
		if err != nil || len(got) != 1 || got[0].ID != waited.ID {
			t.Errorf("filter %+v: %s %v", f, dumpQuotes(got), err)
		}
	}
	if got, _ := lib.Quotes(app.QuoteFilter{Tag: "act"}); len(got) != 0 {
		t.Errorf("tag prefix that is not a parent matched: %s", dumpQuotes(got))
	}
	if got, _ := lib.Quotes(app.QuoteFilter{SpeakerID: lena.ID}); len(got) != 1 || got[0].ID != fp.ID {
		t.Errorf("speaker filter: %s", dumpQuotes(got))
	}
	// Confirming a rejected quote takes it back.
	if err := lib.ConfirmQuote(settled.ID); err != nil {
		t.Fatal(err)
	}
	if q, _ := lib.Quote(settled.ID); q.Status != app.QuoteConfirmed {
		t.Errorf("status %s", q.Status)
	}
	revCheck(t, lib)
}

func TestReviewBadInputWritesNothing(t *testing.T) {
	lib := newRevLib(t)
	id := revImport(t, lib, "talks.txt", revArticle, false)
	rows := articleQuotes(t, lib, id)
	qid := rows[0].ID
	a, _ := lib.Article(id)
	n := len([]rune(a.Text()))
	ip := func(i int) *int { return &i }
	sp := func(s string) *string { return &s }
	for _, tc := range []struct {
		name string
		run  func() error
	}{
		{"start without end", func() error { _, err := lib.UpdateQuote(qid, app.QuoteEdit{Start: ip(0)}); return err }},
		{"span past the end", func() error {
			_, err := lib.UpdateQuote(qid, app.QuoteEdit{Start: ip(n - 2), End: ip(n + 5)})
			return err
		}},
		{"reversed span", func() error { _, err := lib.UpdateQuote(qid, app.QuoteEdit{Start: ip(9), End: ip(3)}); return err }},
		{"blank span", func() error {
			i := strings.Index(a.Text(), "\n\n")
			s := len([]rune(a.Text()[:i]))
			_, err := lib.UpdateQuote(qid, app.QuoteEdit{Start: ip(s), End: ip(s + 2)})
			return err
		}},
		{"bad kind", func() error { _, err := lib.UpdateQuote(qid, app.QuoteEdit{Kind: sp("whole")}); return err }},
		{"bad speaker name", func() error { _, err := lib.UpdateQuote(qid, app.QuoteEdit{Speaker: sp("a [[b]]")}); return err }},
		{"missing speaker id", func() error {
			_, err := lib.UpdateQuote(qid, app.QuoteEdit{SpeakerID: sp("01J000000000000000000000ZZ")})
			return err
		}},
		{"bad tag", func() error { _, err := lib.UpdateQuote(qid, app.QuoteEdit{Tags: []string{"a//b"}}); return err }},
		{"missing quote", func() error { _, err := lib.UpdateQuote("01J000000000000000000000ZZ", app.QuoteEdit{}); return err }},
		{"add: missing article", func() error { _, err := lib.AddQuote("01J000000000000000000000ZZ", 0, 4, ""); return err }},
		{"add: bad span", func() error { _, err := lib.AddQuote(id, -1, 4, ""); return err }},
		{"add: duplicate", func() error {
			_, err := lib.AddQuote(id, rows[0].Selector.Start, rows[0].Selector.End, "")
			if !errors.Is(err, app.ErrQuoteExists) {
				return fmt.Errorf("want ErrQuoteExists: %w", err)
			}
			return err
		}},
		{"add: bad speaker", func() error { _, err := lib.AddQuote(id, 0, 10, "x|y"); return err }},
		{"bad status filter", func() error { _, err := lib.Quotes(app.QuoteFilter{Status: "maybe"}); return err }},
		{"delete missing", func() error { return lib.DeleteQuote("01J000000000000000000000ZZ") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := articleQuotes(t, lib, id)
			people, _ := lib.People()
			if err := tc.run(); err == nil {
				t.Fatal("no error")
			}
			after := articleQuotes(t, lib, id)
			afterPeople, _ := lib.People()
			if dumpQuotes(before) != dumpQuotes(after) || len(people) != len(afterPeople) {
				t.Errorf("changed:%s\n→%s", dumpQuotes(before), dumpQuotes(after))
			}
		})
	}
	revCheck(t, lib)
}

func TestReviewAddAndDeleteQuote(t *testing.T) {
	lib := newRevLib(t)
	id := revImport(t, lib, "talks.txt", revArticle, false)
	a, _ := lib.Article(id)
	s, e, err := anchor.Find(a.Text(), "agreed on Tuesday to reopen talks")
	if err != nil {
		t.Fatal(err)
	}
	q, err := lib.AddQuote(id, s, e, "Negotiators Office")
	if err != nil {
		t.Fatal(err)
	}
	if q.Status != app.QuoteConfirmed || q.Text != "agreed on Tuesday to reopen talks" || q.Kind != app.KindPartial ||
		q.Speaker != "Negotiators Office" {
		t.Errorf("added %+v", q)
	}
	revCheck(t, lib)
	if err := lib.DeleteQuote(q.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := lib.Quote(q.ID); !errors.Is(err, app.ErrNotFound) {
		t.Errorf("deleted quote still there: %v", err)
	}
	// The speaker only that quote had is gone with it.
	if _, err := lib.ResolvePerson("Negotiators Office"); !errors.Is(err, app.ErrNotFound) {
		t.Errorf("speaker of the deleted quote kept: %v", err)
	}
	revCheck(t, lib)
}

// TestReviewVerdictsSurviveRerunAndReimport: rejected, corrected and
// deleted suggestions stay away when the finder runs again and when the
// article is re-imported with changes; nothing is duplicated.
func TestReviewVerdictsSurviveRerunAndReimport(t *testing.T) {
	ctx := context.Background()
	lib := newRevLib(t)
	id := revImport(t, lib, "talks.txt", revArticle, false)
	rows := articleQuotes(t, lib, id)
	if len(rows) < 4 {
		t.Fatalf("want at least 4 suggestions: %s", dumpQuotes(rows))
	}
	rejected := quoteBy(t, rows, "Nothing is settled")
	corrected := quoteBy(t, rows, "We have waited")
	deleted := quoteBy(t, rows, "first round")
	if err := lib.RejectQuote(rejected.ID); err != nil {
		t.Fatal(err)
	}
	a, _ := lib.Article(id)
	s, e, err := anchor.Find(a.Text(), "we will not waste it")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lib.UpdateQuote(corrected.ID, app.QuoteEdit{Start: &s, End: &e}); err != nil {
		t.Fatal(err)
	}
	if err := lib.DeleteQuote(deleted.ID); err != nil {
		t.Fatal(err)
	}
	before := articleQuotes(t, lib, id)

	sawProgress := false
	sum, err := lib.RerunFinder(ctx, "", func(done, total int) { sawProgress = sawProgress || done == total && total == 1 })
	if err != nil {
		t.Fatal(err)
	}
	if sum.Articles != 1 || sum.Added != 0 || sum.Removed != 0 || !sawProgress {
		t.Errorf("rerun summary %+v (progress %v)", sum, sawProgress)
	}
	if after := articleQuotes(t, lib, id); dumpQuotes(after) != dumpQuotes(before) {
		t.Errorf("rerun changed the quotes:%s\n→%s", dumpQuotes(before), dumpQuotes(after))
	}
	// A second run changes nothing either.
	if sum, err := lib.RerunFinder(ctx, id, nil); err != nil || sum != (app.RerunSummary{Articles: 1}) {
		t.Errorf("second rerun: %+v %v", sum, err)
	}

	// Re-import an edited version (a paragraph added at the top).
	edited := strings.Replace(revArticle, "PORT ESKER –", "Officials said the weather delayed the start.\n\nPORT ESKER –", 1)
	if got := revImport(t, lib, "talks.txt", edited, true); got != id {
		t.Fatalf("re-import made a new article %s", got)
	}
	after := articleQuotes(t, lib, id)
	seen := map[string]int{}
	for _, r := range after {
		seen[strings.ToLower(r.Text)]++
		if strings.Contains(r.Text, "We have waited") {
			t.Errorf("the corrected suggestion came back: %s", dumpQuotes(after))
		}
		if strings.Contains(r.Text, "first round") {
			t.Errorf("the deleted suggestion came back: %s", dumpQuotes(after))
		}
	}
	for txt, n := range seen {
		if n > 1 {
			t.Errorf("%q stored %d times", txt, n)
		}
	}
	if q := quoteBy(t, after, "Nothing is settled"); q.Status != app.QuoteRejected || q.ID != rejected.ID {
		t.Errorf("rejected quote after re-import: %+v", q)
	}
	if q := quoteBy(t, after, "we will not waste it"); q.ID != corrected.ID || q.Status != app.QuoteConfirmed {
		t.Errorf("corrected quote after re-import: %+v", q)
	}
	if len(after) != len(before) {
		t.Errorf("re-import changed the number of quotes:%s\n→%s", dumpQuotes(before), dumpQuotes(after))
	}
	revCheck(t, lib)
}

func TestRerunFinderCancel(t *testing.T) {
	lib := newRevLib(t)
	revImport(t, lib, "talks.txt", revArticle, false)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := lib.RerunFinder(ctx, "", nil); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if _, err := lib.RerunFinder(context.Background(), "01J000000000000000000000ZZ", nil); !errors.Is(err, app.ErrNotFound) {
		t.Errorf("missing article: %v", err)
	}
}

// seedDir locates ../shared/seeds beside the repository root.
func seedDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root not found")
		}
		dir = parent
	}
	seeds := filepath.Join(filepath.Dir(dir), "shared", "seeds")
	if _, err := os.Stat(seeds); err != nil {
		t.Skipf("no seed articles at %s; skipping", seeds)
	}
	return seeds
}

// TestReviewSeedArticles imports the team's seed articles and checks that
// every quote the finder makes is stored once, with its speaker as a person
// merged across articles, and that re-running the finder changes nothing.
func TestReviewSeedArticles(t *testing.T) {
	seeds := seedDir(t)
	files, _ := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if len(files) == 0 {
		t.Skip("no seed articles")
	}
	lib := newRevLib(t)
	sum, err := lib.Import(context.Background(), files, app.ImportOptions{})
	if err != nil || sum.Failed > 0 {
		t.Fatalf("import: %v %+v", err, sum)
	}
	speakers := map[string]map[string]bool{} // speaker → articles
	for _, o := range sum.Outcomes {
		a, err := lib.Article(o.ArticleID)
		if err != nil {
			t.Fatal(err)
		}
		found := quotes.Find(a.Text())
		rows := articleQuotes(t, lib, a.ID)
		distinct := map[string]bool{} // the same words quoted twice are one quote
		for _, fq := range found.Quotes {
			distinct[strings.ToLower(strings.Join(strings.Fields(fq.Text), " "))] = true
		}
		if len(rows) != len(distinct) {
			t.Errorf("%s: %d quotes stored, the finder makes %d", o.Path, len(rows), len(distinct))
		}
		for _, fq := range found.Quotes {
			if fq.Speaker == "" {
				continue
			}
			if speakers[fq.Speaker] == nil {
				speakers[fq.Speaker] = map[string]bool{}
			}
			speakers[fq.Speaker][a.ID] = true
		}
	}
	for name, arts := range speakers {
		p, err := lib.ResolvePerson(name)
		if err != nil {
			t.Errorf("speaker %q has no person: %v", name, err)
			continue
		}
		pg, _ := lib.Person(p.ID)
		got := map[string]bool{}
		for _, q := range pg.Quotes {
			got[q.ArticleID] = true
		}
		for id := range arts {
			if !got[id] {
				t.Errorf("%q's page lacks their quotes in article %s", name, id)
			}
		}
	}
	revCheck(t, lib)
	r, err := lib.RerunFinder(context.Background(), "", nil)
	if err != nil || r.Added+r.Updated+r.Removed != 0 {
		t.Errorf("rerun on unchanged articles: %+v %v", r, err)
	}
}

// benchArticle makes a synthetic article of about 650 words with 16 quotes.
func benchArticle(i int) string {
	first := []string{"Mara", "Tomas", "Ilse", "Oren", "Petra", "Viktor", "Anja", "Bram"}
	last := []string{"Quill", "Reyd", "Sand", "Hollis", "Marr", "Dunne", "Kestrel", "Vale"}
	name := func(k int) string { return first[(i+k)%len(first)] + " " + last[(i*3+k)%len(last)] }
	var b strings.Builder
	fmt.Fprintf(&b, "Story number %d about the harbour talks\n\n", i)
	for p := range 8 {
		fmt.Fprintf(&b, "The delegations met again on day %d of the talks in the harbour town, where officials discussed quotas, patrols and the price of fuel for the fleets that work the northern banks. ", p+1)
		fmt.Fprintf(&b, "\"We expect progress on the quotas before the end of the week, and we will report back to parliament,\" said %s, a senior negotiator for the coastal states.\n\n", name(p))
		fmt.Fprintf(&b, "%s said the process was \"slow but serious\" and added that more meetings were planned for story %d.\n\n", name(p+1), i)
	}
	return b.String()
}

// BenchmarkRerunFinder1000 re-runs the quote finder over a library of 1,000
// articles (about 650 words and 16 quotes each).
func BenchmarkRerunFinder1000(b *testing.B) {
	lib := newRevLib(b)
	src := b.TempDir()
	for i := range 1000 {
		writeFile(b, src, fmt.Sprintf("a%04d.txt", i), benchArticle(i))
	}
	sum, err := lib.Import(context.Background(), []string{src}, app.ImportOptions{})
	if err != nil || sum.Added != 1000 {
		b.Fatalf("import: %v %+v", err, sum.Added)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := lib.RerunFinder(context.Background(), "", nil); err != nil {
			b.Fatal(err)
		}
	}
}
