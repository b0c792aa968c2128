package quotes

import "testing"

// A "he" or "she" is a person: a body that spoke last ("The agency
// said …") does not take it from the person the text is about; and a
// clause of speech joined by ", but" ("An official said that …, but Tom
// Pike, its treasurer, said that …") makes its name the speaker a "he"
// right after it means, not the sentence's first subject. The texts are
// written for this test (issue 20, twenty-seventh round).
func TestFindRound27bPronoun(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a body that spoke last is no he",
			"Tom Baxter, a farmer from Halden, pleaded guilty on Monday to setting the barn fire.\n\n“I regret nothing,” Baxter said in a statement read by his lawyer.\n\nThe agency said some of the records had been lost in the fire.\n\nHe offered no apology in court, waiting until later to issue his written statement. In it, he said the plea was “a choice on my part and in no way an admission.”\n\n“I am not a criminal. I have nothing against the law,” he said.",
			[]want{
				{"I regret nothing,", "Tom Baxter", Full, ""},
				{"a choice on my part and in no way an admission.", "Tom Baxter", Partial, ""},
				{"I am not a criminal. I have nothing against the law,", "Tom Baxter", Full, ""},
			}},
		{"the government that spoke last is no she",
			"Mara Quint, a nurse from Halden, lost her appeal on Monday.\n\nThe government said the ruling would stand.\n\n“I will go on fighting,” she said.",
			[]want{
				{"I will go on fighting,", "Mara Quint", Full, ""},
			}},
		{"a clause of speech after but",
			"The rally was moved twice in one day.\n\nA third official said that the rally was first set for the Elm Club, but Tom Pike, its treasurer, said that the club had been closed for months. “Maybe they talked about it,” he said, “but I never heard.”",
			[]want{
				{"Maybe they talked about it,", "Tom Pike", Full, ""},
				{"but I never heard.", "Tom Pike", Full, ""},
			}},
		{"a clause of speech after but with no appositive",
			"The rally was moved twice in one day.\n\nDana Wells said that the rally was first set for the Elm Club, but Tom Pike said that the club had been closed for months. “Maybe they talked about it,” he said.",
			[]want{
				{"Maybe they talked about it,", "Tom Pike", Full, ""},
			}},
		{"a name reported inside the first clause stays talked about",
			"The rally was moved twice in one day.\n\nA third official said that Tom Pike had booked the Elm Club. “We had no other choice,” he said.",
			[]want{
				{"We had no other choice,", "A third official", Full, ""},
			}},
	})
}
