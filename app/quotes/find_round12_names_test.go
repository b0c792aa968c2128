package quotes

import "testing"

// "Adv"/"Adv." (Advocate) and "Fr"/"Fr." (Father) are titles before a
// name: "Adv Moloi says" later in the text is the advocate named in full
// before ("Advocate Thabo Moloi"), and "Fr Brennan" the priest named
// "Father Liam Brennan". Each text is written for this test (issue 20,
// twelfth round).
func TestFindRound12AbbreviatedTitles(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an advocate",
			"Born in Mafeteng, Advocate Thabo Moloi has made a career of constitutional cases.\n\n" +
				"The 40-year-old Adv Moloi studied in Roma.\n\n" +
				"“The law was my way out,” Adv Moloi says.\n\n" +
				"“Courts must be open to all,” Adv. Moloi argues.",
			[]want{{"The law was my way out,", "Thabo Moloi", Full, ""}, {"Courts must be open to all,", "Thabo Moloi", Full, ""}}},
		{"a priest",
			"Father Liam Brennan has run the parish for a decade.\n\n" +
				"“We feed two hundred people a week,” Fr Brennan said.\n\n" +
				"“Nobody is turned away,” said Fr. Brennan.",
			[]want{{"We feed two hundred people a week,", "Liam Brennan", Full, ""}, {"Nobody is turned away,", "Liam Brennan", Full, ""}}},
	})
}

// A role noun before a name ("Expert Dana Whitfield said") is no part of
// the name: her later "Dr Whitfield told" is the same person. Written for
// this test (issue 20, twelfth round).
func TestFindRound12RoleNounBeforeName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an expert",
			"The singer has been in hospital since Monday.\n\n" +
				"Expert Dana Whitfield said \"people in this position need support from their families\".\n\n" +
				"\"Recovery takes many months,\" Dr Whitfield told a magazine.",
			[]want{{"people in this position need support from their families", "Dana Whitfield", "", ""}, {"Recovery takes many months,", "Dana Whitfield", Full, ""}}},
	})
}

// A given name with a generational suffix ("Morgan Snr") after the full
// name with it ("Morgan Tully Snr") is that person, not a new one.
// Written for this test (issue 20, twelfth round).
func TestFindRound12GivenNameSuffix(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a father and son of one name",
			"Morgan Tully, from Kirkcaldy, was 19 when he went missing in 2015.\n\n" +
				"His father, Morgan Tully Snr, 61, has asked for a new appeal.\n\n" +
				"Speaking to the paper, Morgan Snr said: \"Someone knows what happened that night.\"\n\n" +
				"\"We just want him home,\" said Morgan Sr.",
			[]want{{"Someone knows what happened that night.", "Morgan Tully Snr", Full, ""}, {"We just want him home,", "Morgan Tully Snr", Full, ""}}},
	})
}

// "New Year" (a holiday) is no speaker: the later "he" is the person
// the text is about. Written for this test (issue 20, twelfth
// round).
func TestFindRound12NotPersonRuns(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a holiday",
			"Tom Calder promised \"steady growth\" from his Government in 2031.\n\n" +
				"The Prime Minister used his New Year message to say his priority would be jobs.\n\n" +
				"But he also pledged reforms in what would be \"the year of delivery\" for the country.",
			[]want{{"steady growth", "Tom Calder", "", ""}, {"the year of delivery", "Tom Calder", "", ""}}},
	})
}

// A brewery, distillery or winery named by a capitalised run ("22nd
// Avenue Brewery") is a business, never the "he" of a profile: the
// quotations go to the person profiled. Written for this test (issue 20,
// twelfth round).
func TestFindRound12BusinessNames(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a brewery",
			"Owen Marsh pours two glasses of rye and hands me one.\n\n" +
				"Marsh is famous for brewing beer. His 22nd Avenue Brewery, born in a garage in 2009, is one of the best in the state.\n\n" +
				"In 2015, when he moved 22nd Avenue Brewery from Dalton to Easton, his beers kept winning awards.\n\n" +
				"“I wanted to not depend on beer,” he says.",
			[]want{{"I wanted to not depend on beer,", "Owen Marsh", Full, ""}}},
	})
}

// The same three names in another order ("Okello Brian Mugisha" after
// "Brian Okello Mugisha") are the person first named. Written for this
// test (issue 20, twelfth round).
func TestFindRound12NamesReordered(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a reordered name",
			"The winners were announced on Monday.\n\n" +
				"Africa: Brian Okello Mugisha, Kenya, turning plastics into briquettes.\n\n" +
				"The overall prize went to Okello Brian Mugisha of Kenya for his work.\n\n" +
				"“I want the world to see this,” said Mugisha.",
			[]want{{"I want the world to see this,", "Brian Okello Mugisha", Full, ""}}},
	})
}

// "Aid" names a charity ("Dental Aid for Refugees", "Christian Aid"): the
// body's name runs over "for" like "Center for …". Written for this test
// (issue 20, twelfth round).
func TestFindRound12AidCharity(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a charity",
			"“The situation is dire,” said the charity Dental Aid for Refugees, describing packed corridors.",
			[]want{{"The situation is dire,", "Dental Aid for Refugees", Full, ""}}},
	})
}

// "Writing in The Herald Maria said": an outlet's name runs into the
// given name of its writer; the speaker is the person named before by
// that given name. Written for this test (issue 20, twelfth round).
func TestFindRound12OutletBeforeGivenName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a newspaper",
			"Singer Maria Dunleavy has spoken about her illness.\n\n" +
				"Writing in The Herald Maria said: \"The moment I forgot my niece's name was the hardest.\"",
			[]want{{"The moment I forgot my niece's name was the hardest.", "Maria Dunleavy", Full, ""}}},
		{"a newspaper named with Mirror",
			"Singer Maria Dunleavy has spoken about her illness.\n\n" +
				"Writing in The Mirror Maria said: \"The moment I forgot my niece's name was the hardest.\"",
			[]want{{"The moment I forgot my niece's name was the hardest.", "Maria Dunleavy", Full, ""}}},
	})
}
