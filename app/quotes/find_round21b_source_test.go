package quotes

import "testing"

// "the source said" after "A source spoke to…": an unnamed source is the
// source described before, never the person just named, whom the source
// talks about. The text is written for this test (issue 20, twenty-first
// round).
func TestFindRound21bUnnamedSource(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"source after a named singer",
			"Mara Quell is engaged.\n\nA source spoke to Starwatch.\n\n\"She has been glowing since the proposal, but it is hard for her,\" the source said.",
			[]want{{"She has been glowing since the proposal, but it is hard for her,", "A source", Full, ""}}},
		{"source explained",
			"Where is Mara Quell? Since news broke that the 24-year-old singer is engaged, there's been no sign of her online.\n\nA source recently spoke to Starwatch about why Mara is avoiding the cameras.\n\nApparently, even though the singer is happy, the source explained that she is nervous. \"She has been glowing since the proposal, but it is hard for her,\" the source continued.",
			[]want{{"She has been glowing since the proposal, but it is hard for her,", "A source", Full, ""}}},
	})
}

// "a 2016 Vogue Italia interview": a run that modifies "interview" after
// an article or a year is the outlet, not a person, so "she told the
// magazine" is the woman the article is about. The text is written for
// this test (issue 20, twenty-first round).
func TestFindRound21bOutletInterview(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"according to an interview",
			"Mara Quell is engaged. But, according to a 2016 Vogue Italia interview, she may never be ready. \"Once I marry I'm not going to be online,\" she told the magazine.",
			[]want{{"Once I marry I'm not going to be online,", "Mara Quell", Full, ""}}},
		{"a given name is the one interviewed",
			"Mara Quell is engaged. In a rare Tomas Brenner interview, the director was candid. \"I never watch my own films,\" he said.",
			[]want{{"I never watch my own films,", "Tomas Brenner", Full, ""}}},
	})
}

// "“…now that she is engaged,” the source added. … “…,” she told the
// magazine": a source of unknown gender whose words speak of a "she" is
// not the "she" who speaks next; the woman it talks about, named before,
// is. The text is written for this test (issue 20, twenty-first round).
func TestFindRound21bSourceTalksOf(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"she told the magazine",
			"Where is Mara Quell? Since news broke that the 24-year-old singer is engaged, there's been no sign of her online.\n\nA source recently spoke to Starwatch about why Mara is avoiding the cameras.\n\nSo fans wonder. \"Mara is learning how to do things differently now that she is engaged,\" the source added. But, according to a 2016 Vogue Italia interview, she may never be ready. \"Once I marry I'm not going to be online,\" she told the magazine.",
			[]want{{"Mara is learning how to do things differently now that she is engaged,", "A source", Full, ""},
				{"Once I marry I'm not going to be online,", "Mara Quell", Full, ""}}},
		{"a source speaking of herself",
			"Mara Quell is engaged.\n\n\"I was there when my phone rang,\" a source said. \"Then I went home,\" she said.",
			[]want{{"I was there when my phone rang,", "a source", Full, ""},
				{"Then I went home,", "a source", Full, ""}}},
	})
}
