package app_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"dossier/app"
)

// revSecond is a second fixture article quoting the same people, so that
// people are merged across articles.
const revSecond = `Fishing talks stall over patrol boats

VELL HARBOUR – The second round of talks between Esker and Vell stalled on Friday over the number of patrol boats.

"We cannot sign anything that leaves our waters unguarded," said Tomas Reyd, who heads the Vell Fisheries Council.

Mara Quill, the foreign minister of Esker, said both sides had "more in common than they admit".
`

func revPeopleLib(t *testing.T) (*app.Library, string, string) {
	t.Helper()
	lib := newRevLib(t)
	a := revImport(t, lib, "talks.txt", revArticle, false)
	b := revImport(t, lib, "stall.txt", revSecond, false)
	return lib, a, b
}

func mustPerson(t *testing.T, lib *app.Library, name string) *app.Person {
	t.Helper()
	p, err := lib.ResolvePerson(name)
	if err != nil {
		t.Fatalf("resolve %q: %v", name, err)
	}
	return p
}

func TestPeopleMergedAcrossArticles(t *testing.T) {
	lib, a, b := revPeopleLib(t)
	reyd := mustPerson(t, lib, "Tomas Reyd")
	pg, err := lib.Person(reyd.ID)
	if err != nil {
		t.Fatal(err)
	}
	arts := map[string]bool{}
	for _, q := range pg.Quotes {
		arts[q.ArticleID] = true
		if q.ArticleTitle == "" {
			t.Errorf("quote %s without its article title", q.ID)
		}
	}
	if !arts[a] || !arts[b] {
		t.Errorf("Reyd's page lists quotes from %v, want both articles:%s", arts, dumpQuotes(pg.Quotes))
	}
	list, err := lib.People()
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range list {
		if p.ID == reyd.ID {
			found = true
			if p.Quotes.Total != len(pg.Quotes) || p.Quotes.Suggested != p.Quotes.Total {
				t.Errorf("counts %+v, page has %d quotes", p.Quotes, len(pg.Quotes))
			}
		}
	}
	if !found {
		t.Errorf("People() lacks Reyd: %+v", list)
	}
	// Counts follow the review.
	if err := lib.ConfirmQuote(pg.Quotes[0].ID); err != nil {
		t.Fatal(err)
	}
	pg2, _ := lib.Person(reyd.ID)
	if pg2.Counts.Confirmed != 1 || pg2.Counts.Suggested != pg2.Counts.Total-1 {
		t.Errorf("counts after confirm: %+v", pg2.Counts)
	}
	for _, ref := range []string{reyd.ID, strings.ToLower(reyd.ID), " TOMAS reyd "} {
		if p, err := lib.ResolvePerson(ref); err != nil || p.ID != reyd.ID {
			t.Errorf("resolve %q: %+v %v", ref, p, err)
		}
	}
	if _, err := lib.ResolvePerson("Nobody Atall"); !errors.Is(err, app.ErrNotFound) {
		t.Errorf("unknown person: %v", err)
	}
	revCheck(t, lib)
}

func TestRenamePerson(t *testing.T) {
	lib, _, _ := revPeopleLib(t)
	quill := mustPerson(t, lib, "Mara Quill")
	reyd := mustPerson(t, lib, "Tomas Reyd")
	n, err := lib.CreateNote(context.Background(), "Talks diary", "Met [[Mara Quill]] today.", nil)
	if err != nil {
		t.Fatal(err)
	}
	p, err := lib.RenamePerson(quill.ID, "Mara Quill-Osten")
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "Mara Quill-Osten" || !containsStr(p.Aliases, "Mara Quill") {
		t.Errorf("renamed: %+v", p)
	}
	for _, name := range []string{"Mara Quill", "mara quill-osten"} {
		if got := mustPerson(t, lib, name); got.ID != quill.ID {
			t.Errorf("%q resolves to %s", name, got.ID)
		}
	}
	pg, _ := lib.Person(quill.ID)
	if len(pg.Quotes) == 0 {
		t.Fatal("no quotes")
	}
	for _, q := range pg.Quotes {
		if q.Speaker != "Mara Quill-Osten" {
			t.Errorf("quote %s still shows %q", q.ID, q.Speaker)
		}
	}
	if n2, _ := lib.Note(n.ID); n2.Body != "Met [[Mara Quill-Osten]] today." {
		t.Errorf("link not rewritten: %q", n2.Body)
	}
	// Renaming to another person's name or alias is refused (merge instead).
	for _, name := range []string{"Tomas Reyd", "TOMAS REYD", "Talks diary", "", "Bad [[name]]"} {
		if _, err := lib.RenamePerson(quill.ID, name); err == nil {
			t.Errorf("rename to %q accepted", name)
		}
	}
	if _, err := lib.RenamePerson(reyd.ID, "Mara Quill"); !errors.Is(err, app.ErrNameTaken) {
		t.Errorf("rename to another's alias: %v", err)
	}
	// A case-only rename is allowed and adds no alias.
	p, err = lib.RenamePerson(reyd.ID, "Tomas REYD")
	if err != nil || p.Name != "Tomas REYD" || containsStr(p.Aliases, "Tomas Reyd") {
		t.Errorf("case rename: %+v %v", p, err)
	}
	revCheck(t, lib)
}

func TestMergeAndSplitPeople(t *testing.T) {
	lib, _, _ := revPeopleLib(t)
	quill := mustPerson(t, lib, "Mara Quill")
	reyd := mustPerson(t, lib, "Tomas Reyd")
	pgQ, _ := lib.Person(quill.ID)
	pgR, _ := lib.Person(reyd.ID)
	nq, nr := len(pgQ.Quotes), len(pgR.Quotes)
	if nq == 0 || nr == 0 {
		t.Fatalf("fixture quotes: %d, %d", nq, nr)
	}
	if err := lib.SetPageText(context.Background(), app.PageRef{Kind: app.TypePerson, ID: reyd.ID},
		"Heads the council. See [[Talks diary]]."); err != nil {
		t.Fatal(err)
	}
	if _, err := lib.MergePeople(reyd.ID, reyd.ID); err == nil {
		t.Error("merge with itself accepted")
	}
	// A wrong merge: Reyd into Quill.
	into, err := lib.MergePeople(reyd.ID, quill.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !containsStr(into.Aliases, "Tomas Reyd") || !strings.Contains(into.Page, "Heads the council") {
		t.Errorf("merged person: %+v", into)
	}
	if _, err := lib.Person(reyd.ID); !errors.Is(err, app.ErrNotFound) {
		t.Errorf("merged person still there: %v", err)
	}
	if got := mustPerson(t, lib, "Tomas Reyd"); got.ID != quill.ID {
		t.Errorf("Tomas Reyd resolves to %s after the merge", got.ID)
	}
	pg, _ := lib.Person(quill.ID)
	if len(pg.Quotes) != nq+nr {
		t.Fatalf("merged person has %d quotes, want %d", len(pg.Quotes), nq+nr)
	}
	revCheck(t, lib)

	// Split Reyd's quotes out again under his name (now an alias of Quill).
	var move []string
	for _, q := range pgR.Quotes {
		move = append(move, q.ID)
	}
	if _, err := lib.SplitPerson(quill.ID, nil, "Tomas Reyd"); err == nil {
		t.Error("split without quotes accepted")
	}
	if _, err := lib.SplitPerson(quill.ID, move, "Mara Quill"); err == nil {
		t.Error("split to the person's own name accepted")
	}
	if _, err := lib.SplitPerson(quill.ID, []string{"01J000000000000000000000ZZ"}, "Tomas Reyd"); err == nil {
		t.Error("split of a quote the person does not have accepted")
	}
	np, err := lib.SplitPerson(quill.ID, move, "Tomas Reyd")
	if err != nil {
		t.Fatal(err)
	}
	if np.ID == quill.ID || np.Name != "Tomas Reyd" {
		t.Errorf("split person: %+v", np)
	}
	if got := mustPerson(t, lib, "Tomas Reyd"); got.ID != np.ID {
		t.Errorf("Tomas Reyd resolves to %s, want the new person %s", got.ID, np.ID)
	}
	q2, _ := lib.ResolvePerson(quill.ID)
	if containsStr(q2.Aliases, "Tomas Reyd") {
		t.Errorf("source keeps the alias that was split off: %+v", q2)
	}
	pgN, _ := lib.Person(np.ID)
	pgQ2, _ := lib.Person(quill.ID)
	if len(pgN.Quotes) != nr || len(pgQ2.Quotes) != nq {
		t.Errorf("after split: %d and %d quotes, want %d and %d", len(pgN.Quotes), len(pgQ2.Quotes), nr, nq)
	}
	revCheck(t, lib)

	// Splitting to an existing person's name moves the quotes to them.
	one := []string{pgQ2.Quotes[0].ID}
	got, err := lib.SplitPerson(quill.ID, one, "tomas reyd")
	if err != nil || got.ID != np.ID {
		t.Errorf("split to an existing person: %+v %v", got, err)
	}
	revCheck(t, lib)
}

func containsStr(list []string, s string) bool {
	for _, t := range list {
		if t == s {
			return true
		}
	}
	return false
}

// The quote finder's speakers keep their kind: a named person or an
// organisation gets a page of that kind; a source the text only describes
// ("a joint statement") gets none (issue 20), and a page made for one
// before is withdrawn by Find Quotes Again when its quotes are untouched.
func TestSpeakerKinds(t *testing.T) {
	lib := newRevLib(t)
	text := "Talks resume\n\nHARBOUR – The talks resumed on Monday.\n\n" +
		"“We are ready,” said Tomas Reyd, who heads the Vell Fisheries Council.\n\n" +
		"The ministry issued a joint statement, which said the parties “reaffirm their commitment to free passage”.\n\n" +
		"“The talks will continue,” the Vell Fisheries Council said in a statement.\n"
	revImport(t, lib, "kinds.txt", text, false)
	people, err := lib.People()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]app.SpeakerKind{}
	for _, p := range people {
		got[p.Name] = p.Kind
	}
	want := map[string]app.SpeakerKind{
		"Tomas Reyd":             app.SpeakerPerson,
		"Vell Fisheries Council": app.SpeakerOrganisation,
	}
	for name, k := range want {
		if g, ok := got[name]; !ok || g != k {
			t.Errorf("%s: kind %q (listed %v), want %q; people %v", name, g, ok, k, got)
		}
	}
	if _, ok := got["a joint statement"]; ok {
		t.Errorf("a described source got a person page: %v", got)
	}
	rows, err := lib.Quotes(app.QuoteFilter{Text: "free passage"})
	if err != nil || len(rows) != 1 {
		t.Fatalf("quotes %v (%v)", rows, err)
	}
	if rows[0].SpeakerID != "" || rows[0].Speaker != "a joint statement" {
		t.Errorf("the statement's quote has speaker %q (page %q), want the words and no page", rows[0].Speaker, rows[0].SpeakerID)
	}
	org := mustPerson(t, lib, "Vell Fisheries Council")
	if err := app.ForgetSpeakerKind(lib, org.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := lib.RerunFinder(context.Background(), "", nil); err != nil {
		t.Fatal(err)
	}
	if p := mustPerson(t, lib, "Vell Fisheries Council"); p.Kind != app.SpeakerOrganisation {
		t.Errorf("after Find Quotes Again the kind is %q, want %q", p.Kind, app.SpeakerOrganisation)
	}
	revCheck(t, lib)
}

// The analyst corrects what kind of speaker a page stands for; an unknown
// kind is refused and changes nothing.
func TestSetPersonKind(t *testing.T) {
	lib, _, _ := revPeopleLib(t)
	p := mustPerson(t, lib, "Tomas Reyd")
	if _, err := lib.SetPersonKind(p.ID, app.SpeakerOrganisation); err != nil {
		t.Fatal(err)
	}
	if got := mustPerson(t, lib, "Tomas Reyd").Kind; got != app.SpeakerOrganisation {
		t.Fatalf("kind %q after setting organisation", got)
	}
	if _, err := lib.SetPersonKind(p.ID, "robot"); err == nil {
		t.Error("an unknown kind was accepted")
	}
	if _, err := lib.SetPersonKind(p.ID, app.SpeakerPerson); err != nil {
		t.Fatal(err)
	}
	if got := mustPerson(t, lib, "Tomas Reyd").Kind; got != app.SpeakerPerson {
		t.Errorf("kind %q after setting person back", got)
	}
}

// People stay clean (issue 20): a place, a document or a common noun
// phrase that the finder names as a speaker gets no person page, while the
// quote keeps the words; a page the finder made for one earlier goes when
// the finder runs again.
func TestNoPageForPlacesDocumentsAndDescriptions(t *testing.T) {
	lib := newRevLib(t)
	text := "Border talks\n\nHARBOUR – Talks resumed.\n\n" +
		"“We will respond in kind,” Washington said on Friday.\n\n" +
		"“We are reviewing the contract,” a spokesperson for the ministry said.\n\n" +
		"“The fleet is ready,” said Tomas Reyd, who heads the Vell Fisheries Council.\n"
	revImport(t, lib, "border.txt", text, false)
	people, err := lib.People()
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, p := range people {
		names[p.Name] = true
	}
	if !names["Tomas Reyd"] || names["Washington"] || names["a spokesperson"] || len(names) != 1 {
		t.Errorf("people = %v, want Tomas Reyd only", names)
	}
	rows, err := lib.Quotes(app.QuoteFilter{})
	if err != nil {
		t.Fatal(err)
	}
	speakers := map[string]string{}
	for _, r := range rows {
		speakers[r.Speaker] = r.SpeakerID
	}
	for _, s := range []string{"Washington", "a spokesperson"} {
		if id, ok := speakers[s]; !ok || id != "" {
			t.Errorf("speaker %q: listed %v, page %q; want the words with no page:%s", s, ok, id, dumpQuotes(rows))
		}
	}
	revCheck(t, lib)
}

func TestCommonNounPhrase(t *testing.T) {
	for name, want := range map[string]bool{
		"a spokesperson": true, "The spokesperson": true, "Two officials": true, "people": true,
		"the KCNA statement": false, "Tomas Reyd": false, "Washington": false, "": false,
	} {
		if got := app.CommonNounPhrase(name); got != want {
			t.Errorf("CommonNounPhrase(%q) = %v, want %v", name, got, want)
		}
	}
}

// Rejected quotes leave the speaker's page and counts (issue 20); a
// speaker left with rejected quotes only is not listed among the people.
func TestRejectedQuotesLeavePeoplesPages(t *testing.T) {
	lib, _, _ := revPeopleLib(t)
	reyd := mustPerson(t, lib, "Tomas Reyd")
	pg, err := lib.Person(reyd.ID)
	if err != nil {
		t.Fatal(err)
	}
	before := len(pg.Quotes)
	if before < 2 {
		t.Fatalf("fixture: Reyd has %d quotes:%s", before, dumpQuotes(pg.Quotes))
	}
	if err := lib.RejectQuote(pg.Quotes[0].ID); err != nil {
		t.Fatal(err)
	}
	pg, err = lib.Person(reyd.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(pg.Quotes) != before-1 || pg.Counts.Total != before-1 || pg.Counts.Rejected != 1 {
		t.Errorf("after one rejection: %d quotes, counts %+v; want %d and one rejected apart", len(pg.Quotes), pg.Counts, before-1)
	}
	for _, q := range pg.Quotes {
		if q.Status == app.QuoteRejected {
			t.Errorf("rejected quote %s on the page", q.ID)
		}
	}
	ids := []string{}
	for _, q := range pg.Quotes {
		ids = append(ids, q.ID)
	}
	if err := lib.RejectQuote(ids...); err != nil {
		t.Fatal(err)
	}
	list, err := lib.People()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range list {
		if p.ID == reyd.ID {
			t.Errorf("a speaker of rejected quotes only is listed: %+v", p)
		}
	}
	if _, err := lib.ResolvePerson("Tomas Reyd"); err != nil {
		t.Errorf("the page itself is kept for the record: %v", err)
	}
}
