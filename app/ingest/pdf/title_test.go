package pdf

import (
	"testing"

	"dossier/internal/testdocs"
)

// titlePage is a one-page PDF: the given large lines at the top (size,
// text), then two body paragraphs, with metaTitle as the document title.
func titlePage(metaTitle string, top ...testdocs.Text) []byte {
	body, _ := testdocs.Lines(50, 260, 10,
		[]string{"The river authority reported on Monday that barge traffic", "fell by a third over the summer months."},
		[]string{"Low water at the gauges forced lighter loads on every", "vessel that passed the locks."})
	page := append(top, body...)
	var info map[string]string
	if metaTitle != "" {
		info = map[string]string{"Title": metaTitle}
	}
	return testdocs.PDF([][]testdocs.Text{page}, testdocs.PDFOptions{Info: info})
}

func TestTitleChoice(t *testing.T) {
	cases := []struct {
		name, meta  string
		top         []testdocs.Text
		title, kick string
	}{
		// The printed title, not a differently worded metadata title.
		{"printed over metadata", "2024 Instruction R-17",
			[]testdocs.Text{{X: 50, Y: 80, Size: 24, S: "Instructions for Form R17"}}, "Instructions for Form R17", ""},
		// A metadata title with a site's name: the page says it plainly.
		{"site suffix", "Barge Traffic - Example Wiki",
			[]testdocs.Text{{X: 50, Y: 80, Size: 24, S: "Barge Traffic"}}, "Barge Traffic", ""},
		// A metadata title that belongs to something else (the magazine
		// article a page was cut from): the page's own title of 3+ words.
		{"unrelated metadata", "Losing the Cabin",
			[]testdocs.Text{{X: 50, Y: 80, Size: 20, S: "Low Water on the Upper Rhine"}}, "Low Water on the Upper Rhine", ""},
		// A logo or banner word does not beat a plausible metadata title.
		{"banner word", "Annual Report on Inland Shipping",
			[]testdocs.Text{{X: 50, Y: 80, Size: 30, S: "ACME"}}, "Annual Report on Inland Shipping", ""},
		// A year, a page line and a time stamp printed larger than the
		// body are not titles; the line under them is.
		{"furniture above", "",
			[]testdocs.Text{{X: 50, Y: 40, Size: 14, S: "Page 1 of 12 Draft"}, {X: 50, Y: 60, Size: 14, S: "7:48 - 6-DEC-2024"},
				{X: 50, Y: 100, Size: 36, S: "2024"}, {X: 50, Y: 150, Size: 26, S: "Instructions for Form R17"}}, "Instructions for Form R17", ""},
		// A one-word section label over the heading is a kicker; an
		// "Appendix" label is not part of the title.
		{"kicker and label", "Losing the Cabin",
			[]testdocs.Text{{X: 50, Y: 60, Size: 16, S: "FlightOPS"}, {X: 50, Y: 100, Size: 13, S: "Appendix Incidents Involving Cabin Pressure, 1995–2005"}},
			"Incidents Involving Cabin Pressure, 1995–2005", "FlightOPS"},
		// No line stands out: the metadata title.
		{"metadata only", "Barge Traffic in Summer", nil, "Barge Traffic in Summer", ""},
	}
	for _, c := range cases {
		doc, err := parse(t, "title.pdf", titlePage(c.meta, c.top...))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if doc.Title != c.title || doc.Kicker != c.kick {
			t.Errorf("%s: title %q kicker %q, want %q and %q", c.name, doc.Title, doc.Kicker, c.title, c.kick)
		}
		for _, p := range doc.Paragraphs {
			if p == c.title || (c.kick != "" && p == c.kick) {
				t.Errorf("%s: %q left in the body", c.name, p)
			}
		}
	}
}

func TestSimilarTitles(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"2007 Instruction 1040-NR", "Instructions for Form 1040NR", true},
		{"PDF.js - Wikipedia", "PDF.js", true},
		{"PDF Example Document", "Example document", true},
		{"Losing the Cabin", "Accidents and Incidents Involving Cabin Depressurization", false},
		{"Annual Report", "ACME", false},
	} {
		if got := similarTitles(c.a, c.b); got != c.want {
			t.Errorf("similarTitles(%q, %q) = %v", c.a, c.b, got)
		}
	}
}
