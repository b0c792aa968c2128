package ingest

import (
	"encoding/json"
	"strings"
)

// isDataBlob reports a block of a web page that is a data object, not
// prose: a page's settings or metadata written as JSON into its markup
// outside any <script> ({ "assetid": "2162363", "seotitletag": "…",
// "taxonomykeywords": "…" }). Its quoted strings (a headline, a list of
// tags) would otherwise read as quotations at the end of the article.
// The block must open and close as a JSON object or array and either parse
// as one or carry several "key": pairs (a script's object with a
// trailing comma or single quotes does not parse).
func isDataBlob(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 2 {
		return false
	}
	open, end := s[0], s[len(s)-1]
	if !(open == '{' && end == '}' || open == '[' && end == ']') {
		return false
	}
	if open == '[' && !strings.Contains(s, "{") {
		return false // "[Related: …]", an editor's bracketed line
	}
	if json.Valid([]byte(s)) {
		return true
	}
	return strings.Count(s, `":`)+strings.Count(s, `':`) >= 3
}
