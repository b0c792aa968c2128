package wikilink

import "unicode"

// Link is one [[...]] occurrence in a Markdown source.
type Link struct {
	Target  string // page title (or "quote:ID" / "annotation:ID" for embeds), trimmed; "" for [[#Heading]] on the same page
	Heading string // after '#', "" when none
	Label   string // after '|', "" when none
	Embed   bool   // written ![[...]]
	Start   int    // byte offset of the link in the source, including ! and brackets
	End     int    // byte offset just after the closing "]]"
	Line    int    // 1-based line number of Start
}

// Parse returns every link in the Markdown source, in order, skipping links
// inside code spans, fenced and indented code blocks, HTML comments and raw
// HTML blocks. A link never spans lines; [[ ]] (no target and no heading),
// unclosed [[ and \[[ are not links; in [[a [[b]] only [[b]] is.
func Parse(src string) []Link {
	return scan(src, false).links
}

// Targets returns the distinct normalised keys (see Key) of the link targets,
// excluding embeds and same-page heading links, in order of first
// occurrence, for backlink indexing.
func Targets(src string) []string {
	s := scan(src, false)
	var out []string
	for _, l := range s.links {
		if l.Embed {
			continue
		}
		k := Key(l.Target)
		if k == "" || contains(out, k) {
			continue
		}
		out = append(out, k)
	}
	return out
}

// contains is a linear search: notes link to few distinct pages, so a map
// would cost more than it saves.
func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func isSpaceRune(r rune) bool { return unicode.IsSpace(r) }
