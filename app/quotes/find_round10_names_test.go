package quotes

import "testing"

// A nationality before a name ("Dutchman Robin Haase", "American Steve
// Stricker") and a ranking with a figure ("world No.16 Marcos Baghdatis")
// describe the person and are no part of the name. Each text is written
// for this test (issue 20, tenth round).
func TestFindRound10DescriptorBeforeName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a nationality noun",
			"The top seed was beaten by 90th-ranked Norwegian Tobbe Randvik 6-3, 6-4 on Tuesday.\n\n“I was lucky that he was not at his best today,” said Randvik.",
			[]want{{"I was lucky that he was not at his best today,", "Tobbe Randvik", Full, ""}}},
		{"a nationality noun that is no adjective",
			"Dutchman Joris Vantveld beat the defending champion in three sets.\n\n“It was unbelievable,” a beaming Vantveld told reporters.",
			[]want{{"It was unbelievable,", "Joris Vantveld", Full, ""}}},
		{"a nationality adjective",
			"Swede Olle Brask beat American Curt Wendling in a playoff.\n\n“This is a good start for the season,” Wendling said.",
			[]want{{"This is a good start for the season,", "Curt Wendling", Full, ""}}},
		{"a ranking with a figure",
			"Former finalist and world No.12 Andros Kypriotis crashed out in the first round on Tuesday.\n\nKypriotis said he was not disheartened.\n\n“It was the first match of the season,” he said.",
			[]want{{"It was the first match of the season,", "Andros Kypriotis", Full, ""}}},
	})
}
