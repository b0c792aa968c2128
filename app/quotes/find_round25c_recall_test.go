package quotes

import "testing"

// A closer typed with the opening mark, feelings and scorn put into words,
// and the words on signs. The texts are written for this test (issue 20,
// twenty-fifth round).
func TestFindRound25cRecall(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"closer typed as an opening mark",
			"In her ruling, Judge Mara Quill wrote that the grounds given — chiefly “staffing shortages“ and the cost of escorts — did not hold, given the many other visits “granted to inmates serving sentences for far graver offences.”",
			[]want{{"staffing shortages", "Mara Quill", Partial, ""}, {"granted to inmates serving sentences for far graver offences.", "Mara Quill", Partial, ""}}},
		{"expressed her feeling",
			"Mayor Lena Ortiz said the harbour lights would stay dark tonight. She expressed her “deep sorrow” over the loss of the two fishermen.",
			[]want{{"deep sorrow", "Lena Ortiz", Partial, ""}}},
		{"deriding an agenda",
			"Senator Hal Brody spent the morning attacking Governor Ray Cole and deriding his “reckless spending spree” in a string of posts.",
			[]want{{"reckless spending spree", "Hal Brody", Partial, ""}}},
		{"signs reading, coordinated",
			"Carrying signs reading “hands off our pensions” and “no cuts without consent,” thousands of workers marched through the capital on Saturday.",
			[]want{{"hands off our pensions", "signs", Full, ""}, {"no cuts without consent,", "signs", Full, ""}}},
		{"a sign that read",
			"The old depot still had a faded tin sign that read “drivers only beyond this point.” Nobody had taken it down.",
			[]want{{"drivers only beyond this point.", "a faded tin sign", Full, ""}}},
		{"a banner held by someone",
			"Outside the stadium one man held a banner saying “Stop the fare rise.” Police watched from across the road.",
			[]want{{"Stop the fare rise.", "one man", Full, ""}}},
	})
}
