package quotes

import (
	"reflect"
	"testing"
)

// FuzzFind checks Find's guarantees on arbitrary text: no panic, spans in
// order, non-overlapping, inside the text and matching Text, and the same
// result after another text (the finder's tables are pooled).
func FuzzFind(f *testing.F) {
	other := "“Ships are moving,” said Pieter Dahl, the transport minister. Officials at the port said the convoys were “on schedule”."
	for _, s := range []string{
		"“We continue to hope,” Ambassador Sung Kim said in Seoul on Monday.",
		"“A,” she said. “B.”\n\n“C\n\n“D.”",
		"‘The numbers are a fantasy,’ said Margaret Osei. ‘Everyone knows it.’",
		`"It's a 'buy the rumor' market," said Sofia Marchetti.`,
		"The country should “especially” be “fully prepared for confrontation,” the KCNA statement continued.",
		"Korea’s ’90s rock ’n’ roll, the Koreas’ gap, students' union",
		"“unclosed\n\n“still open", "„German“ «French» ”odd”", "''\"\"‘’“”", "Mr. Kim said: “", "\r\n\r\n“x”",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		res := Find(text)
		// invalid UTF-8 bytes become U+FFFD runes; the guarantees hold
		// on the rune view of the text
		r := []rune(text)
		prev := 0
		for i, q := range res.Quotes {
			if q.Start < prev || q.End <= q.Start || q.End > len(r) {
				t.Fatalf("quote %d span [%d,%d) bad (len %d, prev %d)", i, q.Start, q.End, len(r), prev)
			}
			if string(r[q.Start:q.End]) != q.Text {
				t.Fatalf("quote %d Text mismatch", i)
			}
			prev = q.End
		}
		Find(other)
		if again := Find(text); !reflect.DeepEqual(again, res) {
			t.Fatalf("found differently after another text:\n%+v\n%+v", res, again)
		}
	})
}
