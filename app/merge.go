package app

import (
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"dossier/app/anchor"
)

// The merge of another library's records (a bundle today, sync later).
//
// One mechanism (mergeAll) runs every record type through the same steps:
//
//  1. prepare: rewrite the incoming record's references (its article,
//     speaker, tags) to the local records they were matched with, and move
//     its anchor onto the merged text of its article;
//  2. find the local counterpart: the same ID, an ID recorded as the same
//     record by an earlier merge or a merge of people (BucketMergeIDs, and
//     the bundle's own aliases), or the type's identity (match);
//  3. nothing local: add the record as it is;
//  4. the same content: nothing to do;
//  5. one side unchanged since the two last exchanged it (its Updated is the
//     common base): the other side's version is taken whole;
//  6. else combine the two field by field with the type's rules, which are
//     symmetric (combine(a, b) and combine(b, a) give the same content), so
//     merging A into B and B into A gives the same records. Whatever one
//     side would lose is kept: as an alias, an older revision, a joined
//     text or a copy beside the record, and listed as a MergeConflict.
//
// The rules per record type (see the rules functions):
//
//   - Tag: same ID or name. Colour and description: the newer side's; page
//     texts joined; a name changed on one side: the newer name, the local
//     carriers retagged and the incoming ones renamed as they arrive.
//   - Person: same ID, a recorded ID (a merge of people: one side merged
//     "Lotfi Azzouz" into "Lotfi Azouz", and the other side's two become
//     one), or the incoming name as a name or alias here. The incoming
//     aliases are no proof: people who share a surname stay apart. Name:
//     the newer side's, the other kept as an alias; aliases and
//     affiliations: the union; page texts joined; kind: the newer.
//   - Article: same ID, a recorded ID, or a shared content hash in either
//     side's history (the text it was imported with or any later revision).
//     A text that descends from the other (the other's hash is in its
//     history) is taken; texts edited on both sides: the newer text is
//     current and the other is kept as a revision the analyst can see and
//     restore, every annotation and quote re-anchored to the current text.
//     Other fields go with the newer side; tags are the union.
//   - Annotation: same ID or a recorded ID, or the same span of the same
//     article. Notes joined, tags the union, colour the newer side's, the
//     better anchor (attached over flagged over orphaned).
//   - Quote: same ID or a recorded ID, or the same span of the same article.
//     A decision (confirmed or rejected, with its speaker) wins over a
//     suggestion; two different decisions are both kept, side by side: the
//     record holds one (confirmed first) and a copy on the same span holds
//     the other, and the conflict is listed. Notes joined, tags the union.
//   - Note: same ID or a recorded ID, or the same title or alias. Bodies
//     edited on both sides: the newer is current and the other a revision
//     (note history); a title changed on one side: the newer, the other an
//     alias; tags and aliases the union.
//
// "Newer" compares Updated, and the content when both are equal, so no rule
// depends on which side is local.

// Buckets used by merges.
const (
	// BucketMergeIDs: local ID by the ID another library (or a merge of
	// people) gave the same record, so later merges find it again.
	BucketMergeIDs Bucket = "merge_ids"
	// BucketMergeConflicts: MergeConflict by "<kind>/<id>/<field>/<hash>":
	// what a merge kept side by side, for the analyst to settle.
	BucketMergeConflicts Bucket = "merge_conflicts"
	// BucketMergeHistory: []string by article ID: content hashes of the
	// article's texts known from other libraries (its lineage there).
	BucketMergeHistory Bucket = "merge_history"
)

// joinSep separates the two sides of a joined text (a Markdown rule).
const joinSep = "\n\n---\n\n"

// joinText joins two versions of an analyst's text so neither is lost: the
// same text, or one holding the other, stays as it is; else both, in a fixed
// order, so the join is the same whichever side is local and joining again
// changes nothing.
func joinText(a, b string) string {
	switch {
	case a == b || strings.Contains(a, b):
		return a
	case strings.Contains(b, a):
		return b
	}
	if b < a {
		a, b = b, a
	}
	return strings.TrimRight(a, "\n") + joinSep + b
}

// union is the sorted, case-insensitively unique union of two lists, minus
// the names in except.
func union(a, b []string, except ...string) []string {
	var out []string
	for _, s := range append(slices.Clone(a), b...) {
		if s = strings.TrimSpace(s); s != "" && !containsFold(out, s) && !containsFold(except, s) {
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(x, y string) int { return cmp.Compare(strings.ToLower(x), strings.ToLower(y)) })
	return out
}

// newerSide reports whether version a wins over b: the later Updated, then
// the greater content key, so the choice does not depend on which is local.
func newerSide(a, b Meta, keyA, keyB string) bool {
	if !a.Updated.Equal(b.Updated) {
		return a.Updated.After(b.Updated)
	}
	return keyA > keyB
}

func jsonKey(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func shortHash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return fmt.Sprintf("%x", h.Sum(nil)[:8])
}

// derivedID is a deterministic ID for a record a merge makes beside another
// (a conflicting decision's copy): both libraries, and every later merge,
// make the same one.
func derivedID(created time.Time, seed ...string) string {
	var raw [16]byte
	ms := uint64(created.UnixMilli())
	for i := 0; i < 6; i++ {
		raw[i] = byte(ms >> (40 - 8*i))
	}
	sum := sha256.Sum256([]byte(strings.Join(seed, "\x00")))
	copy(raw[6:], sum[:10])
	_ = binary.BigEndian // raw is big-endian by construction
	return encodeULID(raw)
}

// recordRules are the merge rules of one record type.
type recordRules[T any] struct {
	kind   DocType
	bucket Bucket
	meta   func(*T) *Meta
	// less orders the incoming records (by ID when nil).
	less func(a, b *T) int
	// prepare rewrites the incoming record's references to local records;
	// false leaves the record out (its article was not merged).
	prepare func(m *merger, in *T) (bool, error)
	// match finds local records that are the same as in under other IDs.
	match func(m *merger, in *T) ([]string, error)
	// same reports whether two versions hold the same content.
	same func(a, b *T) bool
	// combine merges two versions of the record under local's ID.
	combine func(m *merger, local, in *T) (T, error)
	// put writes rec over old (nil: a new record) with its refs and index jobs.
	put func(m *merger, rec, old *T) error
	// settled is told the version the library keeps of an incoming record
	// (nil when nothing is to be done).
	settled func(m *merger, in, kept *T)
	// force reports whether a version the merge keeps must still be
	// written (it has the other side's text to keep as a revision).
	force func(m *merger, id string) bool
	// absorb merges a further local record into the first match (people);
	// nil when the type never has more than one.
	absorb func(m *merger, from, into string) error
	// merged lists further local records the other library merged into in
	// (people it holds as one that are two here); nil for none.
	merged func(m *merger, in *T) ([]string, error)
	// refine may replace the local counterparts found by ID (quotes: the
	// record that holds the incoming decision); nil keeps them.
	refine func(m *merger, in *T, cands []string) ([]string, error)
}

// mergeAll merges incoming records of one type, in ID order.
func mergeAll[T any](m *merger, r recordRules[T], ins []T) error {
	slices.SortFunc(ins, func(a, b T) int {
		if r.less != nil {
			if c := r.less(&a, &b); c != 0 {
				return c
			}
		}
		return cmp.Compare(r.meta(&a).ID, r.meta(&b).ID)
	})
	// Matching by identity (the same span, title or name) must not make
	// one record of two that are distinct in the other library: a local
	// record that the bundle also holds under its own ID, or that an
	// earlier record of this bundle already became, is not a candidate.
	incoming := make(map[string]bool, len(ins))
	for i := range ins {
		incoming[r.meta(&ins[i]).ID] = true
	}
	claimed := map[string]bool{}
	for i := range ins {
		in := ins[i]
		im := r.meta(&in)
		inID := im.ID
		m.cur = inID
		ok, err := r.prepare(m, &in)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		cands, err := m.candidates(r.bucket, inID)
		if err != nil {
			return err
		}
		if r.refine != nil && len(cands) > 0 {
			if cands, err = r.refine(m, &in, cands); err != nil {
				return err
			}
		}
		if len(cands) == 0 {
			more, err := r.match(m, &in)
			if err != nil {
				return err
			}
			// Identity (a span, a title, a name) finds one counterpart, the
			// match's first: two local records that answer to it stay two.
			// A shared alias such as a surname is no proof that two people
			// are one; only IDs the other side recorded as merged are.
			for _, c := range more {
				if (c != inID && incoming[c]) || claimed[c] {
					continue
				}
				cands = append(cands, c)
				break
			}
		}
		if len(cands) == 0 {
			if err := r.put(m, &in, nil); err != nil {
				return err
			}
			claimed[inID] = true
			if err := absorbMerged(m, r, &in, inID, incoming, claimed); err != nil {
				return err
			}
			m.rep.Added++
			if err := m.synced(inID, inID, im.Updated); err != nil {
				return err
			}
			if err := m.addAncestors(inID, m.incomingAncestors(inID)...); err != nil {
				return err
			}
			continue
		}
		localID := cands[0]
		claimed[localID] = true
		for _, other := range cands[1:] {
			if r.absorb == nil {
				break
			}
			if err := r.absorb(m, other, localID); err != nil {
				return err
			}
		}
		if err := absorbMerged(m, r, &in, localID, incoming, claimed); err != nil {
			return err
		}
		if localID != inID {
			if err := m.alias(r.bucket, inID, localID); err != nil {
				return err
			}
		}
		var local T
		if err := m.tx.Get(r.bucket, localID, &local); err != nil {
			return fmt.Errorf("%s %s: %w", r.kind, localID, err)
		}
		lm := r.meta(&local)
		im.ID = localID
		var merged T
		switch base := m.base(inID, localID); {
		case r.same(&local, &in):
			m.rep.Unchanged++
			if err := m.synced(inID, localID, im.Updated); err != nil {
				return err
			}
			if err := m.addAncestors(localID, m.incomingAncestors(inID)...); err != nil {
				return err
			}
			continue
		case !im.Updated.Equal(lm.Updated) && m.isAncestor(localID, im.Updated):
			// An older version of what we hold, come round again by another
			// way (another device had not seen the later one yet).
			m.rep.Kept++
			continue
		case !base.IsZero() && im.Updated.Equal(base):
			m.rep.Kept++ // unchanged there since the last exchange
			if r.settled != nil {
				r.settled(m, &in, &local)
			}
			continue
		case !base.IsZero() && lm.Updated.Equal(base):
			merged = in // unchanged here: take theirs
		default:
			if merged, err = r.combine(m, &local, &in); err != nil {
				return err
			}
		}
		mm := r.meta(&merged)
		mm.ID, mm.Created = localID, minTime(lm.Created, im.Created)
		if r.same(&merged, &local) && (r.force == nil || !r.force(m, localID)) {
			m.rep.Kept++
		} else {
			// The version's time stays with its content, so that every
			// library picks the same winner later: only a combination of
			// the two is a new version.
			// A version that keeps something only this side had (a text
			// moved to the history) is new too: a deletion or an edit made
			// from the other side's version has not seen it.
			kept := r.force != nil && r.force(m, localID)
			switch {
			case r.same(&merged, &in) && !kept:
				mm.Updated = im.Updated
			case r.same(&merged, &local):
				mm.Updated = lm.Updated
			default:
				mm.Updated = maxTime(lm.Updated, im.Updated, m.now)
			}
			if err := r.put(m, &merged, &local); err != nil {
				return err
			}
			m.rep.Updated++
		}
		if r.settled != nil {
			r.settled(m, &in, &merged)
		}
		if err := m.synced(inID, localID, im.Updated); err != nil {
			return err
		}
		// Both sides' versions and what theirs came from are older than
		// the one held now: met again later, they are not news.
		anc := m.incomingAncestors(inID)
		for _, t := range []time.Time{lm.Updated, im.Updated} {
			if !t.Equal(mm.Updated) {
				anc = append(anc, t)
			}
		}
		if err := m.addAncestors(localID, anc...); err != nil {
			return err
		}
	}
	return nil
}

// absorbMerged merges into id the local records that the other library had
// merged into in, unless the bundle holds them itself or another incoming
// record took them.
func absorbMerged[T any](m *merger, r recordRules[T], in *T, id string, incoming, claimed map[string]bool) error {
	if r.merged == nil {
		return nil
	}
	others, err := r.merged(m, in)
	if err != nil {
		return err
	}
	for _, o := range others {
		if o == id || incoming[o] || claimed[o] || !m.tx.Has(r.bucket, o) {
			continue
		}
		if err := r.absorb(m, o, id); err != nil {
			return err
		}
	}
	return nil
}

// BucketMergeAncestors: true by "<record ID>/<version time>": versions of
// a record that the version held here descends from or superseded. Sync
// meets the same versions by several ways (devices read each other's
// change sets in any order), and an old version arriving after a newer one
// must not count as an edit made at the same time.
const BucketMergeAncestors Bucket = "merge_ancestors"

func ancestorKey(id string, t time.Time) string {
	return id + "/" + t.UTC().Format(time.RFC3339Nano)
}

func (m *merger) isAncestor(id string, t time.Time) bool {
	return m.tx.Has(BucketMergeAncestors, ancestorKey(id, t))
}

func (m *merger) addAncestors(id string, ts ...time.Time) error {
	for _, t := range ts {
		if t.IsZero() {
			continue
		}
		if err := m.tx.Put(BucketMergeAncestors, ancestorKey(id, t), true); err != nil {
			return err
		}
	}
	return nil
}

// incomingAncestors are the versions the bundle's record descends from:
// its base and the ancestors the bundle lists.
func (m *merger) incomingAncestors(inID string) []time.Time {
	out := slices.Clone(m.b.Ancestors[inID])
	if t := m.b.Bases[inID]; !t.IsZero() {
		out = append(out, t)
	}
	return out
}

// Ancestors lists the versions of record id known to be older than the one
// held, for a sync change set.
func Ancestors(tx Tx, id string) ([]time.Time, error) {
	var out []time.Time
	err := tx.ForEach(BucketMergeAncestors, id+"/", func(key string, _ func(any) error) error {
		t, err := time.Parse(time.RFC3339Nano, key[len(id)+1:])
		if err == nil {
			out = append(out, t)
		}
		return nil
	})
	return out, err
}

func minTime(a, b time.Time) time.Time {
	if a.IsZero() || !b.IsZero() && b.Before(a) {
		return b
	}
	return a
}

func maxTime(ts ...time.Time) time.Time {
	var out time.Time
	for _, t := range ts {
		if t.After(out) {
			out = t
		}
	}
	return out
}

// candidates lists the local records an incoming ID stands for: the same ID,
// an ID an earlier merge recorded, and records the bundle says became it.
func (m *merger) candidates(b Bucket, id string) ([]string, error) {
	var out []string
	add := func(c string) {
		if c != "" && !slices.Contains(out, c) && m.tx.Has(b, c) {
			out = append(out, c)
		}
	}
	add(id)
	add(m.mapped(b, id))
	for _, from := range m.b.aliasesTo(id) {
		add(from)
		add(m.mapped(b, from))
	}
	return out, nil
}

// mapped follows recorded IDs (a chain when people were merged in turn).
func (m *merger) mapped(b Bucket, id string) string {
	if to, ok := m.ids[id]; ok {
		return to
	}
	seen := map[string]bool{}
	cur := id
	for !seen[cur] {
		seen[cur] = true
		var to string
		if m.tx.Get(BucketMergeIDs, cur, &to) != nil || to == "" {
			break
		}
		cur = to
	}
	if cur == id {
		return ""
	}
	if m.tx.Has(b, cur) {
		return cur
	}
	return ""
}

// alias records that an incoming ID is a local record's.
func (m *merger) alias(b Bucket, from, to string) error {
	m.ids[from] = to
	return m.tx.Put(BucketMergeIDs, from, to)
}

// local gives the local ID an incoming reference points at.
func (m *merger) local(b Bucket, id string) string {
	if id == "" {
		return ""
	}
	if to, ok := m.ids[id]; ok {
		return to
	}
	if m.tx.Has(b, id) {
		return id
	}
	if to := m.mapped(b, id); to != "" {
		return to
	}
	return id
}

// base is the version both sides last had of a record, if known.
func (m *merger) base(inID, localID string) time.Time {
	if t := m.b.Bases[inID]; !t.IsZero() || m.b.OwnBases {
		return t
	}
	for _, id := range []string{localID, inID} {
		var s BundleSync
		if m.tx.Get(BucketBundleSync, id, &s) == nil && !s.Base.IsZero() {
			return s.Base
		}
	}
	return time.Time{}
}

// synced records the incoming version as the common base of later edits.
func (m *merger) synced(inID, localID string, updated time.Time) error {
	return m.tx.Put(BucketBundleSync, localID, BundleSync{Origin: m.b.Origin, Base: updated, Imported: m.now})
}

// conflict records what a merge kept side by side; recorded once however
// often the same two versions meet.
func (m *merger) conflict(c MergeConflict, a, b string) error {
	if b < a {
		a, b = b, a
	}
	key := string(c.Kind) + "/" + c.ID + "/" + c.Field + "/" + shortHash(a, b)
	if m.tx.Has(BucketMergeConflicts, key) {
		return nil
	}
	c.Origin, c.At = m.b.Origin, m.now
	if err := m.tx.Put(BucketMergeConflicts, key, c); err != nil {
		return err
	}
	m.rep.Conflicts = append(m.rep.Conflicts, c)
	return nil
}

// joined joins two texts of a record's field and lists the conflict when
// both held something the other did not.
func (m *merger) joined(kind DocType, id, title, field, a, b string) (string, error) {
	j := joinText(a, b)
	if j != a && j != b {
		return j, m.conflict(MergeConflict{Kind: kind, ID: id, Title: title, Field: field,
			Note: "edited on both sides; both texts kept, one after the other"}, a, b)
	}
	return j, nil
}

// MergeConflicts lists what merges kept side by side, newest first.
func (l *Library) MergeConflicts() ([]MergeConflict, error) {
	var out []MergeConflict
	err := l.store.View(func(tx Tx) error {
		return tx.ForEach(BucketMergeConflicts, "", func(_ string, decode func(any) error) error {
			var c MergeConflict
			if err := decode(&c); err != nil {
				return err
			}
			out = append(out, c)
			return nil
		})
	})
	slices.SortStableFunc(out, func(a, b MergeConflict) int { return b.At.Compare(a.At) })
	return out, err
}

// ---- tags ----

func (m *merger) tagRules() recordRules[Tag] {
	return recordRules[Tag]{
		kind: TypeTag, bucket: BucketTags,
		meta: func(t *Tag) *Meta { return &t.Meta },
		// Parents first: renaming one renames its sub-tags with it.
		less: func(a, b *Tag) int {
			return cmp.Compare(strings.Count(a.Name, "/"), strings.Count(b.Name, "/"))
		},
		prepare: func(m *merger, in *Tag) (bool, error) {
			in.Name = m.tagName(in.Name)
			return true, nil
		},
		match: func(m *merger, in *Tag) ([]string, error) {
			return m.tx.RefIDs(RefTagName, tagKey(in.Name))
		},
		same: func(a, b *Tag) bool {
			return a.Name == b.Name && a.Color == b.Color && a.Description == b.Description && a.Page == b.Page
		},
		combine: func(m *merger, local, in *Tag) (Tag, error) {
			win := *in
			if newerSide(local.Meta, in.Meta, jsonKey(local), jsonKey(in)) {
				win = *local
			}
			out := win
			var err error
			if out.Page, err = m.joined(TypeTag, local.ID, win.Name, "page", local.Page, in.Page); err != nil {
				return out, err
			}
			if out.Description, err = m.joined(TypeTag, local.ID, win.Name, "description", local.Description, in.Description); err != nil {
				return out, err
			}
			return out, nil
		},
		settled: func(m *merger, in, kept *Tag) {
			if tagKey(in.Name) != tagKey(kept.Name) {
				m.tagNames[tagKey(in.Name)] = kept.Name
			}
		},
		put: func(m *merger, t, old *Tag) error {
			tx := m.tx
			t.V = RecordVersion
			oldPage := ""
			if old != nil && tagKey(old.Name) != tagKey(t.Name) {
				// Renamed on one side: the carriers here (and the sub-tags)
				// take the name too.
				if err := m.renameTag(old.Name, t.Name); err != nil {
					return err
				}
				if !tx.Has(BucketTags, t.ID) {
					return nil // merged into a tag of that name here, which took its carriers
				}
			}
			if old != nil {
				oldPage = old.Page
				var cur Tag
				if tx.Get(BucketTags, t.ID, &cur) == nil && cur.Name != t.Name {
					if err := tx.RemoveRef(RefTagName, tagKey(cur.Name), t.ID); err != nil {
						return err
					}
				}
			}
			if err := tx.Put(BucketTags, t.ID, t); err != nil {
				return err
			}
			if err := tx.AddRef(RefTagName, tagKey(t.Name), t.ID); err != nil {
				return err
			}
			if err := setLinks(tx, carrier(TypeTag, t.ID), oldPage, t.Page); err != nil {
				return err
			}
			return enqueue(tx, TypeTag, t.ID)
		},
	}
}

// renameTag renames a local tag (and its carriers) to the winning name of a
// tag renamed on one side.
func (m *merger) renameTag(from, to string) error {
	if tagKey(from) == tagKey(to) {
		return nil
	}
	mode := retagRename
	if ids, err := m.tx.RefIDs(RefTagName, tagKey(to)); err != nil {
		return err
	} else if len(ids) > 0 {
		mode = retagMerge
	}
	_, err := m.l.retag(m.tx, from, to, mode)
	return err
}

// tags maps incoming tag names to the names they have here: a renamed tag
// takes its sub-tags with it ("topic/fish" under "topic" renamed "subject"
// is "subject/fish").
func (m *merger) tags(in []string) []string {
	if len(m.tagNames) == 0 {
		return in
	}
	out := make([]string, 0, len(in))
	for _, t := range in {
		t = m.tagName(t)
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

func (m *merger) tagName(t string) string {
	segs := strings.Split(t, "/")
	for n := len(segs); n > 0; n-- {
		if to, ok := m.tagNames[tagKey(strings.Join(segs[:n], "/"))]; ok {
			return strings.Join(append([]string{to}, segs[n:]...), "/")
		}
	}
	return t
}

// ---- people ----

func (m *merger) personRules() recordRules[Person] {
	return recordRules[Person]{
		kind: TypePerson, bucket: BucketPeople,
		meta: func(p *Person) *Meta { return &p.Meta },
		prepare: func(m *merger, in *Person) (bool, error) {
			in.Aliases = union(in.Aliases, nil, in.Name)
			return true, nil
		},
		match: func(m *merger, in *Person) ([]string, error) {
			// Known here by the person's name (as a name, or as an alias
			// a rename left): the person's own aliases are no proof, since
			// people who share a surname or a title are not one person.
			// (Merges of people travel as recorded IDs.)
			ids, err := m.tx.RefIDs(RefPersonName, foldKey(in.Name))
			if err != nil {
				return nil, err
			}
			slices.Sort(ids)
			return ids, nil
		},
		same: func(a, b *Person) bool {
			return a.Name == b.Name && a.Page == b.Page && a.Kind == b.Kind &&
				slices.Equal(union(a.Aliases, nil), union(b.Aliases, nil)) &&
				slices.Equal(union(a.Former, nil), union(b.Former, nil)) &&
				slices.Equal(union(a.Affiliations, nil), union(b.Affiliations, nil))
		},
		combine: func(m *merger, local, in *Person) (Person, error) {
			win, lose := *in, *local
			if newerSide(local.Meta, in.Meta, jsonKey(local), jsonKey(in)) {
				win, lose = *local, *in
			}
			out := win
			out.Aliases = union(append(local.Aliases, in.Aliases...), []string{lose.Name}, win.Name)
			out.Affiliations = union(local.Affiliations, in.Affiliations)
			out.Former = union(local.Former, in.Former, win.Name)
			var err error
			out.Page, err = m.joined(TypePerson, local.ID, win.Name, "page", local.Page, in.Page)
			return out, err
		},
		put: func(m *merger, p, old *Person) error {
			tx := m.tx
			p.V = RecordVersion
			oldPage := ""
			if old != nil {
				oldPage = old.Page
				for _, n := range append([]string{old.Name}, old.Aliases...) {
					if err := tx.RemoveRef(RefPersonName, foldKey(n), p.ID); err != nil {
						return err
					}
				}
			}
			if err := tx.Put(BucketPeople, p.ID, p); err != nil {
				return err
			}
			if err := addPersonNames(tx, p); err != nil {
				return err
			}
			if err := setLinks(tx, carrier(TypePerson, p.ID), oldPage, p.Page); err != nil {
				return err
			}
			if old != nil && old.Name != p.Name {
				if err := m.l.respeak(tx, p.ID, p); err != nil {
					return err
				}
			}
			if old != nil && (old.Name != p.Name || !slices.Equal(old.Aliases, p.Aliases)) {
				if err := enqueuePersonQuotes(tx, p.ID); err != nil {
					return err
				}
			}
			return enqueue(tx, TypePerson, p.ID)
		},
		absorb: func(m *merger, from, into string) error {
			if err := m.l.mergePeopleTx(m.tx, from, into); err != nil {
				return err
			}
			m.ids[from] = into
			return nil
		},
		// People here known by a name the other side replaced (renamed or
		// merged away), by the full name: the analyst there said they are
		// this person.
		merged: func(m *merger, in *Person) ([]string, error) {
			var out []string
			for _, n := range in.Former {
				ids, err := m.tx.RefIDs(RefPersonName, foldKey(n))
				if err != nil {
					return nil, err
				}
				for _, id := range ids {
					var p Person
					if m.tx.Get(BucketPeople, id, &p) == nil && strings.EqualFold(p.Name, n) {
						out = append(out, id)
					}
				}
			}
			slices.Sort(out)
			return slices.Compact(out), nil
		},
	}
}

// ---- articles ----

// history lists the content hashes an article had, here and in the
// libraries it came through: its current text first.
func (m *merger) localHistory(id string) ([]string, error) {
	var out []string
	var a Article
	if err := m.tx.Get(BucketArticles, id, &a); err != nil {
		return nil, err
	}
	out = append(out, a.ContentHash)
	err := m.tx.ForEach(BucketArticleVersions, id+"/", func(_ string, decode func(any) error) error {
		var v ArticleVersion
		if err := decode(&v); err != nil {
			return err
		}
		if h := ContentHash(v.Article.Body); !slices.Contains(out, h) {
			out = append(out, h)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var known []string
	if m.tx.Get(BucketMergeHistory, id, &known) == nil {
		for _, h := range known {
			if !slices.Contains(out, h) {
				out = append(out, h)
			}
		}
	}
	return out, nil
}

// ArticleHistory lists the content hashes of an article's texts, current
// first, for bundles (the other library recognises the article by them).
func ArticleHistory(tx Tx, id string) ([]string, error) {
	m := &merger{tx: tx}
	return m.localHistory(id)
}

// pastHashes maps every earlier content hash of every local article to the
// article, built once per merge when an incoming article is not found by ID
// or current hash.
func (m *merger) pastHashes() (map[string]string, error) {
	if m.past != nil {
		return m.past, nil
	}
	m.past = map[string]string{}
	err := m.tx.ForEach(BucketArticleVersions, "", func(_ string, decode func(any) error) error {
		var v ArticleVersion
		if err := decode(&v); err != nil {
			return err
		}
		h := ContentHash(v.Article.Body)
		if cur, ok := m.past[h]; !ok || v.ArticleID < cur {
			m.past[h] = v.ArticleID
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return m.past, m.tx.ForEach(BucketMergeHistory, "", func(id string, decode func(any) error) error {
		var hs []string
		if err := decode(&hs); err != nil {
			return err
		}
		for _, h := range hs {
			if cur, ok := m.past[h]; !ok || id < cur {
				m.past[h] = id
			}
		}
		return nil
	})
}

func (m *merger) articleRules() recordRules[Article] {
	return recordRules[Article]{
		kind: TypeArticle, bucket: BucketArticles,
		meta: func(a *Article) *Meta { return &a.Meta },
		prepare: func(m *merger, in *Article) (bool, error) {
			in.Tags = m.tags(in.Tags)
			m.inText[in.ID] = in.Text()
			return true, nil
		},
		match: func(m *merger, in *Article) ([]string, error) {
			hashes := append([]string{in.ContentHash}, m.b.History[in.ID]...)
			for _, h := range hashes {
				ids, err := m.tx.RefIDs(RefArticleHash, h)
				if err != nil {
					return nil, err
				}
				if len(ids) > 0 {
					return ids[:1], nil
				}
			}
			past, err := m.pastHashes()
			if err != nil {
				return nil, err
			}
			for _, h := range hashes {
				if id, ok := past[h]; ok && m.tx.Has(BucketArticles, id) {
					return []string{id}, nil
				}
			}
			return nil, nil
		},
		same: func(a, b *Article) bool {
			return sameContent(a, b) && slices.Equal(union(a.Tags, nil), union(b.Tags, nil))
		},
		combine: func(m *merger, local, in *Article) (Article, error) {
			win := *in
			if newerSide(local.Meta, in.Meta, local.ContentHash+jsonKey(local), in.ContentHash+jsonKey(in)) {
				win = *local
			}
			ancestor := false // one side's text descends from the other's
			if local.ContentHash != in.ContentHash {
				lh, err := m.localHistory(local.ID)
				if err != nil {
					return win, err
				}
				switch ih := m.b.History[m.cur]; {
				case slices.Contains(ih, local.ContentHash):
					win, ancestor = *in, true // theirs descends from ours
				case slices.Contains(lh, in.ContentHash):
					win, ancestor = *local, true // ours descends from theirs
				}
			}
			lose := *local
			if win.ContentHash == local.ContentHash && sameContent(&win, local) {
				lose = *in
			}
			if !ancestor && !sameContent(&win, &lose) {
				// Changed on both sides (text or title, source, ...): the
				// other version is kept as a revision and listed, unless it
				// already is one here.
				known, err := m.articleVersionKnown(local.ID, &lose)
				if err != nil {
					return win, err
				}
				if !known {
					m.losers[local.ID] = lose
					field, note := "text", "text edited on both sides; the other text is kept as an earlier revision"
					if local.ContentHash == in.ContentHash {
						field, note = "metadata", "title, source or other details edited on both sides; the other version is kept as an earlier revision"
					}
					if err := m.conflict(MergeConflict{Kind: TypeArticle, ID: local.ID, Title: win.Title, Field: field, Note: note},
						jsonKey(articleContent(local)), jsonKey(articleContent(in))); err != nil {
						return win, err
					}
				}
			}
			out := win
			out.Body, out.Headings, out.Captions = slices.Clone(win.Body), slices.Clone(win.Headings), slices.Clone(win.Captions)
			out.Tags = union(local.Tags, in.Tags)
			out.Revision = max(local.Revision, in.Revision)
			return out, nil
		},
		put: func(m *merger, a, old *Article) error {
			return m.putArticle(a, old)
		},
		force: (*merger).hasLoser,
	}
}

func (m *merger) putArticle(a, old *Article) error {
	delete(m.texts, a.ID)
	delete(m.docs, a.ID)
	tx := m.tx
	a.V = RecordVersion
	a.ContentHash = ContentHash(a.Body)
	if a.Revision < 1 {
		a.Revision = 1
	}
	// The incoming lineage, so a later merge recognises the article.
	if hs := m.b.History[m.cur]; len(hs) > 0 {
		var known []string
		_ = tx.Get(BucketMergeHistory, a.ID, &known)
		all := union(known, hs)
		if !slices.Equal(all, known) {
			if err := tx.Put(BucketMergeHistory, a.ID, all); err != nil {
				return err
			}
		}
	}
	if old == nil {
		if err := putArticle(tx, a); err != nil {
			return err
		}
		if err := addArticleRefs(tx, a); err != nil {
			return err
		}
		if err := m.l.setTags(tx, TypeArticle, a.ID, nil, a.Tags); err != nil {
			return err
		}
		return enqueue(tx, TypeArticle, a.ID)
	}
	textChanged := old.ContentHash != a.ContentHash
	// Keep what is replaced, the local state, and a losing incoming text, as
	// revisions.
	rev := max(old.Revision, a.Revision)
	changed := !sameContent(old, a)
	if changed {
		if err := tx.Put(BucketArticleVersions, versionKey(old.ID, old.Revision),
			ArticleVersion{ArticleID: old.ID, Revision: old.Revision, Saved: m.now, Article: *old,
				Reason: "merged with " + m.b.Origin}); err != nil {
			return err
		}
	}
	if lose, ok := m.losers[a.ID].(Article); ok && !sameContent(&lose, old) {
		rev++
		lose.ID = a.ID
		if err := tx.Put(BucketArticleVersions, versionKey(a.ID, rev),
			ArticleVersion{ArticleID: a.ID, Revision: rev, Saved: m.now, Article: lose,
				Reason: "text from " + m.b.Origin + ", edited on both sides"}); err != nil {
			return err
		}
		changed = true
	}
	delete(m.losers, a.ID)
	if changed {
		a.Revision = rev + 1
	} else {
		a.Revision = old.Revision
	}
	rewrite, err := retitledLinks(tx, old, a)
	if err != nil {
		return err
	}
	if err := removeArticleRefs(tx, old); err != nil {
		return err
	}
	if err := putArticle(tx, a); err != nil {
		return err
	}
	if err := addArticleRefs(tx, a); err != nil {
		return err
	}
	if rewrite {
		// Links here follow the title the merge kept (the notes that come
		// in the bundle link it already).
		if _, err := m.l.rewriteLinks(tx, old.Title, a.Title, ""); err != nil {
			return err
		}
	}
	if err := m.l.setTags(tx, TypeArticle, a.ID, old.Tags, a.Tags); err != nil {
		return err
	}
	if err := enqueue(tx, TypeArticle, a.ID); err != nil {
		return err
	}
	if err := m.l.enqueueChildren(tx, a.ID); err != nil {
		return err
	}
	if textChanged {
		if _, err := m.l.reanchorAll(tx, a.ID, old.Text(), a.Text()); err != nil {
			return err
		}
	}
	return nil
}

// target maps an incoming annotation's or quote's target to the local
// article and moves it onto the article's merged text.
func (m *merger) target(t *Target) (bool, error) {
	inID := t.ArticleID
	t.ArticleID = m.local(BucketArticles, inID)
	// Articles are merged before their annotations and quotes: their texts
	// are read once, not once per annotation.
	text, ok := m.texts[t.ArticleID]
	if !ok {
		var a Article
		if err := m.tx.Get(BucketArticles, t.ArticleID, &a); err != nil {
			if errors.Is(err, ErrNotFound) {
				return false, fmt.Errorf("%w: an annotation or quote points at article %s, which is neither in the bundle nor in the library", ErrBadBundle, inID)
			}
			return false, err
		}
		text = a.Text()
		m.texts[t.ArticleID] = text
	}
	inText, ok := m.inText[inID]
	if !ok {
		return true, nil // the article was not in the bundle: the target is on our text
	}
	if inText == text {
		return true, nil
	}
	doc, ok := m.docs[t.ArticleID]
	if !ok {
		doc = anchor.NewDoc(text)
		m.docs[t.ArticleID] = doc
	}
	retarget(t, doc, paragraphShift(inText, text), pointMap(inText, text))
	return true, nil
}

// sameSpan finds the local records of an article on exactly this span.
func (m *merger) sameSpan(ref Ref, b Bucket, t Target) ([]string, error) {
	ids, err := m.tx.RefIDs(ref, t.ArticleID)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, id := range ids {
		var lt struct{ Target }
		if m.tx.Get(b, id, &lt) != nil {
			continue
		}
		s := lt.Selector
		if s.Start == t.Selector.Start && s.End == t.Selector.End && s.Exact == t.Selector.Exact {
			out = append(out, id)
		}
	}
	return out, nil
}

// betterTarget picks the better anchored of two targets on the same text.
func betterTarget(a, b Target) Target {
	rank := func(t Target) int {
		switch t.State {
		case anchor.Orphaned:
			return 2
		case anchor.Fuzzy:
			return 1
		}
		return 0
	}
	if ra, rb := rank(a), rank(b); ra != rb {
		if ra < rb {
			return a
		}
		return b
	}
	if jsonKey(b.Selector) < jsonKey(a.Selector) {
		return b
	}
	return a
}

// ---- annotations ----

func (m *merger) annotationRules() recordRules[Annotation] {
	return recordRules[Annotation]{
		kind: TypeAnnotation, bucket: BucketAnnotations,
		meta: func(a *Annotation) *Meta { return &a.Meta },
		prepare: func(m *merger, in *Annotation) (bool, error) {
			in.Tags = m.tags(in.Tags)
			return m.target(&in.Target)
		},
		match: func(m *merger, in *Annotation) ([]string, error) {
			return m.sameSpan(RefArticleAnnotations, BucketAnnotations, in.Target)
		},
		same: func(a, b *Annotation) bool {
			return a.Target == b.Target && a.Color == b.Color && a.Note == b.Note &&
				slices.Equal(union(a.Tags, nil), union(b.Tags, nil))
		},
		combine: func(m *merger, local, in *Annotation) (Annotation, error) {
			if local.ArticleID != in.ArticleID {
				return *local, fmt.Errorf("%w: annotation %s moved to another article", ErrBadBundle, in.ID)
			}
			out := *in
			if newerSide(local.Meta, in.Meta, jsonKey(local), jsonKey(in)) {
				out = *local
			}
			out.Target = betterTarget(local.Target, in.Target)
			out.Tags = union(local.Tags, in.Tags)
			var err error
			out.Note, err = m.joined(TypeAnnotation, local.ID, local.Selector.Exact, "note", local.Note, in.Note)
			return out, err
		},
		put: func(m *merger, an, old *Annotation) error {
			tx := m.tx
			an.V = RecordVersion
			if err := tx.Put(BucketAnnotations, an.ID, an); err != nil {
				return err
			}
			if err := tx.AddRef(RefArticleAnnotations, an.ArticleID, an.ID); err != nil {
				return err
			}
			if err := setAnchorState(tx, an.ID, annotationStateKey(old), annotationStateKey(an)); err != nil {
				return err
			}
			var oldTags []string
			oldNote := ""
			if old != nil {
				oldTags, oldNote = old.Tags, old.Note
			}
			if err := m.l.setTags(tx, TypeAnnotation, an.ID, oldTags, an.Tags); err != nil {
				return err
			}
			// [[links]] in a highlight's note are backlinks of their pages.
			if err := setLinks(tx, carrier(TypeAnnotation, an.ID), oldNote, an.Note); err != nil {
				return err
			}
			return enqueue(tx, TypeAnnotation, an.ID)
		},
	}
}

// ---- quotes ----

// decided reports whether the analyst has decided on a quote.
func decided(q *Quote) bool { return q.Status == QuoteConfirmed || q.Status == QuoteRejected }

// decision is what the analyst decided about a quote: its status and who
// said it.
func decision(q *Quote) string { return string(q.Status) + "\x1f" + q.SpeakerID }

func decisionRank(q *Quote) string {
	r := "1"
	if q.Status == QuoteConfirmed {
		r = "0"
	}
	return r + decision(q)
}

func (m *merger) quoteRules() recordRules[Quote] {
	return recordRules[Quote]{
		kind: TypeQuote, bucket: BucketQuotes,
		meta: func(q *Quote) *Meta { return &q.Meta },
		prepare: func(m *merger, in *Quote) (bool, error) {
			in.Tags = m.tags(in.Tags)
			if in.SpeakerID != "" {
				in.SpeakerID = m.local(BucketPeople, in.SpeakerID)
				var p Person
				if m.tx.Get(BucketPeople, in.SpeakerID, &p) != nil {
					in.SpeakerID = "" // the speaker was not exported; keep the name only
				} else {
					in.Speaker = p.Name
				}
			}
			ok, err := m.target(&in.Target)
			if ok && !in.Orphaned() {
				in.Text = in.Selector.Exact
			}
			return ok, err
		},
		match: func(m *merger, in *Quote) ([]string, error) {
			ids, err := m.sameSpan(RefArticleQuotes, BucketQuotes, in.Target)
			// A span holding two decisions (an earlier conflict) meets the
			// incoming quote at the one with its decision.
			for i, id := range ids {
				var q Quote
				if m.tx.Get(BucketQuotes, id, &q) == nil && decision(&q) == decision(in) {
					ids[0], ids[i] = ids[i], ids[0]
					break
				}
			}
			return ids, err
		},
		// Two decisions kept side by side are two records on one span on
		// each side, and the IDs that each side recorded for the other's
		// cross as the records change hands: the incoming decision's
		// counterpart is the record here that holds it, unless the
		// incoming decision was made over the one found by ID.
		refine: func(m *merger, in *Quote, cands []string) ([]string, error) {
			var local Quote
			if !decided(in) || m.tx.Get(BucketQuotes, cands[0], &local) != nil || !decided(&local) ||
				decision(&local) == decision(in) || in.overrides(&local) {
				return cands, nil
			}
			ids, err := m.sameSpan(RefArticleQuotes, BucketQuotes, in.Target)
			if err != nil {
				return nil, err
			}
			for _, id := range ids {
				var q Quote
				if id != cands[0] && m.tx.Get(BucketQuotes, id, &q) == nil && decision(&q) == decision(in) {
					return []string{id}, nil
				}
			}
			return cands, nil
		},
		same: func(a, b *Quote) bool {
			return a.Target == b.Target && a.Text == b.Text && a.Kind == b.Kind && a.SpeakerID == b.SpeakerID &&
				a.Speaker == b.Speaker && a.Affiliation == b.Affiliation && a.Status == b.Status && a.Note == b.Note &&
				slices.Equal(union(a.Tags, nil), union(b.Tags, nil))
		},
		combine: func(m *merger, local, in *Quote) (Quote, error) {
			if local.ArticleID != in.ArticleID {
				return *local, fmt.Errorf("%w: quote %s moved to another article", ErrBadBundle, in.ID)
			}
			first, second := *in, *local
			switch {
			case decision(local) != decision(in) && in.overrides(local):
				// The analyst there changed the decision held here: no conflict.
			case decision(local) != decision(in) && local.overrides(in):
				first, second = *local, *in
			case decided(local) && decided(in) && decision(local) != decision(in):
				if decisionRank(local) < decisionRank(in) {
					first, second = *local, *in
				}
				if err := m.quoteCopy(local, &second); err != nil {
					return first, err
				}
			case decided(local) != decided(in):
				if decided(local) {
					first, second = *local, *in
				}
			case newerSide(local.Meta, in.Meta, jsonKey(local), jsonKey(in)):
				first, second = *local, *in
			}
			out := first
			out.Target = betterTarget(local.Target, in.Target)
			if !out.Orphaned() {
				out.Text = out.Selector.Exact
			}
			out.Tags = union(local.Tags, in.Tags)
			if out.Affiliation == "" {
				out.Affiliation = second.Affiliation
			}
			var err error
			out.Note, err = m.joined(TypeQuote, local.ID, local.Text, "note", local.Note, in.Note)
			return out, err
		},
		put: func(m *merger, q, old *Quote) error {
			if err := m.l.putQuote(m.tx, q, old); err != nil {
				return err
			}
			return quoteVerdict(m.tx, q, old)
		},
	}
}

// quoteCopy keeps the second of two different decisions on a quote as a copy
// beside it, under an ID both libraries derive alike.
func (m *merger) quoteCopy(local, second *Quote) error {
	c := *second
	c.ID = derivedID(local.Created, local.ID, decision(second))
	c.Target = local.Target
	if !c.Orphaned() {
		c.Text = c.Selector.Exact
	}
	if err := m.conflict(MergeConflict{Kind: TypeQuote, ID: local.ID, CopyID: c.ID, Title: local.Text, Field: "status",
		Note: fmt.Sprintf("decided differently on the two sides (%s); both decisions kept, side by side", describeDecisions(local, second))},
		decision(local), decision(second)); err != nil {
		return err
	}
	var old Quote
	if m.tx.Get(BucketQuotes, c.ID, &old) == nil {
		return nil // kept by an earlier merge
	}
	c.V = RecordVersion
	if err := m.l.putQuote(m.tx, &c, nil); err != nil {
		return err
	}
	m.rep.Added++
	return quoteVerdict(m.tx, &c, nil)
}

func describeDecisions(a, b *Quote) string {
	d := func(q *Quote) string {
		if q.Speaker != "" {
			return string(q.Status) + " as " + q.Speaker
		}
		return string(q.Status)
	}
	x, y := d(a), d(b)
	if y < x {
		x, y = y, x
	}
	return x + " / " + y
}

// quoteVerdict keeps a quote's verdict (a rejected suggestion the finder is
// not to bring back) in step with its status.
func quoteVerdict(tx Tx, q, old *Quote) error {
	if old != nil && old.Status == q.Status {
		return nil
	}
	vk := verdictKey(q.ArticleID, q.Text)
	switch q.Status {
	case QuoteRejected:
		return tx.Put(BucketQuoteVerdicts, vk, QuoteVerdict{ArticleID: q.ArticleID, Text: q.Text,
			Status: QuoteRejected, QuoteID: q.ID})
	case QuoteConfirmed:
		var v QuoteVerdict
		if tx.Get(BucketQuoteVerdicts, vk, &v) == nil && v.Status == QuoteRejected && v.QuoteID == q.ID {
			return tx.Delete(BucketQuoteVerdicts, vk)
		}
	}
	return nil
}

// ---- notes ----

func (m *merger) noteRules() recordRules[Note] {
	return recordRules[Note]{
		kind: TypeNote, bucket: BucketNotes,
		meta: func(n *Note) *Meta { return &n.Meta },
		prepare: func(m *merger, in *Note) (bool, error) {
			in.Tags = m.tags(in.Tags)
			return true, nil
		},
		match: func(m *merger, in *Note) ([]string, error) {
			return m.tx.RefIDs(RefNoteTitle, pageKey(in.Title))
		},
		same: func(a, b *Note) bool {
			return a.Title == b.Title && a.Body == b.Body && slices.Equal(union(a.Tags, nil), union(b.Tags, nil)) &&
				slices.Equal(union(a.Aliases, nil), union(b.Aliases, nil))
		},
		combine: func(m *merger, local, in *Note) (Note, error) {
			win, lose := *in, *local
			if newerSide(local.Meta, in.Meta, jsonKey(local), jsonKey(in)) {
				win, lose = *local, *in
			}
			out := win
			out.Tags = union(local.Tags, in.Tags)
			out.Aliases = union(append(local.Aliases, in.Aliases...), []string{lose.Title}, win.Title)
			out.Revision = max(local.Revision, in.Revision)
			known, err := m.noteBodyKnown(local.ID, in.Body)
			if err != nil {
				return out, err
			}
			if known {
				out.Body = local.Body // theirs is an earlier text of ours
			} else if local.Body != in.Body {
				m.losers[local.ID] = lose
				if err := m.conflict(MergeConflict{Kind: TypeNote, ID: local.ID, Title: win.Title, Field: "body",
					Note: "edited on both sides; the other text is kept in the note's history"}, local.Body, in.Body); err != nil {
					return out, err
				}
			}
			return out, nil
		},
		put: func(m *merger, n, old *Note) error {
			return m.putNote(n, old)
		},
		force: (*merger).hasLoser,
	}
}

func (m *merger) putNote(n, old *Note) error {
	tx := m.tx
	n.V = RecordVersion
	if n.Revision < 1 {
		n.Revision = 1
	}
	// A title another page has here gets the origin appended.
	var aliases []string
	for _, t := range append([]string{n.Title}, n.Aliases...) {
		if checkTitleFree(tx, t, n.ID) == nil {
			aliases = append(aliases, t)
		} else if t == n.Title {
			alt := n.Title + " (from " + m.b.Origin + ")"
			if err := checkTitleFree(tx, alt, n.ID); err != nil {
				return fmt.Errorf("note %q: %w", n.Title, err)
			}
			n.Title = alt
			aliases = append(aliases, alt)
		}
	}
	n.Aliases = union(aliases[1:], nil, n.Title)
	oldBody := ""
	var oldTags []string
	if old != nil {
		oldBody, oldTags = old.Body, old.Tags
		for _, t := range append([]string{old.Title}, old.Aliases...) {
			if err := tx.RemoveRef(RefNoteTitle, pageKey(t), n.ID); err != nil {
				return err
			}
		}
		rev := max(old.Revision, n.Revision)
		changed := old.Body != n.Body || old.Title != n.Title
		if changed {
			if err := tx.Put(BucketNoteVersions, versionKey(n.ID, old.Revision),
				NoteVersion{NoteID: n.ID, Revision: old.Revision, Saved: old.Updated, Title: old.Title, Body: old.Body}); err != nil {
				return err
			}
		}
		if lose, ok := m.losers[n.ID].(Note); ok && lose.Body != old.Body {
			rev++
			if err := tx.Put(BucketNoteVersions, versionKey(n.ID, rev),
				NoteVersion{NoteID: n.ID, Revision: rev, Saved: lose.Updated, Title: lose.Title, Body: lose.Body}); err != nil {
				return err
			}
			changed = true
		}
		delete(m.losers, n.ID)
		if changed {
			n.Revision = rev + 1
		} else {
			n.Revision = old.Revision
		}
	}
	if err := tx.Put(BucketNotes, n.ID, n); err != nil {
		return err
	}
	for _, t := range append([]string{n.Title}, n.Aliases...) {
		if k := pageKey(t); k != "" {
			if err := tx.AddRef(RefNoteTitle, k, n.ID); err != nil {
				return err
			}
		}
	}
	if err := setLinks(tx, carrier(TypeNote, n.ID), oldBody, n.Body); err != nil {
		return err
	}
	if err := m.l.setTags(tx, TypeNote, n.ID, oldTags, n.Tags); err != nil {
		return err
	}
	return enqueue(tx, TypeNote, n.ID)
}

// noteBodyKnown reports whether body is the text of one of the note's
// earlier revisions here.
func (m *merger) noteBodyKnown(id, body string) (bool, error) {
	found := false
	err := m.tx.ForEach(BucketNoteVersions, id+"/", func(_ string, decode func(any) error) error {
		var v NoteVersion
		if err := decode(&v); err != nil {
			return err
		}
		found = found || v.Body == body
		return nil
	})
	return found, err
}

// hasLoser reports whether the merge of a record has the other side's text
// to keep as a revision.
func (m *merger) hasLoser(id string) bool {
	_, ok := m.losers[id]
	return ok
}

// articleContent is what sameContent compares: an article's text and
// details, without IDs, times and tags.
func articleContent(a *Article) Article {
	return Article{Title: a.Title, Source: a.Source, Author: a.Author, URL: a.URL, Dateline: a.Dateline, Kicker: a.Kicker,
		Published: a.Published, Body: a.Body, Headings: normHeadings(a.Headings), Captions: a.Captions}
}

// articleVersionKnown reports whether an earlier revision of the article
// here has the content of v (so keeping v again would add nothing).
func (m *merger) articleVersionKnown(id string, v *Article) (bool, error) {
	found := false
	err := m.tx.ForEach(BucketArticleVersions, id+"/", func(_ string, decode func(any) error) error {
		var av ArticleVersion
		if err := decode(&av); err != nil {
			return err
		}
		if sameContent(&av.Article, v) {
			found = true
			return ErrStop
		}
		return nil
	})
	return found, err
}
