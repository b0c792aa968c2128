package wikilink

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRewrite(t *testing.T) {
	tests := []struct {
		name          string
		src, old, new string
		want          string
		n             int
	}{
		{"plain", "See [[Seoul]].", "Seoul", "Seoul City", "See [[Seoul City]].", 1},
		{"case and accents", "[[séoul]] [[SEOUL]] [[Seoul]]", "Seoul", "Séoul", "[[Séoul]] [[Séoul]] [[Séoul]]", 3},
		{"already new text not counted", "[[Séoul]] [[Seoul]]", "Seoul", "Séoul", "[[Séoul]] [[Séoul]]", 1},
		{"heading kept", "[[Seoul#History]]", "seoul", "Hanyang", "[[Hanyang#History]]", 1},
		{"label kept", "[[Seoul|the capital]]", "Seoul", "Hanyang", "[[Hanyang|the capital]]", 1},
		{"heading and label kept", "[[ Seoul # History | then ]]", "Seoul", "Hanyang", "[[ Hanyang # History | then ]]", 1},
		{"embed kept", "![[Seoul]]", "Seoul", "Hanyang", "![[Hanyang]]", 1},
		{"escaped table pipe kept", `| [[Seoul\|S]] |`, "Seoul", "Hanyang", `| [[Hanyang\|S]] |`, 1},
		{"white space in old title", "[[Kim  Jong Un]]", "kim jong un", "Kim Jong-un", "[[Kim Jong-un]]", 1},
		{"new title trimmed", "[[A]]", "A", "  B  ", "[[B]]", 1},
		{"other links untouched", "[[Seoul]] [[Seoul Station]] [[Busan]]", "Seoul", "X", "[[X]] [[Seoul Station]] [[Busan]]", 1},
		{"label equal to old title untouched", "[[Busan|Seoul]]", "Seoul", "X", "[[Busan|Seoul]]", 0},
		{"code span untouched", "`[[Seoul]]` [[Seoul]]", "Seoul", "X", "`[[Seoul]]` [[X]]", 1},
		{"fence untouched", "```\n[[Seoul]]\n```\n[[Seoul]]", "Seoul", "X", "```\n[[Seoul]]\n```\n[[X]]", 1},
		{"indented code untouched", "    [[Seoul]]\n\n[[Seoul]]", "Seoul", "X", "    [[Seoul]]\n\n[[X]]", 1},
		{"comment untouched", "x <!-- [[Seoul]] --> [[Seoul]]", "Seoul", "X", "x <!-- [[Seoul]] --> [[X]]", 1},
		{"html block line untouched", "<!-- c --> [[Seoul]]", "Seoul", "X", "<!-- c --> [[Seoul]]", 0},
		{"plain text untouched", "Seoul [Seoul] \\[[Seoul]]", "Seoul", "X", "Seoul [Seoul] \\[[Seoul]]", 0},
		{"unicode", "[[평양]]과 [[Pyongyang]]", "평양", "Pyongyang", "[[Pyongyang]]과 [[Pyongyang]]", 1},
		{"many", strings.Repeat("[[a]] ", 3), "A", "b", strings.Repeat("[[b]] ", 3), 3},
		{"same title", "[[A]]", "A", "A", "[[A]]", 0},
		{"empty old", "[[A]]", " ", "B", "[[A]]", 0},
		{"invalid new", "[[A]]", "A", "B|C", "[[A]]", 0},
		{"empty new", "[[A]]", "A", "", "[[A]]", 0},
		{"no links", "text", "A", "B", "text", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, n := Rewrite(tt.src, tt.old, tt.new)
			if g != tt.want || n != tt.n {
				t.Errorf("Rewrite(%q, %q, %q) = %q, %d; want %q, %d", tt.src, tt.old, tt.new, g, n, tt.want, tt.n)
			}
		})
	}
}

func TestRewriteRoundTrip(t *testing.T) {
	src := "# Notes on [[Seoul]]\n\n- [[Seoul#Mayor|mayor]] met ![[Seoul]]\n\n```\n[[Seoul]]\n```\n"
	mid, n := Rewrite(src, "Seoul", "Hanyang")
	if n != 3 {
		t.Fatalf("rewrote %d links, want 3", n)
	}
	back, m := Rewrite(mid, "Hanyang", "Seoul")
	if back != src || m != 3 {
		t.Errorf("round trip = %q (%d), want %q", back, m, src)
	}
}

func TestContext(t *testing.T) {
	src := "first line\n  - see [[Seoul]] today  \r\nlast"
	off := strings.Index(src, "[[")
	if g, w := Context(src, off), "- see [[Seoul]] today"; g != w {
		t.Errorf("Context = %q, want %q", g, w)
	}
	if g := Context(src, 0); g != "first line" {
		t.Errorf("Context(0) = %q", g)
	}
	if g := Context(src, len(src)); g != "last" {
		t.Errorf("Context(end) = %q", g)
	}
	for _, off := range []int{-5, 1 << 20} {
		_ = Context(src, off) // clamped, no panic
	}
	if g := Context("", 0); g != "" {
		t.Errorf("Context of empty = %q", g)
	}

	// A long line is cut around the link, at spaces, with ellipses.
	long := strings.Repeat("ipsum dolor ", 40) + "[[Pyongyang]]" + strings.Repeat(" sit amet", 40)
	off = strings.Index(long, "[[")
	g := Context(long, off)
	if n := utf8.RuneCountInString(g); n > contextRunes+2 || n < contextRunes/2 {
		t.Errorf("long Context has %d runes: %q", n, g)
	}
	if !strings.Contains(g, "[[Pyongyang]]") || !strings.HasPrefix(g, "…") || !strings.HasSuffix(g, "…") {
		t.Errorf("long Context = %q", g)
	}
	if strings.HasPrefix(g, "…psum") || strings.HasPrefix(g, "… ") {
		t.Errorf("long Context not cut at a space: %q", g)
	}
	// Near the end of a long line the window shifts left.
	end := strings.Repeat("한국어 문장 ", 60) + "[[평양]]"
	g = Context(end, strings.Index(end, "[["))
	if !strings.HasSuffix(g, "[[평양]]") || !strings.HasPrefix(g, "…") || utf8.RuneCountInString(g) < contextRunes/2 {
		t.Errorf("Context at end of long line = %q", g)
	}
	// Offsets inside a rune are fine.
	_ = Context(end, strings.Index(end, "[[")+len("[[")+1)
}
