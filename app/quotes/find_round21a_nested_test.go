package quotes

import "testing"

// A quotation nested in a double quotation in straight marks does not end
// it, whether the outer marks are curly or straight; a quotation whose
// closing mark was left out before a long "said …" clause, or before a
// short sentence that introduces the next quotation ("She said that "…"),
// ends before them. The texts are written for this test (issue 20, twenty-first
// round).
func TestFindRound21aNested(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"straight inside curly, two nested pairs",
			"The novelist answered on her blog.\n\nNora Lindqvist wrote: “Nothing is settled, and the words \"sequel\" and \"prequel\" came from a rumour. Please wait for the real news.”",
			[]want{{`Nothing is settled, and the words "sequel" and "prequel" came from a rumour. Please wait for the real news.`, "Nora Lindqvist", Full, ""}}},
		{"straight inside straight, in brackets",
			"Tom Arvid, the product's manager, spoke at the launch.\n\n\"We will not advertise this (the old \"Send to Phone\") button, but we will keep it,\" Arvid said.",
			[]want{{`We will not advertise this (the old "Send to Phone") button, but we will keep it,`, "Tom Arvid", Full, ""}}},
		{"closing mark left out before a long said clause",
			"The board published its new rules on Friday.\n\n“Today’s rules ignore the needs of tenants, their savings, and their homes, said Maria Oduya, director of the Tenants’ Advice League. \"By raising the deposit, the board shuts out the young. We will appeal against these rules.”",
			[]want{{"Today’s rules ignore the needs of tenants, their savings, and their homes,", "Maria Oduya", Full, ""},
				{"By raising the deposit, the board shuts out the young. We will appeal against these rules.", "Maria Oduya", Full, ""}}},
		{"closing mark left out before a sentence introducing the next quotation",
			"\"Nothing will change unless the river is cleaned,\" Anna Berg told the council. \"And it has to be cleaned all the way down. She said that \"the town must pay its share, and that the farms upstream must pay theirs.\"",
			[]want{{"Nothing will change unless the river is cleaned,", "Anna Berg", Full, ""},
				{"And it has to be cleaned all the way down.", "Anna Berg", Full, ""},
				{"the town must pay its share, and that the farms upstream must pay theirs.", "Anna Berg", Partial, ""}}},
	})
}
