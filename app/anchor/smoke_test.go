package anchor

import "testing"

func TestSmoke(t *testing.T) {
	text := "The quick brown fox jumps over the lazy dog. The dog sleeps."
	s, err := New(text, 10, 19)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", s)
	for _, nt := range []string{
		text,
		"Yesterday, " + text,
		"The quick brown fax jumps over the lazy dog. The dog sleeps.",
		"The quick red dog sleeps.",
	} {
		t.Logf("%+v", Reanchor(nt, s))
	}
}
