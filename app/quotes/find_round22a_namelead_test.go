package quotes

import "testing"

// A compound that tells where someone was born or schooled ("Oxford-
// educated", "Lagos-born") or how many children someone has
// ("Grandmother-of-five") before a name describes the person, with or
// without "the"; a degree's letters after a name ("PhD", "MD") are no
// part of it; a pope, like a monarch, keeps his title before his one
// name, with its regnal number. The texts are written for this test
// (issue 20, twenty-second round).
func TestFindRound22aNameLead(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"educated after the",
			"Before his lunch with the Oxford-educated Rupert Pemberton-Hale – who boasted of his father – he was nervous. \"You seem like a decent chap,\" said Pemberton-Hale.",
			[]want{{"You seem like a decent chap,", "Rupert Pemberton-Hale", Full, ""}}},
		{"born opening the sentence",
			"Lagos-born Temi Adeyemi said the gallery was \"a home for new painters\".",
			[]want{{"a home for new painters", "Temi Adeyemi", Partial, ""}}},
		{"children counted",
			"The flood reached the square.\n\nGrandmother-of-five Joan Millerick said: \"I have never seen anything like it.\"",
			[]want{{"I have never seen anything like it.", "Joan Millerick", Full, ""}}},
		{"degree after the name",
			"Jane Okafor PhD, who led the study, was cautious. \"A big surprise,\" Okafor said.",
			[]want{{"A big surprise,", "Jane Okafor", Full, ""}}},
		{"pope and regnal number",
			"Coptic Pope Shenouda IV backed the army. Later he said he felt Christians were ignored. Copts were leaving \"because they fear the new rulers\", he said.",
			[]want{{"because they fear the new rulers", "Pope Shenouda IV", Partial, ""}}},
	})
}
