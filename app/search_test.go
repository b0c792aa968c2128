package app_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"dossier/app"
	"dossier/app/corpus"
	"dossier/index"
	"dossier/storage"
)

// searchLib is a library on a real bbolt file and a real Bleve index.
type searchLib struct {
	*app.Library
	dir string
}

// openSearchLib opens (creating) the library in dir; wrap, when not nil,
// wraps the index (to simulate crashes).
func openSearchLib(t testing.TB, dir string, wrap func(*index.Index) app.Index) *searchLib {
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
	var ix app.Index = idx
	if wrap != nil {
		ix = wrap(idx)
	}
	lib, err := app.Open(context.Background(), st, ix, app.Options{})
	if err != nil {
		idx.Close()
		st.Close()
		t.Fatal(err)
	}
	return &searchLib{Library: lib, dir: dir}
}

// newSearchLib opens a fresh library, rebuilds its (empty) index and closes
// it at the end of the test.
func newSearchLib(t testing.TB) *searchLib {
	t.Helper()
	l := openSearchLib(t, t.TempDir(), nil)
	if l.IndexStale() {
		if err := l.Reindex(context.Background(), nil); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() { l.Close() })
	return l
}

var searchArticles = map[string]string{
	"sanctions.txt": `Sanctions tighten on Pyongyang's banks

By Jane Doe
Source: Asia Wire
Published: 2021-06-20
Tags: actor/DPRK, topic/sanctions

SEOUL – New sanctions on North Korean banks were announced on Monday, the third round this year.

"We will not bow to sanctions from anyone," said Moon Chung-in, the special adviser to the president.

Analysts said the sanctioned banks would look for other channels through Dandong.
`,
	"harbour.txt": `Harbour talks resume in Port Esker

By Ola Berg
Source: Coastal Herald
Published: 2019-03-02
Tags: topic/maritime

PORT ESKER – Ministers from the two coastal states agreed on Thursday to meet again next month.

"We found more common ground than we expected," said Andrei Lankov, a professor at Kookmin University.

The talks will resume in the spring.
`,
}

// importSearchArticles writes the articles into a folder and imports them.
func importSearchArticles(t testing.TB, l *searchLib) {
	t.Helper()
	src := t.TempDir()
	for name, text := range searchArticles {
		if err := os.WriteFile(filepath.Join(src, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sum, err := l.Import(context.Background(), []string{src}, app.ImportOptions{})
	if err != nil || sum.Added != 2 {
		t.Fatalf("import: %+v %v", sum, err)
	}
}

func hitIDs(r *app.SearchResults) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, string(h.Type)+":"+h.Title)
	}
	slices.Sort(out)
	return out
}

func TestSearchHighlightsAtTheRightOffsets(t *testing.T) {
	l := newSearchLib(t)
	importSearchArticles(t, l)
	ctx := context.Background()
	res, err := l.Search(ctx, app.SearchRequest{Query: `"sanctioned banks"`, Types: []app.DocType{app.TypeArticle}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 {
		t.Fatalf("hits = %+v", res.Hits)
	}
	h := res.Hits[0]
	a, err := l.Article(h.ArticleID)
	if err != nil {
		t.Fatal(err)
	}
	text := []rune(a.Text())
	if got := string(text[h.Start:h.End]); got != "sanctioned banks" {
		t.Errorf("jump span = %q; want the phrase", got)
	}
	if len(h.Fragments) == 0 {
		t.Fatal("no fragments")
	}
	for _, f := range h.Fragments {
		marked := f.Marked("«", "»")
		if !strings.Contains(marked, "«sanctioned banks»") {
			t.Errorf("fragment = %q", marked)
		}
		r := []rune(f.Text)
		for _, m := range f.Marks {
			if w := strings.ToLower(string(r[m[0]:m[1]])); w != "sanctioned banks" {
				t.Errorf("mark %v = %q", m, w)
			}
		}
		// The fragment says where it and its matches are in the article.
		if f.Field != app.FieldBody || f.Start < 0 || f.End > len(text) || f.Start >= f.End || len(f.Spans) != len(f.Marks) {
			t.Fatalf("fragment offsets: %+v", f)
		}
		if got := strings.Join(strings.Fields(string(text[f.Start:f.End])), " "); !strings.Contains(f.Text, got) {
			t.Errorf("fragment text %q is not the text at %d–%d: %q", f.Text, f.Start, f.End, got)
		}
		for i, sp := range f.Spans {
			if got, want := string(text[sp[0]:sp[1]]), string(r[f.Marks[i][0]:f.Marks[i][1]]); got != want {
				t.Errorf("span %v = %q; the mark is %q", sp, got, want)
			}
		}
	}

	// A quote hit jumps to the matched word inside the quote.
	res, err = l.Search(ctx, app.SearchRequest{Query: "bow", Types: []app.DocType{app.TypeQuote}})
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("quote search: %+v %v", res, err)
	}
	q := res.Hits[0]
	a, _ = l.Article(q.ArticleID)
	if got := string([]rune(a.Text())[q.Start:q.End]); got != "bow" {
		t.Errorf("quote jump span = %q", got)
	}
	if q.Speaker != "Moon Chung-in" || len(q.Fragments) != 1 || !strings.HasPrefix(q.Fragments[0].Marked("[", "]"), "We will not [bow] to sanctions from anyone") {
		t.Errorf("quote hit = %+v", q)
	}
}

func TestSearchFormsThroughTheLibrary(t *testing.T) {
	l := newSearchLib(t)
	importSearchArticles(t, l)
	ctx := context.Background()
	cases := []struct {
		q    string
		want []string
	}{
		{`speaker:Lankov`, []string{"quote:Harbour talks resume in Port Esker"}},
		{`speaker:Moon`, []string{"quote:Sanctions tighten on Pyongyang's banks"}},
		// Field terms narrow: each field must match, with or without +.
		{`tag:actor/DPRK type:article`, []string{"article:Sanctions tighten on Pyongyang's banks"}},
		// Words without + are alternatives (Bleve's query-string rules).
		{`Esker Dandong type:article`, []string{"article:Harbour talks resume in Port Esker",
			"article:Sanctions tighten on Pyongyang's banks"}},
		{`+tag:actor/DPRK +type:article`, []string{"article:Sanctions tighten on Pyongyang's banks"}},
		{`+talks +date:<2020 +type:article`, []string{"article:Harbour talks resume in Port Esker"}},
		{`+Pyongyng~1 +type:article`, []string{"article:Sanctions tighten on Pyongyang's banks"}},
		{`+resu* +type:article`, []string{"article:Harbour talks resume in Port Esker"}},
		{`+"common ground" -type:article`, []string{"quote:Harbour talks resume in Port Esker"}},
		{`+type:person +Lankov`, []string{"person:Andrei Lankov"}},
	}
	for _, c := range cases {
		res, err := l.Search(ctx, app.SearchRequest{Query: c.q})
		if err != nil {
			t.Errorf("%s: %v", c.q, err)
			continue
		}
		if got := hitIDs(res); !slices.Equal(got, c.want) {
			t.Errorf("%s = %v; want %v", c.q, got, c.want)
		}
	}
	res, err := l.Search(ctx, app.SearchRequest{Query: "talks OR sanctions", Facets: true})
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]int{}
	for _, f := range res.Facets[app.FacetType] {
		types[f.Value] = f.Count
	}
	if types["article"] != 2 || res.Facets[app.FacetMonth] == nil || res.Facets[app.FacetYear] == nil {
		t.Errorf("facets = %+v", res.Facets)
	}
	if _, err := l.Search(ctx, app.SearchRequest{Query: "colour:red"}); err == nil || !strings.Contains(err.Error(), "unknown field") {
		t.Errorf("unknown field: %v", err)
	}
	// As you type: the last word is a prefix.
	res, err = l.SearchAsYouType(ctx, app.SearchRequest{Query: "+type:article +Lank"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 || res.Hits[0].Title != "Harbour talks resume in Port Esker" {
		t.Errorf("as you type: %v", hitIDs(res))
	}
}

func TestTagRenameReflectedInSearch(t *testing.T) {
	l := newSearchLib(t)
	importSearchArticles(t, l)
	ctx := context.Background()
	count := func(q string) int {
		t.Helper()
		res, err := l.Search(ctx, app.SearchRequest{Query: q})
		if err != nil {
			t.Fatal(err)
		}
		return res.Total
	}
	before := count("tag:actor/DPRK")
	if before == 0 {
		t.Fatal("nothing tagged actor/DPRK")
	}
	if _, err := l.RenameTag(ctx, "actor/DPRK", "actor/North Korea"); err != nil {
		t.Fatal(err)
	}
	if n := count("tag:actor/DPRK"); n != 0 {
		t.Errorf("old tag still finds %d", n)
	}
	if n := count(`tag:"actor/north korea"`); n != before {
		t.Errorf("new tag finds %d; want %d", n, before)
	}
	checkOK(t, l)
}

func checkOK(t testing.TB, l *searchLib) {
	t.Helper()
	rep, err := l.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !rep.OK() {
		t.Errorf("check:\n%s", rep)
	}
}

// crashingIndex applies only part of a batch, then fails, like an indexer
// killed in the middle of a batch.
type crashingIndex struct {
	*index.Index
	after int
}

func (c *crashingIndex) Apply(ctx context.Context, b app.IndexBatch) error {
	if len(b.Upserts) > c.after {
		part := app.IndexBatch{Upserts: b.Upserts[:c.after]}
		if err := c.Index.Apply(ctx, part); err != nil {
			return err
		}
		return errors.New("indexer killed")
	}
	return c.Index.Apply(ctx, b)
}

func TestCrashBetweenCommitAndIndexRepairedAtOpen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	l := openSearchLib(t, dir, nil)
	if err := l.Reindex(ctx, nil); err != nil {
		t.Fatal(err)
	}
	l.Close()

	// 1. The indexer dies in the middle of a batch: the import's records are
	// committed, their jobs stay in the outbox.
	l = openSearchLib(t, dir, func(x *index.Index) app.Index { return &crashingIndex{Index: x, after: 2} })
	src := t.TempDir()
	for name, text := range searchArticles {
		os.WriteFile(filepath.Join(src, name), []byte(text), 0o644)
	}
	if _, err := l.Import(ctx, []string{src}, app.ImportOptions{}); err == nil || !strings.Contains(err.Error(), "indexer killed") {
		t.Fatalf("import with a crashing indexer: %v", err)
	}
	l.Close()

	// 2. A second change is committed while no indexer runs at all.
	st, err := storage.Open(dir, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	noIdx, err := app.Open(ctx, st, nil, app.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := noIdx.CreateNote(ctx, "Grey channel", "Back-channel contacts in Dandong.", nil); err != nil {
		t.Fatal(err)
	}
	noIdx.Close()

	// Opening replays every pending job: nothing is missing.
	l = openSearchLib(t, dir, nil)
	defer l.Close()
	if l.IndexStale() {
		t.Fatal("index marked stale; pending jobs should just be replayed")
	}
	checkOK(t, l)
	// The import stopped at the failed batch; whatever it stored is found.
	list, err := l.Articles()
	if err != nil || len(list) == 0 {
		t.Fatalf("articles: %v %v", list, err)
	}
	for _, a := range list {
		res, err := l.Search(ctx, app.SearchRequest{Query: `"` + a.Title + `"`, Types: []app.DocType{app.TypeArticle}})
		if err != nil || res.Total != 1 {
			t.Errorf("%s after replay: %+v %v", a.Title, res, err)
		}
	}
	res, _ := l.Search(ctx, app.SearchRequest{Query: "Dandong", Types: []app.DocType{app.TypeNote}})
	if res == nil || res.Total != 1 {
		t.Errorf("note written without an index not found: %+v", res)
	}
}

func TestDeletedOrCorruptIndexRebuilt(t *testing.T) {
	ctx := context.Background()
	for _, spoil := range []struct {
		name string
		fn   func(path string) error
	}{
		{"deleted", os.RemoveAll},
		{"corrupt", func(path string) error {
			return os.WriteFile(filepath.Join(path, "index_meta.json"), []byte("\x00garbage"), 0o644)
		}},
	} {
		t.Run(spoil.name, func(t *testing.T) {
			dir := t.TempDir()
			l := openSearchLib(t, dir, nil)
			if err := l.Reindex(ctx, nil); err != nil {
				t.Fatal(err)
			}
			importSearchArticles(t, l)
			l.Close()
			if err := spoil.fn(filepath.Join(dir, "index.bleve")); err != nil {
				t.Fatal(err)
			}
			l = openSearchLib(t, dir, nil)
			defer l.Close()
			if !l.IndexStale() {
				t.Fatal("a spoilt index must mark the library stale")
			}
			if _, err := l.Search(ctx, app.SearchRequest{Query: "x"}); !errors.Is(err, app.ErrIndexStale) {
				t.Errorf("search on a stale index: %v", err)
			}
			var last [2]int
			if err := l.Reindex(ctx, func(done, total int) { last = [2]int{done, total} }); err != nil {
				t.Fatal(err)
			}
			if last[0] != last[1] || last[1] == 0 {
				t.Errorf("progress ended at %v", last)
			}
			checkOK(t, l)
			res, err := l.Search(ctx, app.SearchRequest{Query: "Lankov"})
			if err != nil || res.Total == 0 {
				t.Errorf("search after rebuild: %v %v", res, err)
			}
		})
	}
}

func TestCheckFindsDifferences(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	l := openSearchLib(t, dir, nil)
	if err := l.Reindex(ctx, nil); err != nil {
		t.Fatal(err)
	}
	importSearchArticles(t, l)
	list, _ := l.Articles()
	l.Close()
	// Behind the library's back: one article vanishes from the index, a
	// stranger appears and a document goes out of date.
	x, err := index.Open(filepath.Join(dir, "index.bleve"), index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	err = x.Apply(ctx, app.IndexBatch{Deletes: []string{list[0].ID},
		Upserts: []app.IndexDoc{{ID: "STRANGER", Type: app.TypeNote, Title: "x", Fingerprint: "f"},
			{ID: list[1].ID, Type: app.TypeArticle, Title: "old", Fingerprint: "old"}}})
	x.Close()
	if err != nil {
		t.Fatal(err)
	}
	l = openSearchLib(t, dir, nil)
	defer l.Close()
	rep, err := l.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if rep.OK() || !slices.Equal(rep.Missing, []string{list[0].ID}) || !slices.Equal(rep.Extra, []string{"STRANGER"}) ||
		!slices.Equal(rep.Outdated, []string{list[1].ID}) {
		t.Errorf("check = %+v", rep)
	}
	if err := l.Reindex(ctx, nil); err != nil {
		t.Fatal(err)
	}
	checkOK(t, l)
}

func TestFragmentsOfLongText(t *testing.T) {
	l := newSearchLib(t)
	body := strings.Repeat("Filler words about nothing in particular. ", 40) + "The envoy met the minister in Dandong. " +
		strings.Repeat("More filler to pad the page out. ", 40) + "Later the envoy returned to Dandong alone."
	if _, err := l.CreateNote(context.Background(), "Long page", body, nil); err != nil {
		t.Fatal(err)
	}
	res, err := l.Search(context.Background(), app.SearchRequest{Query: "envoy Dandong"})
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("%+v %v", res, err)
	}
	frags := res.Hits[0].Fragments
	if len(frags) != 2 {
		t.Fatalf("fragments = %+v", frags)
	}
	for _, f := range frags {
		m := f.Marked("«", "»")
		if !strings.Contains(m, "«envoy»") || !strings.Contains(m, "«Dandong»") || len([]rune(f.Text)) > 260 {
			t.Errorf("fragment %q", m)
		}
	}
	if !strings.HasPrefix(frags[0].Text, "…") || !strings.Contains(frags[0].Text, "met the minister") {
		t.Errorf("first fragment out of order or not cut: %q", frags[0].Text)
	}
	// Each fragment says where it is in the note's text, and where its
	// matches are.
	text := []rune(body)
	for _, f := range frags {
		if f.Start <= 0 || f.End > len(text) || f.Start >= f.End {
			t.Fatalf("fragment span %d–%d of %d", f.Start, f.End, len(text))
		}
		if inner := strings.Trim(f.Text, "…"); inner != string(text[f.Start:f.End]) {
			t.Errorf("fragment %q is not the text at %d–%d: %q", f.Text, f.Start, f.End, string(text[f.Start:f.End]))
		}
		if len(f.Spans) != len(f.Marks) || len(f.Spans) == 0 {
			t.Fatalf("spans %v, marks %v", f.Spans, f.Marks)
		}
		for _, sp := range f.Spans {
			if w := string(text[sp[0]:sp[1]]); w != "envoy" && w != "Dandong" || sp[0] < f.Start || sp[1] > f.End {
				t.Errorf("span %v = %q", sp, w)
			}
		}
	}
}

// A fragment across a paragraph break reads as one line with one space
// there, its matches still marked on the right words.
func TestFragmentAcrossParagraphs(t *testing.T) {
	l := newSearchLib(t)
	importSearchArticles(t, l)
	res, err := l.Search(context.Background(), app.SearchRequest{Query: "year bow", Types: []app.DocType{app.TypeArticle}})
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("hits %+v, %v", res, err)
	}
	var got []string
	for _, f := range res.Hits[0].Fragments {
		m := f.Marked("[", "]")
		got = append(got, m)
		if strings.ContainsAny(f.Text, "\n\t") || strings.Contains(f.Text, "  ") {
			t.Errorf("fragment %q: line breaks or double spaces left", f.Text)
		}
	}
	if all := strings.Join(got, " | "); !strings.Contains(all, "this [year]. \"We will not [bow]") {
		t.Errorf("fragments %q; want “this [year]. \"We will not [bow]”", all)
	}
}

func TestFindInText(t *testing.T) {
	text := "North Korea’s envoy said “no”.\n\nThe NORTH   korea desk disagreed; north-east winds."
	cases := []struct {
		q    string
		want []string
	}{
		{`"north korea"`, []string{"North Korea", "NORTH   korea"}},
		{`north`, []string{"North", "NORTH", "north"}},
		{`korea's`, []string{"Korea’s"}},
		{`korea’s envoy`, []string{"Korea’s", "envoy"}},
		{`no`, []string{"No", "no", "NO", "no"}}, // within words, as find in page does
		{`envoy desk`, []string{"envoy", "desk"}},
		{``, nil},
		{`zebra`, nil},
	}
	r := []rune(text)
	for _, c := range cases {
		var got []string
		for _, s := range app.FindInText(text, c.q) {
			got = append(got, string(r[s[0]:s[1]]))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q = %q; want %q", c.q, got, c.want)
		}
	}
}

func TestFragmentMarked(t *testing.T) {
	f := app.Fragment{Text: "Moon Chung-in said", Marks: [][2]int{{0, 4}, {5, 13}, {50, 60}}}
	if got := f.Marked("<", ">"); got != "<Moon> <Chung-in> said" {
		t.Errorf("Marked = %q", got)
	}
}

// Every prefix of a query typed key by key searches without a syntax
// error (an open phrase is closed as it is typed), although the same open
// phrase given to Search is refused.
func TestAsYouTypeEveryPrefixSearches(t *testing.T) {
	l := newSearchLib(t)
	importSearchArticles(t, l)
	ctx := context.Background()
	full := `+sanctions -tag:opinion "North Korea" speaker:"Moon Chung-in" Pyong~1 sanc*`
	for i := range full {
		if _, err := l.SearchAsYouType(ctx, app.SearchRequest{Query: full[:i]}); err != nil {
			t.Errorf("%q: %v", full[:i], err)
		}
	}
	if _, err := l.Search(ctx, app.SearchRequest{Query: `"unterminated`}); err == nil || !strings.Contains(err.Error(), "closing quote") {
		t.Errorf("open phrase: %v; want a syntax error", err)
	}
}

func TestAsYouTypeQueries(t *testing.T) {
	l := newSearchLib(t)
	importSearchArticles(t, l)
	ctx := context.Background()
	for _, c := range []struct {
		q    string
		want int // hits at least
	}{
		{"Lank", 1}, {"speaker:Lank", 1}, {"+talks +month:2019-03", 1}, {`"common gro`, 1}, {"type:quo", 0}, {"sanctions ", 1},
	} {
		res, err := l.SearchAsYouType(ctx, app.SearchRequest{Query: c.q})
		if err != nil {
			if c.want > 0 {
				t.Errorf("%q: %v", c.q, err)
			}
			continue
		}
		if len(res.Hits) < c.want {
			t.Errorf("%q: %d hits", c.q, len(res.Hits))
		}
	}
}

// A person's names are shown apart in a fragment, not run together.
func TestPersonFragmentSeparatesNames(t *testing.T) {
	l := newSearchLib(t)
	importSearchArticles(t, l)
	ctx := context.Background()
	p, err := l.ResolvePerson("Andrei Lankov")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l.RenamePerson(p.ID, "Andrei N. Lankov"); err != nil {
		t.Fatal(err)
	}
	res, err := l.Search(ctx, app.SearchRequest{Query: "+type:person +Lankov"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 || len(res.Hits[0].Fragments) == 0 {
		t.Fatalf("person hits: %+v", res.Hits)
	}
	f := res.Hits[0].Fragments[0]
	if f.Field != app.FieldNames || !strings.Contains(f.Text, "Andrei N. Lankov · Andrei Lankov") {
		t.Fatalf("names fragment = %+v", f)
	}
}

// A quote found by its speaker's name shows its own words first, unmarked,
// then where the name matched.
func TestQuoteFoundBySpeakerShowsItsWords(t *testing.T) {
	l := newSearchLib(t)
	importSearchArticles(t, l)
	res, err := l.Search(context.Background(), app.SearchRequest{Query: "Lankov", Types: []app.DocType{app.TypeQuote}})
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("hits %+v, %v", res, err)
	}
	fr := res.Hits[0].Fragments
	if len(fr) != 2 {
		t.Fatalf("fragments = %+v; want the quote, then the names", fr)
	}
	if fr[0].Field != app.FieldBody || fr[0].Text != "We found more common ground than we expected," || len(fr[0].Marks) != 0 {
		t.Errorf("first fragment = %+v; want the quote's words, unmarked", fr[0])
	}
	if fr[1].Field != app.FieldNames || !strings.Contains(fr[1].Marked("[", "]"), "[Lankov]") {
		t.Errorf("second fragment = %+v; want the matched name", fr[1])
	}
}

// A note hit reads without its Markdown syntax, matches marked in place.
func TestNoteFragmentsArePlainText(t *testing.T) {
	l := newSearchLib(t)
	body := "# Grey Channel\n\n## Open questions\n\n- Will the **hotline** be restored?\n- [[Lena Marsh|Marsh]] thinks so."
	if _, err := l.CreateNote(context.Background(), "Grey Channel", body, nil); err != nil {
		t.Fatal(err)
	}
	res, err := l.Search(context.Background(), app.SearchRequest{Query: "hotline Marsh"})
	if err != nil || len(res.Hits) != 1 || len(res.Hits[0].Fragments) == 0 {
		t.Fatalf("hits %+v, %v", res, err)
	}
	f := res.Hits[0].Fragments[0]
	want := "Grey Channel Open questions Will the [hotline] be restored? [Marsh] thinks so."
	if got := f.Marked("[", "]"); got != want {
		t.Errorf("fragment %q\n want %q", got, want)
	}
}

// A rebuild cancelled between batches leaves the index marked stale, and
// the next rebuild completes it: Check finds the index and the store agree.
func TestReindexCancelledThenCompleted(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	l := openSearchLib(t, dir, nil)
	defer l.Close()
	importSearchArticles(t, l)
	cctx, cancel := context.WithCancel(ctx)
	defer cancel()
	err := l.Reindex(cctx, func(done, total int) {
		if done > 0 && done < total {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled rebuild: %v, want context.Canceled", err)
	}
	if !l.IndexStale() {
		t.Error("a cancelled rebuild left the index marked current")
	}
	var reports int
	if err := l.Reindex(ctx, func(done, total int) { reports++ }); err != nil {
		t.Fatal(err)
	}
	if reports < 3 {
		t.Errorf("%d progress reports, want one per batch of each record kind", reports)
	}
	r, err := l.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !r.OK() || r.IndexStale {
		t.Fatalf("after the second rebuild:\n%s", r)
	}
}

// A hit shows its record as it is now: the records of recent hits are
// kept between searches, but any write to the store (here one that no
// library call makes, so no index job either) makes them stale.
func TestSearchHitsShowRecordsAsStored(t *testing.T) {
	l := newSearchLib(t)
	importSearchArticles(t, l)
	ctx := context.Background()
	find := func() (articleTitle, quoteTitle string) {
		t.Helper()
		res, err := l.Search(ctx, app.SearchRequest{Query: "Lankov"})
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range res.Hits {
			switch h.Type {
			case app.TypeArticle:
				articleTitle = h.Title
			case app.TypeQuote:
				quoteTitle = h.Title
			}
		}
		if articleTitle == "" || quoteTitle == "" {
			t.Fatalf("hits %+v: want the article and its quote", res.Hits)
		}
		return articleTitle, quoteTitle
	}
	before, _ := find()
	find() // from the kept records
	var id string
	err := l.Store().Update(func(tx app.Tx) error {
		return tx.ForEach(app.BucketArticles, "", func(aid string, decode func(any) error) error {
			var a app.Article
			if err := decode(&a); err != nil {
				return err
			}
			if a.Title == before {
				id = aid
			}
			return nil
		})
	})
	if err != nil || id == "" {
		t.Fatalf("article %q not found: %v", before, err)
	}
	if err := l.Store().Update(func(tx app.Tx) error {
		var a app.Article
		if err := tx.Get(app.BucketArticles, id, &a); err != nil {
			return err
		}
		a.Title = "Retitled behind the library's back"
		if err := tx.Put(app.BucketArticles, id, &a); err != nil {
			return err
		}
		var r map[string]any
		if err := tx.Get(app.BucketArticleList, id, &r); err != nil {
			return err
		}
		r["title"] = a.Title
		return tx.Put(app.BucketArticleList, id, r)
	}); err != nil {
		t.Fatal(err)
	}
	if a, q := find(); a != "Retitled behind the library's back" || q != a {
		t.Errorf("after the write, hits show the titles %q (article) and %q (quote)", a, q)
	}
}

// A hit whose record is gone behind the index's back (a write no library
// call makes, so no index job either) is left out, and the hits after it
// are still shown: the page is read on two goroutines, and a missing
// record ended its goroutine's share.
func TestSearchSkipsAHitWithoutItsRecord(t *testing.T) {
	l := newSearchLib(t)
	ctx := context.Background()
	src := t.TempDir()
	if _, err := corpus.New(corpus.Options{Seed: 1}).WriteFiles(ctx, src, 40, 1); err != nil {
		t.Fatal(err)
	}
	if sum, err := l.Import(ctx, []string{src}, app.ImportOptions{}); err != nil || sum.Failed > 0 {
		t.Fatalf("import: %+v %v", sum, err)
	}
	req := app.SearchRequest{Query: "minister", Types: []app.DocType{app.TypeQuote}}
	before, err := l.Search(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if len(before.Hits) < 16 {
		t.Fatalf("%d hits: the test needs a page read on two goroutines", len(before.Hits))
	}
	gone := before.Hits[1].ID // early in the first goroutine's share
	if err := l.Store().Update(func(tx app.Tx) error { return tx.Delete(app.BucketQuotes, gone) }); err != nil {
		t.Fatal(err)
	}
	after, err := l.Search(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, h := range before.Hits {
		if h.ID != gone {
			want = append(want, h.ID)
		}
	}
	var got []string
	for _, h := range after.Hits {
		got = append(got, h.ID)
	}
	if !slices.Equal(got, want) {
		t.Errorf("hits after the record went:\n %v\nwant\n %v", got, want)
	}
}
