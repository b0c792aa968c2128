package cli

import (
	"slices"
	"testing"

	"dossier/app"
)

func TestEditTextRoundTrip(t *testing.T) {
	a := &app.Article{Title: "Talks resume", Headings: []int{1},
		Body: []string{"First paragraph,\nwith a line break.", "A heading", "# not a heading", `\ starts with a backslash`, "## not one either"}}
	text := articleEditText(a)
	title, body, headings, err := parseEditText(text)
	if err != nil {
		t.Fatal(err)
	}
	if title != a.Title || !slices.Equal(body, a.Body) || !slices.Equal(headings, a.Headings) {
		t.Errorf("round trip:\n%q\n→ %q %q %v", text, title, body, headings)
	}
	for _, bad := range []string{"", "\n\n", "No title line\n\nBody.", "# Title only\n", "# T\n\n\xff"} {
		if _, _, _, err := parseEditText(bad); err == nil {
			t.Errorf("parseEditText(%q) accepted it", bad)
		}
	}
	title, body, _, err = parseEditText("\ufeff\r\n# T \r\n\r\nOne\r\ntwo  \r\n \r\nThree\r\n")
	if err != nil || title != "T" || !slices.Equal(body, []string{"One\ntwo", "Three"}) {
		t.Errorf("CRLF file: %q %q %v", title, body, err)
	}
}

// FuzzEditText checks that reading the editor format never panics and is
// stable: what is read, written back and read again is the same.
func FuzzEditText(f *testing.F) {
	for _, s := range []string{
		"# Title\n\nOne.\n\n## Head\n\nTwo\nlines.",
		"# \n\n\\# escaped\n\n\\\\ double",
		"#\n\n##\n\n## \n\n   indented\n\n\t\ttabs\t",
		"\ufeff# T\r\n\r\nx\r\n",
		"# a\n\nb\n \nc\n\u00a0\nd",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		title, body, headings, err := parseEditText(s)
		if err != nil {
			return
		}
		a := &app.Article{Title: title, Body: body, Headings: headings}
		again := articleEditText(a)
		t2, b2, h2, err := parseEditText(again)
		if err != nil {
			t.Fatalf("re-reading %q: %v", again, err)
		}
		if t2 != title || !slices.Equal(b2, body) || !slices.Equal(h2, headings) {
			t.Fatalf("unstable:\n%q\n→ %q %q %v\n→ %q\n→ %q %q %v", s, title, body, headings, again, t2, b2, h2)
		}
	})
}
