package quotes

// heardCredit gives a quotation the one a witness heard shout or say it
// ("he heard police yelling “drop the knife!”", "I heard a woman scream,
// “Help!”"): the words are the heard person's, not the witness's.
func (f *finder) heardCredit(s sentence, mm mentionMap) {
	for k := s.a + 3; k < s.b; k++ {
		t := &f.toks[k]
		if t.k != tQuote || t.q < 0 || t.q >= len(f.qs) || !f.qs[t.q].accepted {
			continue
		}
		v := k - 1
		if f.isPunct(v, ",:") {
			v--
		}
		if v <= s.a || !heardVerb(f.toks[v].lower) || f.toks[v].cap {
			continue
		}
		// the heard one: one to four words after "hear"/"heard"
		h := -1
		for i := v - 1; i >= s.a && i >= v-5; i-- {
			if f.toks[i].k != tWord {
				break
			}
			switch f.toks[i].lower {
			case "hear", "heard", "hears", "hearing":
				h = i
			}
			if h >= 0 {
				break
			}
		}
		if h < 0 || h+1 >= v {
			continue
		}
		id := f.heardSpeaker(h+1, v, mm)
		if id >= 0 {
			f.qs[t.q].ent, f.qs[t.q].affil = id, ""
		}
	}
}

// heardSpeaker resolves the phrase [a, b) named after "heard" to an
// entity, or -1: a pronoun ("him"), a name, or a noun phrase of people
// ("police", "an officer", "the crowd").
func (f *finder) heardSpeaker(a, b int, mm mentionMap) int {
	if b-a == 1 {
		switch w := f.toks[a].lower; w {
		case "him", "her":
			return f.antecedent(w, f.toks[a].s)
		case "me", "us", "them", "it", "something", "someone", "somebody", "nothing", "that", "this":
			return -1
		}
	}
	for i := a; i < b; i++ {
		t := &f.toks[i]
		if _, v := t.verb(); v || (t.is(cFunction) && !t.is(cDet)) || t.is(cPrep) || t.poss && i == b-1 {
			return -1
		}
	}
	if m := mm.at(a); m != nil && m.a == a && m.b == b && (m.kind == mPerson || m.kind == mOrg || m.kind == mUnknown) {
		if m.ent < 0 {
			f.resolveMention(m)
		}
		return m.ent
	}
	if f.toks[b-1].cap {
		return -1
	}
	id, _ := f.resolveNP(a, b, b-1, "", mm)
	return id
}

// heardVerb reports the verbs of shouting or saying that follow the one
// heard ("heard police yelling").
func heardVerb(w string) bool {
	switch w {
	case "yell", "yelling", "yelled", "shout", "shouting", "shouted", "scream", "screaming", "screamed",
		"say", "saying", "cry", "crying", "chant", "chanting", "whisper", "whispering",
		"call", "calling", "order", "ordering", "bark", "barking":
		return true
	}
	return false
}
