package quotes

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// GoldQuote is a hand-checked quotation: its text and speaker.
type GoldQuote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
}

// Score compares found quotations with gold ones.
type Score struct {
	Gold, Found, Matched, SpeakerCorrect int
	Precision, Recall, SpeakerAccuracy   float64
}

// NormalizeText is the form quotation texts are compared in: quotation
// marks unified (double marks dropped, single marks as '), white space
// collapsed, and leading/trailing punctuation removed.
func NormalizeText(s string) string {
	var b strings.Builder
	space := false
	for _, c := range s {
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
func Compare(gold []GoldQuote, found []Quote) Score {
	s := Score{Gold: len(gold), Found: len(found)}
	byText := make(map[string][]int, len(gold))
	for i, g := range gold {
		k := NormalizeText(g.Text)
		byText[k] = append(byText[k], i)
	}
	for _, q := range found {
		k := NormalizeText(q.Text)
		idx := byText[k]
		if len(idx) == 0 {
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
		s.Matched++
		if NormalizeSpeaker(gold[gi].Speaker) == NormalizeSpeaker(q.Speaker) {
			s.SpeakerCorrect++
		}
	}
	s.ratios()
	return s
}

// Add accumulates o into s and recomputes the ratios.
func (s *Score) Add(o Score) {
	s.Gold += o.Gold
	s.Found += o.Found
	s.Matched += o.Matched
	s.SpeakerCorrect += o.SpeakerCorrect
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
	return fmt.Sprintf("gold=%d found=%d matched=%d precision=%.3f recall=%.3f speaker=%.3f",
		s.Gold, s.Found, s.Matched, s.Precision, s.Recall, s.SpeakerAccuracy)
}

// goldFile is the shape of a gold file (and of the extract command's
// output); only the quotations' text and speaker are used.
type goldFile struct {
	Quotes []GoldQuote `json:"quotes"`
}

// LoadGold reads a gold file: {"quotes":[{"text":…,"speaker":…},…],…}.
func LoadGold(r io.Reader) ([]GoldQuote, error) {
	var g goldFile
	dec := json.NewDecoder(r)
	if err := dec.Decode(&g); err != nil {
		return nil, fmt.Errorf("quotes: decode gold file: %w", err)
	}
	return g.Quotes, nil
}
