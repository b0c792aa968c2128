package quotes

import "testing"

// "“…,” he told reporters, according to Hockeywire.com. “…”": a web
// address ends its sentence with the period it carries, and names a site,
// never a person, so the quotation after it goes on with the speaker. The
// texts are written for this test (issue 20, twenty-first round).
func TestFindRound21bWebDomain(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"period of the address",
			"Rolf Amsel was suspended on Friday.\n\n\"I took a step and glided into him,\" he told reporters, according to Hockeywire.com. \"Obviously, he was leaning over. I hope he's all right.\"",
			[]want{{"I took a step and glided into him,", "Rolf Amsel", Full, ""},
				{"Obviously, he was leaning over. I hope he's all right.", "Rolf Amsel", Full, ""}}},
		{"a site is no person",
			"The hearing was moved to Monday, Hockeywire.com reported.\n\n\"I hope he's all right,\" he said.",
			[]want{{"I hope he's all right,", "", Full, ""}}},
	})
}
