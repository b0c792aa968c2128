package cli_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/app"
	"dossier/index"
)

func searchLibrary(t *testing.T) string {
	t.Helper()
	lib := t.TempDir()
	f := filepath.Join(t.TempDir(), "story.txt")
	os.WriteFile(f, []byte("Harbour reopens after storm\n\nBy Ola Berg\nSource: Coastal Herald\nPublished: 2021-06-20\nTags: topic/maritime\n\n"+
		"NORTH BAY – The harbour reopened on Monday after the storm.\n\n\"We are back in business,\" said Ola Berg, the harbour master.\n"), 0o644)
	if code, out, errs := runCLI(t, lib, "import", "--quiet", f); code != 0 {
		t.Fatalf("import: %d %s %s", code, out, errs)
	}
	return lib
}

func TestSearchCommand(t *testing.T) {
	lib := searchLibrary(t)
	code, out, errs := runCLI(t, lib, "search", "harbour", "--json")
	if code != 0 {
		t.Fatalf("search: %d %s", code, errs)
	}
	var res struct {
		Total int `json:"total"`
		Hits  []struct {
			ID        string   `json:"id"`
			Type      string   `json:"type"`
			Title     string   `json:"title"`
			Fragments []string `json:"fragments"`
		} `json:"hits"`
		Facets map[string][]app.FacetCount `json:"facets"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("search --json: %v\n%s", err, out)
	}
	if res.Total < 2 || len(res.Hits) != res.Total || res.Facets["type"] == nil {
		t.Fatalf("search --json = %+v", res)
	}
	var article bool
	for _, h := range res.Hits {
		if h.Type == "article" {
			article = true
			if h.Title != "Harbour reopens after storm" || len(h.Fragments) == 0 || !strings.Contains(h.Fragments[0], "«harbour»") {
				t.Errorf("article hit = %+v", h)
			}
		}
	}
	if !article {
		t.Errorf("no article hit: %+v", res.Hits)
	}

	code, out, errs = runCLI(t, lib, "search", `+"back in business"`, "--type", "quote", "--speaker", "Ola Berg")
	// The phrase is marked whole, its stop word included.
	if code != 0 || !strings.Contains(out, "1 result") || !strings.Contains(out, "We are «back in business»") ||
		!strings.Contains(out, "[quote] Ola Berg in Harbour reopens after storm") || strings.Contains(out, "\x1b") {
		t.Errorf("search text: %d %q %s", code, out, errs)
	}
	if code, out, _ := runCLI(t, lib, "search", "zebra", "--json"); code != 0 || !strings.Contains(out, `"hits": []`) {
		t.Errorf("no hits: %d %s", code, out)
	}
	if code, _, errs := runCLI(t, lib, "search", "colour:red"); code != 1 || !strings.Contains(errs, `unknown field "colour"`) {
		t.Errorf("bad query: %d %s", code, errs)
	}
	if code, _, _ := runCLI(t, lib, "search"); code != 2 {
		t.Errorf("no query: exit %d, want 2", code)
	}
	if code, out, _ := runCLI(t, lib, "help", "search"); code != 0 || !strings.Contains(out, "speaker:Lankov") {
		t.Errorf("help search: %d %s", code, out)
	}
}

func TestSearchRebuildsAMissingIndex(t *testing.T) {
	lib := searchLibrary(t)
	if err := os.RemoveAll(filepath.Join(lib, "index.bleve")); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, lib, "search", "harbour")
	if code != 0 || !strings.Contains(out, "Harbour reopens after storm") {
		t.Fatalf("search after the index was deleted: %d %s %s", code, out, errs)
	}
	if code, out, _ := runCLI(t, lib, "check"); code != 0 {
		t.Errorf("check after rebuild: %s", out)
	}
}

func TestCheckExitsNonZeroOnADifference(t *testing.T) {
	lib := searchLibrary(t)
	x, err := index.Open(filepath.Join(lib, "index.bleve"), index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	err = x.Apply(context.Background(), app.IndexBatch{Upserts: []app.IndexDoc{{ID: "GHOST", Type: app.TypeNote, Title: "ghost", Fingerprint: "x"}}})
	x.Close()
	if err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCLI(t, lib, "check")
	if code == 0 || !strings.Contains(out, "1 extra") || !strings.Contains(out, "GHOST") {
		t.Errorf("check with an extra index entry: %d %s", code, out)
	}
	if code, _, errs := runCLI(t, lib, "reindex"); code != 0 {
		t.Fatalf("reindex: %s", errs)
	}
	if code, out, _ := runCLI(t, lib, "check"); code != 0 {
		t.Errorf("check after reindex: %s", out)
	}
}

func TestBenchCommand(t *testing.T) {
	keep := filepath.Join(t.TempDir(), "bench")
	code, out, errs := runCLI(t, t.TempDir(), "bench", "--articles", "6", "--queries", "1", "--keep", keep, "--json", "--quiet")
	if code != 0 {
		t.Fatalf("bench: %d %s", code, errs)
	}
	var rep struct {
		Articles     int                `json:"articles"`
		ArticlesPerS float64            `json:"articles_per_s"`
		IndexBytes   int64              `json:"index_bytes"`
		Queries      map[string]any     `json:"queries"`
		Records      map[string]float64 `json:"records"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if rep.Articles != 6 || rep.ArticlesPerS <= 0 || rep.IndexBytes <= 0 || rep.Records["articles"] != 6 || rep.Records["quotes"] == 0 {
		t.Errorf("bench report = %+v", rep)
	}
	for _, k := range []string{"term", "two-term AND", "phrase", "prefix", "fuzzy", "faceted"} {
		if rep.Queries[k] == nil {
			t.Errorf("no %s latencies", k)
		}
	}
	if _, err := os.Stat(filepath.Join(keep, "library", "library.db")); err != nil {
		t.Errorf("--keep: %v", err)
	}
	if code, _, errs := runCLI(t, t.TempDir(), "bench", "--keep", keep); code == 0 || !strings.Contains(errs, "not empty") {
		t.Errorf("bench into a used folder: %d %s", code, errs)
	}
}

// TestSearchCommandFieldsAndErrors: a field value the shell unquoted, names
// in a list of authors, fragment offsets in JSON and an open phrase
// (issue 22).
func TestSearchCommandFieldsAndErrors(t *testing.T) {
	lib := t.TempDir()
	f := filepath.Join(t.TempDir(), "story.txt")
	text := "Port reopens after storm\n\nBy Jane Roe, Omar Said\nSource: The Daily Ledger\nPublished: 2021-06-20\n\n" +
		"NORTH BAY – The harbour reopened on Monday after the storm.\n"
	os.WriteFile(f, []byte(text), 0o644)
	if code, out, errs := runCLI(t, lib, "import", "--quiet", f); code != 0 {
		t.Fatalf("import: %d %s %s", code, out, errs)
	}
	for _, q := range [][]string{
		{`source:"Daily Ledger"`}, // quoted for us
		{`source:Daily Ledger`},   // the shell took the quotes: source:"Daily Ledger"
		{"author:Roe"}, {"author:Jane Roe"}, {"author:Said", "storm"},
	} {
		code, out, errs := runCLI(t, lib, append([]string{"search", "--no-facets", "--type", "article"}, q...)...)
		if code != 0 || !strings.Contains(out, "1 result") {
			t.Errorf("search %q: %d %s %s", q, code, out, errs)
		}
	}
	if code, out, _ := runCLI(t, lib, "search", "--no-facets", "source:Ledger Daily"); code != 0 || !strings.Contains(out, "No results") {
		t.Errorf("words out of order: %d %s", code, out)
	}
	code, _, errs := runCLI(t, lib, "search", `"unterminated`)
	if code != 1 || !strings.Contains(errs, "no closing quote") {
		t.Errorf("open phrase: exit %d, %s", code, errs)
	}

	code, out, errs := runCLI(t, lib, "search", "--json", "--type", "article", `"reopened on Monday"`)
	if code != 0 {
		t.Fatalf("search --json: %d %s", code, errs)
	}
	var res struct {
		Hits []struct {
			Fragments     []string `json:"fragments"`
			Start         int      `json:"start"`
			End           int      `json:"end"`
			FragmentSpans []struct {
				Field   string   `json:"field"`
				Start   int      `json:"start"`
				End     int      `json:"end"`
				Matches [][2]int `json:"matches"`
			} `json:"fragment_spans"`
		} `json:"hits"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || len(res.Hits) != 1 {
		t.Fatalf("search --json: %v\n%s", err, out)
	}
	h := res.Hits[0]
	body := []rune("The harbour reopened on Monday after the storm.")
	if len(h.FragmentSpans) != len(h.Fragments) || len(h.FragmentSpans) == 0 {
		t.Fatalf("fragment spans %+v for %q", h.FragmentSpans, h.Fragments)
	}
	fs := h.FragmentSpans[0]
	if fs.Field != "body" || len(fs.Matches) != 1 || string(body[fs.Matches[0][0]:fs.Matches[0][1]]) != "reopened on Monday" {
		t.Errorf("fragment span %+v", fs)
	}
	if string(body[h.Start:h.End]) != "reopened on Monday" {
		t.Errorf("hit span %d–%d", h.Start, h.End)
	}
}
