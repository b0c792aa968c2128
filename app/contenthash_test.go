package app_test

import (
	"crypto/sha256"
	"encoding/hex"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"dossier/app"
)

// Stored libraries hold these hashes (duplicate detection compares them):
// they must never change.
func TestContentHashKnownAnswers(t *testing.T) {
	for _, c := range []struct {
		body []string
		want string
	}{
		{[]string{"“Hello,”  World —\tthe END.", "Second\u00a0paragraph ‘quoted’ „x“ «y» ÉCOLE İstanbul"}, "3f419cc4005f5d9c8d1ffa8afe32ab244591352c1d367569e6c425008d34997c"},
		{[]string{"ab\xffcd  \x85 Ω"}, "500ae0863b0684cabc4c3b92fbd3bc1b2e5f61a8bdc474ae253178ab58e08f84"},
		{nil, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
		{[]string{""}, "01ba4719c80b6fe911b091a7c05124b64eeece964e09c058ef8f9805daca546b"},
	} {
		if got := app.ContentHash(c.body); got != c.want {
			t.Errorf("ContentHash(%q) = %s; want %s", c.body, got, c.want)
		}
	}
}

// The hash ignores case, white space and quote style, and nothing else.
func TestContentHashNormalises(t *testing.T) {
	same := [][2]string{
		{"He said “no” – twice.", "he said \"NO\" - twice."},
		{"  a\t\nb  ", "a b"},
		{"‘x’ — „y“ «z»", "'x' - \"y\" \"z\""},
		{"ÉCOLE\u00a0Ω", "école ω"},
	}
	for _, s := range same {
		if app.ContentHash([]string{s[0]}) != app.ContentHash([]string{s[1]}) {
			t.Errorf("%q and %q hash differently", s[0], s[1])
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	runes := []rune("aB \t“”‘’–—é\u00a0\u2003Ω\xff.")
	for range 2000 {
		b := make([]rune, 1+r.IntN(12))
		for i := range b {
			b[i] = runes[r.IntN(len(runes))]
		}
		s := string(b)
		// A letter changed is another text.
		if i := strings.IndexFunc(s, unicode.IsLetter); i >= 0 && s[i] == 'a' {
			other := s[:i] + "z" + s[i+1:]
			if app.ContentHash([]string{s}) == app.ContentHash([]string{other}) {
				t.Fatalf("%q and %q hash alike", s, other)
			}
		}
	}
}

// refContentHash is ContentHash as first written (rune by rune), kept to
// check the faster one against on random text.
func refContentHash(body []string) string {
	h := sha256.New()
	var b strings.Builder
	for _, p := range body {
		b.Reset()
		space := false
		for _, r := range p {
			switch r {
			case '“', '”', '„', '«', '»':
				r = '"'
			case '‘', '’', '‚':
				r = '\''
			case '–', '—':
				r = '-'
			}
			if unicode.IsSpace(r) {
				space = true
				continue
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		}
		h.Write([]byte(b.String()))
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil))
}

func TestContentHashMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	runes := []rune("aZ \t\n\v\f\r“”„«»‘’‚–—é\u00a0\u0085\u2003ΩİK\xff.")
	for range 20000 {
		body := make([]string, r.IntN(3))
		for j := range body {
			b := make([]rune, r.IntN(16))
			for i := range b {
				b[i] = runes[r.IntN(len(runes))]
			}
			body[j] = string(b)
		}
		if got, want := app.ContentHash(body), refContentHash(body); got != want {
			t.Fatalf("ContentHash(%q) = %s; reference %s", body, got, want)
		}
	}
}
