package quotes

import "testing"

// "Tarn's daughter, 13-year-old Lia Tarn": a kinship noun gives the
// name's gender past an age between them, so "the girl" next is that
// person. Each text is written for this test (issue 20, thirteenth
// round).
func TestFindRound13KinThroughAge(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"daughter, age, name; the girl described",
			"The town promised free schooling for Tarn's daughter, 13-year-old Lia Tarn. The girl described her father as \"gentle\" and \"hard-working, a man of honour, always my hero.\"",
			[]want{{"gentle", "Lia Tarn", Partial, ""}, {"hard-working, a man of honour, always my hero.", "Lia Tarn", Partial, ""}}},
		{"his son, age, name; the boy said",
			"Officers later spoke to his son, 12-year-old Eli Rusk, at the scene. \"I heard the dog first,\" the boy said.",
			[]want{{"I heard the dog first,", "Eli Rusk", Full, ""}}},
	})
}

// "striker Ana Ruiz … the striker said": a lower-case noun right before a
// person's name describes that person, so "the <noun>" later is the one
// it was last written before. Each text is written for this test (issue
// 20, thirteenth round).
func TestFindRound13NounBeforeName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the spinner after two spinners named",
			"The tour resumed after the ban on spinner Raj Vettan.\n\nEnglish spinner Tom Kettle is also likely to face a hearing on Monday.\n\nThe spinner was reported by the team manager for allegedly calling one of their players a \"coward\" on the last day.",
			[]want{{"coward", "Tom Kettle", Partial, ""}}},
		{"the striker said",
			"United won 2-1 on Saturday, with striker Ana Ruiz scoring twice before half-time.\n\n\"We never stopped running,\" the striker said.",
			[]want{{"We never stopped running,", "Ana Ruiz", Full, ""}}},
		{"the defender told reporters, a coach named between",
			"The club fined defender Joel Marsh after the match. Coach Peter Hale backed the decision.\n\n\"I let the team down,\" the defender told reporters.",
			[]want{{"I let the team down,", "Joel Marsh", Full, ""}}},
	})
}

// "As a young lawyer, Moraine describes…": the role in a fronted "As a"
// phrase is the name's after it, so "the young lawyer" and "the nurse"
// later are that person. Each text is written for this test (issue 20,
// thirteenth round).
func TestFindRound13AsRole(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"as a young lawyer, surname; the young lawyer warned",
			"Born in Ostra, Pell Moraine has turned his hardships into a career in law.\n\nAs a young lawyer, Moraine describes his career as still in its early stages.\n\n\"The law is not a game; it is a duty,\" Moraine says.\n\nDana Celt, a judge, praised his work.\n\nThe young lawyer warned that the new bill \"opens the door to abuse.\"",
			[]want{{"The law is not a game; it is a duty,", "Pell Moraine", Full, ""}, {"opens the door to abuse.", "Pell Moraine", Partial, ""}}},
		{"as a nurse, full name; the nurse said",
			"As a nurse, Tilda Marr has seen the ward change. Her manager, Carl Dunn, agrees.\n\n\"We are short of hands every night,\" the nurse said.",
			[]want{{"We are short of hands every night,", "Tilda Marr", Full, ""}}},
	})
}

// "Tom Welk's mom said": a named owner's relative speaks, not the owner;
// the relative named just before under the owner's surname is that person
// ("Dora Welk has praised… Tom Welk's mom confirmed"). Each text is written
// for this test (issue 20, thirteenth round).
func TestFindRound13OwnersRelative(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the owner's mom, not named",
			"The quarterback's family was in the stands. Tom Welk's mom said, \"I listened to the whole game with my eyes closed.\"",
			[]want{{"I listened to the whole game with my eyes closed.", "Tom Welk's mom", Full, ""}}},
		{"the owner's mom, named just before",
			"Dora Welk has praised the singer's new album. Tom Welk's mom confirmed: \"I listened to the whole album, and I listened to it all morning long.\"",
			[]want{{"I listened to the whole album, and I listened to it all morning long.", "Dora Welk", Full, ""}}},
		{"the owner's brother, named the paragraph before",
			"Police named the driver as Ivo Brandt, 24.\n\nOmar Brandt spoke to reporters outside the court. Ivo Brandt's brother told them, \"He would never have driven that fast.\"",
			[]want{{"He would never have driven that fast.", "Omar Brandt", Full, ""}}},
	})
}

// "The Writers Guild of Arcadia applauded the deal. “…,” the union said":
// "the union" is the labour body named last (a guild is an organisation),
// not a union described before under another name. Each text is written
// for this test (issue 20, thirteenth round).
func TestFindRound13TheUnionBack(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a guild named after a described union",
			"Arcadia's actors union reached a tentative deal with studios on Wednesday.\n\nThe Writers Guild of Arcadia applauded Wednesday's deal. \"We're thrilled to see the performers win a contract,\" the union said in a statement. \"When workers are united, they win!\"",
			[]want{{"We're thrilled to see the performers win a contract,", "Writers Guild of Arcadia", Full, ""}, {"When workers are united, they win!", "Writers Guild of Arcadia", Full, ""}}},
		{"a federation named the paragraph before",
			"The port's dockers union called off its strike on Monday.\n\nThe National Federation of Harbour Workers backed the decision after a vote.\n\n\"Our members have shown what solidarity can win,\" the union said.",
			[]want{{"Our members have shown what solidarity can win,", "National Federation of Harbour Workers", Full, ""}}},
	})
}

// "Hadvar's uncle slowly reaches for his mace… “…,” he reiterates": a
// relative owned by a name and opening the (main) clause is its subject,
// whom the next pronoun means, not the owner. Each text is written for
// this test (issue 20, thirteenth round).
func TestFindRound13OwnersRelativeSubject(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"after a fronted clause",
			"Hadvar walked into the shop first.\n\nI ready the spell, but before I cast, Hadvar's uncle slowly reaches for his mace, turns to the bandit, and bats her into a cart.\n\n\"Take what you need my friend,\" he reiterates. \"Within reason, of course.\"",
			[]want{{"Take what you need my friend,", "Hadvar's uncle", Full, ""}, {"Within reason, of course.", "Hadvar's uncle", Full, ""}}},
		{"opening the sentence, the relative named before",
			"Mara Holt and Jon Holt ran the farm for forty years.\n\nJon Holt's widow keeps the accounts. \"We never had a bad harvest until this one,\" she said.",
			[]want{{"We never had a bad harvest until this one,", "Mara Holt", Full, ""}}},
	})
}
