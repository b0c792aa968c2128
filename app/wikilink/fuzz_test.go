package wikilink

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are Markdown fragments that exercise the scanner's branches.
var fuzzSeeds = []string{
	"",
	"[[A]]",
	"![[quote:01HX#h|l]]",
	"[[ Title # Heading | Label ]] and [[B]]",
	"[[a [[b]] c]]",
	"[[[[x]]]]",
	"\\[[A]] \\![[B]] \\\\[[C]]",
	"`[[A]]` ``[[B]]`` `[[C]]",
	"```\n[[A]]\n```\n[[B]]",
	"~~~\n[[A]]",
	"- ```\n  [[A]]\n[[B]]",
	"> ```\n> [[A]]\n\n[[B]]",
	"    [[A]]\n\npara\n    [[B]]",
	"- a\n\n      [[A]]\n\n  [[B]]",
	"<!-- [[A]] --> x <!-- [[B]]\n-->",
	"<div>\n[[A]]\n\n[[B]]",
	"<script>\n[[A]]\n</script>\n[[B]]",
	"<span title=\"[[A]]\">[[B]]</span> <https://x/[[C]]> <a@b.c>",
	"[t](https://x/[[A]] \"[[B]]\") [see [[C]]](u) ![i [[D]]](p)",
	"| a | b |\n|---|---|\n| [[A\\|x]] | [[B|y]] |",
	"# [[A]]\nSetext [[B]]\n===\n***\n1. [[C]]\n2) [[D]]",
	"Séoul 평양에서 金正恩 Straße Kim Jong\u00a0Un",
	"a\r\n\r\n[[A]]\r\n",
	"[[A\nB]] [[ ]] [[|x]] [[#]] [[#h]]",
	"<!-->[[A]]<!--->[[B]]<?x [[C]] ?>",
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		links := Parse(src)
		prev := 0
		for i, l := range links {
			if l.Start < prev || l.End <= l.Start || l.End > len(src) {
				t.Fatalf("link %d span [%d,%d) out of order or range (prev end %d, len %d)", i, l.Start, l.End, prev, len(src))
			}
			prev = l.End
			text := src[l.Start:l.End]
			if l.Embed != strings.HasPrefix(text, "![[") || !l.Embed && !strings.HasPrefix(text, "[[") {
				t.Fatalf("link %d text %q, embed=%v", i, text, l.Embed)
			}
			if !strings.HasSuffix(text, "]]") || strings.ContainsAny(text, "\n\r") {
				t.Fatalf("link %d text %q", i, text)
			}
			if l.Target == "" && l.Heading == "" {
				t.Fatalf("link %d %q has neither target nor heading", i, text)
			}
			if l.Target != strings.TrimSpace(l.Target) || !strings.Contains(text, l.Target) {
				t.Fatalf("link %d %q: target %q", i, text, l.Target)
			}
			if want := 1 + strings.Count(src[:l.Start], "\n"); l.Line != want {
				t.Fatalf("link %d line %d, want %d", i, l.Line, want)
			}
		}
		if len(links) > 0 && !strings.Contains(src, "[[") {
			t.Fatal("links without [[")
		}
		_ = Targets(src)
	})
}

func FuzzRewrite(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "A", "Zed")
		f.Add(s, "a", "B")
	}
	f.Add("[[Séoul]] [[séoul#x|y]] ![[Séoul]]", "Séoul", "Hanyang (old)")
	f.Fuzz(func(t *testing.T, src, a, b string) {
		mid, n := Rewrite(src, a, b)
		if n == 0 && mid != src {
			t.Fatalf("no rewrite counted but source changed")
		}
		if n > len(Parse(src)) {
			t.Fatalf("rewrote %d links of %d", n, len(Parse(src)))
		}
		// Round trip: A→B→A restores src when A and B are valid, distinct
		// keys, B is not linked yet and every link to A is written as A.
		a, b = strings.TrimSpace(a), strings.TrimSpace(b)
		if ValidateTitle(a) != nil || ValidateTitle(b) != nil || Key(a) == Key(b) {
			return
		}
		ka, kb := Key(a), Key(b)
		links := Parse(src)
		want := 0
		for _, l := range links {
			switch Key(l.Target) {
			case kb:
				return
			case ka:
				if l.Target != a {
					return
				}
				if l.Start > 0 && src[l.Start-1] == '[' {
					return // a stray "[" before it may be escaped: no byte round trip
				}
				want++
			}
		}
		if n != want {
			t.Fatalf("Rewrite(%q, %q, %q) counted %d, want %d", src, a, b, n, want)
		}
		if got := len(Parse(mid)); got != len(links) {
			t.Fatalf("rewrite changed the number of links from %d to %d: %q", len(links), got, mid)
		}
		back, m := Rewrite(mid, b, a)
		if back != src || m != n {
			t.Fatalf("round trip of %q via %q→%q gave %q (%d, %d)", src, a, b, back, n, m)
		}
	})
}

func FuzzRender(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("[[<script>alert(1)</script>]] [[\"q\" & 'x']] [[a|]]b]] <script>x</script>")
	r := newResolver()
	f.Fuzz(func(t *testing.T, src string) {
		r.asked = r.asked[:0]
		out, err := Render(src, r)
		if err != nil {
			t.Fatalf("Render: %v", err)
		}
		if strings.Contains(strings.ToLower(out), "<script") {
			t.Fatalf("script element in output of %q: %s", src, out)
		}
		for _, l := range r.asked {
			if l.Start < 0 || l.End > len(src) || l.Start >= l.End || !strings.HasSuffix(src[l.Start:l.End], "]]") {
				t.Fatalf("resolver got a bad link %+v for %q", l, src)
			}
		}
	})
}

func FuzzMentions(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "A")
	}
	f.Add("Talks in Seoul, SÉOUL and [Seoul] and Wow!Seoul", "Seoul")
	f.Add("평양에서 Kim Jong\u00a0Un", "Kim Jong Un")
	f.Fuzz(func(t *testing.T, src, title string) {
		spans := Mentions(src, title)
		prev := 0
		for _, s := range spans {
			if s[0] < prev || s[1] <= s[0] || s[1] > len(src) {
				t.Fatalf("span %v out of order or range", s)
			}
			prev = s[1]
			m := src[s[0]:s[1]]
			if Key(m) != Key(title) || strings.Contains(m, "\n") {
				t.Fatalf("mention %q of %q", m, title)
			}
		}
		if len(spans) == 0 || ValidateTitle(title) != nil {
			return
		}
		s := spans[0]
		out := LinkMention(src, s[0], s[1], title)
		if out == src {
			return
		}
		// The new link is there, resolving to the title.
		found := false
		for _, l := range Parse(out) {
			if !l.Embed && Key(l.Target) == Key(title) && l.Start >= s[0] && l.Start <= s[0]+1 {
				found = true
			}
		}
		if !found {
			t.Fatalf("LinkMention(%q, %v, %q) = %q: no link to the title", src, s, title, out)
		}
	})
}

func FuzzKey(f *testing.F) {
	for _, s := range []string{"Séoul", "Straße", "İstanbul", "평양", "ガザ", " a\u00ad b ", "\u0301x", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		if k != strings.TrimSpace(k) || strings.Contains(k, "  ") {
			t.Fatalf("Key(%q) = %q not trimmed/collapsed", s, k)
		}
		if utf8.ValidString(s) && Key(k) != k {
			t.Fatalf("Key not idempotent: Key(%q) = %q, Key(%q) = %q", s, k, k, Key(k))
		}
		if kt := Key(strings.TrimSpace(s)); kt != k {
			t.Fatalf("Key(%q) = %q but Key of it trimmed = %q", s, k, kt)
		}
		if keyMatches(s, k) != true {
			t.Fatalf("keyMatches(%q, Key) = false", s)
		}
	})
}

// FuzzPlainText checks that PlainText never panics, returns valid UTF-8 for
// valid input and never grows the text much (it only takes syntax away).
func FuzzPlainText(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		out := PlainText(src)
		if utf8.ValidString(src) && !utf8.ValidString(out) {
			t.Fatalf("PlainText(%q) = %q: invalid UTF-8", src, out)
		}
		if len(out) > len(src)+len(src)/2+16 {
			t.Fatalf("PlainText(%q) = %q: longer than its source", src, out)
		}
	})
}
