package export

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"html"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/yuin/goldmark"

	"dossier/app"
	"dossier/app/wikilink"
)

func TestSplitSource(t *testing.T) {
	for _, c := range []struct {
		src   string
		paras []string
	}{
		{"one", []string{"one"}},
		{"one\ntwo", []string{"one\ntwo"}},
		{"one\n\ntwo", []string{"one", "two"}},
		{"\n\n  one \r\n\r\n\n two\n\n", []string{"one ", "two"}},
		{"", nil},
		{"  \n\n ", nil},
	} {
		paras, mapOff := splitSource(c.src)
		if strings.Join(paras, "|") != strings.Join(c.paras, "|") {
			t.Errorf("%q: paragraphs %q, want %q", c.src, paras, c.paras)
		}
		// Every character kept maps onto itself in the article text.
		text := []rune(strings.Join(paras, app.ParagraphSep))
		src := []rune(c.src)
		for i, r := range src {
			o := mapOff(i)
			if o < 0 || o > len(text) {
				t.Fatalf("%q: offset %d maps to %d outside [0,%d]", c.src, i, o, len(text))
			}
			if o < len(text) && text[o] == r && r != '\n' && r != ' ' {
				continue
			}
		}
	}
}

func FuzzSplitSource(f *testing.F) {
	f.Add("one\n\ntwo\r\n\r\nthree", 3, 9)
	f.Add("  \n", 0, 1)
	f.Fuzz(func(t *testing.T, src string, s, e int) {
		paras, mapOff := splitSource(src)
		n := utf8.RuneCountInString(strings.Join(paras, app.ParagraphSep))
		a, b := mapOff(s), mapOff(e)
		if a < 0 || a > n || b < 0 || b > n {
			t.Fatalf("offsets %d,%d map to %d,%d outside [0,%d]", s, e, a, b, n)
		}
		if s <= e && a > b {
			t.Fatalf("mapping is not monotonic: %d→%d, %d→%d", s, a, e, b)
		}
	})
}

func TestGUIDsMapBackToIDs(t *testing.T) {
	g := app.NewIDGen(nil)
	for range 100 {
		id := g.New()
		back, ok := idFromGUID(guidOf(id))
		if !ok || back != id {
			t.Fatalf("%s → %s → %s", id, guidOf(id), back)
		}
	}
	if _, ok := idFromGUID("not a guid"); ok {
		t.Error("accepted a malformed GUID")
	}
}

func TestEncryptedPack(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "pack.dossier")
	write := encryptingWith("correct horse", 10, func(ctx context.Context, w io.Writer) error {
		_, err := w.Write([]byte("PK payload"))
		return err
	})
	if _, err := atomicFile(context.Background(), out, write); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(out)
	if !bytes.HasPrefix(data, ageMagic) || bytes.Contains(data, []byte("payload")) {
		t.Fatal("not encrypted")
	}
	ask := func(pass string) context.Context {
		return WithPassphrase(context.Background(), func(string) (string, error) { return pass, nil })
	}
	ra, size, closeFn, err := openBundleFile(ask("correct horse"), out)
	if err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, size)
	ra.ReadAt(buf, 0)
	closeFn()
	if string(buf) != "PK payload" {
		t.Errorf("decrypted %q", buf)
	}
	if _, _, _, err := openBundleFile(ask("wrong"), out); !errors.Is(err, ErrWrongPassphrase) || !strings.Contains(err.Error(), "pack.dossier") {
		t.Errorf("wrong passphrase: %v", err)
	}
	if _, _, _, err := openBundleFile(context.Background(), out); !errors.Is(err, ErrNeedPassphrase) {
		t.Errorf("no passphrase: %v", err)
	}
	os.WriteFile(out, data[:len(data)-20], 0o644)
	if _, _, _, err := openBundleFile(ask("correct horse"), out); err == nil {
		t.Error("a truncated pack opened")
	}
}

func zipSeed(files ...string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(files); i += 2 {
		w, _ := zw.Create(files[i])
		w.Write([]byte(files[i+1]))
	}
	zw.Close()
	return buf.Bytes()
}

// FuzzReadBundle feeds the bundle and REFI-QDA readers arbitrary bytes:
// they must return an error or data, never panic or hang.
func FuzzReadBundle(f *testing.F) {
	f.Add([]byte("PK\x03\x04"))
	f.Add(zipSeed("manifest.json", `{"format":"dossier-bundle","version":1}`,
		"articles.jsonl", `{"record":{"id":"01KQ0000000000000000000000","body":["a"]}}`+"\n",
		"annotations.jsonl", `{"dossier":{"annotation":{"id":"01KQ0000000000000000000001"}}}`+"\n"))
	f.Add(zipSeed("project.qde", `<Project name="p"><CodeBook><Codes><Code guid="00000000-0000-0000-0000-000000000001" name="a" isCodable="true"/></Codes></CodeBook>`+
		`<Sources><TextSource guid="00000000-0000-0000-0000-000000000002" plainTextPath="internal://x.txt"><PlainTextSelection guid="00000000-0000-0000-0000-000000000003" startPosition="0" endPosition="3"/></TextSource></Sources></Project>`,
		"sources/x.txt", "abc\n\ndef"))
	// A project as Dossier writes it: speaker and status codes, variables,
	// a note by plainTextPath and the sidecar.
	src := "00000000-0000-0000-0000-0000000000A1"
	f.Add(zipSeed("project.qde", `<Project name="p" origin="Dossier"><CodeBook><Codes>`+
		`<Code guid="`+speakersGUID+`" name="Quotes by speaker" isCodable="true"><Code guid="`+guidOf("01KQ0000000000000000000009")+`" name="Ann (Quotes by speaker)" isCodable="true"/></Code>`+
		`<Code guid="`+statusGUID+`" name="Quote status" isCodable="true"><Code guid="`+statusCodeGUID(app.QuoteRejected)+`" name="rejected quote" isCodable="true"/></Code>`+
		`</Codes></CodeBook><Variables><Variable guid="`+variableGUID("Published")+`" name="Published" typeOfVariable="Text"/></Variables>`+
		`<Sources><TextSource guid="`+src+`" name="t" plainTextPath="internal://a.txt"><PlainTextSelection guid="00000000-0000-0000-0000-0000000000A2" startPosition="1" endPosition="4">`+
		`<Coding guid="00000000-0000-0000-0000-0000000000A3"><CodeRef targetGUID="`+guidOf("01KQ0000000000000000000009")+`"/></Coding>`+
		`<Coding guid="00000000-0000-0000-0000-0000000000A4"><CodeRef targetGUID="`+statusCodeGUID(app.QuoteRejected)+`"/></Coding></PlainTextSelection>`+
		`<VariableValue><VariableRef targetGUID="`+variableGUID("Published")+`"/><TextValue>2024-03-07T00:00:00Z</TextValue></VariableValue></TextSource></Sources>`+
		`<Notes><Note guid="00000000-0000-0000-0000-0000000000A5" name="n" plainTextPath="internal://n.txt"/></Notes></Project>`,
		"sources/a.txt", "\ufeffsaid \"yes\"\n\nmore", "sources/n.txt", "note [[t]]",
		sidecarName, `{"version":1,"quotes":{"x":{"text":"y"}},"articles":{"y":{"headings":[7]}}}`))
	ids := app.NewIDGen(nil)
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := ReadBundle(bytes.NewReader(data), int64(len(data)), "fuzz.dossier")
		if err == nil && b == nil {
			t.Fatal("nil bundle without error")
		}
		q, err := ReadQDPX(bytes.NewReader(data), int64(len(data)), "fuzz.qdpx", ids.New, time.Time{})
		if err == nil && q == nil {
			t.Fatal("nil project without error")
		}
		if err != nil {
			return
		}
		// Every highlight and quote lies in its article's text.
		texts := map[string][]rune{}
		for _, a := range q.Articles {
			texts[a.ID] = []rune(a.Text())
		}
		check := func(tg app.Target) {
			txt, ok := texts[tg.ArticleID]
			s, e := tg.Selector.Start, tg.Selector.End
			if !ok || s < 0 || e > len(txt) || s >= e || string(txt[s:e]) != tg.Selector.Exact {
				t.Fatalf("selector %+v outside its article", tg)
			}
		}
		for _, an := range q.Annotations {
			check(an.Target)
		}
		for _, qu := range q.Quotes {
			check(qu.Target)
		}
	})
}

// escapeMD text renders as itself in CommonMark, and nothing in it is an
// Obsidian tag, block ID or highlight.
func TestEscapeMDIsPlain(t *testing.T) {
	for _, s := range []string{"# not a heading", "- not a list", "1. not a list", "#MeToo trends", "ends with ^abc1",
		"==marked==", "a \\ backslash", "> not a quote", "+ plus", "=SUM(A1)"} {
		out := escapeMD(s)
		var h bytes.Buffer
		if err := goldmark.Convert([]byte(out), &h); err != nil {
			t.Fatal(err)
		}
		got := strings.TrimSpace(h.String())
		want := "<p>" + html.EscapeString(s) + "</p>"
		if got != strings.ReplaceAll(want, "&#39;", "'") && got != strings.ReplaceAll(want, "&#34;", "&quot;") {
			t.Errorf("%q → %q renders %q", s, out, got)
		}
		for i := 0; i < len(out); i++ {
			if strings.IndexByte("#^=", out[i]) >= 0 && (i == 0 || out[i-1] != '\\') {
				t.Errorf("%q → %q: unescaped %c", s, out, out[i])
			}
		}
	}
}

// The plain-paragraph shortcut renders exactly what goldmark would.
func TestPlainParagraphMatchesGoldmark(t *testing.T) {
	r := &reportLinks{order: []map[string]string{{}, {}, {}, {}}}
	for _, s := range []string{"a note, with \"quotes\"", "plain words. And more: yes?", "über — naïve ‘quotes’", "x", "semi; colon (paren) {brace} $5 % 'apos'"} {
		if !plainParagraph(s) {
			t.Errorf("%q is not taken as plain", s)
			continue
		}
		want, err := wikilink.Render(s, r)
		if err != nil {
			t.Fatal(err)
		}
		if got := r.markdown(s); got != want {
			t.Errorf("%q: shortcut %q, goldmark %q", s, got, want)
		}
	}
	for _, s := range []string{"*em*", "see www.example.org", "1. list", "- item", "a\nb", "mail me@x.org", "[[link]]", " lead", "a &amp; b", "https://x.org"} {
		if plainParagraph(s) {
			t.Errorf("%q is taken as plain", s)
		}
	}
}
