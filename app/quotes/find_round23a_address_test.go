package quotes

import "testing"

// A surname after a form of address is the person named in full before,
// even when the surname is also a month or a place ("Mrs May"), opens with
// a lower-case particle ("Mr de Rivera") or came after a quoted nickname
// ("William “Jerry” Banfield" then "Banfield"). The texts are written for
// this test (issue 20, twenty-third round).
func TestFindRound23aAddressedSurname(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"month surname after Mrs",
			"The hacker will not be sent abroad, Home Secretary Theresa May has announced.\n\nMrs May said: \"The sole issue I had to decide was his health.\"",
			[]want{{"The sole issue I had to decide was his health.", "Theresa May", Full, ""}}},
		{"particle surname after Mr",
			"Earlier, Boston Mayor Tom de Rivera called the parcels \"an act of cowardice\".\n\nMr de Rivera told reporters it was an effort \"to frighten our neighbours through violence\".\n\nBoston Mayor Mr de Rivera added: \"Do not encourage hatred.\"",
			[]want{
				{"an act of cowardice", "Tom de Rivera", Partial, ""},
				{"to frighten our neighbours through violence", "Tom de Rivera", Partial, ""},
				{"Do not encourage hatred.", "Tom de Rivera", Full, ""},
			}},
		{"surname after a quoted nickname",
			"The plan was the idea of Lt. Gen. William “Jerry” Banfield. Banfield, an evangelical officer, ran it.\n\n\"I cannot explain why that fax came,\" Banfield wrote.",
			[]want{{"I cannot explain why that fax came,", "William Banfield", Full, ""}}},
	})
}
