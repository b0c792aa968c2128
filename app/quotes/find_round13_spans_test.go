package quotes

import "testing"

// "“You’re just scum,” Haley … barked back": barking, hissing, growling,
// snarling, sneering and thundering are ways of saying, so a short
// sentence of speech before them is a quotation. Each text is written for
// this test (issue 20, thirteenth round).
func TestFindRound13MoreSpeechVerbs(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"barked back after an appositive",
			"The exchange turned bitter after Ramdan brought up her family. “You’re just scum,” Hale, who is normally more collected on stage, barked back.",
			[]want{{"You’re just scum,", "Hale", Full, ""}}},
		{"hissed",
			"Officers cleared the square. \"Get out now,\" Sgt. Ida Rusk hissed.",
			[]want{{"Get out now,", "Ida Rusk", Full, ""}}},
		{"snarled",
			"The vote failed late on Tuesday. \"Not one more cent,\" Ola Brisk snarled.",
			[]want{{"Not one more cent,", "Ola Brisk", Full, ""}}},
	})
}

// "Amit Marlow's “An Old Nurse Foresees her Death”": a capitalised
// quotation right after a possessive name, with no clause of speech of its
// own, names that person's work; "what he calls Farrow's “Ahab-like
// quest”" stays his words. Each text is written for this test (issue 20,
// thirteenth round).
func TestFindRound13PossessiveWorkTitle(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"poems listed by their authors",
			"The other poems in the collection include dispatches from doctors (Jon Okra's “Two Days in March,” Amit Marlow's “An Old Nurse Foresees her Death”) and a meditation on grief.",
			nil},
		{"a possessive inside what someone calls",
			"Orr has long denied the claims, and he speculates that they arose from what he calls Ferris’s “Ahab-like quest” for revenge.",
			[]want{{"Ahab-like quest", "-", Partial, ""}}},
	})
}

// "As researchers posited in 1985: “…”": positing and surmising report
// what someone said. Each text is written for this test (issue 20,
// thirteenth round).
func TestFindRound13PositedSurmised(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"as researchers posited",
			"“We keep asking that same question,” Dr. Lena Ruhl said. As researchers posited in 1985: “Where is the mother in child health?”",
			[]want{{"We keep asking that same question,", "Lena Ruhl", Full, ""}, {"Where is the mother in child health?", "researchers", Full, ""}}},
		{"the coroner surmised",
			"“The fire started in the kitchen,” the inspector said. The coroner surmised that the victim had been “asleep when the smoke reached the room.”",
			[]want{{"The fire started in the kitchen,", "the inspector", Full, ""}, {"asleep when the smoke reached the room.", "The coroner", Partial, ""}}},
	})
}
