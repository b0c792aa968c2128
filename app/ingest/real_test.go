package ingest

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"dossier/internal/realdata"
)

// oneOrMany is a label field written as one string or a list of accepted
// forms.
type oneOrMany []string

func (o *oneOrMany) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		if s != "" {
			*o = oneOrMany{s}
		}
		return nil
	}
	var l []string
	if err := json.Unmarshal(b, &l); err != nil {
		return err
	}
	*o = l
	return nil
}

// pageLabel is what a person reading the page saw (testdata/real/pages.json,
// written by hand before the importer was run on the page). Text fields
// quote a few words only: the start of a paragraph or caption.
type pageLabel struct {
	Name  string    `json:"name"`
	Title oneOrMany `json:"title"`
	// Kicker is the label set above the headline ("Opinion", a section or
	// series name); present and empty when the page shows none, absent
	// when the page was not labelled for it.
	Kicker     *oneOrMany `json:"kicker"`
	Source     oneOrMany  `json:"source"`
	Author     oneOrMany  `json:"author"` // names joined by ", "; empty: no person named
	Date       oneOrMany  `json:"date"`   // YYYY-MM-DD as the page states it; empty: none stated
	Dateline   string     `json:"dateline"`
	Standfirst string     `json:"standfirst"`
	Captions   []string   `json:"captions"`
	// CaptionsInText are captions whose words the article's text also
	// has as a paragraph of its own (checked by reading the page).
	CaptionsInText []string  `json:"captions_in_text"`
	First          oneOrMany `json:"first"`
	Last           oneOrMany `json:"last"`
}

// pageScore counts, per field, the pages that state it and those the
// importer got right.
type pageScore struct{ stated, right int }

func (s pageScore) String() string {
	if s.stated == 0 {
		return "—"
	}
	return fmt.Sprintf("%d/%d (%.0f%%)", s.right, s.stated, 100*float64(s.right)/float64(s.stated))
}

func (s pageScore) rate() float64 {
	if s.stated == 0 {
		return 1
	}
	return float64(s.right) / float64(s.stated)
}

// TestRealPages scores the importer on the hand-labelled real news pages of
// set "pages" (skipped where the set is not fetched). Targets, from issue
// 19: title, source, author and date right on at least 95% of the pages
// that state them; no byline, date, ad or navigation line in any body;
// every labelled caption kept and marked as a caption.
func TestRealPages(t *testing.T) {
	dir, _ := realdata.Dir(t, "pages")
	raw, err := os.ReadFile(filepath.Join("testdata", "real", "pages.json"))
	if err != nil {
		t.Fatal(err)
	}
	var labels []pageLabel
	if err := json.Unmarshal(raw, &labels); err != nil {
		t.Fatal(err)
	}
	fields := []string{"title", "kicker", "no kicker", "source", "author", "date", "dateline", "captions", "first", "last", "clean body"}
	score := map[string]*pageScore{}
	for _, f := range fields {
		score[f] = &pageScore{}
	}
	var misses []string
	miss := func(page, field, format string, args ...any) {
		misses = append(misses, fmt.Sprintf("%s %s: %s", page, field, fmt.Sprintf(format, args...)))
	}
	check := func(page, field string, ok bool, format string, args ...any) {
		score[field].stated++
		if ok {
			score[field].right++
		} else {
			miss(page, field, format, args...)
		}
	}
	for _, l := range labels {
		data, err := os.ReadFile(filepath.Join(dir, l.Name))
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse(l.Name, data)
		if err != nil {
			t.Errorf("%s: %v", l.Name, err)
			continue
		}
		checkInvariants(t, d)
		check(l.Name, "title", anyEqual(l.Title, d.Title), "got %q", d.Title)
		switch {
		case l.Kicker == nil:
		case len(*l.Kicker) > 0:
			check(l.Name, "kicker", anyEqual(*l.Kicker, d.Kicker), "got %q", d.Kicker)
		default:
			check(l.Name, "no kicker", d.Kicker == "", "page shows none, got %q", d.Kicker)
		}
		check(l.Name, "source", anyEqual(l.Source, d.Source), "got %q", d.Source)
		if len(l.Author) > 0 {
			check(l.Name, "author", anySameNames(l.Author, d.Author), "got %q", d.Author)
		}
		got := ""
		if !d.Published.IsZero() {
			got = d.Published.Format("2006-01-02")
		}
		if len(l.Date) > 0 {
			check(l.Name, "date", contains(l.Date, got), "got %q", got)
		} else if got != "" {
			miss(l.Name, "date", "page states none, got %s", got)
		}
		if l.Dateline != "" {
			check(l.Name, "dateline", strings.EqualFold(l.Dateline, d.Dateline), "got %q", d.Dateline)
		}
		for _, c := range l.Captions {
			found := false
			for _, dc := range d.Captions {
				found = found || strings.Contains(fold(dc.Text), fold(c))
			}
			check(l.Name, "captions", found, "%q not among %d captions", c, len(d.Captions))
		}
		body := bodyParagraphs(d)
		first, last := "", ""
		if len(body) > 0 {
			first, last = body[0], body[len(body)-1]
			if l.Standfirst != "" && hasPrefixFold(first, l.Standfirst) && len(body) > 1 {
				first = body[1]
			}
		}
		check(l.Name, "first", anyPrefix(l.First, first), "got %.60q", first)
		check(l.Name, "last", anyPrefix(l.Last, last), "got %.60q", last)
		var bad []string
		for _, p := range d.Paragraphs {
			if why := furniture(p, l); why != "" {
				bad = append(bad, fmt.Sprintf("%s %.50q", why, p))
			}
			for _, c := range l.Captions {
				if hasPrefixFold(p, c) && !contains(l.CaptionsInText, c) {
					bad = append(bad, fmt.Sprintf("caption in body %.50q", p))
				}
			}
		}
		check(l.Name, "clean body", len(bad) == 0, "%s", strings.Join(bad, "; "))
	}
	sort.Strings(misses)
	for _, m := range misses {
		t.Log("miss:", m)
	}
	for _, f := range fields {
		t.Logf("%-10s %s", f, score[f])
	}
	for _, f := range []string{"title", "source", "author", "date"} {
		if score[f].rate() < 0.95 {
			t.Errorf("%s right on %s of the pages that state it, want ≥ 95%%", f, score[f])
		}
	}
	for _, f := range []string{"captions", "clean body", "no kicker"} {
		if score[f].rate() < 1 {
			t.Errorf("%s: %s, want all", f, score[f])
		}
	}
}

// bodyParagraphs are the paragraphs that are not subheadings.
func bodyParagraphs(d *Document) []string {
	var out []string
	for i, p := range d.Paragraphs {
		if !contains(intsToStrings(d.Headings), fmt.Sprint(i)) {
			out = append(out, p)
		}
	}
	return out
}

func intsToStrings(v []int) []string {
	out := make([]string, len(v))
	for i, n := range v {
		out[i] = fmt.Sprint(n)
	}
	return out
}

// Independent of the importer's own rules: what a reader calls a byline,
// a date line, an advertisement or navigation when it sits in the body.
var (
	navLineRe      = regexp.MustCompile(`(?i)^(advertisement|advertising|ad|sponsored( content)?|read more|see also|related( coverage| stories| articles| content| topics)?|continue reading|share( this( article| story)?)?|comments?|print|email|subscribe( now)?|follow us|tags?|topics|recommended( for you)?|view/post comments|back to top|loading)\s*[:.»]?$|^(?i:read more:|see also:|more from |filed under:?|tags:|related:)`)
	readerCreditRe = regexp.MustCompile(`(?i)^\(?(additional )?(reporting|writing|editing) by\b|^to contact the (reporter|editor)|^[\w.]+@[\w.]+\.\w+$|^-- ?(by|compiled by)\b|^follow .{1,40} on twitter|^\d+ min(ute)? read$`)
	dateWordsRe    = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(am|pm|et|edt|est|gmt|utc|ist|updated|published|posted|at|on|last|modified)\b|[\d\W_]+`)
	dateLineRe     = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{1,2}[:.]\d{2}\s*(am|pm)\b|\b\d{4}-\d{2}-\d{2}\b`)
)

// furniture says why a body paragraph is not article text, or "".
func furniture(p string, l pageLabel) string {
	words := len(strings.Fields(p))
	switch {
	case words <= 12 && regexp.MustCompile(`^(?i:by)\s*\p{Lu}`).MatchString(p):
		return "byline"
	case words <= 6 && len(l.Author) > 0 && anySameNames(l.Author, strings.TrimPrefix(p, "Author: ")):
		return "byline"
	case words <= 10 && dateLineRe.MatchString(p) && regexp.MustCompile(`\b(19|20)\d\d\b`).MatchString(p) &&
		len(strings.Fields(dateWordsRe.ReplaceAllString(p, " "))) <= 2:
		return "date line"
	case words <= 6 && navLineRe.MatchString(p):
		return "navigation"
	case words <= 25 && readerCreditRe.MatchString(p):
		return "credit line"
	}
	return ""
}

var foldReplacer = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "\u00a0", " ")

func fold(s string) string {
	s = foldReplacer.Replace(s) // first: "The\u00a0Comcast" loses its "The " too
	s = strings.TrimPrefix(strings.TrimPrefix(s, "The "), "the ")
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

func hasPrefixFold(s, prefix string) bool { return strings.HasPrefix(fold(s), fold(prefix)) }

func anyEqual(want []string, got string) bool {
	for _, w := range want {
		if fold(w) == fold(got) {
			return true
		}
	}
	return len(want) == 0 && got == ""
}

func anyPrefix(want []string, got string) bool {
	for _, w := range want {
		if got != "" && hasPrefixFold(got, w) {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}

// anySameNames compares author lists regardless of order and of ", " or
// " and " between the names.
func anySameNames(want []string, got string) bool {
	split := func(s string) []string {
		var out []string
		for _, n := range regexp.MustCompile(`\s*(,|\band\b|&)\s*`).Split(fold(s), -1) {
			if n != "" {
				out = append(out, n)
			}
		}
		sort.Strings(out)
		return out
	}
	g := strings.Join(split(got), "|")
	for _, w := range want {
		if strings.Join(split(w), "|") == g {
			return true
		}
	}
	return false
}
