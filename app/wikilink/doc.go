// Package wikilink parses, rewrites and renders the [[wiki links]] of
// Dossier's Markdown notes.
//
// A link is written [[Title]], [[Title#Heading]], [[Title|Label]] or
// [[Title#Heading|Label]]; ![[...]] embeds a page, a quote ("quote:ID") or an
// annotation ("annotation:ID"). Links are recognised the way the goldmark
// extension in this package renders them: left to right, never inside code
// spans, fenced or indented code blocks, HTML comments or raw HTML blocks,
// never across a line break, and not after an escaping backslash (\[[).
// Inside GFM tables write the label separator as \| ([[Title\|Label]]).
//
// Parse uses a small scanner of its own (fast enough to index every note on
// save) rather than goldmark; a randomized test checks that the two agree.
// They may still differ on exotic input: tabs inside nested quotes and list
// items, link reference definitions, and table rows, which goldmark splits
// at '|' before it looks for links.
//
// Titles resolve by Key: case folded, accents stripped, whitespace collapsed,
// so [[séoul]] and [[Seoul]] point at the same page.
//
// All offsets in this package are byte offsets into the Markdown source.
package wikilink
