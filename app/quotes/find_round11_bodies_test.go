package quotes

import "testing"

// "over what it called “…” across the region, the ministry said": the
// clause closing the sentence names who speaks for the body the pronoun
// stands for, not the body named before. Each text is written for this
// test (issue 20, eleventh round).
func TestFindRound11WhatItCalled(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"what it called, then a ministry closing the sentence",
			"Valdria expressed regret over the strikes, Valdrian Foreign Ministry spokesperson Tor Min said on Monday.\n\nNorland on Wednesday summoned the envoy over what it called “unprovoked strikes at many sites” across the region, the Ministry of Foreign Affairs said.",
			[]want{{"unprovoked strikes at many sites", "Ministry of Foreign Affairs", Partial, ""}}},
		{"what they called, then a named person closing the sentence",
			"Two unions met on Tuesday.\n\nThe drivers walked out over what they called “a pay cut in disguise” at the depot, union leader Maren Oduya said.",
			[]want{{"a pay cut in disguise", "Maren Oduya", Partial, ""}}},
		{"what it called with no clause closing the sentence stays the body's",
			"Norland on Wednesday summoned the envoy over what it called “unprovoked strikes at many sites” across the region.",
			[]want{{"unprovoked strikes at many sites", "Norland", Partial, ""}}},
	})
}
