package wikilink

import (
	"errors"
	"strings"
	"testing"
)

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Seoul", "seoul"},
		{"seoul", "seoul"},
		{"SEOUL", "seoul"},
		{"Séoul", "seoul"},
		{"Se\u0301oul", "seoul"}, // decomposed accent
		{"  Kim   Jong\tUn \n", "kim jong un"},
		{"Kim\u00a0Jong\u2003Un", "kim jong un"}, // no-break and em spaces
		{"Moon Chung-in", "moon chung-in"},
		{"Pyongyang", "pyongyang"},
		{"Straße", "strasse"},
		{"ΣΊΣΥΦΟΣ", "σισυφοσ"},
		{"Ёлка", "елка"},
		{"İstanbul", "istanbul"},
		{"Nguyễn Phú Trọng", "nguyen phu trong"},
		{"\u212Aelvin", "kelvin"}, // Kelvin sign
		{"Pyong\u00adyang", "pyongyang"},
		{"Pyong\u200b yang", "pyong yang"},
		{"평양", "평양"},
		{"김정은 위원장", "김정은 위원장"},
		{"金正恩", "金正恩"},
		{"ガザ", "ガザ"}, // voiced kana keep their voicing
		{"がか", "がか"},
		{"", ""},
		{"   ", ""},
		{"a", "a"},
	}
	for _, tt := range tests {
		if g := Key(tt.in); g != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, g, tt.want)
		}
	}
	if Key("ガザ") == Key("カサ") {
		t.Error("Key conflates kana with their voiced forms")
	}
}

func TestKeyIdempotent(t *testing.T) {
	for _, s := range []string{"Séoul", "Straße", "  A  b ", "İstanbul", "평양 시", "ǅemal", "ﬁnance"} {
		k := Key(s)
		if Key(k) != k {
			t.Errorf("Key(Key(%q)) = %q, want %q", s, Key(k), k)
		}
	}
}

func TestKeyMatches(t *testing.T) {
	for _, s := range []string{"Kim Jong Un", "kim  jong un", " KIM JONG UN ", "Kim Jong", "Kim Jong Unn", "Séoul", "", " "} {
		for _, k := range []string{"kim jong un", "seoul", ""} {
			if g, w := keyMatches(s, k), Key(s) == k; g != w {
				t.Errorf("keyMatches(%q, %q) = %v, want %v", s, k, g, w)
			}
		}
	}
}

func TestKeyASCIINoAlloc(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { Key("kim jong un") }); n != 0 {
		t.Errorf("Key of an already normalised title allocates %v times", n)
	}
}

func TestValidateTitle(t *testing.T) {
	tests := []struct {
		title  string
		ok     bool
		reason string
	}{
		{"Kim Jong Un", true, ""},
		{"Moon Chung-in", true, ""},
		{"Séoul", true, ""},
		{"평양", true, ""},
		{"[Draft] Sanctions", true, ""},
		{"US–China talks (2019)", true, ""},
		{strings.Repeat("é", 200), true, ""},
		{"", false, "empty"},
		{" \t ", false, "empty"},
		{strings.Repeat("é", 201), false, "201 characters"},
		{"a[[b", false, `"[["`},
		{"a]]b", false, `"]]"`},
		{"a|b", false, `"|"`},
		{"#MeToo", false, `"#"`},
		{"a`b", false, "\"`\""},
		{"a\nb", false, "control character"},
		{"a\x00b", false, "control character"},
		{"a\u202eb", false, "control character"},
		{"a\u2028b", false, "control character"},
		{"a<b", false, `"<"`},
		{"a->b", false, `">"`},
		{"Plan B)", false, "parentheses"},
		{"Plan (B", false, "parentheses"},
		{")(", false, "parentheses"},
		{"Korean War (1950–53)", true, ""},
		{"Notes]", false, "ends with"},
		{`C:\`, false, "ends with"},
		{"\u0301", false, "no visible"},
		{"a\xffb", false, "UTF-8"},
	}
	for _, tt := range tests {
		err := ValidateTitle(tt.title)
		if tt.ok {
			if err != nil {
				t.Errorf("ValidateTitle(%q) = %v, want nil", tt.title, err)
			}
			continue
		}
		if err == nil {
			t.Errorf("ValidateTitle(%q) = nil, want an error about %s", tt.title, tt.reason)
			continue
		}
		if !errors.Is(err, ErrBadTitle) {
			t.Errorf("ValidateTitle(%q) = %v, does not wrap ErrBadTitle", tt.title, err)
		}
		if !strings.Contains(err.Error(), tt.reason) {
			t.Errorf("ValidateTitle(%q) = %v, want the reason %s", tt.title, err, tt.reason)
		}
	}
}

// A valid title written as [[title]] must parse back to itself.
func TestValidTitlesRoundTrip(t *testing.T) {
	for _, title := range []string{"Kim Jong Un", "[Draft] Sanctions", "a]b", "!bang", "x\\y", "a -- b", "*x*", "f(x)", "\"q\""} {
		if err := ValidateTitle(title); err != nil {
			t.Fatalf("ValidateTitle(%q): %v", title, err)
		}
		for _, src := range []string{"[[" + title + "]]", "x [[" + title + "|label]] y", "![[" + title + "#h]]"} {
			links := Parse(src)
			if len(links) != 1 || links[0].Target != title {
				t.Errorf("Parse(%q) = %+v, want target %q", src, links, title)
			}
		}
	}
}

func TestLatinFastPath(t *testing.T) {
	var f folder
	for r := rune(0xC0); r <= 0x17F; r++ {
		u := string(r)
		want := string(f.slowUnit(nil, u))
		if got, ok := latinUnit(nil, r); ok && string(got) != want {
			t.Errorf("%U %s: fast %q, slow %q", r, u, got, want)
		}
	}
}

// A link whose old target starts with "[" may sit right after a literal
// "[": the rename escapes that bracket so the link keeps its new target.
func TestRewriteStrayBracket(t *testing.T) {
	for _, c := range []struct{ src, old, new, want, target string }{
		{"[[[[]]", "[", "0", `\[[[0]]`, "0"},
		{"x [[[[Draft] A]] y", "[Draft] A", "B", `x \[[[B]] y`, "B"},
		{`\[[[[Draft] A]]`, "[Draft] A", "B", `\[[[B]]`, "B"},
		{"[[[[Draft] A]]", "[Draft] A", "[Final] A", "[[[[Final] A]]", "[Final] A"},
	} {
		got, n := Rewrite(c.src, c.old, c.new)
		if got != c.want || n != 1 {
			t.Errorf("Rewrite(%q, %q, %q) = %q, %d; want %q, 1", c.src, c.old, c.new, got, n, c.want)
		}
		if l := Parse(got); len(l) != 1 || l[0].Target != c.target {
			t.Errorf("%q parses as %+v; want one link to %q", got, l, c.target)
		}
	}
}
