package wikilink

import (
	"reflect"
	"testing"
)

// texts returns the source text of each span.
func texts(src string, spans [][2]int) []string {
	var out []string
	for _, s := range spans {
		out = append(out, src[s[0]:s[1]])
	}
	return out
}

func TestMentions(t *testing.T) {
	tests := []struct {
		name, src, title string
		want             []string
	}{
		{"plain", "Talks in Seoul today.", "Seoul", []string{"Seoul"}},
		{"case", "SEOUL and seoul", "Seoul", []string{"SEOUL", "seoul"}},
		{"accent in text", "Séoul, Seoul", "seoul", []string{"Séoul", "Seoul"}},
		{"accent in title", "Seoul", "Séoul", []string{"Seoul"}},
		{"decomposed accent", "Se\u0301oul!", "Séoul", []string{"Se\u0301oul"}},
		{"multi-word", "leader Kim Jong Un said", "Kim Jong Un", []string{"Kim Jong Un"}},
		{"white space differs", "Kim  Jong\u00a0Un said", "Kim Jong Un", []string{"Kim  Jong\u00a0Un"}},
		{"not across lines", "Kim Jong\nUn", "Kim Jong Un", nil},
		{"whole words only", "Seoulite Seouls ASeoul Seoul_x", "Seoul", nil},
		{"punctuation boundaries", "(Seoul), Seoul's \"Seoul\"", "Seoul", []string{"Seoul", "Seoul", "Seoul"}},
		{"hyphenated title", "Moon Chung-in, not Moon Chung", "Moon Chung-in", []string{"Moon Chung-in"}},
		{"sharp s", "die Strasse und die Straße", "Straße", []string{"Strasse", "Straße"}},
		{"not half a sharp s", "Straße", "Stras", nil},
		{"inside link", "[[Seoul]] [[Busan|Seoul]] Seoul", "Seoul", []string{"Seoul"}},
		{"embed", "![[Seoul]]", "Seoul", nil},
		{"code span", "`Seoul` Seoul", "Seoul", []string{"Seoul"}},
		{"fenced code", "```\nSeoul\n```\nSeoul", "Seoul", []string{"Seoul"}},
		{"indented code", "    Seoul\n\nSeoul", "Seoul", []string{"Seoul"}},
		{"html comment", "x <!-- Seoul --> Seoul", "Seoul", []string{"Seoul"}},
		{"html tag attribute", `<span title="Seoul">Seoul</span>`, "Seoul", []string{"Seoul"}},
		{"markdown link", "[Seoul](https://seoul.go.kr) Seoul", "Seoul", []string{"Seoul"}},
		{"image alt", "![Seoul](s.png) Seoul", "Seoul", []string{"Seoul"}},
		{"autolink", "<https://seoul.go.kr> Seoul", "Seoul", []string{"Seoul"}},
		{"bare url", "see https://example.com/seoul/news and www.seoul.go.kr. Seoul", "Seoul", []string{"Seoul"}},
		{"heading and list", "# Seoul\n- Seoul", "Seoul", []string{"Seoul", "Seoul"}},
		{"hangul with particle", "평양에서 평양은 북평양", "평양", []string{"평양", "평양", "평양"}},
		{"han", "金正恩委员长", "金正恩", []string{"金正恩"}},
		{"latin title next to hangul", "Seoul시", "Seoul", nil},
		{"empty title", "Seoul", " ", nil},
		{"ascii fast reject", "nothing here", "Seoul", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := texts(tt.src, Mentions(tt.src, tt.title))
			if !reflect.DeepEqual(g, tt.want) {
				t.Errorf("Mentions(%q, %q) = %q, want %q", tt.src, tt.title, g, tt.want)
			}
		})
	}
}

func TestLinkMention(t *testing.T) {
	tests := []struct {
		name, src, title string
		want             string
	}{
		{"same text", "Talks in Seoul today.", "Seoul", "Talks in [[Seoul]] today."},
		{"different text", "Talks in SEOUL today.", "Seoul", "Talks in [[Seoul|SEOUL]] today."},
		{"accented title", "in Seoul", "Séoul", "in [[Séoul|Seoul]]"},
		{"after bang", "Wow!Seoul", "Seoul", `Wow\![[Seoul]]`},
		{"after escaped bang", `Wow\!Seoul`, "Seoul", `Wow\![[Seoul]]`},
		{"in brackets", "hope that [Seoul] will", "Seoul", `hope that \[[[Seoul]]] will`},
		{"after backslash", `a\Seoul`, "Seoul", `a\\[[Seoul]]`},
		{"after escaped backslash", `a\\Seoul`, "Seoul", `a\\[[Seoul]]`},
		{"start of text", "Seoul is", "Seoul", "[[Seoul]] is"},
		{"end of text", "to Seoul", "Seoul", "to [[Seoul]]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := Mentions(tt.src, tt.title)
			if len(spans) != 1 {
				t.Fatalf("Mentions(%q, %q) = %v, want one", tt.src, tt.title, spans)
			}
			g := LinkMention(tt.src, spans[0][0], spans[0][1], tt.title)
			if g != tt.want {
				t.Errorf("LinkMention = %q, want %q", g, tt.want)
			}
			// The result holds exactly one link, to the title, and no
			// mention is left.
			links := Parse(g)
			if len(links) != 1 || links[0].Target != tt.title || links[0].Embed {
				t.Errorf("Parse(%q) = %+v", g, links)
			}
			if m := Mentions(g, tt.title); m != nil {
				t.Errorf("Mentions after linking = %v", texts(g, m))
			}
		})
	}
}

func TestLinkMentionRejects(t *testing.T) {
	src := "Kim Jong\nUn and é"
	for _, c := range []struct {
		start, end int
		title      string
	}{
		{-1, 3, "Kim"},
		{0, 100, "Kim"},
		{3, 3, "Kim"},
		{5, 2, "Kim"},
		{0, 11, "Kim Jong Un"},        // crosses a line
		{len(src) - 1, len(src), "e"}, // inside a rune
		{0, 3, "Kim|x"},               // invalid title
		{0, 3, ""},                    // empty title
	} {
		if g := LinkMention(src, c.start, c.end, c.title); g != src {
			t.Errorf("LinkMention(%d, %d, %q) = %q, want src unchanged", c.start, c.end, c.title, g)
		}
	}
	if g := LinkMention("a [x] b", 2, 5, "X"); g != "a [x] b" {
		t.Errorf("LinkMention over brackets = %q", g)
	}
}
