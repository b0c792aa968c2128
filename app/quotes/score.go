package quotes

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// GoldQuote is a hand-checked quotation: its text and speaker. Labels of
// real articles, whose text is not ours to copy, name the quotation by its
// first and last few words instead of its whole text (Start … End), and say
// whether it is a full sentence of speech or a fragment (Kind).
type GoldQuote struct {
	Text    string `json:"text,omitempty"`
	Start   string `json:"begins,omitempty"`
	End     string `json:"ends,omitempty"`
	Speaker string `json:"speaker"`
	Kind    string `json:"kind,omitempty"`
}

// matches reports whether a found quotation's normalised text k is this
// gold quotation.
func (g GoldQuote) matches(k string) bool {
	if g.Text != "" {
		return NormalizeText(g.Text) == k
	}
	st, en := NormalizeText(g.Start), NormalizeText(g.End)
	return st != "" && en != "" && len(k) >= max(len(st), len(en)) &&
		strings.HasPrefix(k, st) && strings.HasSuffix(k, en)
}

// Score compares found quotations with gold ones. The partial counts are of
// gold quotations labelled Kind "partial" (fragments), whose recall is
// reported apart as it has been the weak side.
type Score struct {
	Gold, Found, Matched, SpeakerCorrect int
	GoldPartial, MatchedPartial          int
	Precision, Recall, SpeakerAccuracy   float64
}

// NormalizeText is the form quotation texts are compared in: quotation
// marks unified (double marks dropped, single marks as '), white space
// collapsed, invisible format characters (a direction mark, a soft hyphen)
// dropped, and leading/trailing punctuation removed.
func NormalizeText(s string) string {
	var b strings.Builder
	space := false
	for _, c := range s {
		if unicode.Is(unicode.Cf, c) {
			continue // not part of the text as read
		}
		switch c {
		case '“', '”', '„', '«', '»', '"', '‟', '″':
			continue
		case '‘', '’', '‚', '‛', '′', '`':
			c = '\''
		}
		if unicode.IsSpace(c) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(c)
	}
	return strings.TrimFunc(b.String(), func(c rune) bool {
		return unicode.IsPunct(c) || unicode.IsSpace(c)
	})
}

// NormalizeSpeaker is the form speaker names are compared in.
func NormalizeSpeaker(s string) string {
	s = strings.Map(func(c rune) rune {
		switch c {
		case '‘', '’', '`':
			return '\''
		}
		return c
	}, s)
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// Compare matches found quotations to gold ones one-to-one by normalised
// text and counts correct speakers among the matches.
// Gold quotations given by Start … End match a found quotation whose text
// begins and ends with those words.
func Compare(gold []GoldQuote, found []Quote) Score {
	s := Score{Gold: len(gold), Found: len(found)}
	byText := make(map[string][]int, len(gold))
	var spans []int // gold quotations named by Start … End, not yet matched
	for i, g := range gold {
		if g.Kind == string(Partial) {
			s.GoldPartial++
		}
		if g.Text == "" {
			spans = append(spans, i)
			continue
		}
		k := NormalizeText(g.Text)
		byText[k] = append(byText[k], i)
	}
	for _, q := range found {
		k := NormalizeText(q.Text)
		idx := byText[k]
		if len(idx) == 0 {
			// a span label: the first that fits, preferring the same speaker
			pick := -1
			for j, gi := range spans {
				if !gold[gi].matches(k) {
					continue
				}
				if pick < 0 {
					pick = j
				}
				if NormalizeSpeaker(gold[gi].Speaker) == NormalizeSpeaker(q.Speaker) {
					pick = j
					break
				}
			}
			if pick < 0 {
				continue
			}
			gi := spans[pick]
			spans = append(spans[:pick:pick], spans[pick+1:]...)
			s.count(gold[gi], q)
			continue
		}
		// prefer a gold quote with the same speaker among equal texts
		pick := 0
		for j, gi := range idx {
			if NormalizeSpeaker(gold[gi].Speaker) == NormalizeSpeaker(q.Speaker) {
				pick = j
				break
			}
		}
		gi := idx[pick]
		byText[k] = append(idx[:pick:pick], idx[pick+1:]...)
		s.count(gold[gi], q)
	}
	s.ratios()
	return s
}

// count records a match of found quotation q with gold quotation g.
func (s *Score) count(g GoldQuote, q Quote) {
	s.Matched++
	if g.Kind == string(Partial) {
		s.MatchedPartial++
	}
	if NormalizeSpeaker(g.Speaker) == NormalizeSpeaker(q.Speaker) {
		s.SpeakerCorrect++
	}
}

// PartialRecall is the share of gold fragments found (1 when there are none).
func (s Score) PartialRecall() float64 {
	if s.GoldPartial == 0 {
		return 1
	}
	return float64(s.MatchedPartial) / float64(s.GoldPartial)
}

// Add accumulates o into s and recomputes the ratios.
func (s *Score) Add(o Score) {
	s.Gold += o.Gold
	s.Found += o.Found
	s.Matched += o.Matched
	s.SpeakerCorrect += o.SpeakerCorrect
	s.GoldPartial += o.GoldPartial
	s.MatchedPartial += o.MatchedPartial
	s.ratios()
}

// ratios derives the rates; an empty denominator counts as perfect.
func (s *Score) ratios() {
	s.Precision, s.Recall, s.SpeakerAccuracy = 1, 1, 1
	if s.Found > 0 {
		s.Precision = float64(s.Matched) / float64(s.Found)
	}
	if s.Gold > 0 {
		s.Recall = float64(s.Matched) / float64(s.Gold)
	}
	if s.Matched > 0 {
		s.SpeakerAccuracy = float64(s.SpeakerCorrect) / float64(s.Matched)
	}
}

// String formats the score for logs and the command line.
func (s Score) String() string {
	out := fmt.Sprintf("gold=%d found=%d matched=%d precision=%.3f recall=%.3f speaker=%.3f",
		s.Gold, s.Found, s.Matched, s.Precision, s.Recall, s.SpeakerAccuracy)
	if s.GoldPartial > 0 {
		out += fmt.Sprintf(" partial-recall=%.3f (%d/%d)", s.PartialRecall(), s.MatchedPartial, s.GoldPartial)
	}
	return out
}

// goldFile is the shape of a gold file (and of the extract command's
// output); only the quotations' text and speaker are used.
type goldFile struct {
	Quotes []GoldQuote `json:"quotes"`
}

// LoadGold reads a gold file: {"quotes":[{"text":…,"speaker":…},…],…}, or
// with {"begins":…,"ends":…,"speaker":…,"kind":…} entries for real articles.
func LoadGold(r io.Reader) ([]GoldQuote, error) {
	var g goldFile
	dec := json.NewDecoder(r)
	if err := dec.Decode(&g); err != nil {
		return nil, fmt.Errorf("quotes: decode gold file: %w", err)
	}
	for i, q := range g.Quotes {
		switch {
		case q.Text == "" && (NormalizeText(q.Start) == "" || NormalizeText(q.End) == ""):
			return nil, fmt.Errorf("quotes: gold quotation %d has neither a text nor both begins and ends words", i+1)
		case q.Kind != "" && q.Kind != string(Full) && q.Kind != string(Partial):
			return nil, fmt.Errorf("quotes: gold quotation %d has kind %q (want %q or %q)", i+1, q.Kind, Full, Partial)
		}
	}
	return g.Quotes, nil
}
