// Package ingest turns files that analysts save (plain text, Markdown and
// HTML web pages) into a plain Document: metadata, body paragraphs,
// subheadings and photo captions.
//
// The package knows nothing about the rest of Dossier; it only depends on the
// standard library, golang.org/x/net/html, golang.org/x/text (encodings),
// goldmark, yaml.v3 and go-readability. Parse picks a parser by file
// extension and decodes the raw bytes first (UTF-8, UTF-16 with BOM,
// Windows-1252; for a web page also the encoding it declares, such as
// Shift_JIS, GBK, Big5, EUC-KR or KOI8-R); ParseText, ParseMarkdown and
// ParseHTML take already decoded text.
//
// Every paragraph is a single line of text: line endings are normalised,
// runs of newlines inside a paragraph become one space, and leading and
// trailing white space is trimmed. Typography (curly and straight quotes,
// dashes, non-breaking spaces inside the text) is kept exactly as written;
// invisible line-breaking hints (soft hyphens, zero-width spaces, word
// joiners) are removed, since they split words for search and quotes.
//
// All parsers are meant to be safe on hostile input: they do not panic and
// run in time roughly linear in the input size. Files larger than
// MaxFileSize are refused.
package ingest
