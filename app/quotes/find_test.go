package quotes

import (
	"reflect"
	"strings"
	"testing"
)

// want describes one expected quotation: its text, speaker and, when
// non-empty, its kind and affiliation.
type want struct {
	text, speaker string
	kind          Kind
	affil         string
}

func TestFindCases(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{
			name: "curly double quotes, attribution after",
			text: "“We will not back down from this fight,” said Andrei Lankov, a professor at Kookmin University.",
			want: []want{{"We will not back down from this fight,", "Andrei Lankov", Full, "a professor at Kookmin University"}},
		},
		{
			name: "straight double quotes",
			text: `"The market is nervous and it shows," said Maria Lopez, an analyst at Eastbridge Capital.`,
			want: []want{{"The market is nervous and it shows,", "Maria Lopez", Full, "an analyst at Eastbridge Capital"}},
		},
		{
			name: "nested single quotes belong to the outer quote",
			text: "“He told me, ‘we are done talking’, and left the room,” Park said.",
			want: []want{{"He told me, ‘we are done talking’, and left the room,", "Park", Full, ""}},
		},
		{
			name: "nested single quote closing together with the double",
			text: "“The view here is, ‘let the other side blink first.’” Lankov said.",
			want: []want{{"The view here is, ‘let the other side blink first.’", "Lankov", Full, ""}},
		},
		{
			name: "apostrophes are not quotation marks",
			text: "Korea’s exports rebounded to levels last seen in the ’90s. “We don’t expect this to last, and the Koreas’ trade gap won’t close soon,” said Lee Ji-won, an economist.",
			want: []want{{"We don’t expect this to last, and the Koreas’ trade gap won’t close soon,", "Lee Ji-won", Full, "an economist"}},
		},
		{
			name: "quote spanning paragraphs",
			text: "Ri Son-gwon said: “We have no interest in talks for the sake of talks.\n\n“The United States must first abandon its hostile policy.”",
			want: []want{{"We have no interest in talks for the sake of talks.\n\n“The United States must first abandon its hostile policy.", "Ri Son-gwon", Full, ""}},
		},
		{
			name: "quote split around its attribution",
			text: "“The talks went well,” she said. “But nothing is settled.”\n\nEarlier, Wendy Sherman had met Japanese officials.",
			want: []want{
				{"The talks went well,", "", Full, ""},
				{"But nothing is settled.", "", Full, ""},
			},
		},
		{
			name: "split quote continuing in lower case",
			text: "Wendy Sherman arrived on Monday. “We are,” Sherman said, “ready to listen to any serious proposal.”",
			want: []want{
				{"We are,", "Wendy Sherman", Full, ""},
				{"ready to listen to any serious proposal.", "Wendy Sherman", Full, ""},
			},
		},
		{
			name: "attribution before with a colon",
			text: "Moon told Asia Times: “US media has focused on the confrontation.”",
			want: []want{{"US media has focused on the confrontation.", "Moon", Full, ""}},
		},
		{
			name: "appositive between name and verb",
			text: "“This is a turning point,” Kim Min-seok, the head of the Asan Institute, said on Tuesday.",
			want: []want{{"This is a turning point,", "Kim Min-seok", Full, "the head of the Asan Institute"}},
		},
		{
			name: "inverted verb with who-clause",
			text: "“The sanctions are working,” said Moon Chung-in, who runs the Harbour Policy Forum.",
			want: []want{{"The sanctions are working,", "Moon Chung-in", Full, "runs the Harbour Policy Forum"}},
		},
		{
			name: "many reporting verbs",
			text: "“We need more time,” Tanaka argued.\n\n“Time is what we lack,” warned Okafor.\n\n“Who will pay for it?” asked Brenner.\n\n“It is not our fight,” Dupont insisted.",
			want: []want{
				{"We need more time,", "Tanaka", Full, ""},
				{"Time is what we lack,", "Okafor", Full, ""},
				{"Who will pay for it?", "Brenner", Full, ""},
				{"It is not our fight,", "Dupont", Full, ""},
			},
		},
		{
			name: "according to",
			text: "“Exports will fall by a tenth next year,” according to Helen Park, chief economist at Hana Securities.",
			want: []want{{"Exports will fall by a tenth next year,", "Helen Park", Full, "chief economist at Hana Securities"}},
		},
		{
			name: "attribution in the previous sentence",
			text: "David Tizzard, a professor at Seoul Women’s University, spoke to Asia Times on Monday. “A lot of diplomacy takes place behind closed doors.”",
			want: []want{{"A lot of diplomacy takes place behind closed doors.", "David Tizzard", Full, ""}},
		},
		{
			name: "pronoun resolves to the last speaker-like subject",
			text: "Rah Jong-yil, a former ambassador to London, has dealt with Pyongyang for decades.\n\n“Sometimes we have to go around,” he said.",
			want: []want{{"Sometimes we have to go around,", "Rah Jong-yil", Full, "a former ambassador to London"}},
		},
		{
			name: "pronoun gender skips the wrong person",
			text: "“The deal is fragile,” said Sarah Lindgren, an economist. Her colleague Mark Dawson disagreed.\n\n“It will hold,” he said. “Both sides need it.”\n\n“I hope he is right,” she said.",
			want: []want{
				{"The deal is fragile,", "Sarah Lindgren", Full, ""},
				{"It will hold,", "Mark Dawson", Full, ""},
				{"Both sides need it.", "Mark Dawson", Full, ""},
				{"I hope he is right,", "Sarah Lindgren", Full, ""},
			},
		},
		{
			name: "surname resolves to the full name",
			text: "“Right now, North Korea is not answering,” said Andrei Lankov, a researcher.\n\nLater, Lankov added: “That is my understanding.”",
			want: []want{
				{"Right now, North Korea is not answering,", "Andrei Lankov", Full, ""},
				{"That is my understanding.", "Andrei Lankov", Full, ""},
			},
		},
		{
			name: "shared surname kept apart by recency",
			text: "President Moon Jae-in has pushed for engagement. Moon Chung-in, an academic, advises him.\n\n“Engagement is the only realistic option,” Moon said.",
			want: []want{{"Engagement is the only realistic option,", "Moon Chung-in", Full, ""}},
		},
		{
			name: "shared surname kept apart by title",
			text: "North Korean leader Kim Jong Un spoke on Friday. The US envoy, Ambassador Sung Kim, arrived in Seoul the next day.\n\n“We are ready to meet anywhere,” Ambassador Kim said.",
			want: []want{{"We are ready to meet anywhere,", "Sung Kim", Full, ""}},
		},
		{
			name: "leader title kept apart from envoy",
			text: "US envoy Sung Kim arrived in Seoul on Saturday, days after North Korean leader Kim Jong Un spoke.\n\n“We must be prepared for dialogue and confrontation,” leader Kim said.",
			want: []want{{"We must be prepared for dialogue and confrontation,", "Kim Jong Un", Full, ""}},
		},
		{
			name: "title stripped, affiliation kept",
			text: "“Diplomacy is back,” US President Joe Biden said.",
			want: []want{{"Diplomacy is back,", "Joe Biden", Full, "US President"}},
		},
		{
			name: "partial quote inside the writer's sentence",
			text: "The agency said the country should be “fully ready for a standoff to defend the honour of our republic.”",
			want: []want{{"fully ready for a standoff to defend the honour of our republic.", "The agency", Partial, ""}},
		},
		{
			name: "short partial quote governed by a reporting verb",
			text: "Lee Dong-hyun called the deal “humiliating diplomacy” on Monday.",
			want: []want{{"humiliating diplomacy", "Lee Dong-hyun", Partial, ""}},
		},
		{
			name: "scare quotes and titles are not speech",
			text: "Experts said the emphasis was on “talk”. The drills, dubbed “Strait Thunder”, followed the so-called “salami slicing” approach and the “Axis of Evil” speech. Operation “Dawn” began at night.",
			want: nil,
		},
		{
			name: "short quoted term used as a modifier",
			text: "One reason Sung Kim made his “anywhere, anytime” public statement may be the silence, said Moon Chung-in.",
			want: nil,
		},
		{
			name: "organisation as the source",
			text: "“The Chairman underlined the need to make ready for talks,” North Korea’s Central News Agency reported.",
			want: []want{{"The Chairman underlined the need to make ready for talks,", "North Korea’s Central News Agency", Full, ""}},
		},
		{
			name: "British single quotation marks",
			text: "‘The numbers are a fantasy,’ said Margaret Osei, chief executive of the Home Builders’ Alliance. ‘Everyone knows it.’",
			want: []want{
				{"The numbers are a fantasy,", "Margaret Osei", Full, ""},
				{"Everyone knows it.", "Margaret Osei", Full, ""},
			},
		},
		{
			name: "unnamed source",
			text: "“There were no leaks,” said one Western diplomat who attended the sessions.",
			want: []want{{"There were no leaks,", "one Western diplomat", Full, ""}},
		},
		{
			name: "exclamation before the attribution",
			text: "“Then we fight!” Haddad said. “But I hope it will not come to that.”",
			want: []want{
				{"Then we fight!", "Haddad", Full, ""},
				{"But I hope it will not come to that.", "Haddad", Full, ""},
			},
		},
		{
			name: "relative clause on a document: not the subject of the quoted clause",
			text: "The ministry issued a joint statement, which said the parties “reaffirm their commitment to free passage”.",
			want: []want{{"reaffirm their commitment to free passage", "a joint statement", Partial, ""}},
		},
		{
			name: "relative clause on a name, with a colon",
			text: "The plan was praised by Lena Marsh, who said: “We have waited a long time for this.”",
			want: []want{{"We have waited a long time for this.", "Lena Marsh", Full, ""}},
		},
		{
			name: "relative clause after an appositive",
			text: "Reporters reached Pieter Dahl, the transport minister, who said the talks were “a good start for everyone”.",
			want: []want{{"a good start for everyone", "Pieter Dahl", Partial, "the transport minister"}},
		},
		{
			name: "relative clause with a second verb",
			text: "The strike has cost Ilse Varga, who runs a café on the quay and said bookings had “fallen off a cliff”.",
			want: []want{{"fallen off a cliff", "Ilse Varga", Partial, ""}},
		},
		{
			name: "a capitalised role noun opens the sentence",
			text: "Officials at the authority said the closure was “on schedule and fully funded”.",
			want: []want{{"on schedule and fully funded", "Officials", Partial, "at the authority"}},
		},
		{
			name: "one with a participle adjective",
			text: "As one retired crane driver put it, “You cannot eat a view.”",
			want: []want{{"You cannot eat a view.", "one retired crane driver", Full, ""}},
		},
		{
			// ("one of …" is "one", the label conventions; round 27b)
			name: "one of them is one picked out of the group last mentioned",
			text: "Two officials at the inspectorate said the mine had been warned. One of them described the warning as “clear, written and ignored”.",
			want: []want{{"clear, written and ignored", "One", Partial, ""}},
		},
		{
			name: "asked for is a request, not speech",
			text: "According to a person familiar with the inspections, the company asked for more time “three times in one year”.",
			want: []want{{"three times in one year", "a person", Partial, "familiar with the inspections"}},
		},
		{
			name: "a verb-like noun in the speaker's appositive",
			text: "“We are,” said Marina Costa, the lead negotiator for a coalition of small island states, “running out of patience.”",
			want: []want{
				{"We are,", "Marina Costa", Full, "the lead negotiator for a coalition of small island states"},
				{"running out of patience.", "Marina Costa", Full, "the lead negotiator for a coalition of small island states"},
			},
		},
		{
			name: "her opposite number is someone else",
			text: "Sara Quist said the figures were ‘disappointing but not surprising’.\n\nHer opposite number was blunt: ‘This is what happens when you freeze pay.’",
			want: []want{
				{"disappointing but not surprising", "Sara Quist", Partial, ""},
				{"This is what happens when you freeze pay.", "Her opposite number", Full, ""},
			},
		},
		{
			name: "it is the document a sentence was about",
			text: "Mona Sæther, who chairs the Brennholt Patients’ Association, said January was “too late”.\n\nThe hospital’s own statement was shorter. “We apologise to every patient,” it said.",
			want: []want{
				{"too late", "Mona Sæther", Partial, ""},
				{"We apologise to every patient,", "The hospital’s own statement", Full, ""},
			},
		},
		{
			name: "a participle parenthesis before the verb",
			text: "A ministry official, speaking on background, said changes were “likely but not imminent”.",
			want: []want{{"likely but not imminent", "A ministry official", Partial, ""}},
		},
		{
			name: "a shared surname goes on meaning whom it meant",
			text: "Henrik Dahlberg has fished here for forty years. Dahlberg is not alone. His cousin Frida Dahlberg mends nets. “The fish moved north,” she says.\n\nThe quotas were cut again.\n\nBack on the boat, Dahlberg is unimpressed. “Likely enough,” he repeats, and laughs.",
			want: []want{
				{"The fish moved north,", "Frida Dahlberg", Full, ""},
				{"Likely enough,", "Henrik Dahlberg", Full, ""},
			},
		},
		{
			name: "one of a group of people named before",
			text: "Bo Lindqvist declined to comment.\n\nOutside, a small group of dockworkers waited for the verdict. “Six years is nothing,” one of them said.",
			want: []want{{"Six years is nothing,", "one", Full, ""}},
		},
		{
			name: "a role noun then the name",
			text: "“The buoys tell us how thick the ice is,” said its lead author, Dr Mikael Sund of the University of Tromsdal.",
			want: []want{{"The buoys tell us how thick the ice is,", "Mikael Sund", Full, "its lead author"}},
		},
		{
			name: "a present-tense plural reporting verb",
			text: "The study’s authors write that their estimate carries “substantial uncertainty in both directions”.",
			want: []want{{"substantial uncertainty in both directions", "The study’s authors", Partial, ""}},
		},
		{
			name: "a possessive name opens the appositive",
			text: "Nordvik agreed to buy Kestrel Mobile.\n\n“This is a deal about scale,” Nordvik’s chief executive, Ingrid Sæle, said on a call.",
			want: []want{{"This is a deal about scale,", "Ingrid Sæle", Full, "Nordvik’s chief executive"}},
		},
		{
			name: "an ampersand inside a name",
			text: "Analysts at Brandt & Co wrote in a note to clients that the price was “full but defensible”.",
			want: []want{{"full but defensible", "Analysts", Partial, "at Brandt & Co"}},
		},
		{
			name: "a title noun then the name",
			text: "“I have waited my whole career for this,” said the United captain, Erik Brun, who scored the winner.",
			want: []want{{"I have waited my whole career for this,", "Erik Brun", Full, "the United captain"}},
		},
		{
			name: "the subject of a relative clause before the verb",
			text: "A diplomat from a third country who attended the opening session as an observer described the atmosphere as “cold but correct”.",
			want: []want{{"cold but correct", "A diplomat", Partial, ""}},
		},
		{
			name: "in the words of",
			text: "In the words of one senior party official, the resignation was “overdue by about six months”.",
			want: []want{{"overdue by about six months", "one senior party official", Partial, ""}},
		},
		{
			name: "the agent of a passive is an antecedent",
			text: "The petition was handed to the board by Hanna Strom, whose children attend the school. “If it closes, my children will spend two hours a day on a bus,” she said.",
			want: []want{{"If it closes, my children will spend two hours a day on a bus,", "Hanna Strom", Full, ""}},
		},
		{
			name: "a possessive role is someone new",
			text: "“The ferries always come back,” said Kasimir Odell.\n\nThe government’s negotiator told reporters that the offer was “on the table and generous”.",
			want: []want{
				{"The ferries always come back,", "Kasimir Odell", Full, ""},
				{"on the table and generous", "The government’s negotiator", Partial, ""},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := Find(tc.text)
			checkInvariants(t, tc.text, res)
			if len(res.Quotes) != len(tc.want) {
				for _, q := range res.Quotes {
					t.Logf("got %q by %q", q.Text, q.Speaker)
				}
				t.Fatalf("got %d quotes, want %d", len(res.Quotes), len(tc.want))
			}
			for i, w := range tc.want {
				q := res.Quotes[i]
				if q.Text != w.text {
					t.Errorf("quote %d text %q, want %q", i, q.Text, w.text)
				}
				if q.Speaker != w.speaker && w.speaker != "" {
					t.Errorf("quote %d speaker %q, want %q", i, q.Speaker, w.speaker)
				}
				if w.kind != "" && q.Kind != w.kind {
					t.Errorf("quote %d kind %q, want %q", i, q.Kind, w.kind)
				}
				if w.affil != "" && q.Affiliation != w.affil {
					t.Errorf("quote %d affiliation %q, want %q", i, q.Affiliation, w.affil)
				}
			}
		})
	}
}

// TestSplitQuoteSameSpeaker checks that both halves of a split quotation
// go to the pronoun's antecedent.
func TestSplitQuoteSameSpeaker(t *testing.T) {
	text := "Wendy Sherman met her counterparts on Monday.\n\n“The talks went well,” she said. “But nothing is settled.”"
	res := Find(text)
	if len(res.Quotes) != 2 {
		t.Fatalf("got %d quotes, want 2: %+v", len(res.Quotes), res.Quotes)
	}
	for _, q := range res.Quotes {
		if q.Speaker != "Wendy Sherman" {
			t.Errorf("%q: speaker %q, want Wendy Sherman", q.Text, q.Speaker)
		}
	}
}

func TestPeople(t *testing.T) {
	text := "“We continue to hope,” Ambassador Sung Kim said.\n\n“Right now, North Korea is not answering,” said Moon Chung-in, who runs the Harbour Policy Forum.\n\n“That is my understanding,” Moon said. Kim later left for Jakarta. “We will be back,” Kim said."
	res := Find(text)
	if len(res.People) != 2 {
		t.Fatalf("got people %+v, want 2", res.People)
	}
	if res.People[0].Name != "Sung Kim" || res.People[1].Name != "Moon Chung-in" {
		t.Errorf("people order/names: %+v", res.People)
	}
	if res.People[1].Affiliation != "runs the Harbour Policy Forum" {
		t.Errorf("Moon affiliation %q", res.People[1].Affiliation)
	}
	if !containsStr(res.People[0].Aliases, "Ambassador Sung Kim") || !containsStr(res.People[1].Aliases, "Moon") {
		t.Errorf("aliases: %+v", res.People)
	}
}

func TestFindDegenerate(t *testing.T) {
	for _, text := range []string{
		"", "“", "”", "\"", "''", "“”", "\n\n“\n\n”", "‘’’‘", "“unclosed quote running to the end",
		"He said “a” “b” “c” “d”.", strings.Repeat("“", 50), strings.Repeat("‘a ", 40),
		"“A,” he said, “B", "\"a\" \"b\" \"c", "Kim said: “", "’90s ‘90s '90s rock ’n’ roll",
		"“Text with\r\n\r\nwindows breaks.”", "“😀 emoji quote with more words here,” said 😀.",
	} {
		res := Find(text)
		checkInvariants(t, text, res)
	}
}

func TestUnclosedQuoteRunsToParagraphEnd(t *testing.T) {
	text := "“We are not going anywhere and we will keep fighting, said Omar Haddad.\n\nThe talks resumed."
	res := Find(text)
	if len(res.Quotes) != 1 {
		t.Fatalf("got %+v", res.Quotes)
	}
	if !strings.HasSuffix(res.Quotes[0].Text, "said Omar Haddad.") {
		t.Errorf("unclosed quote should run to the paragraph end, got %q", res.Quotes[0].Text)
	}
}

func TestNameParticles(t *testing.T) {
	text := "“Europe must stand firm,” said Ursula von der Leyen, the Commission president. “We will not waver,” said Khalid bin Hamad al-Mansouri."
	res := Find(text)
	if len(res.Quotes) != 2 || res.Quotes[0].Speaker != "Ursula von der Leyen" || res.Quotes[1].Speaker != "Khalid bin Hamad al-Mansouri" {
		t.Fatalf("got %+v", res.Quotes)
	}
}

func TestFindMoreCases(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a one-word reply is no quotation", "“I don’t know,” Trump said when asked about it. “Maybe.” Then: “So,” he said, “we will see.”",
			[]want{{"I don’t know,", "Trump", Full, ""}, {"we will see.", "Trump", Full, ""}}},
		{"two words are", "“I don’t know,” Trump said when asked about it. “Maybe later.”",
			[]want{{"I don’t know,", "Trump", Full, ""}, {"Maybe later.", "Trump", Full, ""}}},
		{"one word under called is", "Trump called the deal “historic” on Monday.", []want{{"historic", "Trump", Partial, ""}}},
		{"age appositive", "“It’s over,” Smith, 45, said.", []want{{"It’s over,", "Smith", Full, ""}}},
		{"book title is not a quote", "In his new book, “The Long Game: China’s Grand Strategy,” Rush Doshi argues that Beijing is patient.", nil},
		{"role noun picks up the last speaker", "“We have to be realistic,” Lee Jae-myung said on Tuesday. The opposition leader added that the government had “no plan at all.”",
			[]want{{"We have to be realistic,", "Lee Jae-myung", Full, ""}, {"no plan at all.", "Lee Jae-myung", Partial, ""}}},
		{"described source with post-modifier", "“No comment,” a spokesman for the ministry said.", []want{{"No comment,", "a spokesman", Full, "for the ministry"}}},
		{"colon heading", "Kim: “We will never give up our nuclear deterrent”", []want{{"We will never give up our nuclear deterrent", "Kim", Full, ""}}},
		{"party tag appositive", "Committee Chairman Chuck Grassley, R-Iowa, said the hearing will \"give these allegations a full airing.\"",
			[]want{{"give these allegations a full airing.", "Chuck Grassley", Partial, "Committee Chairman"}}},
		{"parenthesis and time phrase before the verb", "Sen. Dianne Feinstein (D-Calif.) on Monday said she \"would have voted no\" on the nominee.",
			[]want{{"would have voted no", "Dianne Feinstein", Partial, ""}}},
		{"month name that is a surname", "Prime Minister Theresa May arrived in Shanghai. Asked about Baker, May said: “No. He will apologise.”",
			[]want{{"No. He will apologise.", "Theresa May", Full, ""}}},
		{"pronoun prefers the sentence subject", "Speaking to Sky News, Damian Hinds was asked if Kwasi Kwarteng had lied, to which he replied “no, of course not”.",
			[]want{{"no, of course not", "Damian Hinds", Partial, ""}}},
		{"fragment belongs to the clause that governs it", "Pressed on why the Treasury accused Kwarteng of “making things up in interviews”, Hinds insisted prices were rising.",
			[]want{{"making things up in interviews", "Treasury", Partial, ""}}},
		{"people familiar with the matter", "“The talks have stalled,” people familiar with the matter said.",
			[]want{{"The talks have stalled,", "people", Full, "familiar with the matter"}}},
		{"according to a person close to", "“No decision has been made,” according to a person close to the negotiators.",
			[]want{{"No decision has been made,", "a person", Full, "close to the negotiators"}}},
		{"quoted as saying", "“We will never give up,” Kim Jong Un was quoted as saying by KCNA.",
			[]want{{"We will never give up,", "Kim Jong Un", Full, ""}}},
		{"laughed as a reporting verb", "“Not in my lifetime,” Okafor laughed.", []want{{"Not in my lifetime,", "Okafor", Full, ""}}},
		{"document as the source", "The eight-page text commits the parties to “further negotiations on all outstanding questions.”",
			[]want{{"further negotiations on all outstanding questions.", "The eight-page text", Partial, ""}}},
		{"possessive pronoun owner", "Megawati Sukarnoputri spoke for an hour. Her speech contained a reference to “those who forget where they came from.”",
			[]want{{"those who forget where they came from.", "Megawati Sukarnoputri", Partial, ""}}},
		{"definite noun phrase refers back", "“We are told the market will sort it out,” said a senior diplomat from one central European country. “It did not,” the diplomat said.",
			[]want{{"We are told the market will sort it out,", "a senior diplomat", Full, ""}, {"It did not,", "a senior diplomat", Full, ""}}},
		{"the company after a one-word name", "Nvidia, whose chips are the main target, said it would comply. “We follow the law wherever we operate,” the company said.",
			[]want{{"We follow the law wherever we operate,", "Nvidia", Full, ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := Find(tc.text)
			checkInvariants(t, tc.text, res)
			if len(res.Quotes) != len(tc.want) {
				t.Fatalf("got %+v, want %d quotes", res.Quotes, len(tc.want))
			}
			for i, w := range tc.want {
				q := res.Quotes[i]
				if q.Text != w.text || q.Speaker != w.speaker || (w.kind != "" && q.Kind != w.kind) || (w.affil != "" && q.Affiliation != w.affil) {
					t.Errorf("quote %d = %q by %q (%s, %q), want %q by %q (%s, %q)", i, q.Text, q.Speaker, q.Kind, q.Affiliation, w.text, w.speaker, w.kind, w.affil)
				}
			}
		})
	}
}

// TestFindLargeInputs runs Find on long repetitive texts that would expose
// quadratic behaviour (run with -v and -timeout to judge); it checks only
// the structural guarantees.
func TestFindLargeInputs(t *testing.T) {
	var sb strings.Builder
	for i := 0; i < 2000; i++ {
		sb.WriteString("Name" + strings.Repeat("x", i%7) + " Surname" + strings.Repeat("y", i%11) + " said also also, ")
	}
	for _, text := range []string{
		sb.String(),
		strings.Repeat("said ", 5000),
		strings.Repeat("a , ", 5000) + "said",
		strings.Repeat("Alpha of Beta ", 3000),
		strings.Repeat("“a b c d e,” he said. ", 1000),
		strings.Repeat("‘a b ", 3000),
		strings.Repeat("Kim Lee met. “x y z w,” she said. ", 800),
	} {
		checkInvariants(t, text, Find(text))
	}
}

// A form of address before a name ("Mrs Amsel") is not the speaker's
// affiliation, as a title such as "Transport Minister" is.
func TestFormOfAddressIsNoAffiliation(t *testing.T) {
	res := Find("Ruth Amsel runs the port.\n\nMrs Amsel was quoted as saying that the site would become “a park, not a car park”.")
	if len(res.Quotes) != 1 || res.Quotes[0].Speaker != "Ruth Amsel" || res.Quotes[0].Affiliation != "" {
		t.Fatalf("quotes = %+v; want one by Ruth Amsel with no affiliation", res.Quotes)
	}
	for _, p := range res.People {
		if p.Affiliation != "" {
			t.Errorf("person %q has affiliation %q", p.Name, p.Affiliation)
		}
	}
	res = Find("“Ships are moving,” Transport Minister Pieter Dahl said.")
	if len(res.Quotes) != 1 || res.Quotes[0].Affiliation != "Transport Minister" {
		t.Errorf("quotes = %+v; want Transport Minister as the affiliation", res.Quotes)
	}
}

// Find recycles its tables through a pool: the result for a text must not
// depend on the texts found before it.
func TestFindKeepsNoStateBetweenCalls(t *testing.T) {
	_, texts := readGlob(t, "testdata/articles/*.txt")
	_, held := readGlob(t, "testdata/heldout/*.txt")
	texts = append(texts, held...)
	if len(texts) < 10 {
		t.Fatalf("only %d test articles", len(texts))
	}
	first := make([]Result, len(texts))
	for i, s := range texts {
		first[i] = Find(s)
	}
	for round := 0; round < 3; round++ {
		for i := len(texts) - 1; i >= 0; i-- {
			Find(texts[(i+round+1)%len(texts)]) // another text in between
			if got := Find(texts[i]); !reflect.DeepEqual(got, first[i]) {
				t.Fatalf("round %d: text %d found differently after others:\n got %+v\nwant %+v", round, i, got.Quotes, first[i].Quotes)
			}
		}
	}
}

// Each speaker comes with its kind: a named person, an organisation, or a
// source the text only describes.
func TestSpeakerKinds(t *testing.T) {
	res := Find("“We are ready,” said Tomas Reyd.\n\n“The talks will continue,” KCNA said.\n\n“There were no leaks,” said one Western diplomat.")
	want := map[string]SpeakerKind{"Tomas Reyd": SpeakerPerson, "KCNA": SpeakerOrganisation, "one Western diplomat": SpeakerDescribed}
	if len(res.People) != len(want) {
		t.Fatalf("people = %+v", res.People)
	}
	for _, p := range res.People {
		if want[p.Name] != p.Kind {
			t.Errorf("%s: kind %q, want %q", p.Name, p.Kind, want[p.Name])
		}
	}
}
