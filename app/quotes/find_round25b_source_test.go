package quotes

import "testing"

// "one dancer from Lisbon said": an ordinary noun the lexicon does not
// list heads its phrase when "from" follows it; the place after "from" is
// where the person comes from, not the speaker. The text is written for
// this test (issue 20, twenty-fifth round).
func TestFindRound25bOriginFrom(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"one dancer from a city",
			"Brightfizz pulled its advert.\n\n\"I did not feel bad,\" one dancer from Lisbon said.",
			[]want{{"I did not feel bad,", "one dancer", Full, "from Lisbon"}}},
		{"a young actor from a city, with a relative clause",
			"Brightfizz pulled its advert.\n\n\"I did not feel bad,\" a young actor from Lisbon, who worked on the shoot, tells Starwatch.",
			[]want{{"I did not feel bad,", "a young actor", Full, ""}}},
	})
}

// "one actor … said. “…,” he says": a described source headed by a short
// person noun ("actor", "star") is a person whom "he" can stand for. The
// text is written for this test (issue 20, twenty-fifth round).
func TestFindRound25bShortPersonNoun(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"he after one actor",
			"Brightfizz pulled its advert.\n\n\"I did not feel bad,\" one actor said.\n\n\"People ask me why I was in it,\" he says.",
			[]want{{"I did not feel bad,", "one actor", Full, ""},
				{"People ask me why I was in it,", "one actor", Full, ""}}},
	})
}

// "the source says" after "one extra, who asked to remain anonymous,
// tells…", and "the insider said" after "a source told…": an unnamed
// source is the one first described, even under another noun; the labels
// name it so. The text is written for this test (issue 20, twenty-fifth
// round).
func TestFindRound25bSourceAsDescribed(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the source is the anonymous extra",
			"Brightfizz pulled its advert starring Mara Quell.\n\n\"I did not feel bad,\" one extra, who asked to remain anonymous, tells Starwatch.\n\nBrightfizz has apologised to Quell.\n\n\"People are still talking about it,\" the source says.",
			[]want{{"I did not feel bad,", "one extra", Full, ""},
				{"People are still talking about it,", "one extra", Full, ""}}},
		{"the insider is a source",
			"Mara Quell has kept out of sight.\n\nA source told Starwatch that the singer is \"very upset\" about it.\n\n\"It was a big deal for her,\" the insider said.",
			[]want{{"very upset", "A source", Partial, ""},
				{"It was a big deal for her,", "A source", Full, ""}}},
	})
}
