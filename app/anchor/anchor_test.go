package anchor

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
)

// A short wire story written for these tests.
const story = `GENEVA – Negotiators from both delegations met for six hours on Tuesday, the longest session since the talks resumed in March.

"We are closer than we have been in a year," the chief negotiator told reporters outside the hotel. "But closer is not the same as close."

The two sides disagree on the sequencing of sanctions relief and on who would verify the dismantling of the enrichment site. A diplomat familiar with the talks said the verification question was "the whole ballgame".

Officials said the talks would continue on Thursday.`

func mustSel(t *testing.T, text, quote string, nth int) Selector {
	t.Helper()
	idx := -1
	for i := 0; i <= nth; i++ {
		j := strings.Index(text[idx+1:], quote)
		if j < 0 {
			t.Fatalf("quote %q (#%d) not in text", quote, nth)
		}
		idx += 1 + j
	}
	start := len([]rune(text[:idx]))
	s, err := New(text, start, start+len([]rune(quote)))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// runeIndex is the rune offset of the nth occurrence of quote in text.
func runeIndex(t *testing.T, text, quote string, nth int) int {
	t.Helper()
	idx := -1
	for i := 0; i <= nth; i++ {
		j := strings.Index(text[idx+1:], quote)
		if j < 0 {
			t.Fatalf("quote %q (#%d) not in text", quote, nth)
		}
		idx += 1 + j
	}
	return len([]rune(text[:idx]))
}

func TestAnchorPaths(t *testing.T) {
	update := "UPDATE: This story has been updated with comments from the delegations.\n\n"
	inserted := update + story
	verification := "the verification question was"
	tests := []struct {
		name   string
		old    string // text the selector is made on
		quote  string // annotated passage (first occurrence unless nth)
		nth    int
		neu    string // edited text
		status Status
		want   string // expected text at the result ("" for orphans)
		wantAt int    // expected occurrence of want in neu (-1: don't check)
	}{
		{"unchanged", story, "the chief negotiator", 0, story, Exact, "the chief negotiator", 0},
		{"edit after the span", story, "met for six hours", 0,
			strings.Replace(story, "Thursday", "Friday", 1), Exact, "met for six hours", 0},
		{"paragraph inserted before", story, "the chief negotiator", 0, inserted, Moved, "the chief negotiator", 0},
		{"duplicate words, the right one", story, "the talks", 1, inserted, Moved, "the talks", 1},
		{"duplicate words, the third", story, "the talks", 2, inserted, Moved, "the talks", 2},
		{"short word among many", story, "on", 3, inserted, Moved, "on", 3 + strings.Count(update, "on")},
		{"typo fixed inside", strings.Replace(story, "dismantling", "dismantlign", 1), "the dismantlign of the enrichment site", 0,
			story, Fuzzy, "the dismantling of the enrichment site", 0},
		{"typo fixed and moved", strings.Replace(story, "dismantling", "dismantlign", 1), "the dismantlign of the enrichment site", 0,
			inserted, Fuzzy, "the dismantling of the enrichment site", 0},
		{"white space and punctuation", story, "outside the hotel. \"But closer", 0,
			strings.Replace(story, "outside the hotel. \"But", "outside the hotel.  “But", 1), Fuzzy, "outside the hotel.  “But closer", 0},
		{"passage deleted", story, "A diplomat familiar with the talks said", 0,
			strings.Replace(story, "A diplomat familiar with the talks said the verification question was \"the whole ballgame\".", "", 1),
			Orphaned, "", -1},
		{"sentence deleted, its words remain elsewhere", story, "the talks", 1,
			strings.Replace(story, " A diplomat familiar with the talks said the verification question was \"the whole ballgame\".", "", 1),
			Orphaned, "", -1},
		{"text shrunk below the old position", story, "continue on Thursday", 0, "Officials said the talks would continue on Thursday.",
			Moved, "continue on Thursday", 0},
		{"text shrunk, passage gone", story, "continue on Thursday", 0, "Officials said nothing.", Orphaned, "", -1},
		{"empty text", story, "six hours", 0, "", Orphaned, "", -1},
		{"span split by a deletion", story, verification, 0,
			strings.Replace(story, "familiar with the talks said the verification", "said the", 1), Orphaned, "", -1},
		{"first word of the text", story, "GENEVA", 0, "(Reuters) " + story, Moved, "GENEVA", 0},
		{"last word of the text", story, "Thursday.", 0, story + "\n\nReporting by staff.", Exact, "Thursday.", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := mustSel(t, tc.old, tc.quote, tc.nth)
			r := Reanchor(tc.neu, s)
			if r.Status != tc.status {
				t.Fatalf("status %s, want %s: %+v", r.Status, tc.status, r)
			}
			if r.Exact != tc.want {
				t.Fatalf("text %q, want %q", r.Exact, tc.want)
			}
			if tc.status == Orphaned {
				if r.Start != 0 || r.End != 0 {
					t.Errorf("orphan at [%d,%d), want [0,0)", r.Start, r.End)
				}
				return
			}
			if at := runeIndex(t, tc.neu, tc.want, tc.wantAt); tc.wantAt >= 0 && r.Start != at {
				t.Errorf("start %d, want %d", r.Start, at)
			}
			if got := NewDoc(tc.neu).Slice(r.Start, r.End); got != r.Exact {
				t.Errorf("Exact %q but text there is %q", r.Exact, got)
			}
			if (r.Status == Fuzzy) != (r.Distance > 0) {
				t.Errorf("distance %d with status %s", r.Distance, r.Status)
			}
		})
	}
}

// A long passage (several 64-rune blocks) edited in three places and moved
// far from where it was, its surroundings rewritten: found by its chunks.
func TestAnchorLongQuoteMovedAndEdited(t *testing.T) {
	para := "The two sides disagree on the sequencing of sanctions relief and on who would verify the dismantling of the enrichment site, officials said."
	old := "Intro paragraph about the week in diplomacy.\n\n" + para + "\n\nClosing remarks."
	edited := strings.NewReplacer("disagree", "disagreed", "verify", "verifiy", "officials said", "officials say").Replace(para)
	var b strings.Builder
	for range 40 {
		b.WriteString("Unrelated filler about markets, weather and sport fills this space. ")
	}
	neu := b.String() + "\n\nNew lead-in sentence here, then " + edited + " And new words after."
	s := mustSel(t, old, para, 0)
	r := Reanchor(neu, s)
	if r.Status != Fuzzy || r.Exact != edited {
		t.Fatalf("got %+v, want fuzzy %q", r, edited)
	}
	if r.Distance != 4 {
		t.Errorf("distance %d, want 4", r.Distance)
	}
}

// Short selections (1-3 runes) move only with their context.
func TestAnchorShortSelections(t *testing.T) {
	text := "a b a c a b a c a b a"
	for start := 0; start < len(text); start++ {
		for l := 1; l <= 3 && start+l <= len(text); l++ {
			s, err := New(text, start, start+l)
			if err != nil {
				t.Fatal(err)
			}
			if r := Reanchor(text, s); r.Status != Exact || r.Start != start {
				t.Fatalf("[%d,%d) in unchanged text: %+v", start, start+l, r)
			}
			// Insert before: everything shifts by 4.
			if r := Reanchor("xyz "+text, s); r.Status != Moved || r.Start != start+4 {
				t.Fatalf("[%d,%d) after insertion: %+v", start, start+l, r)
			}
		}
	}
	// "a" with its whole context replaced: never moved to another "a".
	s, _ := New("the cat sat on a mat by the door", 15, 16)
	if r := Reanchor("a dog lay under a table near a window", s); r.Status != Orphaned {
		t.Fatalf("context gone: %+v", r)
	}
}

// A one-letter highlight at the edge of a long run of equal letters, with
// text inserted right beside it on the run's side: every letter of the run
// scores above the true span (its context reads as a shifted copy), and all
// of them are junction artifacts. Found by FuzzAnchor.
func TestAnchorRunOfEqualLetters(t *testing.T) {
	run := strings.Repeat("L", 60)
	// Insertion after the span: the prefix stays intact, the span stays put.
	text := "0000000000" + run
	s, err := New(text, 11, 12)
	if err != nil {
		t.Fatal(err)
	}
	if r := Reanchor("0000000000LL0000"+run[2:], s); r.Status != Exact || r.Start != 11 {
		t.Fatalf("insertion after: %+v", r)
	}
	// The mirror: insertion before the span, the suffix intact, the span moves.
	text = run + "0000000000"
	s, err = New(text, 48, 49)
	if err != nil {
		t.Fatal(err)
	}
	if r := Reanchor(run[:48]+"0000"+run[48:]+"0000000000", s); r.Status != Moved || r.Start != 52 {
		t.Fatalf("insertion before: %+v", r)
	}
}

// The selector's offsets may be garbage (negative, past the end, reversed):
// anchoring still works from the quote and context.
func TestAnchorBadPositions(t *testing.T) {
	s := mustSel(t, story, "the chief negotiator", 0)
	for _, pos := range [][2]int{{-5, -1}, {1 << 40, 1<<40 + 3}, {50, 10}, {0, 0}, {math.MaxInt, math.MaxInt}, {math.MinInt, math.MaxInt}} {
		s2 := s
		s2.Start, s2.End = pos[0], pos[1]
		r := Reanchor(story, s2)
		if r.Status != Moved || r.Exact != "the chief negotiator" {
			t.Errorf("offsets %v: %+v", pos, r)
		}
	}
	if r := Reanchor(story, Selector{}); r.Status != Orphaned {
		t.Errorf("empty selector: %+v", r)
	}
	// A quote without context stands on its length alone.
	long := Selector{Exact: "the sequencing of sanctions relief and on who"}
	if r := Reanchor(story, long); r.Status != Moved {
		t.Errorf("long quote without context: %+v", r)
	}
	if r := Reanchor(story, Selector{Exact: "the"}); r.Status != Orphaned {
		t.Errorf("short quote without context: %+v", r)
	}
	// Runes that are not in the text at all.
	if r := Reanchor(story, Selector{Exact: "会谈会谈会谈", Start: 3, End: 9}); r.Status != Orphaned {
		t.Errorf("foreign quote: %+v", r)
	}
}

func TestAnchorInvalidUTF8(t *testing.T) {
	text := "ab\xffcd efgh ijkl"
	s, err := New(text, 1, 5)
	if err != nil {
		t.Fatal(err)
	}
	if s.Exact != "b\uFFFDcd" {
		t.Fatalf("Exact %q", s.Exact)
	}
	if r := Reanchor(text, s); r.Status != Exact || r.Exact != s.Exact {
		t.Fatalf("%+v", r)
	}
	// A hand-made selector with invalid bytes is never reported exact.
	bad := Selector{Exact: "\xffcd efgh", Start: 2, End: 10}
	if r := Reanchor(text, bad); r.Status == Exact || r.Status == Moved {
		t.Fatalf("%+v", r)
	}
}

func TestNew(t *testing.T) {
	text := "Séoul – “talks” " + strings.Repeat("x", 80)
	tests := []struct {
		start, end int
		err        bool
		exact      string
		prefix     string
	}{
		{0, 5, false, "Séoul", ""},
		{8, 15, false, "“talks”", "Séoul – "},
		{0, 96, false, text, ""},
		{-1, 3, true, "", ""},
		{3, 3, true, "", ""},
		{4, 2, true, "", ""},
		{90, 97, true, "", ""},
		{97, 100, true, "", ""},
	}
	for _, tc := range tests {
		s, err := New(text, tc.start, tc.end)
		if tc.err {
			if !errors.Is(err, ErrBadSpan) {
				t.Errorf("[%d,%d): err %v, want ErrBadSpan", tc.start, tc.end, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("[%d,%d): %v", tc.start, tc.end, err)
		}
		if s.Exact != tc.exact || s.Prefix != tc.prefix || s.Start != tc.start || s.End != tc.end {
			t.Errorf("[%d,%d): %+v", tc.start, tc.end, s)
		}
		d2, err := NewDoc(text).Select(tc.start, tc.end)
		if err != nil || d2 != s {
			t.Errorf("Select differs: %+v %v", d2, err)
		}
	}
	s, _ := New(text, 40, 41)
	if n := len([]rune(s.Prefix)); n != ContextLen {
		t.Errorf("prefix of %d runes", n)
	}
	if n := len([]rune(s.Suffix)); n != ContextLen {
		t.Errorf("suffix of %d runes", n)
	}
	if _, err := NewDoc("abc").Select(1, 4); !errors.Is(err, ErrBadSpan) {
		t.Errorf("Select past the end: %v", err)
	}
}

func TestDoc(t *testing.T) {
	d := NewDoc("naïve café")
	if d.Len() != 10 {
		t.Fatalf("Len %d", d.Len())
	}
	tests := []struct {
		start, end int
		want       string
	}{
		{0, 5, "naïve"}, {6, 10, "café"}, {-3, 2, "na"}, {8, 99, "fé"}, {5, 5, ""}, {7, 3, ""}, {99, 100, ""},
	}
	for _, tc := range tests {
		if got := d.Slice(tc.start, tc.end); got != tc.want {
			t.Errorf("Slice(%d,%d) = %q, want %q", tc.start, tc.end, got, tc.want)
		}
	}
	if NewDoc("").Len() != 0 || NewDoc("").Slice(0, 1) != "" {
		t.Error("empty doc")
	}
}

func TestFind(t *testing.T) {
	text := "He said “we will talk”.\n\nThen he\n   said it again: we will talk."
	tests := []struct {
		quote      string
		start, end int
		err        error
	}{
		{"Then he", 25, 32, nil},
		{"we will talk", 0, 0, ErrAmbiguous},
		{"he said it AGAIN", 0, 0, ErrNotFound},
		{"then he", 0, 0, ErrNotFound},   // case matters
		{"Then he said it", 25, 43, nil}, // white space folded
		{"  Then  he said it ", 25, 43, nil},
		{`"we will talk"`, 8, 22, nil}, // straight for curly quotes
		{"", 0, 0, ErrNotFound},
		{"   ", 0, 0, ErrNotFound},
		{"absent words", 0, 0, ErrNotFound},
	}
	for _, tc := range tests {
		s, e, err := Find(text, tc.quote)
		if tc.err != nil {
			if !errors.Is(err, tc.err) {
				t.Errorf("%q: err %v, want %v", tc.quote, err, tc.err)
			}
			continue
		}
		if err != nil || s != tc.start || e != tc.end {
			t.Errorf("%q: [%d,%d) %v, want [%d,%d)", tc.quote, s, e, err, tc.start, tc.end)
		}
	}
	_, _, err := Find(text, "we will talk")
	if err == nil || !strings.Contains(err.Error(), "2 occurrences") {
		t.Errorf("ambiguity count missing: %v", err)
	}
}

// A Doc is shared by goroutines anchoring at once (its piece index is built
// on first use, by whichever comes first).
func TestDocConcurrent(t *testing.T) {
	text, sels := benchArticle(t)
	neu := "A new lead paragraph.\n\n" + typoInEach(text, sels[:50])
	d := NewDoc(neu)
	want := make([]Result, len(sels))
	alone := NewDoc(neu)
	for i, s := range sels {
		want[i] = alone.Anchor(s)
	}
	done := make(chan error, 4)
	for w := 0; w < 4; w++ {
		go func() {
			for i := range sels {
				if got := d.Anchor(sels[(i+w*37)%len(sels)]); got != want[(i+w*37)%len(sels)] {
					done <- fmt.Errorf("selector %d: %+v, alone %+v", (i+w*37)%len(sels), got, want[(i+w*37)%len(sels)])
					return
				}
			}
			done <- nil
		}()
	}
	for w := 0; w < 4; w++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// A long highlight whose end was rewritten keeps its place, flagged fuzzy;
// a short one in the same situation is orphaned (too little of it is left
// to be sure).
func TestAnchorSpanSplitByEdit(t *testing.T) {
	long := "The two sides disagree on the sequencing of sanctions relief and on who would verify the dismantling"
	neu := strings.Replace(story, "verify the dismantling of the enrichment site", "inspect the site", 1)
	r := Reanchor(neu, mustSel(t, story, long, 0))
	at := runeIndex(t, neu, "The two sides", 0)
	if r.Status != Fuzzy || r.Start != at || !strings.HasPrefix(r.Exact, "The two sides disagree") || !strings.Contains(r.Exact, "would inspect") {
		t.Errorf("long span: %+v", r)
	}
	short := "verify the dismantling"
	if r := Reanchor(neu, mustSel(t, story, short, 0)); r.Status != Orphaned {
		t.Errorf("short span: %+v", r)
	}
	// Typographic quotes replaced throughout, the highlight among them.
	q := "“We are closer than we have been in a year,”"
	curly := strings.NewReplacer(`"We`, "“We", `year,"`, "year,”").Replace(story)
	r = Reanchor(story, mustSel(t, curly, q, 0))
	if r.Status != Fuzzy || r.Exact != `"We are closer than we have been in a year,"` || r.Distance != 2 {
		t.Errorf("quotes straightened: %+v", r)
	}
}
