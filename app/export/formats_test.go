package export_test

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"golang.org/x/net/html"
	"gopkg.in/yaml.v3"

	"dossier/app/export"
)

func TestCSVParsesBack(t *testing.T) {
	lib := newExpLib(t)
	seedExp(t, lib)
	res := exportTo(t, lib, export.FormatCSV, filepath.Join(t.TempDir(), "q"), export.Selection{})
	data, err := os.ReadFile(res.Path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("\ufeff")) {
		t.Error("no byte order mark for Excel")
	}
	if !bytes.Contains(data, []byte("\r\n")) {
		t.Error("RFC 4180 wants CRLF line ends")
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != strings.Join(export.CSVHeader, ",") {
		t.Errorf("header %v", rows[0])
	}
	if len(rows) != 1+res.Quotes+res.Annotations {
		t.Errorf("%d rows for %d quotes and %d annotations", len(rows), res.Quotes, res.Annotations)
	}
	found := false
	for _, r := range rows[1:] {
		if len(r) != len(export.CSVHeader) {
			t.Fatalf("row %v", r)
		}
		if r[0] == "annotation" && r[5] == hostile {
			found = true
		}
		for _, c := range r {
			if c != "" && strings.ContainsRune("=+-@", rune(c[0])) {
				t.Errorf("cell %q could run as a formula", c)
			}
		}
		if r[0] == "annotation" && r[1] == "disputed lighthouse" && !strings.HasPrefix(r[4], "'=cmd") {
			t.Errorf("formula tag not guarded: %q", r[4])
		}
	}
	if !found {
		t.Error("hostile note did not survive the round trip")
	}
}

func TestMarkdownVault(t *testing.T) {
	lib := newExpLib(t)
	seedExp(t, lib)
	out := filepath.Join(t.TempDir(), "vault")
	res := exportTo(t, lib, export.FormatMarkdown, out, export.Selection{})
	if res.Articles != 1 || res.Notes != 1 || res.People == 0 || res.Tags == 0 {
		t.Fatalf("result %+v", res)
	}
	files, _ := filepath.Glob(filepath.Join(out, "*", "*.md"))
	if len(files) != res.Articles+res.Notes+res.People+res.Tags {
		t.Fatalf("%d files for %+v", len(files), res)
	}
	names := map[string]bool{}
	for _, f := range files {
		names[strings.TrimSuffix(filepath.Base(f), ".md")] = true
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(data)
		if !strings.HasPrefix(s, "---\n") {
			t.Fatalf("%s: no front matter", f)
		}
		end := strings.Index(s[4:], "\n---\n")
		var fm map[string]any
		if err := yaml.Unmarshal([]byte(s[4:4+end]), &fm); err != nil {
			t.Fatalf("%s: front matter: %v\n%s", f, err, s[:4+end])
		}
		if fm["dossier_id"] == nil || fm["title"] == nil {
			t.Errorf("%s: front matter %v", f, fm)
		}
		body := s[4+end+5:]
		var htmlOut bytes.Buffer
		if err := goldmark.Convert([]byte(body), &htmlOut); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(filepath.Dir(f), "Articles") {
			h := htmlOut.String()
			if strings.Contains(h, "<b>") || strings.Contains(h, "<script") {
				t.Errorf("article text became markup:\n%s", h)
			}
			if !strings.Contains(h, "<blockquote>") || !strings.Contains(h, "&lt;b&gt;covered&lt;/b&gt;") {
				t.Errorf("article rendering:\n%s", h)
			}
		}
	}
	// Every link and embed resolves by Obsidian's rules (except the
	// analyst's own [[link]] to a page that does not exist).
	loadVault(t, out).check(t, "link")
}

func TestHTMLReport(t *testing.T) {
	lib := newExpLib(t)
	seedExp(t, lib)
	res := exportTo(t, lib, export.FormatHTML, filepath.Join(t.TempDir(), "report"), export.Selection{})
	data, err := os.ReadFile(res.Path)
	if err != nil {
		t.Fatal(err)
	}
	z := html.NewTokenizer(bytes.NewReader(data))
	var text strings.Builder
	marks := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		tok := z.Token()
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			switch tok.Data {
			case "script", "img", "link", "iframe", "object", "b":
				t.Errorf("report has a <%s> element", tok.Data)
			case "mark":
				marks++
			}
			for _, a := range tok.Attr {
				if a.Key == "src" || strings.HasPrefix(a.Key, "on") || (a.Key == "href" && !strings.HasPrefix(a.Val, "#")) {
					t.Errorf("report has %s=%q", a.Key, a.Val)
				}
			}
		case html.TextToken:
			text.WriteString(tok.Data)
		}
	}
	if marks != 2 {
		t.Errorf("%d highlights marked, want 2", marks)
	}
	for _, want := range []string{"second line", "=SUM(A1) & more", "fishing rights", "Ministers agree to meet again", "Quotes by speaker", "The talks <b>covered</b>"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("report text lacks %q", want)
		}
	}
}
