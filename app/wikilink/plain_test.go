package wikilink

import "testing"

func TestPlainText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"headings and lists", "# Grey Channel\n\nThe channel.\n\n## Open questions\n\n- Will the *hotline* be restored?\n- [[Lena Marsh]] thinks so.",
			"Grey Channel\nThe channel.\nOpen questions\nWill the hotline be restored?\nLena Marsh thinks so."},
		{"link labels and headings", "See [[Harbour talks#Fishing|the fishing part]] and [the report](https://example.com/r).",
			"See the fishing part and the report."},
		{"embeds and raw HTML are left out", "Before.\n\n![[quote:01ABC]]\n\n<div>hidden</div>\n\nAfter <b>bold</b> end.",
			"Before.\nAfter bold end."},
		{"code as written", "Run `dossier check`:\n\n```\ndossier reindex\n```", "Run dossier check:\ndossier reindex"},
		{"soft line breaks join words", "one\ntwo", "one two"},
		{"table cells", "| a | b |\n|---|---|\n| 1 | 2 |", "a b\n1 2"},
		{"image alt text", "![Pylons near the coast](p.jpg)", "Pylons near the coast"},
		{"autolink", "<https://example.com>", "https://example.com"},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := PlainText(tc.in); got != tc.want {
				t.Errorf("PlainText(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
