package anchor

import (
	"math"
	"testing"
	"unicode/utf8"
)

// FuzzAnchor: a text, a span on it (or a hand-made selector when the span
// does not fit), one edit. No panic; the result lies inside the new text;
// Exact means the old position holds the exact text, Moved that the text
// is the exact text; an edit beside the span never loses it.
func FuzzAnchor(f *testing.F) {
	f.Add("The quick brown fox jumps over the lazy dog.", 10, 19, 0, 0, "Yesterday, ", "")
	f.Add("The quick brown fox jumps over the lazy dog.", 10, 19, 12, 1, "a", "")
	f.Add("The quick brown fox jumps over the lazy dog.", 10, 19, 4, 20, "", "")
	f.Add("a a a a a a a a", 4, 5, 0, 2, "", "")
	f.Add("", 0, 1, 0, 0, "text", "text")
	f.Add("ab\xffcd", 1, 3, 2, 1, "\xfe", "\xffc")
	f.Add("Séoul – “talks” 北京", 8, 15, 16, 0, " and ", "")
	f.Add("the the the the the", 4, 11, 0, 4, "", "")
	f.Add("the the the the the", math.MaxInt, math.MinInt, math.MaxInt, math.MinInt, "x", "the")
	f.Add("the the the the the", math.MinInt, math.MaxInt, 3, math.MaxInt, "x", "the the")
	f.Fuzz(func(t *testing.T, text string, start, end, pos, del int, ins, exact string) {
		if len(text) > 1<<14 || len(ins) > 1<<12 || len(exact) > 1<<12 {
			return
		}
		runes := []rune(text)
		s, err := New(text, start, end)
		made := err == nil
		if !made {
			s = Selector{Exact: exact, Prefix: text[:len(text)/3], Start: start, End: end}
		}
		pos = clampInt(pos, 0, len(runes))
		del = clampInt(del, 0, len(runes)-pos)
		e := edit{Pos: pos, Del: del, Ins: ins}
		neu := string(e.apply(runes))
		d := NewDoc(neu)
		r := d.Anchor(s)
		if r.Start < 0 || r.Start > r.End || r.End > d.Len() {
			t.Fatalf("result [%d,%d) outside a text of %d runes", r.Start, r.End, d.Len())
		}
		if r.Exact != d.Slice(r.Start, r.End) {
			t.Fatalf("Exact %q, text there %q", r.Exact, d.Slice(r.Start, r.End))
		}
		switch r.Status {
		case Exact:
			if r.Exact != s.Exact || r.Start != s.Start {
				t.Fatalf("exact %+v for %+v", r, s)
			}
		case Moved:
			if r.Exact != s.Exact {
				t.Fatalf("moved %+v for %+v", r, s)
			}
		case Fuzzy:
			if r.Start == r.End || r.Distance > utf8.RuneCountInString(s.Exact)/maxErrDiv {
				t.Fatalf("fuzzy %+v for %+v", r, s)
			}
		case Orphaned:
			if r != (Result{Status: Orphaned}) {
				t.Fatalf("orphan %+v", r)
			}
		default:
			t.Fatalf("status %q", r.Status)
		}
		// An edit beside the span (not inside it) keeps the very text.
		if made && (pos+del <= start || pos >= end) && (del > 0 || ins != "") {
			if (r.Status != Exact && r.Status != Moved) || r.Exact != s.Exact {
				t.Fatalf("edit outside the span lost it: %+v for %+v", r, s)
			}
		}
	})
}

// FuzzFind: no panic; a found passage lies inside the text and reads as the
// quote once white space and quotes are folded.
func FuzzFind(f *testing.F) {
	f.Add("He said “we will talk”.\n\nThen he\n   said it", "Then he said")
	f.Add("a a a", "a")
	f.Add("abc", "")
	f.Add("ab\xffcd", "\xffc")
	f.Add("  x  ", " x ")
	f.Fuzz(func(t *testing.T, text, quote string) {
		s, e, err := Find(text, quote)
		if err != nil {
			return
		}
		d := NewDoc(text)
		if s < 0 || s >= e || e > d.Len() {
			t.Fatalf("[%d,%d) outside %d runes", s, e, d.Len())
		}
		got, _ := normalize([]rune(d.Slice(s, e)))
		want, _ := normalize([]rune(string([]rune(quote))))
		if string(trimSpaceRunes(got)) != string(trimSpaceRunes(want)) {
			t.Fatalf("found %q for %q", d.Slice(s, e), quote)
		}
	})
}

func clampInt(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}
