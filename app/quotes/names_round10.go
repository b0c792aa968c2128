package quotes

import (
	"strings"
)

// Name-cutting rules of the tenth round (issue 20): what comes before or
// after a person's name in a run of capitalised words without being part
// of it.

// demonymWord reports nationality nouns and adjectives ("Dutchman",
// "Swede", "American") that may open a run of capitalised words before a
// person's name.
func demonymWord(w string) bool {
	switch w {
	case "dutchman", "dutchwoman", "frenchman", "frenchwoman", "englishman", "englishwoman",
		"irishman", "irishwoman", "scotsman", "scotswoman", "welshman", "welshwoman",
		"swede", "spaniard", "briton", "brit", "dane", "finn", "pole", "scot", "kiwi", "aussie",
		"swiss", "greek", "czech", "slovak", "serb", "croat", "cypriot", "norwegian", "belgian",
		"austrian", "argentine", "argentinian", "colombian", "chilean", "peruvian", "venezuelan",
		"cuban", "jamaican", "nigerian", "kenyan", "ethiopian", "moroccan", "algerian", "tunisian",
		"serbian", "croatian", "slovenian", "bosnian", "hungarian", "romanian", "bulgarian",
		"portuguese", "dutch", "swedish", "danish", "finnish", "icelandic", "georgian",
		"armenian", "scottish", "welsh", "irish", "zimbabwean", "ghanaian", "ugandan", "zambian",
		"tanzanian", "namibian", "estonian", "latvian", "lithuanian", "ukrainian", "russian",
		"american", "british", "english", "french", "german", "italian", "spanish", "canadian",
		"mexican", "brazilian", "australian", "japanese", "chinese", "korean", "indian",
		"pakistani", "iranian", "iraqi", "israeli", "palestinian", "syrian", "lebanese",
		"turkish", "egyptian", "saudi", "polish", "taiwanese", "vietnamese", "thai", "filipino",
		"indonesian", "malaysian", "afghan", "south african", "new zealander", "uruguayan",
		"paraguayan", "ecuadorian", "bolivian", "dominican", "haitian", "slovakian", "belarusian",
		"kazakh", "uzbek", "mongolian", "nepalese", "nepali", "sri lankan", "bangladeshi":
		return true
	}
	return false
}

// descriptorLead returns how many words open core before a person's name
// without being part of it, or 0: a nationality ("Swede Daniel Chopra",
// "American Steve Stricker") or a ranking written with a figure ("No.16
// Marcos Baghdatis"), before a name of two or three words that holds no
// title, place, organisation or figure.
func (f *finder) descriptorLead(core []token) int {
	n := 0
	for n < len(core) && n < 2 && !core[n].poss && (demonymWord(core[n].lower) || n == 0 && rankWord(core[n].lower)) {
		n++
	}
	rest := core[n:]
	if n == 0 || len(rest) < 2 || len(rest) > 3 {
		return 0
	}
	for i := range rest {
		t := &rest[i]
		if t.poss && i < len(rest)-1 || t.is(cTitle|cPlace|cOrg|cGeo|cFunction|cNonName|cCompany) || strings.ContainsAny(t.w, "0123456789") {
			return 0
		}
	}
	return n
}

// rankWord reports a ranking written as one word with a figure ("No.16",
// "No.1").
func rankWord(w string) bool {
	r, ok := strings.CutPrefix(w, "no.")
	if !ok || r == "" {
		return false
	}
	for i := 0; i < len(r); i++ {
		if r[i] < '0' || r[i] > '9' {
			return false
		}
	}
	return true
}
