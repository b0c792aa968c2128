package quotes

import "testing"

// Fragments someone calls, labels or condemns a thing as are theirs; an
// acronym spelt out in marks is a category's name. The texts are written
// for this test (issue 20, twenty-third round).
func TestFindRound23cFragments(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"labeling as",
			"Dana Morrow spent the campaign labeling her rivals as “reckless” spenders of public money.",
			[]want{{"reckless", "Dana Morrow", Partial, ""}}},
		{"condemning as, after the object of another verb",
			"The news came after Ravi Patel gave a speech condemning the new parking levy on the town as “daylight robbery”.",
			[]want{{"daylight robbery", "Ravi Patel", Partial, ""}}},
		{"called an object with an of-phrase",
			"Mayor Lena Ortiz called fears of a housing bubble “overblown,” noting that prices had fallen.",
			[]want{{"overblown,", "Lena Ortiz", Partial, ""}}},
		{"called its object a thing",
			"Mara Quinn called the housing agency a “patronage program” for party donors.",
			[]want{{"patronage program", "Mara Quinn", Partial, ""}}},
		{"which he calls",
			"Tom Reyes attacked the treaty, which he calls “outdated.”",
			[]want{{"outdated.", "Tom Reyes", Partial, ""}}},
		{"a group called stays a name",
			"Tom Reyes joined a group which locals call “the Anchors” last year.",
			nil},
		{"acronym spelt out",
			"Two officials said the data went to what the agency calls IFRs, or “incident field reports,” which are shared widely.",
			nil},
	})
}
