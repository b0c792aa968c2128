package app_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"dossier/app"
)

// helpSummit is a third article for the help's examples: a summit in
// Pyongyang reported by Yonhap, by two authors.
const helpSummit = `Summit talks open in Pyongyang

By Sam Smith, Lee Min
Source: Yonhap
Published: 2021-07-02
Tags: actor/DPRK/army

PYONGYANG – The summit opened on Friday with talks between North Korea and its neighbours on sanctions.

"This summit is a step forward," said Moon Chung-in, the special adviser to the president.

Kim Jong-un did not attend the talks.
`

// helpExamples extracts the queries `dossier help search` shows: the first
// column of the syntax table, every field term of the field tables, and
// the lines under "Examples".
func helpExamples(help string) []string {
	var out []string
	field := regexp.MustCompile(`^[+-]?([a-z]+):`)
	section := "syntax"
	for line := range strings.Lines(help) {
		line = strings.TrimRight(line, "\n")
		switch {
		case strings.HasPrefix(line, "Fields narrow") || strings.HasPrefix(line, "Field terms"):
			section = "fields"
			continue
		case line == "Examples":
			section = "examples"
			continue
		case !strings.HasPrefix(line, "  "):
			if section == "examples" && line != "" {
				section = "done"
			}
			continue
		}
		line = strings.TrimSpace(line)
		switch section {
		case "syntax":
			out = append(out, regexp.MustCompile(`\s{2,}`).Split(line, -1)[0])
		case "fields":
			for _, col := range regexp.MustCompile(`\s{2,}`).Split(line, -1) {
				tok := strings.Fields(col)[0]
				if m := field.FindStringSubmatch(tok); m != nil && slices.Contains(indexFields(), m[1]) {
					out = append(out, tok)
				}
			}
		case "examples":
			out = append(out, line)
		}
	}
	return out
}

func indexFields() []string {
	return []string{"title", "body", "text", "note", "names", "name", "tag", "tags", "speaker", "by", "source",
		"author", "status", "article", "type", "date", "year", "month"}
}

// TestHelpExamples runs every example `dossier help search` gives on a
// small library and checks its results; an example added to the help
// without an expected result here fails the test.
func TestHelpExamples(t *testing.T) {
	l := newSearchLib(t)
	importSearchArticles(t, l)
	ctx := context.Background()
	src := t.TempDir()
	if err := os.WriteFile(filepath.Join(src, "summit.txt"), []byte(helpSummit), 0o644); err != nil {
		t.Fatal(err)
	}
	if sum, err := l.Import(ctx, []string{src}, app.ImportOptions{}); err != nil || sum.Added != 1 {
		t.Fatalf("import: %+v %v", sum, err)
	}
	// An opinion on the same words, for -tag:opinion to leave out.
	if _, err := l.CreateNote(ctx, "Opinion piece", "North Korea will outlast the sanctions.", []string{"opinion"}); err != nil {
		t.Fatal(err)
	}
	// Confirm Lankov's quote, so status:confirmed has one.
	rows, err := l.Quotes(app.QuoteFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var sanctionsID string
	for _, r := range rows {
		if r.Speaker == "Andrei Lankov" {
			if err := l.ConfirmQuote(r.ID); err != nil {
				t.Fatal(err)
			}
		}
		if strings.HasPrefix(r.ArticleTitle, "Sanctions") {
			sanctionsID = r.ArticleID
		}
	}
	if sanctionsID == "" {
		t.Fatalf("no quote in the sanctions article: %+v", rows)
	}
	// A highlight with a note, for note:.
	if _, err := l.Annotate(ctx, app.AnnotationInput{ArticleID: sanctionsID, Quote: "the third round this year",
		Note: "Ask the banking desk for a follow-up."}); err != nil {
		t.Fatal(err)
	}

	const (
		sanctions = "article:Sanctions tighten on Pyongyang's banks"
		harbour   = "article:Harbour talks resume in Port Esker"
		summit    = "article:Summit talks open in Pyongyang"
		qMoonSanc = "quote:Sanctions tighten on Pyongyang's banks"
		qMoonSumm = "quote:Summit talks open in Pyongyang"
		qLankov   = "quote:Harbour talks resume in Port Esker"
		note      = "note:Opinion piece"
		highlight = "annotation:Sanctions tighten on Pyongyang's banks"
		moon      = "person:Moon Chung-in"
		lankov    = "person:Andrei Lankov"
	)
	tags := []string{"tag:actor", "tag:actor/DPRK", "tag:actor/DPRK/army", "tag:opinion", "tag:topic", "tag:topic/maritime", "tag:topic/sanctions"}
	want := map[string][]string{
		"+sanctions":     {sanctions, summit, qMoonSanc, note, "tag:topic/sanctions"},
		"-Dandong":       append([]string{harbour, summit, qMoonSanc, qMoonSumm, qLankov, highlight, note, moon, lankov}, tags...),
		`"North Korea"`:  {summit, note}, // not "North Korean" in the sanctions article
		"sanc*":          {sanctions, summit, qMoonSanc, note, "tag:topic/sanctions"},
		"Mo*":            {qMoonSanc, qMoonSumm, moon}, // the name Moon (in titles and names)
		"Pyongyang~1":    {sanctions, summit},
		"summit^3":       {summit, qMoonSumm},
		"/pyong.*/":      {sanctions, summit},
		`Chung\-in`:      {sanctions, summit, qMoonSanc, qMoonSumm, moon},
		"title:summit":   {summit},
		"body:talks":     {harbour, summit},
		"note:follow-up": {highlight},
		"names:Moon":     {qMoonSanc, qMoonSumm, moon},
		"speaker:Lankov": {qLankov},
		// Quotes and highlights carry their own tags, not their article's.
		"tag:actor/DPRK":   {sanctions, summit, "tag:actor/DPRK", "tag:actor/DPRK/army"},
		"type:quote":       {qMoonSanc, qMoonSumm, qLankov},
		"source:Reuters":   nil,
		"author:Smith":     {summit, qMoonSumm}, // the first of two authors; a quote has its article's
		"status:confirmed": {qLankov},
		"article:ID":       {qMoonSanc, highlight},
		"date:2021":        {sanctions, summit, qMoonSanc, qMoonSumm, highlight},
		"year:2021":        {sanctions, summit, qMoonSanc, qMoonSumm, highlight},
		"month:2021-06":    {sanctions, qMoonSanc, highlight},
		"date:2021-06-01":  nil,
		// People, tags and notes are dated when they were made: today.
		"date:>2021-06-01": append([]string{sanctions, summit, qMoonSanc, qMoonSumm, highlight, note, moon, lankov}, tags...),
		// The opinion note has the words too.
		`+sanctions +"North Korea" -tag:opinion date:>=2021`: {summit},
		`speaker:Moon "summit" type:quote`:                   {qMoonSumm},
		"Pyongyang~1 source:Yonhap":                          {summit},
	}
	examples := helpExamples(app.SearchHelp)
	if len(examples) < 20 {
		t.Fatalf("only %d examples found in the help: %q", len(examples), examples)
	}
	for _, ex := range examples {
		w, ok := want[ex]
		if !ok {
			t.Errorf("the help's example %q has no expected result here", ex)
			continue
		}
		q := strings.ReplaceAll(ex, "article:ID", "article:"+sanctionsID)
		res, err := l.Search(ctx, app.SearchRequest{Query: q, Size: 100})
		if err != nil {
			t.Errorf("%s: %v", ex, err)
			continue
		}
		got := hitIDs(res)
		slices.Sort(w)
		if !slices.Equal(got, w) {
			t.Errorf("%s = %q\nwant %q", ex, got, w)
		}
	}
	for ex := range want {
		if !slices.Contains(examples, ex) {
			t.Errorf("%q is expected here but not in the help", ex)
		}
	}
}
