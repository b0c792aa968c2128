package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"dossier/app"
	"dossier/app/export"
)

// A CSV export read back (with encoding/csv, Python's csv module and
// pandas when they are there) gives every text exactly: line breaks inside
// a field stay LF, and the formula guard comes off by the README's rule
// (drop one leading apostrophe).
func TestCSVReadsBackExactly(t *testing.T) {
	r := seedReviewed(t)
	ctx := context.Background()
	notes := []string{"=1+1", "+44 20 7946 0000", "-5 degrees at dawn", "@channel", "'single-quoted already", "''two", "line one\nline two\n\nthree", "\ttabbed"}
	want := map[string]app.Annotation{}
	for i, n := range notes {
		an, err := r.lib.Annotate(ctx, app.AnnotationInput{ArticleID: r.article, Quote: []string{"fishing", "ferry", "lighthouse", "talks", "rights", "timetable", "covered", "disputed"}[i], Note: n, Tags: []string{"=evil"}})
		if err != nil {
			t.Fatal(err)
		}
		want[an.ID] = *an
	}
	res := exportTo(t, r.lib, export.FormatCSV, filepath.Join(t.TempDir(), "rows"), export.Selection{})
	data, err := os.ReadFile(res.Path)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, []byte("line one\r\nline two")) {
		t.Error("a line break inside a field was written as CRLF")
	}
	if !bytes.Contains(data, []byte("line one\nline two\n\nthree")) {
		t.Error("the multi-line note is not in the file as written")
	}
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		t.Error("records do not end in CRLF")
	}
	body := bytes.TrimPrefix(data, []byte("\ufeff"))
	rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	check := func(who string, rows [][]string) {
		t.Helper()
		col := map[string]int{}
		for i, h := range rows[0] {
			col[h] = i
		}
		found := 0
		for _, row := range rows[1:] {
			for _, c := range row {
				if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
					t.Errorf("%s: cell %q would run as a formula", who, c)
				}
			}
			an, ok := want[export.UncellCSV(row[col["id"]])]
			if !ok {
				continue
			}
			found++
			if got := export.UncellCSV(row[col["note"]]); got != an.Note {
				t.Errorf("%s: note %q came back as %q", who, an.Note, got)
			}
			if got := export.UncellCSV(row[col["tags"]]); got != "=evil" {
				t.Errorf("%s: tag came back as %q", who, got)
			}
			if got := export.UncellCSV(row[col["text"]]); got != an.Selector.Exact {
				t.Errorf("%s: text %q came back as %q", who, an.Selector.Exact, got)
			}
		}
		if found != len(want) {
			t.Errorf("%s: %d of %d annotations found", who, found, len(want))
		}
	}
	check("encoding/csv", rows)
	// No rejected quote without the audit option.
	for _, row := range rows[1:] {
		if row[0] == "quote" && row[10] == "rejected" {
			t.Error("the rejected quote is exported")
		}
	}

	// Python's csv module and pandas, from every Python 3 there is (a
	// pyenv one may lack pandas that the system's has).
	var pythons []string
	for _, name := range []string{"python3", "/usr/bin/python3"} {
		if p, err := exec.LookPath(name); err == nil && !contains(pythons, p) {
			pythons = append(pythons, p)
		}
	}
	if len(pythons) == 0 {
		t.Log("python3 missing: Python csv and pandas checks skipped")
		return
	}
	script := `import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
    rows = list(csv.reader(f))
out = {"csv": rows}
try:
    import pandas
    df = pandas.read_csv(sys.argv[1], dtype=str, keep_default_na=False, encoding="utf-8-sig")
    out["pandas"] = [list(df.columns)] + df.values.tolist()
except ImportError:
    pass
json.dump(out, sys.stdout)
`
	pandas := false
	for _, py := range pythons {
		out, err := exec.Command(py, "-c", script, res.Path).Output()
		if err != nil {
			t.Fatalf("%s: %v", py, err)
		}
		var got map[string][][]string
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatal(err)
		}
		check(py+" csv", got["csv"])
		if p, ok := got["pandas"]; ok {
			check(py+" pandas", p)
			t.Logf("%s: read back with csv and pandas", py)
			pandas = true
		}
	}
	if !pandas {
		t.Log("pandas missing: checked with Python's csv module only")
	}
}
