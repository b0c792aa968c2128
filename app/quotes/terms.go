package quotes

// othersTerm reports whether the token before a fragment, p, is a
// possessive pronoun whose owner is not who the clause of speech after it
// says is speaking: "Rodgers completed his “darkness retreat”, according
// to ESPN". The owner's name for a thing of theirs is a term the source
// cites, not its words.
func (f *finder) othersTerm(p int, post, pre, after *attrib) bool {
	if p < 0 || f.toks[p].k != tWord {
		return false
	}
	cl := post
	if cl == nil {
		cl = pre
	}
	if cl == nil {
		cl = after
	}
	// (only a clause after the fragment: "objected to Szabo's “willy
	// nilly” decision" characterises Szabo's decision in the objector's
	// words)
	if cl == nil || cl.npA < 0 || cl.ent < 0 || cl.verb < p {
		return false
	}
	var pr string
	switch f.toks[p].lower {
	case "his":
		pr = "he"
	case "her":
		pr = "she"
	case "their":
		pr = "they"
	case "its":
		pr = "it"
	default:
		return false
	}
	owner := f.antecedent(pr, f.toks[p].s)
	return owner >= 0 && owner != cl.ent
}
