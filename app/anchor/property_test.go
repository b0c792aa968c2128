package anchor

import (
	"fmt"
	"os"
	"strconv"
	"testing"
)

// propCases is the number of random cases per property: 10,000, or
// $ANCHOR_PROP_CASES for a longer run.
func propCases() int {
	if n, err := strconv.Atoi(os.Getenv("ANCHOR_PROP_CASES")); err == nil && n > 0 {
		return n
	}
	return 10000
}

// propSeed is the generator seed: fixed, or $ANCHOR_PROP_SEED.
func propSeed(base uint64) uint64 {
	if n, err := strconv.ParseUint(os.Getenv("ANCHOR_PROP_SEED"), 10, 64); err == nil {
		return base + n*1000
	}
	return base
}

// caseText returns the text for case i, renewed every few cases.
type caseTexts struct {
	g     *textGen
	text  string
	runes []rune
}

func (c *caseTexts) next(i int) {
	if i%20 == 0 || c.runes == nil {
		c.text = c.g.text(20 + c.g.r.IntN(900))
		c.runes = []rune(c.text)
	}
}

func describe(old []rune, s Selector, e edit, r Result) string {
	return fmt.Sprintf("span [%d,%d) %q\n  prefix %q\n  suffix %q\n  edit at %d del %d (%q) ins %q\n  got %+v",
		s.Start, s.End, s.Exact, s.Prefix, s.Suffix, e.Pos, e.Del, string(old[e.Pos:e.Pos+e.Del]), e.Ins, r)
}

// (a) Edits entirely outside the span: the same text, always.
func TestPropertyEditOutside(t *testing.T) {
	c := &caseTexts{g: newTextGen(propSeed(1))}
	n, textOK, posOK, exact, moved := 0, 0, 0, 0, 0
	for i := 0; n < propCases(); i++ {
		c.next(i)
		a, b, ok := c.g.span(c.runes, 1)
		if !ok {
			continue
		}
		s, err := New(c.text, a, b)
		if err != nil {
			t.Fatal(err)
		}
		e, _ := c.g.outside(c.runes, a, b)
		neu := e.apply(c.runes)
		r := Reanchor(string(neu), s)
		n++
		if (r.Status == Exact || r.Status == Moved) && r.Exact == s.Exact {
			textOK++
		} else {
			if n-textOK <= 10 {
				t.Errorf("lost: %s", describe(c.runes, s, e, r))
			}
			continue
		}
		if r.Status == Exact {
			exact++
		} else {
			moved++
		}
		if explanations(c.runes, neu, e, a, b)[r.Start] {
			posOK++
		} else if n-posOK-(n-textOK) <= 10 {
			t.Errorf("misplaced: %s", describe(c.runes, s, e, r))
		}
	}
	t.Logf("(a) %d edits outside the span: same text %.2f%%, same place %.2f%% (exact %d, moved %d)",
		n, pct(textOK, n), pct(posOK, n), exact, moved)
}

func pct(a, b int) float64 { return 100 * float64(a) / float64(b) }

// (b) One rune substituted, inserted or deleted inside a span of at least
// 10 runes: re-anchored over the edited passage.
func TestPropertyEditInside(t *testing.T) {
	c := &caseTexts{g: newTextGen(propSeed(2))}
	n, covered, equiv, near, lost, wrong := 0, 0, 0, 0, 0, 0
	for i := 0; n < propCases(); i++ {
		c.next(i)
		a, b, ok := c.g.span(c.runes, 10)
		if !ok {
			continue
		}
		s, err := New(c.text, a, b)
		if err != nil {
			t.Fatal(err)
		}
		e := c.g.inside(c.runes, a, b)
		neu := e.apply(c.runes)
		r := Reanchor(string(neu), s)
		n++
		delta := len([]rune(e.Ins)) - e.Del
		switch {
		case r.Status == Orphaned:
			lost++
			if lost <= 5 {
				t.Logf("orphaned: %s", describe(c.runes, s, e, r))
			}
		case r.Start == a && r.End == b+delta:
			covered++
			if r.Status != Fuzzy && r.Exact != s.Exact {
				t.Errorf("status %s for changed text: %s", r.Status, describe(c.runes, s, e, r))
			}
		case r.Exact == s.Exact && explanations(c.runes, neu, e, a, b)[r.Start]:
			// The edit can be read as one beside the span (deleting the
			// first of "ee" is deleting the rune before the span).
			equiv++
		case absInt(r.Start-a) <= 1 && absInt(r.End-(b+delta)) <= 1:
			near++
			if near <= 5 {
				t.Logf("off by one: %s", describe(c.runes, s, e, r))
			}
		default:
			wrong++
			if wrong <= 10 {
				t.Errorf("wrong place: %s", describe(c.runes, s, e, r))
			}
		}
	}
	t.Logf("(b) %d one-rune edits inside a span of >= 10 runes: covered exactly %.2f%%, equivalent reading %.2f%%, off by one rune %.2f%%, orphaned %.2f%%, elsewhere %d",
		n, pct(covered, n), pct(equiv, n), pct(near, n), pct(lost, n), wrong)
	if rate := pct(covered+equiv, n); rate < 99 {
		t.Errorf("re-anchored over the edited passage in %.2f%% of cases, want >= 99%%", rate)
	}
}

// (c) The annotated passage deleted (alone, or with some of its
// surroundings): orphaned, never attached to other words.
func TestPropertyDeleted(t *testing.T) {
	c := &caseTexts{g: newTextGen(propSeed(3))}
	n, orphans, equiv, twin, wrong := 0, 0, 0, 0, 0
	for i := 0; n < propCases(); i++ {
		c.next(i)
		a, b, ok := c.g.span(c.runes, 1)
		if !ok {
			continue
		}
		s, err := New(c.text, a, b)
		if err != nil {
			t.Fatal(err)
		}
		// Delete the span, or the span and up to a sentence either side.
		e := edit{Pos: a, Del: b - a}
		if c.g.r.IntN(2) == 0 {
			lo := max(0, a-c.g.r.IntN(80))
			hi := min(len(c.runes), b+c.g.r.IntN(80))
			e = edit{Pos: lo, Del: hi - lo}
		}
		neu := e.apply(c.runes)
		r := Reanchor(string(neu), s)
		n++
		switch {
		case r.Status == Orphaned:
			orphans++
		case r.Status != Fuzzy && r.Exact == s.Exact && explanations(c.runes, neu, e, a, b)[r.Start]:
			// Deleting "cat " from "cat cat" may as well delete the second.
			equiv++
		case r.Status != Fuzzy && r.Exact == s.Exact && sameContextSide(neu, r, s):
			// Identical words with their whole prefix or suffix intact:
			// the deletion cannot be told from an edit beside the span.
			twin++
			if twin <= 3 {
				t.Logf("identical twin: %s", describe(c.runes, s, e, r))
			}
		default:
			wrong++
			if wrong <= 10 {
				t.Errorf("attached to other words: %s", describe(c.runes, s, e, r))
			}
		}
	}
	t.Logf("(c) %d deleted passages: orphaned %.2f%%, equivalent reading %.2f%%, identical words in identical context %.2f%%, wrong attachments %d",
		n, pct(orphans, n), pct(equiv, n), pct(twin, n), wrong)
}

// sameContextSide reports whether the text beside r holds the selector's
// whole prefix (reaching the text start if it was cut short there) or its
// whole suffix.
func sameContextSide(text []rune, r Result, s Selector) bool {
	p, q := []rune(s.Prefix), []rune(s.Suffix)
	if r.Start >= len(p) && string(text[r.Start-len(p):r.Start]) == s.Prefix && (len(p) == ContextLen || r.Start == len(p)) {
		return true
	}
	return r.End+len(q) <= len(text) && string(text[r.End:r.End+len(q)]) == s.Suffix && (len(q) == ContextLen || r.End+len(q) == len(text))
}

// Several edits anywhere (the realistic case of an article revised between
// two saves). Every rune remembers where it came from, so the truth is
// known: an annotation that survives must be found over its surviving
// runes, and an attachment that covers none of them is wrong (unless it
// is to identical text with an identical context side, see (c)).
func TestPropertyManyEdits(t *testing.T) {
	c := &caseTexts{g: newTextGen(propSeed(4))}
	type cell struct {
		r    rune
		orig int
	}
	n, untouched, kept, touched, found, gone, orphaned, wrong := 0, 0, 0, 0, 0, 0, 0, 0
	for i := 0; n < propCases()/5; i++ {
		c.next(i)
		a, b, ok := c.g.span(c.runes, 1)
		if !ok {
			continue
		}
		s, err := New(c.text, a, b)
		if err != nil {
			t.Fatal(err)
		}
		cells := make([]cell, len(c.runes))
		for j, r := range c.runes {
			cells[j] = cell{r, j}
		}
		for range 2 + c.g.r.IntN(7) {
			if len(cells) == 0 {
				break
			}
			pos := c.g.r.IntN(len(cells) + 1)
			del := 0
			if pos < len(cells) && c.g.r.IntN(2) == 0 {
				del = 1 + c.g.r.IntN(min(len(cells)-pos, []int{2, 20, 200}[c.g.r.IntN(3)]))
			}
			var ins []cell
			if del == 0 || c.g.r.IntN(2) == 0 {
				for _, r := range c.g.insertion() {
					ins = append(ins, cell{r, -1})
				}
			}
			cells = append(cells[:pos], append(ins, cells[pos+del:]...)...)
		}
		neu := make([]rune, len(cells))
		lo, hi, alive := -1, -1, 0
		for j, x := range cells {
			neu[j] = x.r
			if x.orig >= a && x.orig < b {
				if lo < 0 {
					lo = j
				}
				hi = j + 1
				alive++
			}
		}
		intact := alive == b-a && hi-lo == b-a
		r := Reanchor(string(neu), s)
		n++
		overlaps := r.Status != Orphaned && lo >= 0 && r.Start < hi && r.End > lo
		switch {
		case intact:
			untouched++
			if (r.Status == Exact || r.Status == Moved) && r.Start == lo {
				kept++
			} else if untouched-kept <= 3 {
				t.Logf("untouched span not kept: [%d,%d) %q prefix %q suffix %q\n  now [%d,%d) in %q\n  got %+v", a, b, s.Exact, s.Prefix, s.Suffix, lo, hi,
					string(neu[max(0, lo-40):min(len(neu), hi+40)]), r)
			}
		case alive > 0:
			touched++
			if overlaps {
				found++
			}
		default:
			gone++
			if r.Status == Orphaned {
				orphaned++
			}
		}
		if r.Status != Orphaned && !overlaps && !(r.Status != Fuzzy && r.Exact == s.Exact && sameContextSide(neu, r, s)) {
			wrong++
			if wrong <= 10 {
				t.Errorf("attached to other words: span [%d,%d) %q, surviving [%d,%d), got %+v", a, b, s.Exact, lo, hi, r)
			}
		}
	}
	t.Logf("many edits, %d cases: untouched spans kept in place %d/%d (%.2f%%); damaged spans found %d/%d (%.2f%%); deleted spans orphaned %d/%d; wrong attachments %d",
		n, kept, untouched, pct(kept, untouched), found, touched, pct(found, touched), orphaned, gone, wrong)
}
