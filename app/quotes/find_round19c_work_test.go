package quotes

import "testing"

// "while he was recording Velvet Morning, now his final album with the band,
// Joe Harlan was…": a name in apposition to a work noun after it is the
// work's, no person for a later "he". Each text is written for this test
// (issue 20, nineteenth round).
func TestFindRound19cWorkAppos(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"album after the name",
			"In spring 2015, while he was recording Velvet Morning, now his final album with the Drifters, Joe Harlan was planning a tour, and he was worried by the setlist. \"The crowd always wants the hits,\" he told me.",
			[]want{{"The crowd always wants the hits,", "Joe Harlan", Full, ""}}},
		{"the band's new single",
			"Joe Harlan played for an hour. The crowd sang along to Velvet Morning, the band's new single. \"It never gets old,\" he said.",
			[]want{{"It never gets old,", "Joe Harlan", Full, ""}}},
	})
}

// "In his songs, he drew on The Reeds and Copper Kettle as well as The
// Lanterns": a name listed with bands' names is a band's too, so the
// lyrics the next sentence quotes are the profile's subject's, not
// "Copper Kettle"'s. Each text is written for this test (issue 20,
// nineteenth round).
func TestFindRound19cListedWithWorks(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a list of bands",
			"Joe Harlan grew up in Ocala. \"We had to be better than the city bands,\" Harlan said.\n\nIn his songs, he drew heavily on The Reeds and Copper Kettle as well as The Lanterns. His most frequent tone was a stubborn hope: \"You can knock me down/And I will get up\" was not just a refrain, it was his mission.",
			[]want{{"We had to be better than the city bands,", "Joe Harlan", Full, ""},
				{"You can knock me down/And I will get up", "Joe Harlan", Full, ""}}},
		{"a person listed with a band keeps a given name",
			"Joe Harlan toured with The Reeds and Anna Vell last year. \"Anna sang every night,\" Harlan said.",
			[]want{{"Anna sang every night,", "Joe Harlan", Full, ""}}},
	})
}
