package quotes

import "testing"

// An unmarked pull quote and its credit line set between two paragraphs
// of one quotation (texts written for this test).
func TestFindRound27cPullInset(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a pull quote and credit inside a quotation",
			"Harbour master Ann Vole spoke to the town council on Monday.\n\nShe said: \"I hear many calls for new rules. Here is my answer:\n\n\"Stop blocking the quay. Stop mooring in the channel.\n\nWe will keep the harbour open to every boat that pays its fee\n\nAnn Vole\n\n\"Stop dumping nets on the slipway. We will keep the harbour open to every boat.\"",
			[]want{{"I hear many calls for new rules. Here is my answer:\n\n\"Stop blocking the quay. Stop mooring in the channel.\n\nWe will keep the harbour open to every boat that pays its fee\n\nAnn Vole\n\n\"Stop dumping nets on the slipway. We will keep the harbour open to every boat.", "Ann Vole", Full, ""}}},
		{"narration and a heading after an unclosed quotation stay outside",
			"Ann Vole said: \"I hear many calls for new rules.\n\nThe council met again on Tuesday to hear the fishermen\n\nNew rules\n\n\"Stop dumping nets on the slipway,\" said Tom Hale.",
			[]want{{"I hear many calls for new rules.", "Ann Vole", Full, ""}, {"Stop dumping nets on the slipway,", "Tom Hale", Full, ""}}},
	})
}
