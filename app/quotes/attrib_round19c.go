package quotes

// bylineCredit gives a quotation that opens its paragraph the person a
// byline after it names: "“…” -- Mara Lindqvist [Full review]", "“…” —
// Pia Jensen, Auto Digest". Review round-ups and pull quotes credit each
// critic's words this way, under a line naming the outlet ("Motor Weekly
// -- 8/10"), so the outlet or the maker named above is no speaker. Two
// critics ("Tom Ashby & Rhea Collins") are one speaker, "A and B". The
// byline must run to the end of the paragraph, with at most an outlet
// after a comma or a bracketed note after it (issue 20, nineteenth round).
func (f *finder) bylineCredit(s sentence, mm mentionMap) {
	for k := s.a; k+2 < s.b; k++ {
		t := &f.toks[k]
		if t.k != tQuote || t.q < 0 || t.q >= len(f.qs) || !f.paraStart(k) {
			continue
		}
		q := &f.qs[t.q]
		if !q.accepted || q.named {
			continue
		}
		d := k + 1
		switch {
		case f.isPunct(d, "—–"):
			d++
		case f.isPunct(d, "-") && f.isPunct(d+1, "-"):
			d += 2 // "--", two hyphens for a dash
		case f.isPunct(d, "-"):
			d++
		default:
			continue
		}
		m := mm.at(d)
		if m == nil || m.a != d || m.poss {
			continue
		}
		// "Omar Reyes and Lena Brandt": two names the finder keeps apart
		var m2 *mention
		if j := m.b; j+1 < s.b && (f.isPunct(j, "&") || f.toks[j].k == tWord && f.toks[j].lower == "and") {
			if m2 = mm.at(j + 1); m2 != nil && (m2.a != j+1 || m2.poss || m2.b-m2.ca < 2 || m.b-m.ca < 2 || !personMention(m) || !personMention(m2)) {
				m2 = nil
			}
		}
		end := m.b
		if m2 != nil {
			end = m2.b
		}
		if !f.bylineTail(end, t.para) {
			continue
		}
		id := -1
		amp := f.coupleJoin(m)
		if m2 != nil {
			amp = m.b
		}
		if amp > 0 {
			a, b := f.spanPhrase(m.ca, amp), f.spanPhrase(amp+1, end)
			id = f.entityByName(phrase{a.text + " and " + b.text, a.lower + " and " + b.lower}, ePerson, f.toks[m.a].s)
		} else if m.kind == mPerson || m.kind == mUnknown && m.b-m.ca >= 2 {
			if m.ent < 0 {
				m.kind = mPerson
				f.resolveMention(m)
			}
			if m.ent >= 0 && f.ents[m.ent].kind == ePerson {
				id = m.ent
			}
		}
		if id >= 0 {
			q.ent, q.affil, q.direct = id, "", true
		}
	}
}

// coupleJoin returns the "&" or "and" token inside byline mention m that
// joins two full names ("Philip Reyes & Ana Cole"), or -1.
func (f *finder) coupleJoin(m *mention) int {
	for j := m.ca + 2; j+2 <= m.b-1; j++ {
		if f.isPunct(j, "&") || f.toks[j].k == tWord && f.toks[j].lower == "and" {
			for i := m.ca; i < m.b; i++ {
				if i != j && (f.toks[i].k != tWord || !f.toks[i].cap) {
					return -1
				}
			}
			return j
		}
	}
	return -1
}

// bylineTail reports whether the tokens from j to the end of paragraph para
// may close a byline: nothing, an outlet after a comma (", Auto Digest"),
// or a short bracketed note ("[Full review]"), without quotation marks.
func (f *finder) bylineTail(j, para int) bool {
	end := j
	for end < len(f.toks) && f.toks[end].k != tBreak && f.toks[end].para == para {
		if f.toks[end].k == tQuote {
			return false
		}
		end++
	}
	if end == j {
		return true
	}
	if end-j > 8 {
		return false
	}
	switch {
	case f.isPunct(j, ","):
		for i := j + 1; i < end; i++ {
			if t := &f.toks[i]; t.k == tWord && !t.cap && !t.is(cFunction) {
				return false // a clause, not an outlet's name
			}
		}
		return true
	case f.isPunct(j, "[("):
		return f.isPunct(end-1, "])")
	}
	return false
}

// personMention reports a mention that may name a person.
func personMention(m *mention) bool { return m.kind == mPerson || m.kind == mUnknown }
