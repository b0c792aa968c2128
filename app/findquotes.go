package app

import (
	"slices"
	"strings"
	"unicode/utf8"

	"dossier/app/quotes"
)

// findChunk is the size of the pieces a very long text is searched in for
// quotations. The finder's tables take about thirty times the text's size,
// so a 20 MB file at once would need 600 MB; in pieces the memory is
// bounded, and only a "he said" whose speaker was named in the previous
// piece, a megabyte earlier, goes unattributed.
const findChunk = 1 << 20

// findQuotes runs the quote finder on text, in pieces of about findChunk
// bytes cut at paragraph (else sentence, else word) boundaries when the
// text is longer than two pieces. Offsets are those of the whole text.
func findQuotes(text string) quotes.Result {
	if len(text) <= 2*findChunk {
		return quotes.Find(text)
	}
	var res quotes.Result
	seen := map[string]int{}
	base := 0 // rune offset of the piece
	for len(text) > 0 {
		n := len(text)
		if n > findChunk+findChunk/2 {
			n = cutPoint(text, findChunk)
		}
		piece := text[:n]
		r := quotes.Find(piece)
		for _, q := range r.Quotes {
			q.Start += base
			q.End += base
			res.Quotes = append(res.Quotes, q)
		}
		for _, p := range r.People {
			i, ok := seen[p.Name]
			if !ok {
				seen[p.Name] = len(res.People)
				res.People = append(res.People, p)
				continue
			}
			for _, a := range p.Aliases {
				if !slices.Contains(res.People[i].Aliases, a) {
					res.People[i].Aliases = append(res.People[i].Aliases, a)
				}
			}
		}
		base += utf8.RuneCountInString(piece)
		text = text[n:]
	}
	return res
}

// cutPoint is where to end a piece of about size bytes: after the last
// paragraph break before size, else after the last sentence end, else
// after the last space, else at a rune boundary.
func cutPoint(text string, size int) int {
	head := text[:size]
	if i := strings.LastIndex(head, ParagraphSep); i > size/2 {
		return i + len(ParagraphSep)
	}
	for _, end := range []string{". ", "? ", "! ", ".” ", "?” "} {
		if i := strings.LastIndex(head, end); i > size/2 {
			return i + len(end)
		}
	}
	if i := strings.LastIndexByte(head, ' '); i > size/2 {
		return i + 1
	}
	for size > 0 && !utf8.RuneStart(text[size]) {
		size--
	}
	return size
}
