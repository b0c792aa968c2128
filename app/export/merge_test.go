package export_test

import (
	"archive/zip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"dossier/app"
	"dossier/app/export"
)

const portArticle = `Port authority plans new quay
TUNIS – The port authority unveiled plans on Monday for a new container quay.

"The quay will double our capacity within five years," said Lotfi Azouz, the director of the port authority.

Dock workers were cautious about the timetable.

"We have heard promises before, and we will judge the work when it starts," said Amel Ben Salah, a union representative.

"Financing is already secured from three lenders," said Lotfi Azzouz, who spoke at a press conference.
`

const ferryArticle = `Ferry timetable changes in spring
VARN – The ferry company will change its timetable in the spring, it said on Friday.

"Passengers will have an earlier morning crossing," said Ida Brenner, a spokeswoman for the company.

The evening crossing will be dropped on weekdays.
`

func importText(t testing.TB, lib *app.Library, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, err := lib.Import(context.Background(), []string{p}, app.ImportOptions{})
	if err != nil || sum.Added != 1 {
		t.Fatalf("import %s: %+v %v", name, sum, err)
	}
	return sum.Outcomes[0].ArticleID
}

// articleByTitle finds the one article with the title.
func articleByTitle(t *testing.T, lib *app.Library, title string) *app.Article {
	t.Helper()
	arts, err := lib.Articles()
	if err != nil {
		t.Fatal(err)
	}
	var found []string
	for _, a := range arts {
		if a.Title == title {
			found = append(found, a.ID)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d articles titled %q; want 1", len(found), title)
	}
	a, err := lib.Article(found[0])
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// quoteSaying finds a quote of an article by a few of its words.
func quoteSaying(t *testing.T, lib *app.Library, articleID, words string) app.Quote {
	t.Helper()
	rows, err := lib.Quotes(app.QuoteFilter{ArticleID: articleID})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if strings.Contains(r.Text, words) {
			return r.Quote
		}
	}
	t.Fatalf("no quote saying %q in %s", words, articleID)
	return app.Quote{}
}

func personNamed(t *testing.T, lib *app.Library, name string) app.PersonSummary {
	t.Helper()
	ps, err := lib.People()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if p.Name == name {
			return p
		}
	}
	t.Fatalf("no person %q among %+v", name, ps)
	return app.PersonSummary{}
}

func editParagraph(t *testing.T, lib *app.Library, id string, i int, text string) {
	t.Helper()
	a, err := lib.Article(id)
	if err != nil {
		t.Fatal(err)
	}
	body := slices.Clone(a.Body)
	body[i] = text
	if _, err := lib.EditArticle(context.Background(), id, app.ArticleEdit{Body: body}); err != nil {
		t.Fatal(err)
	}
}

// sharedPair makes library a (seeded) and library b, which imported all of
// a through a bundle: two analysts who share their work.
func sharedPair(t *testing.T) (a, b *app.Library, talks string) {
	t.Helper()
	a = newExpLib(t)
	talks = seedExp(t, a)
	shared := exportTo(t, a, export.FormatBundle, filepath.Join(t.TempDir(), "shared.dossier"), export.Selection{}).Path
	b = newExpLib(t)
	if o := importOne(t, b, shared); o.Status != app.ImportAdded {
		t.Fatalf("first exchange: %+v", o)
	}
	return a, b, talks
}

// projection is a library's content, without IDs and times: what must be
// the same whichever way two libraries were merged.
func projection(t *testing.T, lib *app.Library) []string {
	t.Helper()
	var out []string
	arts, err := lib.Articles()
	if err != nil {
		t.Fatal(err)
	}
	title := map[string]string{}
	for _, s := range arts {
		a, err := lib.Article(s.ID)
		if err != nil {
			t.Fatal(err)
		}
		title[a.ID] = a.Title
		out = append(out, fmt.Sprintf("article %q %q tags=%v", a.Title, a.Text(), a.Tags))
		anns, err := lib.Annotations(a.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, an := range anns {
			out = append(out, fmt.Sprintf("annotation %q [%d,%d) %q %q %v %s", a.Title, an.Selector.Start, an.Selector.End, an.Note, an.Color, an.Tags, an.State))
		}
	}
	qs, err := lib.Quotes(app.QuoteFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		out = append(out, fmt.Sprintf("quote %q [%d,%d) %q %s by %q note=%q tags=%v", title[q.ArticleID], q.Selector.Start, q.Selector.End, q.Text, q.Status, q.Speaker, q.Note, q.Tags))
	}
	ps, err := lib.People()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		out = append(out, fmt.Sprintf("person %q aliases=%v affiliations=%v quotes=%+v", p.Name, p.Aliases, p.Affiliations, p.Quotes))
	}
	ns, err := lib.Notes()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range ns {
		n, err := lib.Note(s.ID)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("note %q %q %v %v", n.Title, n.Body, n.Tags, n.Aliases))
	}
	sort.Strings(out)
	return out
}

// hasRevisionWithText reports whether an article's history holds a
// revision whose text contains s.
func hasRevisionWithText(t *testing.T, lib *app.Library, id, s string) bool {
	t.Helper()
	vs, err := lib.ArticleVersions(id)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range vs {
		a, err := lib.ArticleVersion(id, v.Revision)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(a.Article.Text(), s) {
			return true
		}
	}
	return false
}

// Two analysts share a library, then work apart: review decisions on both
// sides (one the same quote decided differently), people renamed and merged,
// articles edited on both sides, one article imported by each on their own.
// Each imports the other's bundle: every decision, person and article is
// there exactly once, the conflicts side by side, and both libraries end
// with the same records.
func TestBundleMergeKeepsReviewWork(t *testing.T) {
	ctx := context.Background()
	a := newExpLib(t)
	talks := seedExp(t, a)
	port := importText(t, a, "port.txt", portArticle)
	shared := exportTo(t, a, export.FormatBundle, filepath.Join(t.TempDir(), "shared.dossier"), export.Selection{}).Path
	b := newExpLib(t)
	if o := importOne(t, b, shared); o.Status != app.ImportAdded {
		t.Fatalf("first exchange: %+v", o)
	}
	// Each imports the ferry article on their own (two IDs, one text).
	ferryA := importText(t, a, "ferry.txt", ferryArticle)
	ferryB := importText(t, b, "ferry.txt", ferryArticle)

	// Review: the same quote confirmed in A and rejected in B; one decided
	// in A only, one in B only.
	qMara := quoteSaying(t, a, talks, "common ground").ID
	qTobin := quoteSaying(t, a, talks, "Nothing is settled").ID
	qAmel := quoteSaying(t, a, port, "heard promises").ID
	if err := a.ConfirmQuote(qMara); err != nil {
		t.Fatal(err)
	}
	if err := b.RejectQuote(qMara); err != nil {
		t.Fatal(err)
	}
	if err := a.RejectQuote(qTobin); err != nil {
		t.Fatal(err)
	}
	if err := b.ConfirmQuote(qAmel); err != nil {
		t.Fatal(err)
	}
	qIdaB := quoteSaying(t, b, ferryB, "earlier morning").ID
	if err := b.ConfirmQuote(qIdaB); err != nil {
		t.Fatal(err)
	}
	// People: A merges the two spellings of Lotfi Azouz; B renames Tobin Hale.
	azouz, err := a.ResolvePerson("Lotfi Azouz")
	if err != nil {
		t.Fatal(err)
	}
	azzouz, err := a.ResolvePerson("Lotfi Azzouz")
	if err != nil || azzouz.ID == azouz.ID {
		t.Fatalf("the finder did not make two people of the two spellings: %v", err)
	}
	if _, err := a.MergePeople(azzouz.ID, azouz.ID); err != nil {
		t.Fatal(err)
	}
	hale, err := b.ResolvePerson("Tobin Hale")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.RenamePerson(hale.ID, "Tobin J. Hale"); err != nil {
		t.Fatal(err)
	}
	// Articles edited on both sides, differently.
	editParagraph(t, a, talks, 3, "The talks covered fishing rights, a disputed lighthouse and the ferry timetable (edited in A).")
	editParagraph(t, b, talks, 3, "The talks covered fishing rights, a disputed lighthouse and the ferry timetable (edited in B).")
	editParagraph(t, a, ferryA, 2, "The evening crossing will be dropped on weekdays, A learnt.")
	editParagraph(t, b, ferryB, 2, "The evening crossing will be dropped on weekdays and Sundays.")
	if _, err := b.Annotate(ctx, app.AnnotationInput{ArticleID: port, Quote: "new container quay", Note: "B's highlight"}); err != nil {
		t.Fatal(err)
	}

	fromA := exportTo(t, a, export.FormatBundle, filepath.Join(t.TempDir(), "a.dossier"), export.Selection{}).Path
	fromB := exportTo(t, b, export.FormatBundle, filepath.Join(t.TempDir(), "b.dossier"), export.Selection{}).Path
	if o := importOne(t, b, fromA); o.Status == app.ImportFailed {
		t.Fatalf("A into B: %+v", o)
	}
	if o := importOne(t, a, fromB); o.Status == app.ImportFailed {
		t.Fatalf("B into A: %+v", o)
	}

	for _, c := range []struct {
		name string
		lib  *app.Library
	}{{"B after A's bundle", b}, {"A after B's bundle", a}} {
		t.Run(c.name, func(t *testing.T) {
			lib := c.lib
			arts, err := lib.Articles()
			if err != nil || len(arts) != 3 {
				t.Fatalf("%d articles, want 3 (none duplicated): %v", len(arts), err)
			}
			tk := articleByTitle(t, lib, "Ministers agree to meet again")
			// The later edit (B's) is current; A's text is a revision.
			if !strings.Contains(tk.Text(), "(edited in B)") {
				t.Errorf("talks text: %q", tk.Text())
			}
			if !hasRevisionWithText(t, lib, tk.ID, "(edited in A)") {
				t.Error("A's edit of the talks is not kept as a revision")
			}
			fe := articleByTitle(t, lib, "Ferry timetable changes in spring")
			if !strings.Contains(fe.Text(), "and Sundays") || !hasRevisionWithText(t, lib, fe.ID, "A learnt") {
				t.Errorf("ferry: %q; A's text kept: %v", fe.Text(), hasRevisionWithText(t, lib, fe.ID, "A learnt"))
			}
			// Every decision exactly once; the conflict side by side.
			statuses := func(articleID, words string) []string {
				rows, err := lib.Quotes(app.QuoteFilter{ArticleID: articleID})
				if err != nil {
					t.Fatal(err)
				}
				var out []string
				for _, r := range rows {
					if strings.Contains(r.Text, words) {
						out = append(out, string(r.Status)+" "+r.Speaker)
					}
				}
				sort.Strings(out)
				return out
			}
			pt := articleByTitle(t, lib, "Port authority plans new quay")
			for _, w := range []struct {
				art, words string
				want       []string
			}{
				{tk.ID, "common ground", []string{"confirmed Mara Quill", "rejected Mara Quill"}},
				{tk.ID, "Nothing is settled", []string{"rejected Tobin J. Hale"}},
				{pt.ID, "heard promises", []string{"confirmed Amel Ben Salah"}},
				{fe.ID, "earlier morning", []string{"confirmed Ida Brenner"}},
				{pt.ID, "double our capacity", []string{"suggested Lotfi Azouz"}},
				{pt.ID, "Financing is already", []string{"suggested Lotfi Azouz"}},
			} {
				if got := statuses(w.art, w.words); !reflect.DeepEqual(got, w.want) {
					t.Errorf("quote %q: %v, want %v", w.words, got, w.want)
				}
			}
			// People: once each, with their quotes.
			ps, err := lib.People()
			if err != nil {
				t.Fatal(err)
			}
			names := map[string]int{}
			for _, p := range ps {
				names[p.Name]++
				for _, al := range p.Aliases {
					names[al]++
				}
			}
			for _, n := range []string{"Lotfi Azouz", "Lotfi Azzouz", "Mara Quill", "Ida Brenner"} {
				if names[n] != 1 {
					t.Errorf("%q names %d people or aliases; want 1", n, names[n])
				}
			}
			if p := personNamed(t, lib, "Lotfi Azouz"); p.Quotes.Total != 2 || !slices.Contains(p.Aliases, "Lotfi Azzouz") {
				t.Errorf("Lotfi Azouz: %+v", p)
			}
			// Tobin Hale's only quote was rejected, so People does not list
			// him; his one page carries both names.
			if names["Tobin J. Hale"]+names["Tobin Hale"] != 0 {
				t.Errorf("People lists Tobin Hale, whose only quote was rejected")
			}
			th, err := lib.ResolvePerson("Tobin Hale")
			if err != nil || th.Name != "Tobin J. Hale" || !slices.Contains(th.Aliases, "Tobin Hale") {
				t.Errorf("Tobin Hale resolves to %+v, %v", th, err)
			} else if th2, err := lib.ResolvePerson("Tobin J. Hale"); err != nil || th2.ID != th.ID {
				t.Errorf("Tobin J. Hale resolves to %+v, %v; want %s", th2, err, th.ID)
			}
			if p := personNamed(t, lib, "Ida Brenner"); p.Quotes.Total != 1 {
				t.Errorf("Ida Brenner: %+v", p)
			}
			anns, err := lib.Annotations(pt.ID)
			if err != nil || len(anns) != 1 || anns[0].Note != "B's highlight" {
				t.Errorf("port annotations: %+v %v", anns, err)
			}
			anns, err = lib.Annotations(tk.ID)
			if err != nil || len(anns) != 2 {
				t.Errorf("talks annotations: %d %v", len(anns), err)
			}
			// The conflicts are listed for the analyst.
			cs, err := lib.MergeConflicts()
			if err != nil {
				t.Fatal(err)
			}
			fields := map[string]int{}
			for _, c := range cs {
				fields[string(c.Kind)+" "+c.Field]++
			}
			if fields["quote status"] != 1 || fields["article text"] != 2 {
				t.Errorf("conflicts listed: %v (%+v)", fields, cs)
			}
			rep, err := lib.Check(ctx)
			if err != nil || len(rep.DanglingRefs) > 0 || len(rep.MissingRefs) > 0 {
				t.Errorf("check: %+v %v", rep, err)
			}
		})
	}
	// Order-independent: A into B and B into A give the same records.
	pa, pb := projection(t, a), projection(t, b)
	if !reflect.DeepEqual(pa, pb) {
		for _, l := range pa {
			if !slices.Contains(pb, l) {
				t.Errorf("only in A: %s", l)
			}
		}
		for _, l := range pb {
			if !slices.Contains(pa, l) {
				t.Errorf("only in B: %s", l)
			}
		}
	}
	// Importing the same bundle again changes nothing.
	before := snapshot(t, b)
	if o := importOne(t, b, fromA); o.Status == app.ImportFailed {
		t.Fatalf("again: %+v", o)
	}
	if after := snapshot(t, b); !reflect.DeepEqual(before, after) {
		for bk := range before {
			if !reflect.DeepEqual(before[bk], after[bk]) {
				t.Errorf("the second import changed %s", bk)
			}
		}
	}
	// And the merged libraries exchange nothing more.
	ab := exportTo(t, a, export.FormatBundle, filepath.Join(t.TempDir(), "a2.dossier"), export.Selection{}).Path
	importOne(t, b, ab)
	if pb2 := projection(t, b); !reflect.DeepEqual(pa, pb2) {
		t.Errorf("a further exchange changed B:\n%v\n%v", pa, pb2)
	}
}

// The field rules of the merge: a tag renamed on one side takes its new
// name everywhere, annotation notes and person pages edited on both sides
// keep both texts, a note renamed on one side keeps its old title as an
// alias; both directions agree, and a second exchange changes nothing.
func TestBundleMergeFieldRules(t *testing.T) {
	ctx := context.Background()
	a, b, talks := sharedPair(t)

	if _, err := a.RenameTag(ctx, "topic", "subject"); err != nil {
		t.Fatal(err)
	}
	anns, err := a.Annotations(talks)
	if err != nil || len(anns) != 2 {
		t.Fatalf("annotations: %v %v", anns, err)
	}
	noteA, noteB := "A thinks the fish matter most", "B thinks the lighthouse matters most"
	if _, err := a.UpdateAnnotation(ctx, anns[0].ID, app.AnnotationEdit{Note: &noteA}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.UpdateAnnotation(ctx, anns[0].ID, app.AnnotationEdit{Note: &noteB}); err != nil {
		t.Fatal(err)
	}
	quill, err := a.ResolvePerson("Mara Quill")
	if err != nil {
		t.Fatal(err)
	}
	if err := a.SetPageText(ctx, app.PageRef{Kind: app.TypePerson, ID: quill.ID}, "Foreign minister since 2019."); err != nil {
		t.Fatal(err)
	}
	if err := b.SetPageText(ctx, app.PageRef{Kind: app.TypePerson, ID: quill.ID}, "Trained as a lawyer."); err != nil {
		t.Fatal(err)
	}
	if _, err := b.RenameNote(ctx, "Talks overview", "Coastal talks overview"); err != nil {
		t.Fatal(err)
	}

	fromA := exportTo(t, a, export.FormatBundle, filepath.Join(t.TempDir(), "a.dossier"), export.Selection{}).Path
	fromB := exportTo(t, b, export.FormatBundle, filepath.Join(t.TempDir(), "b.dossier"), export.Selection{}).Path
	importOne(t, b, fromA)
	importOne(t, a, fromB)
	for _, lib := range []*app.Library{a, b} {
		tags, err := lib.Tags()
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, tg := range tags {
			names = append(names, tg.Name)
		}
		if slices.Contains(names, "topic") || !slices.Contains(names, "subject") {
			t.Errorf("tags after the merge: %v; want topic renamed to subject", names)
		}
		an, err := lib.Annotation(anns[0].ID)
		if err != nil || !strings.Contains(an.Note, noteA) || !strings.Contains(an.Note, noteB) {
			t.Errorf("annotation note: %q %v; want both sides' notes", an.Note, err)
		}
		pg, err := lib.Person(quill.ID)
		if err != nil || !strings.Contains(pg.Person.Page, "2019") || !strings.Contains(pg.Person.Page, "lawyer") {
			t.Errorf("person page: %q %v; want both sides' texts", pg.Person.Page, err)
		}
		n, err := lib.ResolveNote("Talks overview")
		if err != nil || n.Title != "Coastal talks overview" {
			t.Errorf("note by its old title: %+v %v; want the renamed note", n, err)
		}
		if n != nil && !slices.Contains(n.Tags, "subject") {
			t.Errorf("note tags: %v; want the renamed tag", n.Tags)
		}
		cs, err := lib.MergeConflicts()
		if err != nil {
			t.Fatal(err)
		}
		fields := map[string]bool{}
		for _, c := range cs {
			fields[string(c.Kind)+" "+c.Field] = true
		}
		if !fields["annotation note"] || !fields["person page"] {
			t.Errorf("conflicts listed: %+v", cs)
		}
	}
	if pa, pb := projection(t, a), projection(t, b); !reflect.DeepEqual(pa, pb) {
		t.Errorf("the two directions differ:\n%v\n%v", pa, pb)
	}
	before := snapshot(t, a)
	importOne(t, a, exportTo(t, b, export.FormatBundle, filepath.Join(t.TempDir(), "b2.dossier"), export.Selection{}).Path)
	if !reflect.DeepEqual(before, snapshot(t, a)) {
		t.Error("a second exchange changed records")
	}
}

// The order of the records in a bundle does not change what a merge makes.
func TestBundleMergeIgnoresRecordOrder(t *testing.T) {
	ctx := context.Background()
	a := newExpLib(t)
	talks := seedExp(t, a)
	importText(t, a, "port.txt", portArticle)
	shared := exportTo(t, a, export.FormatBundle, filepath.Join(t.TempDir(), "shared.dossier"), export.Selection{}).Path
	b1, b2 := newExpLib(t), newExpLib(t)
	importOne(t, b1, shared)
	importOne(t, b2, shared)
	editParagraph(t, a, talks, 3, "The talks covered fishing rights and nothing else.")
	azouz, _ := a.ResolvePerson("Lotfi Azouz")
	azzouz, _ := a.ResolvePerson("Lotfi Azzouz")
	if _, err := a.MergePeople(azzouz.ID, azouz.ID); err != nil {
		t.Fatal(err)
	}
	if err := a.ConfirmQuote(quoteSaying(t, a, talks, "common ground").ID); err != nil {
		t.Fatal(err)
	}
	path := exportTo(t, a, export.FormatBundle, filepath.Join(t.TempDir(), "a.dossier"), export.Selection{}).Path
	read := func() *app.BundleData {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		st, _ := f.Stat()
		bd, err := export.ReadBundle(f, st.Size(), path)
		if err != nil {
			t.Fatal(err)
		}
		return bd
	}
	in1, in2 := read(), read()
	slices.Reverse(in2.Tags)
	slices.Reverse(in2.People)
	slices.Reverse(in2.Articles)
	slices.Reverse(in2.Annotations)
	slices.Reverse(in2.Quotes)
	slices.Reverse(in2.Notes)
	if _, err := b1.MergeBundle(ctx, in1); err != nil {
		t.Fatal(err)
	}
	if _, err := b2.MergeBundle(ctx, in2); err != nil {
		t.Fatal(err)
	}
	if p1, p2 := projection(t, b1), projection(t, b2); !reflect.DeepEqual(p1, p2) {
		t.Errorf("the record order changed the merge:\n%v\n%v", p1, p2)
	}
	if p1, pa := projection(t, b1), projection(t, a); !reflect.DeepEqual(p1, pa) {
		t.Errorf("the merge of one-sided changes differs from their side:\n%v\n%v", p1, pa)
	}
}

func quoteIDs(t testing.TB, lib *app.Library, articleID string) []string {
	t.Helper()
	rows, err := lib.Quotes(app.QuoteFilter{ArticleID: articleID})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range rows {
		ids = append(ids, r.ID)
	}
	return ids
}

func readZip(t testing.TB, path string) map[string]string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	out := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		out[f.Name] = string(data)
	}
	return out
}

// An article's title edited on both sides (the text unchanged): the later
// title is current, the other is kept as a revision, and it is listed.
func TestBundleMergeKeepsBothTitles(t *testing.T) {
	ctx := context.Background()
	a, b, id := sharedPair(t)
	titleA, titleB := "Ministers agree to meet in May", "Coastal ministers will meet again"
	if _, err := a.EditArticle(ctx, id, app.ArticleEdit{Title: &titleA}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.EditArticle(ctx, id, app.ArticleEdit{Title: &titleB}); err != nil {
		t.Fatal(err)
	}
	fromA := exportTo(t, a, export.FormatBundle, filepath.Join(t.TempDir(), "a.dossier"), export.Selection{}).Path
	fromB := exportTo(t, b, export.FormatBundle, filepath.Join(t.TempDir(), "b.dossier"), export.Selection{}).Path
	importOne(t, b, fromA)
	importOne(t, a, fromB)
	for _, lib := range []*app.Library{a, b} {
		art, err := lib.Article(id)
		if err != nil || art.Title != titleB {
			t.Errorf("current title: %v %v; want B's (the later edit)", art, err)
		}
		vs, err := lib.ArticleVersions(id)
		if err != nil {
			t.Fatal(err)
		}
		var titles []string
		for _, v := range vs {
			titles = append(titles, v.Title)
		}
		if !slices.Contains(titles, titleA) {
			t.Errorf("A's title is not in the history: %v", titles)
		}
		cs, _ := lib.MergeConflicts()
		fields := map[string]int{}
		for _, c := range cs {
			fields[string(c.Kind)+" "+c.Field]++
		}
		if fields["article metadata"] != 1 {
			t.Errorf("conflicts: %+v", cs)
		}
		// The note's link (rewritten on each side to its own title) leads
		// to the title the merge kept.
		n, err := lib.ResolveNote("Talks overview")
		if err != nil || !strings.Contains(n.Body, "[["+titleB+"]]") {
			t.Errorf("note: %+v %v; want its link on the kept title", n, err)
		}
	}
	before := snapshot(t, a)
	importOne(t, a, fromB)
	if !reflect.DeepEqual(before, snapshot(t, a)) {
		t.Error("merging the same bundle again changed records")
	}
}
