package quotes

import "testing"

// A name that ends an inverted clause after its quotation behind a
// description of its holder speaks, whatever shape the description takes
// (roles joined by "and" after "wrote", a work's title before its
// co-creator, a quoted epithet); a dash credit line may name its person
// behind such a description. The texts are written for this test (issue
// 20, twenty-sixth round).
func TestFindRound26bDescribed(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"roles joined after wrote",
			"The launch of the app failed on Monday. Dana Pell claimed the failure was an attack.\n\n“The app is broken,” wrote professor and attorney Tom Baxter. “It is a mess.”",
			[]want{
				{"The app is broken,", "Tom Baxter", Full, ""},
				{"It is a mess.", "Tom Baxter", Full, ""},
			}},
		{"a title joined by and before a co-creator",
			"The launch of the app failed on Monday. Dana Pell claimed the failure was an attack.\n\n“All you can hear is breathing,” quipped Salt and Vinegar co-creator Rob Denman.",
			[]want{
				{"All you can hear is breathing,", "Rob Denman", Full, ""},
			}},
		{"a quoted epithet before the name",
			"The launch of the app failed on Monday. Dana Pell claimed the failure was an attack.\n\n“So the interview crashed?” wrote self-described ‘town crier’ Jeff Tidwell.",
			[]want{
				{"So the interview crashed?", "Jeff Tidwell", Full, ""},
				{"town crier", "Jeff Tidwell", Partial, ""}, // a self-description is his (round 26c)
			}},
		{"a dash credit naming its person behind a description",
			"Minister Julia Fenton said the guard had been shot.\n\n“Most of the old town is in lockdown.”\n\n- Halden police Constable Marc Sorel.",
			[]want{
				{"Most of the old town is in lockdown.", "Marc Sorel", Full, ""},
			}},
	})
}
