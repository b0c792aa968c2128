package quotes

import "testing"

// A given name in -lly opening a sentence ("Holly Brandt said") is no
// fronted adverb: adverbs in -lly end in -ally or -ully. Each text is
// written for this test (issue 20, sixteenth round).
func TestFindRound16aGivenNameInLly(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"given name opens the sentence",
			"Holly Brandt said her neighbour had fixed bicycles for decades. “He knew every bolt by heart,” she said.",
			[]want{{"He knew every bolt by heart,", "Holly Brandt", Full, ""}}},
		{"another given name, then the bare surname",
			"Dolly Varkas said the ferry had been late all week. “Nobody told us anything,” Varkas said.",
			[]want{{"Nobody told us anything,", "Dolly Varkas", Full, ""}}},
		{"an adverb in -ally still opens the sentence",
			"Finally Tomas Ekberg spoke to the crowd. “We will rebuild the pier,” he said.",
			[]want{{"We will rebuild the pier,", "Tomas Ekberg", Full, ""}}},
	})
}

// A person's given name and surname with the middle names left out
// ("Ruth Okafor" after "Ruth Adaeze Okafor") is the person first named in
// full, not someone new.
func TestFindRound16aMiddleNameDropped(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"caption-like mention with the middle name dropped",
			"Botanist Ruth Adaeze Okafor spent the spring counting orchids on the ridge.\n\nRuth Okafor's notebook from that season survives. “The slope was covered in them,” she later wrote.",
			[]want{{"The slope was covered in them,", "Ruth Adaeze Okafor", Full, ""}}},
		{"two middle names dropped",
			"The engineer Paul Henri Marcel Dufresne built the dam in 1931.\n\nPaul Dufresne wrote to his brother that winter. “The concrete will not set in this cold,” he wrote.",
			[]want{{"The concrete will not set in this cold,", "Paul Henri Marcel Dufresne", Full, ""}}},
	})
}
