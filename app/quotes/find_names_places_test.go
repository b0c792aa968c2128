package quotes

import "testing"

// Tests of places and venues (names_places.go). Each text is written for its
// test.

// "the North" after "North Korea" is that country, as "the South" is
// South Korea: a bare compass word names the country the text named
// with it.
func TestFindRound6CompassShortForm(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the North for North Korea",
			"North Korea's official newspaper blasted the drill on Tuesday.\n\nEarlier last week, the North warned that talks won't resume unless the South offers a “plausible excuse” for the exercise.",
			[]want{{"plausible excuse", "North Korea", Partial, ""}}},
	})
}

// "the South" after "South Carolina" stays the region.
func TestFindRound6CompassRegion(t *testing.T) {
	res := Find("South Carolina votes on Saturday.\n\nThe South has long been “the firewall,” the South said, according to the campaign.")
	for _, q := range res.Quotes {
		if q.Speaker == "South Carolina" {
			t.Errorf("the South credited to South Carolina: %+v", q)
		}
	}
}

// "(Marlow County says it's not installing cameras.)": a two-word name
// ending in an administrative area speaks as that place, never as a
// person a later "he" could mean. Each text is written for this test
// (issue 20, tenth round).
func TestFindRound10CountyIsNoPerson(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a county speaking between a student and his pronoun",
			"Kenneth Prewitt, a high school student, says he supports cameras without facial recognition. (Marlow County says it's not installing facial recognition.)\n\nBut technology should be an \"absolute last precaution,\" he tells Axios.",
			[]want{{"absolute last precaution,", "Kenneth Prewitt", Partial, ""}}},
	})
}

// "Norway was one of just eight member-states that voted …. “…,” he
// said": a country opening a sentence is no person a later "he" stands
// for. The rule is a list of countries, so these texts name real ones
// (the people are invented; issue 20, thirteenth round).
func TestFindRound13CountryNoHe(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a country subject between a speaker and his pronoun",
			"Prime Minister Leo Varn said the country would not follow its neighbours.\n\n\"We will make our own decision,\" Mr Varn said.\n\nNorway was one of just eight member-states that voted for the resolution calling for a ceasefire, with most member-states abstaining.\n\n\"It's a state that we have relations with, but I don't think we're as close as we might have been,\" he said.",
			[]want{{"We will make our own decision,", "Leo Varn", Full, ""}, {"It's a state that we have relations with, but I don't think we're as close as we might have been,", "Leo Varn", Full, ""}}},
	})
}

// A hall named after a place's possessive is no person (texts written for
// this test).
func TestFindRound27cPlaceVenue(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a hall after a place's possessive takes no pronoun",
			"Mayor fights back\n\nHarbour party leader Tom Hale has turned on rebels asking him to quit the coalition.\n\nSpeaking to the party rally at Leeds's Riverside Hall, Mr Hale said he still backed the river deal.\n\nThe First Minister, who may face a vote of the party council within weeks, said rebel members were harming the best hope for growth.\n\nAnswering their calls, he said \"the link between the bridge and the budget\" had not been cut.\n",
			[]want{{"the link between the bridge and the budget", "Tom Hale", Partial, ""}}},
		{"a reporter after an outlet's possessive stays a person",
			"NBC's Kenji Hall reported from the port. \"The ships are late,\" Hall said.",
			[]want{{"The ships are late,", "Kenji Hall", Full, ""}}},
	})
}

// A body named after a country's possessive ("… News Agency") is no
// venue: it speaks, and keeps its page as an organisation.
func TestFindRound27cBodyNotVenue(t *testing.T) {
	r := Find("Ministers met on Thursday.\n\n“The chairman stressed the need to be ready for both talks and trade,” North Korea’s Central News Agency said in a report carried on Friday by South Korea’s Yonhap News Agency.")
	for _, p := range r.People {
		if p.Name == "North Korea’s Central News Agency" {
			if p.Kind != SpeakerOrganisation {
				t.Errorf("%q is a %v, want an organisation", p.Name, p.Kind)
			}
			return
		}
	}
	t.Errorf("no speaker for the agency: %+v", r.People)
}

// "Kings Mill, Ohio news outlets reported": a run before a comma, a
// state and a noun names a town, no one a later "she" means. Written for
// this test (issue 20, twenty-eighth round).
func TestFindTownOfState(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a town and its state before a noun",
			"Leelah Alcorn was 17.\n\nLocal Kings Mill, Ohio news outlets first reported the death. She was hit by a truck on Sunday.\n\nOn the page where she describes herself as “the queen of hell,” Leelah left a post.",
			[]want{{"the queen of hell,", "Leelah Alcorn", Partial, ""}}},
	})
}
