package quotes

import (
	"math"
	"strings"
	"testing"
)

func TestNormalizeText(t *testing.T) {
	tests := []struct{ a, b string }{
		{"“We are ready,”", "We are ready"},
		{"We are ready.", "\"We are ready\""},
		{"It’s a ‘buy the rumor’ market,", "It's a 'buy the rumor' market"},
		{"A\n\n“B.", "A B"},
		{"  spaced   out\ttext ", "spaced out text"},
		{"“\u200einter-Korean relations.\u200e”", "inter-Korean relations"}, // direction marks
		{"re\u00adtreat", "retreat"},                                        // a soft hyphen
	}
	for _, tc := range tests {
		if NormalizeText(tc.a) != NormalizeText(tc.b) {
			t.Errorf("NormalizeText(%q)=%q != NormalizeText(%q)=%q", tc.a, NormalizeText(tc.a), tc.b, NormalizeText(tc.b))
		}
	}
	if NormalizeText("We are ready") == NormalizeText("We were ready") {
		t.Error("different words must not normalise equal")
	}
}

func TestCompare(t *testing.T) {
	gold := []GoldQuote{
		{Text: "We are ready,", Speaker: "Sung Kim"},
		{Text: "That is my understanding.", Speaker: "Moon Chung-in"},
		{Text: "It is a pause.", Speaker: "Nadia Rahman"},
		{Text: "Not one.", Speaker: "Anna Lindqvist"},
	}
	found := []Quote{
		{Text: "We are ready", Speaker: "sung  kim"},               // matched, speaker ok
		{Text: "That is my understanding", Speaker: "Moon Jae-in"}, // matched, wrong speaker
		{Text: "talk", Speaker: ""},                                // spurious
		{Text: "Not one.", Speaker: "Anna Lindqvist"},              // matched
	}
	s := Compare(gold, found)
	if s.Gold != 4 || s.Found != 4 || s.Matched != 3 || s.SpeakerCorrect != 2 {
		t.Fatalf("counts: %+v", s)
	}
	if math.Abs(s.Precision-0.75) > 1e-9 || math.Abs(s.Recall-0.75) > 1e-9 || math.Abs(s.SpeakerAccuracy-2.0/3) > 1e-9 {
		t.Fatalf("ratios: %+v", s)
	}
}

func TestCompareOneToOne(t *testing.T) {
	gold := []GoldQuote{{Text: "Yes.", Speaker: "A"}, {Text: "Yes.", Speaker: "B"}}
	found := []Quote{{Text: "Yes", Speaker: "B"}, {Text: "Yes", Speaker: "B"}, {Text: "Yes", Speaker: "B"}}
	s := Compare(gold, found)
	if s.Matched != 2 || s.SpeakerCorrect != 1 {
		t.Fatalf("duplicate texts must match one-to-one: %+v", s)
	}
}

func TestScoreAdd(t *testing.T) {
	var total Score
	total.Add(Score{Gold: 10, Found: 8, Matched: 8, SpeakerCorrect: 7})
	total.Add(Score{Gold: 10, Found: 12, Matched: 9, SpeakerCorrect: 9})
	if total.Gold != 20 || total.Found != 20 || total.Matched != 17 || total.SpeakerCorrect != 16 {
		t.Fatalf("counts: %+v", total)
	}
	if math.Abs(total.Precision-0.85) > 1e-9 || math.Abs(total.Recall-0.85) > 1e-9 || math.Abs(total.SpeakerAccuracy-16.0/17) > 1e-9 {
		t.Fatalf("ratios: %+v", total)
	}
	empty := Compare(nil, nil)
	if empty.Precision != 1 || empty.Recall != 1 || empty.SpeakerAccuracy != 1 {
		t.Fatalf("empty score: %+v", empty)
	}
}

func TestLoadGold(t *testing.T) {
	in := `{"quotes":[{"text":"We are ready,","speaker":"Sung Kim","affiliation":"envoy","kind":"full","start":1,"end":14}],"people":[{"name":"Sung Kim","affiliation":"envoy"}]}`
	g, err := LoadGold(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(g) != 1 || g[0].Text != "We are ready," || g[0].Speaker != "Sung Kim" {
		t.Fatalf("got %+v", g)
	}
	if _, err := LoadGold(strings.NewReader("{not json")); err == nil || !strings.Contains(err.Error(), "gold") {
		t.Fatalf("want a wrapped decode error, got %v", err)
	}
}

// Labels of real articles name a quotation by its first and last words.
func TestCompareSpanLabels(t *testing.T) {
	in := `{"quotes":[
 {"begins":"We are","ends":"for talks","speaker":"Sung Kim","kind":"full"},
 {"begins":"fully prepared","ends":"fully prepared","speaker":"Sung Kim","kind":"partial"},
 {"begins":"historic","ends":"historic","speaker":"Ana Ruiz","kind":"partial"}]}`
	gold, err := LoadGold(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	found := []Quote{
		{Text: "We are ready, as always, for talks,", Speaker: "Sung Kim"},
		{Text: "fully prepared", Speaker: "Kim"},
		{Text: "We are ready", Speaker: "Sung Kim"}, // begins right, ends wrong
	}
	s := Compare(gold, found)
	if s.Matched != 2 || s.SpeakerCorrect != 1 || s.GoldPartial != 2 || s.MatchedPartial != 1 {
		t.Fatalf("got %+v", s)
	}
	for _, bad := range []string{
		`{"quotes":[{"begins":"We are","speaker":"X"}]}`,
		`{"quotes":[{"begins":"We","ends":"are","speaker":"X","kind":"whole"}]}`,
	} {
		if _, err := LoadGold(strings.NewReader(bad)); err == nil {
			t.Errorf("LoadGold(%s): want an error", bad)
		}
	}
}
