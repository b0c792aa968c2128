package quotes

import "testing"

// A written text's words: "read" after its quotation takes any
// determiner phrase as its subject, an "of" phrase and an agent after it
// included ("read a photographed copy of the leaflet translated by the
// agency"); a described group that issued a statement with a participle
// of speech speaks its words, and so does "the statement" later, past a
// long fronted phrase before the subject. The texts are written for this
// test (issue 20, twenty-sixth round).
func TestFindRound26bTexts(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"read with an of phrase and an agent",
			"The mayor, Tom Baxter, was ousted in May.\n\n“All citizens must register before May 3rd,” read a photographed copy of the leaflet translated by the agency. “Bring cash.”",
			[]want{
				{"All citizens must register before May 3rd,", "a photographed copy", Full, ""},
				{"Bring cash.", "a photographed copy", Full, ""},
			}},
		{"read with a plain noun",
			"The mayor, Tom Baxter, was ousted in May.\n\n“All citizens must register,” read the leaflet.",
			[]want{
				{"All citizens must register,", "the leaflet", Full, ""},
			}},
		{"a described group issues a statement",
			"Senator Ana Ruiz said on Monday that the army had been purged.\n\nIn a sign of how deeply the removal of the three chiefs shook the political class, six presumptive presidential candidates issued a joint statement warning that “the republic is threatened.”\n\nThe statement added: “There is no shortage of examples.”",
			[]want{
				{"the republic is threatened.", "six presumptive presidential candidates", Partial, ""},
				{"There is no shortage of examples.", "six presumptive presidential candidates", Full, ""},
			}},
	})
}
