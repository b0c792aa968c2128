package pdf

import (
	"testing"
	"time"
)

func TestJoinLines(t *testing.T) {
	for _, tc := range [][3]string{
		{"the fees would be unre-", "viewed until", "the fees would be unreviewed until"},
		{"the fees would be unre\u00ad", "viewed", "the fees would be unreviewed"},
		{"a well-", "Known name", "a well-Known name"},
		{"in 1990-", "1995 it grew", "in 1990- 1995 it grew"},
		{"ends here.", "Next one", "ends here. Next one"},
	} {
		if got := joinLines(tc[0], tc[1]); got != tc[2] {
			t.Errorf("joinLines(%q, %q) = %q, want %q", tc[0], tc[1], got, tc[2])
		}
	}
}

func TestDates(t *testing.T) {
	for s, want := range map[string]string{
		"D:20090401163925-07'00'": "2009-04-01T16:39:25-07:00",
		"D:2015":                  "2015-01-01T00:00:00Z",
		"D:20151340":              "",
		"garbage":                 "",
	} {
		got := pdfDate(s)
		if (want == "" && !got.IsZero()) || (want != "" && got.Format(time.RFC3339) != want) {
			t.Errorf("pdfDate(%q) = %v, want %q", s, got, want)
		}
	}
	for s, want := range map[string]string{"October 14, 1998": "1998-10-14", "December 1998": "1998-12-01", "14 October 1998.": "1998-10-14", "The year 1998": ""} {
		got, ok := dateLine(s)
		if (want == "") == ok || (ok && got.Format("2006-01-02") != want) {
			t.Errorf("dateLine(%q) = %v %v, want %q", s, got, ok, want)
		}
	}
}

func TestMetadataCleaning(t *testing.T) {
	for in, want := range map[string]string{"Microsoft Word - draft.doc": "", "report.pdf": "", "Untitled": "", "ARRAY(0x2c7cf020)": "", " Grain  Routes ": "Grain Routes"} {
		if got := titleFromMeta(in); got != want {
			t.Errorf("titleFromMeta(%q) = %q, want %q", in, got, want)
		}
	}
	for name, want := range map[string]bool{"Times-Bold": true, "Cambria,Bold": true, "NimbusRomNo9L-Medi": true, "Helvetica": false, "Cambria": false} {
		if boldFont(name) != want {
			t.Errorf("boldFont(%q) != %v", name, want)
		}
	}
}

func TestByline(t *testing.T) {
	for in, want := range map[string]string{
		"Andreas Gal∗+, Brendan Eich∗ , Mike Shaver∗": "Andreas Gal, Brendan Eich, Mike Shaver",
		"Yusuke Shinyama Satoshi Sekine":              "Yusuke Shinyama Satoshi Sekine",
		"Mohammad Chuttur":                            "Mohammad Chuttur",
		"J. R. Smith and A. Jones":                    "J. R. Smith, A. Jones",
		"The harbour reopened on Monday.":             "",
		"Indiana University, USA 2009":                "",
		"Abstract":                                    "",
	} {
		got, ok := byline(in)
		if got != want || ok != (want != "") {
			t.Errorf("byline(%q) = %q %v, want %q", in, got, ok, want)
		}
	}
}
