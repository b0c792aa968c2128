package quotes

import "testing"

// An abbreviated title ending in a period ("Const.", "Atty. Gen.") is part
// of the name after it, not the end of a sentence, also at the end of a
// sentence after a verb of speech; "Said X," opening a sentence is the verb
// inverted, not a given name. Each text is written for this test (issue 20,
// seventh round).
func TestFindRound7AbbreviatedTitles(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a constable after an inverted verb",
			"Crews were sent to Bayview Road and the highway overnight.\n\n“We found two cars in the ditch,” said Const. Rhys Alder, with the county traffic unit.",
			[]want{{"We found two cars in the ditch,", "Rhys Alder", Full, ""}}},
		{"a constable closing the sentence",
			"Crews were sent to Bayview Road and the highway overnight.\n\n“We found two cars in the ditch,” alleged Provincial Police Const. Rhys Alder.",
			[]want{{"We found two cars in the ditch,", "Rhys Alder", Full, ""}}},
		{"an attorney general abbreviated",
			"The charges were filed on Monday.\n\n“No one is above the law,” said Atty. Gen. Marta Quill.",
			[]want{{"No one is above the law,", "Marta Quill", Full, ""}}},
		{"a superintendent abbreviated",
			"The search went on through the night.\n\n“We will not stop looking,” said Supt. Owen Brack.",
			[]want{{"We will not stop looking,", "Owen Brack", Full, ""}}},
		{"said inverted before the name and a colon",
			"Rep. Tom Halvers chaired the first hearing in 2005.\n\nSaid Halvers, who chaired the hearing: “Our work here is not done.”",
			[]want{{"Our work here is not done.", "Tom Halvers", Full, ""}}},
	})
}

// A written text's words are its author's when the article says who wrote
// or issued it: the subject of the sentence that introduces it ("X
// responded with an open letter", "the council passed a resolution") or a
// name that qualifies it ("a 2001 U.N. Security Council resolution"). Each
// text is written for this test (issue 20, seventh round).
func TestFindRound7DocumentAuthors(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a letter the subject responded with",
			"A survey found that one driver in five admits to driving after drinking.\n\nPolice Chief Marian Osei responded to the survey with an open letter to residents.\n\n“Too many of us think it will never happen to us,” the letter said.\n\n“We will take cars off the road,” it continued.",
			[]want{{"Too many of us think it will never happen to us,", "Marian Osei", Full, ""}, {"We will take cars off the road,", "Marian Osei", Full, ""}}},
		{"a resolution named by its council",
			"The expert read a summary from a 1999 U.N. Security Council resolution imposing sanctions on the regime.\n\nThe resolution said that timber sales funded the militia “and that such trade cannot happen without the government's consent.”",
			[]want{{"and that such trade cannot happen without the government's consent.", "U.N. Security Council", Partial, ""}}},
		{"a resolution the council passed",
			"The Halden City Council passed a resolution on the harbour in March.\n\n“The harbour belongs to everyone,” the resolution said.",
			[]want{{"The harbour belongs to everyone,", "Halden City Council", Full, ""}}},
	})
}

// A name that opens the clause a verb of speech reports ("Harper, who said
// Mulroney never raised the matter") is what the speech is about: it does
// not speak, and a later quotation or pronoun does not go to it; nor does a
// name in a relative clause of the reported words ("He said the music by
// Tesori, who wrote the songs, has “…”"). Each text is written for this
// test (issue 20, seventh round).
func TestFindRound7ReportedSubject(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a name reported on is not the next speaker",
			"Karl Brenner testified for a second day on Thursday.\n\n“The meeting went very well,” said Brenner.\n\nThis contradicts statements by Premier Lyle Haddon, who said Ross Pelley never raised the matter with him.\n\n“It was a shock for me when the premier said that on television.”\n\nAnd he said the project “was never going to be built.”",
			[]want{{"The meeting went very well,", "Karl Brenner", Full, ""}, {"It was a shock for me when the premier said that on television.", "Karl Brenner", Full, ""}, {"was never going to be built.", "Karl Brenner", Partial, ""}}},
		{"a writer in a relative clause of the reported words",
			"“It is the plot of the first film,” said Jon Mercer, who will direct the show.\n\nHe said the music by Joan Tessaro, who wrote songs for many shows, has “real guts to it.”",
			[]want{{"It is the plot of the first film,", "Jon Mercer", Full, ""}, {"real guts to it.", "Jon Mercer", Partial, ""}}},
	})
}

// A role noun refers back to the person the article gave the role with
// its verb ("X, who will direct the show" then "the director said"; "who
// founded", "who coaches", "who blogs"); a role the text never tied to
// anyone stays a new source. Each text is written for this test (issue 20,
// seventh round).
func TestFindRound7RoleByVerb(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the director after who will direct",
			"“It is the plot of the first film,” said Jon Mercer, who will direct the show.\n\nMercer, who directed a hit comedy last year, has worked on the show for three years. “We are building it from the beginning,” the director said.",
			[]want{{"It is the plot of the first film,", "Jon Mercer", Full, ""}, {"We are building it from the beginning,", "Jon Mercer", Full, ""}}},
		{"the coach after who coaches",
			"Dana Pryor, who coaches the under-12 team, arrived early.\n\n“We train in any weather,” the coach said.",
			[]want{{"We train in any weather,", "Dana Pryor", Full, ""}}},
	})
}

// An organisation's name, lower-case words of role and a person's name
// before the verb ("Greenpeace Japan anti-whaling campaigner Sakyo Noda
// said") are one subject: the person speaks, of the organisation, and
// "he said" next is that person, not the organisation. Each text is
// written for this test (issue 20, seventh round).
func TestFindRound7OrgRoleName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an organisation and a place, a hyphenated role, a name, then he",
			"Greenpeace said on Friday that activists had placed a banner against the hull.\n\n“There is growing concern about this fake science,” Greenpeace Japan anti-whaling campaigner Sakyo Noda said.\n\n“For the past week we've stopped the whaling,” he said.",
			[]want{{"There is growing concern about this fake science,", "Sakyo Noda", Full, ""}, {"For the past week we've stopped the whaling,", "Sakyo Noda", Full, ""}}},
	})
}

// A title word that is also a given name ("Dean", "Earl", "Marshal")
// after another title ("Conservative MP Dean Del Mastro", "Sgt. Earl
// Grant") is the given name. Each text is written for this test (issue
// 20, seventh round).
func TestFindRound7GivenNameAfterTitle(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an MP called Dean with a two-word surname",
			"The committee met for a third day.\n\nConservative MP Dean Van Horne accused the witness of “nothing but a delay tactic.”",
			[]want{{"nothing but a delay tactic.", "Dean Van Horne", Partial, ""}}},
		{"a sergeant called Earl",
			"The road was closed for hours.\n\n“Nobody was hurt,” said Sgt. Earl Whitcombe.",
			[]want{{"Nobody was hurt,", "Earl Whitcombe", Full, ""}}},
		{"an associate dean keeps the title",
			"The law school opened a clinic.\n\n“Students will see real clients,” said Associate Dean Ellen Barker.",
			[]want{{"Students will see real clients,", "Ellen Barker", Full, ""}}},
	})
}

// A firm's partners' names joined by commas after "firm" ("the law firm
// Walsh, Wilkins, Creighton") are one organisation's name, which speaks
// through the firm's letter. Each text is written for this test (issue 20,
// seventh round).
func TestFindRound7FirmName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a letter from a law firm with three names",
			"The student got a letter from lawyers in early December.\n\n“This is an invasion of our client's rights,” says the letter from the law firm Barrow, Hinch, Tellam.\n\n“Our client is owed a share,” the letter says.",
			[]want{{"This is an invasion of our client's rights,", "Barrow, Hinch, Tellam", Full, ""}, {"Our client is owed a share,", "Barrow, Hinch, Tellam", Full, ""}}},
		{"an accounting firm with an ampersand",
			"“The books were in order,” said a partner at the firm Pell, Orrin & Vance.",
			[]want{{"The books were in order,", "a partner", Full, ""}}},
	})
}

// A recording the article attributes to someone ("an audio recording
// attributed to X", "a video purportedly from X") speaks with that
// person's voice: "the speaker says" and "the voice says" on it are X,
// as the label convention credits a text to its author. Each text is written for
// this test (issue 20, seventh round).
func TestFindRound7AttributedRecording(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an audio recording attributed to a leader",
			"An audio recording attributed to Abu Karim Dawar called on Europeans to leave the region.\n\nThe message surfaced on a satellite channel on Thursday.\n\n“You did not respect the rules of war,” the speaker says.",
			[]want{{"You did not respect the rules of war,", "Abu Karim Dawar", Full, ""}}},
		{"a video purportedly from a commander",
			"A video purportedly from Omar Haddad was posted online on Monday.\n\n“We will return,” the voice says.",
			[]want{{"We will return,", "Omar Haddad", Full, ""}}},
	})
}

// A wire lede that describes its subject ("accusing a young blogger of…")
// and a second paragraph that opens with a full name introduced there
// ("Dale Corrigan, host of…, paid…"): the description is that person's, so
// "the blogger says" later is the named person. Each text is written for
// this test (issue 20, seventh round).
func TestFindRound7LedeDescription(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a lede's blogger named in the second paragraph",
			"Lawyers for Mayor Tom Elkins are accusing a young blogger of “misusing” the mayor's name after the student bought a web domain.\n\nDale Corrigan, host of a political website, paid $14 for the domain last April.\n\n“It seems a little bizarre,” Corrigan said Tuesday.\n\nElkins has not commented.\n\nThe blogger says there was no intention to earn a profit. “It's a little too early to talk about that.”",
			[]want{{"It seems a little bizarre,", "Dale Corrigan", Full, ""}, {"It's a little too early to talk about that.", "Dale Corrigan", Full, ""}}},
	})
}

// A name described by an appositive whose head is a kind of body ("Crescent
// Technology, a consulting company spun off from …") is an organisation: it
// takes no "she" or "he". Each text is written for this test (issue 20,
// seventh round).
func TestFindRound7OrganisationAppositive(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a company in an appositive before she says",
			"“I like it here,” says Anita Rao.\n\nHer father, Jay Rao, is a vice president at Meridian Holloway, a consulting company spun off from a mining firm.\n\n“It is not a direct connection,” she says.",
			[]want{{"I like it here,", "Anita Rao", Full, ""}, {"It is not a direct connection,", "Anita Rao", Full, ""}}},
	})
}
