package export_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"dossier/app/export"
)

// report exports r as HTML and parses it.
func report(t *testing.T, r *reviewed, audit bool) *html.Node {
	t.Helper()
	res, err := export.Run(context.Background(), r.lib, export.Options{Format: export.FormatHTML, Out: filepath.Join(t.TempDir(), "report"), KeepRejected: audit})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(res.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := html.Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func walkHTML(n *html.Node, fn func(*html.Node)) {
	fn(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkHTML(c, fn)
	}
}

func byID(doc *html.Node, id string) *html.Node {
	var out *html.Node
	walkHTML(doc, func(n *html.Node) {
		if out == nil && n.Type == html.ElementNode && attr(n, "id") == id {
			out = n
		}
	})
	return out
}

func textOf(n *html.Node) string {
	var b strings.Builder
	walkHTML(n, func(c *html.Node) {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	})
	return b.String()
}

func hasClass(n *html.Node, class string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
}

func TestHTMLReportLinksColoursAndReview(t *testing.T) {
	r := seedReviewed(t)
	for _, audit := range []bool{false, true} {
		doc := report(t, r, audit)
		// Every in-report link reaches an element of the report.
		links := 0
		walkHTML(doc, func(n *html.Node) {
			if n.Type == html.ElementNode && n.Data == "a" {
				h := attr(n, "href")
				if h == "" && hasClass(n, "missing") && textOf(n) == "link" {
					return // [[link]]: a page that exists nowhere
				}
				if !strings.HasPrefix(h, "#") {
					t.Errorf("link %q leaves the report", h)
					return
				}
				links++
				if byID(doc, h[1:]) == nil {
					t.Errorf("link %q (%q) has no target in the report", h, textOf(n))
				}
			}
		})
		if links < 20 {
			t.Errorf("only %d links", links)
		}
		// Notes are rendered: no raw [[links]], and the reading list's
		// links and embeds point into the report.
		notes := byID(doc, "notes")
		if notes == nil {
			t.Fatal("no notes section")
		}
		if s := textOf(notes); strings.Contains(s, "[[") || strings.Contains(s, "![[") {
			t.Errorf("raw wiki links in the notes:\n%s", s)
		}
		var reading *html.Node
		walkHTML(notes, func(n *html.Node) {
			if n.Type == html.ElementNode && n.Data == "article" && strings.Contains(textOf(n), "Reading list") {
				reading = n
			}
		})
		if reading == nil {
			t.Fatal("the reading list is not in the report")
		}
		kinds := map[string]int{}
		walkHTML(reading, func(n *html.Node) {
			if n.Type == html.ElementNode && n.Data == "a" {
				kinds[attr(n, "href")[:3]]++
			}
		})
		for _, k := range []string{"#n-", "#t-", "#p-", "#a-", "#q-", "#h-"} {
			if kinds[k] == 0 {
				t.Errorf("the reading list has no working link to %s…: %v", k, kinds)
			}
		}
		// Highlight colours as stored.
		if h := byID(doc, "h-"+r.coloured); h == nil || !strings.Contains(attr(h, "style"), "#3fa7d6") {
			t.Error("the highlight list does not show the highlight's colour")
		}
		coloured := false
		walkHTML(doc, func(n *html.Node) {
			if n.Type == html.ElementNode && n.Data == "mark" && strings.Contains(attr(n, "style"), "#3fa7d6") && textOf(n) == "ferry timetable" {
				coloured = true
			}
		})
		if !coloured {
			t.Error("the highlight is not marked in its colour in the text")
		}
		// Quotes by tag is filled.
		tags := byID(doc, "tags")
		if tags == nil || !strings.Contains(textOf(tags), r.confirmed.Text) {
			t.Error("Quotes by tag does not list the tagged quote")
		}
		// Statuses told apart; rejected only for an audit.
		if q := byID(doc, "q-"+r.confirmed.ID); q == nil || !hasClass(q, "confirmed") || !strings.Contains(textOf(q), "confirmed") {
			t.Error("the confirmed quote is not marked confirmed")
		}
		rej := byID(doc, "q-"+r.rejected.ID)
		switch {
		case !audit && rej != nil:
			t.Error("the rejected quote is in the report without the audit option")
		case audit && (rej == nil || !hasClass(rej, "rejected")):
			t.Error("audit report: the rejected quote is missing or not marked rejected")
		}
		if !audit && strings.Contains(textOf(byID(doc, "speakers")), "Nothing is settled") {
			t.Error("the rejected quote is listed under its speaker")
		}
		// The orphan is told apart.
		if o := byID(doc, "h-"+r.orphan); o == nil || !hasClass(o, "orphan") {
			t.Error("the orphaned highlight is not marked as an orphan")
		}
	}
	// Suggested quotes (the finder's, not yet reviewed) are marked so.
	lib := newExpLib(t)
	seedExp(t, lib)
	doc := report(t, &reviewed{lib: lib}, false)
	n := 0
	walkHTML(doc, func(x *html.Node) {
		if x.Type == html.ElementNode && x.Data == "blockquote" && hasClass(x, "suggested") && strings.Contains(textOf(x), "suggested") {
			n++
		}
	})
	if n != 2 {
		t.Errorf("%d quotes marked suggested, want 2", n)
	}
}
