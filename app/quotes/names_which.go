package quotes

// ofGivenName reports whether mention m is a person's name after "of" that
// opens with a known given name ("the shooting of Jacob Blake, which
// touched off protests"): the "which" after it stands for the noun before
// "of", not for the person.
func (f *finder) ofGivenName(s sentence, m *mention) bool {
	if m.a-1 < s.a || f.toks[m.a-1].lower != "of" || m.b-m.ca < 2 {
		return false
	}
	t := &f.toks[m.ca]
	return t.is(cFemale|cMale) && !t.is(cPlace|cOrg)
}
