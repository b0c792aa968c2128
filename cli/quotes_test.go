package cli_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"dossier/app"
)

const quotesCLIArticle = `Esker and Vell agree to reopen fishing talks

PORT ESKER – Negotiators from Esker and Vell agreed on Tuesday to reopen talks on fishing rights.

"We have waited three years for this moment, and we will not waste it," said Mara Quill, the foreign minister of Esker.

Tomas Reyd, who heads the Vell Fisheries Council, was more cautious. "Nothing is settled until the boats are back in the water," he said.
`

// keysInOrder returns the keys of a JSON object in the order they appear.
func keysInOrder(t *testing.T, raw json.RawMessage) []string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("not an object: %s", raw)
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

// TestQuotesExtractJSONShape pins the scoring interface: exactly these keys,
// in this order, arrays never null, and no library touched.
func TestQuotesExtractJSONShape(t *testing.T) {
	lib := filepath.Join(t.TempDir(), "lib")
	src := t.TempDir()
	withQuotes := filepath.Join(src, "talks.txt")
	noQuotes := filepath.Join(src, "plain.txt")
	os.WriteFile(withQuotes, []byte(quotesCLIArticle), 0o644)
	os.WriteFile(noQuotes, []byte("Plain story\n\nNobody is quoted in this story at all.\n"), 0o644)

	code, out, errs := runCLI(t, lib, "quotes", "extract", withQuotes, "--json")
	if code != 0 {
		t.Fatalf("extract: %d %s", code, errs)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &top); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if got := keysInOrder(t, json.RawMessage(out)); !reflect.DeepEqual(got, []string{"quotes", "people"}) {
		t.Errorf("top-level keys %v", got)
	}
	var qs, ps []json.RawMessage
	json.Unmarshal(top["quotes"], &qs)
	json.Unmarshal(top["people"], &ps)
	if len(qs) < 2 || len(ps) < 2 {
		t.Fatalf("want at least 2 quotes and 2 people: %s", out)
	}
	for _, q := range qs {
		if got := keysInOrder(t, q); !reflect.DeepEqual(got, []string{"text", "speaker", "affiliation", "kind", "start", "end"}) {
			t.Errorf("quote keys %v", got)
		}
	}
	for _, p := range ps {
		if got := keysInOrder(t, p); !reflect.DeepEqual(got, []string{"name", "affiliation"}) {
			t.Errorf("person keys %v", got)
		}
	}
	var typed struct {
		Quotes []struct {
			Text, Speaker string
			Start, End    int
		}
	}
	json.Unmarshal([]byte(out), &typed)
	doc, err := app.ReadDocument(withQuotes)
	if err != nil {
		t.Fatal(err)
	}
	body := []rune(strings.Join(doc.Paragraphs, "\n\n"))
	for _, q := range typed.Quotes {
		if q.Start < 0 || q.End > len(body) || q.Start >= q.End || string(body[q.Start:q.End]) != q.Text {
			t.Errorf("span [%d,%d) does not hold %q", q.Start, q.End, q.Text)
		}
	}

	code, out, errs = runCLI(t, lib, "quotes", "extract", noQuotes, "--json")
	if code != 0 {
		t.Fatalf("extract: %d %s", code, errs)
	}
	if got := strings.Join(strings.Fields(out), ""); got != `{"quotes":[],"people":[]}` {
		t.Errorf("empty result = %s", out)
	}
	if _, err := os.Stat(lib); !os.IsNotExist(err) {
		t.Errorf("extract touched the library folder: %v", err)
	}
	if code, _, _ := runCLI(t, lib, "quotes", "extract", filepath.Join(src, "missing.txt"), "--json"); code != 1 {
		t.Errorf("missing file: exit %d", code)
	}
}

func TestQuotesScoreCLI(t *testing.T) {
	lib := filepath.Join(t.TempDir(), "lib")
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "talks.txt"), []byte(quotesCLIArticle), 0o644)
	gold := `{"quotes":[
 {"text":"We have waited three years for this moment, and we will not waste it,","speaker":"Mara Quill"},
 {"text":"Nothing is settled until the boats are back in the water,","speaker":"Tomas Reyd"}],
 "people":[{"name":"Mara Quill","affiliation":"the foreign minister of Esker"}]}`
	os.WriteFile(filepath.Join(dir, "talks.json"), []byte(gold), 0o644)
	code, out, errs := runCLI(t, lib, "quotes", "score", dir, "--json")
	if code != 0 {
		t.Fatalf("score: %d %s %s", code, out, errs)
	}
	var res struct {
		Files []struct {
			File  string `json:"file"`
			Gold  int    `json:"gold"`
			Error string `json:"error"`
		} `json:"files"`
		Total struct {
			Gold      int     `json:"gold"`
			Precision float64 `json:"precision"`
			Recall    float64 `json:"recall"`
		} `json:"total"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if len(res.Files) != 1 || res.Files[0].File != "talks" || res.Files[0].Gold != 2 || res.Total.Gold != 2 {
		t.Errorf("score = %s", out)
	}
	if code, out, _ := runCLI(t, lib, "quotes", "score", dir); code != 0 || !strings.Contains(out, "total") {
		t.Errorf("score text: %d %s", code, out)
	}
	// No gold files: an error.
	if code, _, errs := runCLI(t, lib, "quotes", "score", t.TempDir()); code == 0 || !strings.Contains(errs, "no gold files") {
		t.Errorf("empty gold dir: %d %s", code, errs)
	}
	// A gold file without its article: reported, non-zero exit.
	os.WriteFile(filepath.Join(dir, "orphan.json"), []byte(`{"quotes":[]}`), 0o644)
	if code, out, _ := runCLI(t, lib, "quotes", "score", dir); code == 0 || !strings.Contains(out, "orphan") {
		t.Errorf("gold without article: %d %s", code, out)
	}
}

type cliQuote struct {
	ID        string `json:"id"`
	ArticleID string `json:"article_id"`
	Text      string `json:"text"`
	Speaker   string `json:"speaker"`
	SpeakerID string `json:"speaker_id"`
	Status    string `json:"status"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

func listQuotes(t *testing.T, lib string, args ...string) []cliQuote {
	t.Helper()
	code, out, errs := runCLI(t, lib, append([]string{"quotes"}, append(args, "--json")...)...)
	if code != 0 {
		t.Fatalf("quotes %v: %d %s", args, code, errs)
	}
	var qs []cliQuote
	if err := json.Unmarshal([]byte(out), &qs); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	return qs
}

func TestQuotesReviewCLI(t *testing.T) {
	lib := t.TempDir()
	f := filepath.Join(t.TempDir(), "talks.txt")
	os.WriteFile(f, []byte(quotesCLIArticle), 0o644)
	if code, _, errs := runCLI(t, lib, "import", "--quiet", f); code != 0 {
		t.Fatalf("import: %s", errs)
	}
	all := listQuotes(t, lib, "--all")
	if len(all) < 2 {
		t.Fatalf("quotes: %+v", all)
	}
	byArticle := listQuotes(t, lib, all[0].ArticleID[:10])
	if len(byArticle) != len(all) {
		t.Errorf("by article: %d, --all: %d", len(byArticle), len(all))
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Start < all[j].Start })
	first, second := all[0], all[1]
	if code, out, errs := runCLI(t, lib, "quotes", "confirm", first.ID); code != 0 || !strings.Contains(out, "confirmed 1 quote") {
		t.Errorf("confirm: %d %s %s", code, out, errs)
	}
	if code, _, errs := runCLI(t, lib, "quotes", "reject", strings.ToLower(second.ID)); code != 0 {
		t.Errorf("reject: %d %s", code, errs)
	}
	if got := listQuotes(t, lib, "--all", "--status", "rejected"); len(got) != 1 || got[0].ID != second.ID {
		t.Errorf("rejected: %+v", got)
	}
	if code, _, _ := runCLI(t, lib, "quotes", "--all", "--status", "maybe"); code != 1 {
		t.Errorf("bad status: exit %d", code)
	}
	if code, _, _ := runCLI(t, lib, "quotes"); code != 2 {
		t.Errorf("no article and no --all: exit %d", code)
	}
	if got := listQuotes(t, lib, "--all", "--speaker", first.Speaker); len(got) == 0 || got[0].SpeakerID != first.SpeakerID {
		t.Errorf("--speaker: %+v", got)
	}

	// People and person pages.
	code, out, errs := runCLI(t, lib, "people", "--json")
	if code != 0 {
		t.Fatalf("people: %s", errs)
	}
	var people []struct {
		ID     string `json:"id"`
		Name   string `json:"name"`
		Quotes struct {
			Total     int `json:"total"`
			Confirmed int `json:"confirmed"`
		} `json:"quotes"`
	}
	if err := json.Unmarshal([]byte(out), &people); err != nil || len(people) < 1 {
		t.Fatalf("people: %s %v", out, err)
	}
	// a speaker whose only quote was rejected is not listed (issue 20)
	for _, p := range people {
		if p.ID == second.SpeakerID && second.SpeakerID != first.SpeakerID && p.Quotes.Total == 0 {
			t.Errorf("people lists %s, whose only quote was rejected", p.Name)
		}
	}
	if code, out, _ := runCLI(t, lib, "person", "show", first.Speaker); code != 0 || !strings.Contains(out, first.Text) {
		t.Errorf("person show: %d %s", code, out)
	}
	if code, out, errs := runCLI(t, lib, "person", "kind", first.Speaker, "organisation"); code != 0 {
		t.Errorf("person kind: %d %s %s", code, out, errs)
	}
	if code, out, _ := runCLI(t, lib, "person", "show", first.Speaker, "--json"); code != 0 || !strings.Contains(out, `"kind": "organisation"`) {
		t.Errorf("person show --json after kind: %d %s", code, out)
	}
	if code, _, errs := runCLI(t, lib, "person", "kind", first.Speaker, "robot"); code == 0 || !strings.Contains(errs, "unknown kind") {
		t.Errorf("person kind robot: %d %s", code, errs)
	}
	if code, _, errs := runCLI(t, lib, "person", "kind", first.Speaker, "person"); code != 0 {
		t.Errorf("person kind person: %d %s", code, errs)
	}
	if code, out, errs := runCLI(t, lib, "person", "rename", first.Speaker, "Renamed Person"); code != 0 {
		t.Errorf("rename: %d %s %s", code, out, errs)
	}
	if got := listQuotes(t, lib, "--all", "--speaker", "Renamed Person"); len(got) == 0 || got[0].Speaker != "Renamed Person" {
		t.Errorf("after rename: %+v", got)
	}
	if code, _, errs := runCLI(t, lib, "person", "merge", second.Speaker, "Renamed Person"); code != 0 {
		t.Errorf("merge: %s", errs)
	}
	if code, _, errs := runCLI(t, lib, "person", "split", "Renamed Person", "Split Person", second.ID); code != 0 {
		t.Errorf("split: %s", errs)
	}
	if got := listQuotes(t, lib, "--all", "--speaker", "Split Person"); len(got) != 1 || got[0].ID != second.ID {
		t.Errorf("after split: %+v", got)
	}
	if code, _, _ := runCLI(t, lib, "person", "frobnicate"); code != 2 {
		t.Errorf("unknown person subcommand: exit %d", code)
	}

	// Edit, add, rerun.
	if code, _, errs := runCLI(t, lib, "quotes", "edit", first.ID, "--note", "key line", "--tags", "talks"); code != 0 {
		t.Errorf("edit: %s", errs)
	}
	if code, out, errs := runCLI(t, lib, "quotes", "add", first.ArticleID, "--quote", "reopen talks on fishing rights",
		"--speaker", "Esker Government"); code != 0 || !strings.Contains(out, "added quote") {
		t.Errorf("add: %d %s %s", code, out, errs)
	}
	if code, out, errs := runCLI(t, lib, "quotes", "rerun", "--all", "--quiet"); code != 0 || !strings.Contains(out, "0 new suggestions") {
		t.Errorf("rerun: %d %s %s", code, out, errs)
	}
	if got := listQuotes(t, lib, "--all", "--status", "rejected"); len(got) != 1 {
		t.Errorf("rejected after rerun: %+v", got)
	}
	if code, out, _ := runCLI(t, lib, "check"); code != 0 {
		t.Errorf("check: %s", out)
	}
}

// Labels of real articles name quotations by their first and last words;
// --realdata SET scores them against the fetched set in .cache/realdata.
func TestQuotesScoreRealLabelsCLI(t *testing.T) {
	lib := filepath.Join(t.TempDir(), "lib")
	top := t.TempDir()
	arts := filepath.Join(top, ".cache", "realdata", "demo")
	gold := filepath.Join(top, "gold")
	for _, d := range []string{arts, gold} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(arts, "talks.txt"), []byte(quotesCLIArticle), 0o644)
	os.WriteFile(filepath.Join(gold, "talks.json"), []byte(`{"quotes":[
 {"begins":"We have waited","ends":"will not waste it","speaker":"Mara Quill","kind":"full"},
 {"begins":"Nothing is settled","ends":"back in the water","speaker":"Tomas Reyd","kind":"full"}]}`), 0o644)
	t.Chdir(top)
	code, out, errs := runCLI(t, lib, "quotes", "score", gold, "--realdata", "demo", "--json")
	if code != 0 {
		t.Fatalf("score: %d %s %s", code, out, errs)
	}
	var res struct {
		Total struct {
			Gold    int `json:"gold"`
			Matched int `json:"matched"`
		} `json:"total"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.Total.Gold != 2 || res.Total.Matched != 2 {
		t.Errorf("score = %s (%v)", out, err)
	}
	if code, _, errs := runCLI(t, lib, "quotes", "score", gold, "--realdata", "absent"); code == 0 || !strings.Contains(errs, "not fetched") {
		t.Errorf("absent set: %d %s", code, errs)
	}
}
