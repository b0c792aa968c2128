package quotes

import "testing"

// "as Ms Pell suggests": a form of address after "as" is a person, not an
// office someone serves as, and the bare surname keeps meaning the full
// name first introduced. Each text is written for this test (issue 20,
// fourteenth round).
func TestFindRound14HonorificAfterAs(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"as Ms X suggests, then says Ms X",
			"When she looks back, founder Dana Forsk recalls meeting few investors.\n\nThe first hurdle, as Ms Forsk suggests, is that few partners are women.\n\n“Confidence is a skill you can learn,” says Ms Forsk.",
			[]want{{"Confidence is a skill you can learn,", "Dana Forsk", Full, ""}}},
		{"as Mr X put it, then Mr X said",
			"Builder Omar Vantley won the contract in May.\n\nThe delay, as Mr Vantley put it, was nobody's fault.\n\nMr Vantley said the site would open “before the snow comes.”",
			[]want{{"before the snow comes.", "Omar Vantley", Partial, ""}}},
	})
}

// "the shooting of Jacob Blake, which touched off protests": "which"
// stands for the noun before "of", so the name after it is still a
// person's, and the bare surname later is that person. Each text is
// written for this test (issue 20, fourteenth round).
func TestFindRound14PersonBeforeWhich(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the arrest of X, which …; X told",
			"The officers involved in the arrest of Daniel Worrow, which set off weeks of protests, will not be charged.\n\nWorrow told investigators that it would have been \"just stupid\" to run.",
			[]want{{"just stupid", "Daniel Worrow", Partial, ""}}},
		{"the firing of X, which …; X said",
			"The firing of Laura Menick, which stunned the staff, came on Friday.\n\n“I had no warning at all,” Menick said.",
			[]want{{"I had no warning at all,", "Laura Menick", Full, ""}}},
	})
}

// "Governor Anyang’ Nyong’o": an elision mark ending a given name before a
// surname that carries one too is part of the name. Each text is written
// for this test (issue 20, fourteenth round).
func TestFindRound14ElidedGivenName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"title, X’ Y’o, then the role and the surname",
			"Lakeside Governor Omondi’ Ong’alo has warned brokers who took market stalls.\n\n“We built these markets for the hawkers,” said the governor.\n\nProf Ong’alo also opened a new market.\n\n“There is nothing wrong with making money honestly,” Ong’alo said.",
			[]want{{"We built these markets for the hawkers,", "Omondi’ Ong’alo", Full, ""}, {"There is nothing wrong with making money honestly,", "Omondi’ Ong’alo", Full, ""}}},
		{"a plural possessive is no part of a name",
			"The Harrises’ O’Neill Street house was sold.\n\n“It was time,” said Ada Harris.",
			[]want{{"It was time,", "Ada Harris", Full, ""}}},
	})
}
