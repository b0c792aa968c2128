package app

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"dossier/app/wikilink"
)

// ErrNameTaken is returned when a name already belongs to another person.
var ErrNameTaken = errors.New("another person has this name (merge them instead)")

// QuoteCounts counts a person's quotes by status. Total counts the quotes
// on the person's page, suggested and confirmed; rejected quotes are left
// off the page (the analyst said the person did not say them) and only
// counted apart.
type QuoteCounts struct {
	Total     int `json:"total"`
	Suggested int `json:"suggested"`
	Confirmed int `json:"confirmed"`
	Rejected  int `json:"rejected"`
}

func (c *QuoteCounts) add(s QuoteStatus) {
	if s != QuoteRejected {
		c.Total++
	}
	switch s {
	case QuoteSuggested:
		c.Suggested++
	case QuoteConfirmed:
		c.Confirmed++
	case QuoteRejected:
		c.Rejected++
	}
}

// PersonSummary is what the people list shows.
type PersonSummary struct {
	ID           string      `json:"id"`
	Name         string      `json:"name"`
	Aliases      []string    `json:"aliases"`
	Affiliations []string    `json:"affiliations"`
	Kind         SpeakerKind `json:"kind,omitempty"`
	Quotes       QuoteCounts `json:"quotes"`
}

// PersonPage is a person with every quote attributed to them across the
// library.
type PersonPage struct {
	Person Person      `json:"person"`
	Counts QuoteCounts `json:"counts"`
	Quotes []QuoteRow  `json:"quotes"`
}

// validPersonName checks a name the analyst typed: it must be usable as a
// [[link]] title, since every person has a page.
func validPersonName(name string, allowEmpty bool) error {
	if strings.TrimSpace(name) == "" {
		if allowEmpty {
			return nil
		}
		return errors.New("the name is empty")
	}
	if err := wikilink.ValidateTitle(strings.TrimSpace(name)); err != nil {
		return fmt.Errorf("name %q: %w", name, err)
	}
	return nil
}

// People lists every person by name, with their quote counts.
func (l *Library) People() ([]PersonSummary, error) {
	out := []PersonSummary{}
	err := l.store.View(func(tx Tx) error {
		counts := map[string]*QuoteCounts{}
		if err := tx.ForEach(BucketQuotes, "", func(_ string, decode func(any) error) error {
			var q Quote
			if err := decode(&q); err != nil {
				return err
			}
			if q.SpeakerID == "" {
				return nil
			}
			c := counts[q.SpeakerID]
			if c == nil {
				c = &QuoteCounts{}
				counts[q.SpeakerID] = c
			}
			c.add(q.Status)
			return nil
		}); err != nil {
			return err
		}
		return tx.ForEach(BucketPeople, "", func(_ string, decode func(any) error) error {
			var p Person
			if err := decode(&p); err != nil {
				return err
			}
			s := PersonSummary{ID: p.ID, Name: p.Name, Aliases: orEmpty(p.Aliases), Affiliations: orEmpty(p.Affiliations), Kind: p.Kind}
			if c := counts[p.ID]; c != nil {
				s.Quotes = *c
			}
			if s.Quotes.Total == 0 && s.Quotes.Rejected > 0 && strings.TrimSpace(p.Page) == "" {
				return nil // a speaker of rejected quotes only: nobody to list
			}
			out = append(out, s)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list people: %w", err)
	}
	sort.SliceStable(out, func(i, j int) bool {
		ki, kj := foldKey(out[i].Name), foldKey(out[j].Name)
		if ki != kj {
			return ki < kj
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Person returns a person's page data: the person and their quotes across
// the library, with article titles, oldest article first. Rejected quotes
// are not on the page; Counts.Rejected says how many there are.
func (l *Library) Person(id string) (*PersonPage, error) {
	var pg PersonPage
	err := l.store.View(func(tx Tx) error {
		return tx.Get(BucketPeople, id, &pg.Person)
	})
	if err != nil {
		return nil, fmt.Errorf("person %s: %w", id, err)
	}
	rows, err := l.Quotes(QuoteFilter{SpeakerID: id})
	if err != nil {
		return nil, fmt.Errorf("person %s: %w", id, err)
	}
	pg.Quotes = rows[:0]
	for _, r := range rows {
		pg.Counts.add(r.Status)
		if r.Status != QuoteRejected {
			pg.Quotes = append(pg.Quotes, r)
		}
	}
	return &pg, nil
}

// ResolvePerson finds a person by name or alias (case, accents and spacing
// ignored), by ID, or by an unambiguous ID prefix of at least 6 characters.
func (l *Library) ResolvePerson(nameOrID string) (*Person, error) {
	var p Person
	err := l.store.View(func(tx Tx) error {
		id, err := resolvePersonID(tx, nameOrID)
		if err != nil {
			return err
		}
		return tx.Get(BucketPeople, id, &p)
	})
	if err != nil {
		return nil, err
	}
	return &p, nil
}

func resolvePersonID(tx Tx, nameOrID string) (string, error) {
	s := strings.TrimSpace(nameOrID)
	if s == "" {
		return "", fmt.Errorf("person: no name given: %w", ErrNotFound)
	}
	if k := foldKey(s); k != "" {
		ids, err := tx.RefIDs(RefPersonName, k)
		if err != nil {
			return "", err
		}
		for _, id := range ids {
			if tx.Has(BucketPeople, id) {
				return id, nil
			}
		}
	}
	id, err := resolveIDIn(tx, BucketPeople, "person", s)
	if errors.Is(err, ErrNotFound) {
		return "", fmt.Errorf("person %q: %w", s, ErrNotFound)
	}
	return id, err
}

// SetPersonKind records what kind of speaker a page stands for: a person
// (""), an organisation, or a source the text only describes.
func (l *Library) SetPersonKind(id string, kind SpeakerKind) (*Person, error) {
	switch kind {
	case SpeakerPerson, SpeakerOrganisation, SpeakerDescribed:
	default:
		return nil, fmt.Errorf("set kind of person %s: unknown kind %q (want person, %s or %s)", id, kind, SpeakerOrganisation, SpeakerDescribed)
	}
	var p Person
	err := l.store.Update(func(tx Tx) error {
		if err := tx.Get(BucketPeople, id, &p); err != nil {
			return err
		}
		if p.Kind == kind {
			return nil
		}
		p.Kind = kind
		return l.putPerson(tx, &p)
	})
	if err != nil {
		return nil, fmt.Errorf("set kind of person %s: %w", id, err)
	}
	l.Kick()
	return &p, nil
}

// RenamePerson gives a person a new name. The old name stays as an alias
// (so links and later imports still find them), every quote shows the new
// name, and [[links]] to the old name are rewritten.
func (l *Library) RenamePerson(id, newName string) (*Person, error) {
	newName = strings.TrimSpace(newName)
	if err := validPersonName(newName, false); err != nil {
		return nil, fmt.Errorf("rename person: %w", err)
	}
	var p Person
	err := l.store.Update(func(tx Tx) error {
		if err := tx.Get(BucketPeople, id, &p); err != nil {
			return err
		}
		if p.Name == newName {
			return nil
		}
		if err := nameFree(tx, newName, id); err != nil {
			return err
		}
		oldName := p.Name
		// Links to the old name are rewritten only when they lead to this person.
		target, ok, err := resolve(tx, oldName)
		if err != nil {
			return err
		}
		rewrite := ok && target.Kind == TypePerson && target.ID == id
		p.Name = newName
		p.Aliases = removeFold(p.Aliases, newName)
		p.Former = union(p.Former, []string{oldName}, newName)
		if !strings.EqualFold(oldName, newName) && !containsFold(p.Aliases, oldName) {
			p.Aliases = append(p.Aliases, oldName)
		}
		if err := tx.AddRef(RefPersonName, foldKey(newName), id); err != nil {
			return err
		}
		if err := l.putPerson(tx, &p); err != nil {
			return err
		}
		if err := l.respeak(tx, id, &p); err != nil {
			return err
		}
		if rewrite {
			if _, err := l.rewriteLinks(tx, oldName, newName, ""); err != nil {
				return err
			}
			// Rewriting may have touched this person's own page.
			return tx.Get(BucketPeople, id, &p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("rename person %s: %w", id, err)
	}
	l.Kick()
	return &p, nil
}

// nameFree refuses a name that is the name or alias of a person other than
// selfID, or the title of another page.
func nameFree(tx Tx, name, selfID string) error {
	ids, err := tx.RefIDs(RefPersonName, foldKey(name))
	if err != nil {
		return err
	}
	for _, other := range ids {
		if other != selfID && tx.Has(BucketPeople, other) {
			var o Person
			if err := tx.Get(BucketPeople, other, &o); err != nil {
				return err
			}
			return fmt.Errorf("%w: %q (%s)", ErrNameTaken, o.Name, o.ID)
		}
	}
	p, ok, err := resolve(tx, name)
	if err != nil {
		return err
	}
	if ok && p.ID != selfID && p.Kind != TypeArticle && p.Kind != TypePerson {
		return fmt.Errorf("%w: %s %q", ErrTitleTaken, p.Kind, p.Title)
	}
	return nil
}

// enqueuePersonQuotes re-indexes every quote attributed to a person, whose
// search documents carry the person's name and aliases.
func enqueuePersonQuotes(tx Tx, personID string) error {
	qids, err := tx.RefIDs(RefPersonQuotes, personID)
	if err != nil {
		return err
	}
	for _, qid := range qids {
		if err := enqueue(tx, TypeQuote, qid); err != nil {
			return err
		}
	}
	return nil
}

// respeak writes the person's current name into every quote attributed to them.
func (l *Library) respeak(tx Tx, personID string, p *Person) error {
	qids, err := tx.RefIDs(RefPersonQuotes, personID)
	if err != nil {
		return err
	}
	for _, qid := range qids {
		var q Quote
		if err := tx.Get(BucketQuotes, qid, &q); err != nil {
			if errors.Is(err, ErrNotFound) {
				continue
			}
			return err
		}
		old := q
		q.SpeakerID, q.Speaker = p.ID, p.Name
		if err := l.putQuote(tx, &q, &old); err != nil {
			return err
		}
	}
	return nil
}

// MergePeople merges person from into person into: every quote of from is
// attributed to into, from's name and aliases become into's aliases, the
// affiliations and page texts are joined, and from is deleted.
func (l *Library) MergePeople(fromID, intoID string) (*Person, error) {
	if fromID == intoID {
		return nil, fmt.Errorf("merge people: %s is the same person", fromID)
	}
	var into Person
	err := l.store.Update(func(tx Tx) error {
		if err := l.mergePeopleTx(tx, fromID, intoID); err != nil {
			return err
		}
		return tx.Get(BucketPeople, intoID, &into)
	})
	if err != nil {
		return nil, fmt.Errorf("merge people: %w", err)
	}
	l.Kick()
	return &into, nil
}

// mergePeopleTx is MergePeople in tx (bundle merges call it too). The merged
// person's ID is recorded as into's, so a library that still has from (a
// colleague's, or a later bundle of one) is followed to into.
func (l *Library) mergePeopleTx(tx Tx, fromID, intoID string) error {
	var from, into Person
	if err := tx.Get(BucketPeople, fromID, &from); err != nil {
		return fmt.Errorf("person %s: %w", fromID, err)
	}
	if err := tx.Get(BucketPeople, intoID, &into); err != nil {
		return fmt.Errorf("person %s: %w", intoID, err)
	}
	if err := l.deletePerson(tx, &from); err != nil {
		return err
	}
	if err := tx.Put(BucketMergeIDs, fromID, intoID); err != nil {
		return err
	}
	for _, n := range append([]string{from.Name}, from.Aliases...) {
		if !strings.EqualFold(n, into.Name) && !containsFold(into.Aliases, n) {
			into.Aliases = append(into.Aliases, n)
		}
	}
	into.Former = union(append(into.Former, from.Former...), []string{from.Name}, into.Name)
	for _, a := range from.Affiliations {
		if !containsFold(into.Affiliations, a) {
			into.Affiliations = append(into.Affiliations, a)
		}
	}
	if strings.TrimSpace(from.Page) != "" {
		page := from.Page
		if strings.TrimSpace(into.Page) != "" {
			page = strings.TrimRight(into.Page, "\n") + "\n\n" + from.Page
		}
		if err := setLinks(tx, carrier(TypePerson, into.ID), into.Page, page); err != nil {
			return err
		}
		into.Page = page
	}
	if err := l.putPerson(tx, &into); err != nil {
		return err
	}
	return l.respeak(tx, from.ID, &into)
}

// deletePerson removes a person record, its name index entries and its
// page's links. The caller deals with its quotes.
func (l *Library) deletePerson(tx Tx, p *Person) error {
	for _, n := range append([]string{p.Name}, p.Aliases...) {
		if err := tx.RemoveRef(RefPersonName, foldKey(n), p.ID); err != nil {
			return err
		}
	}
	if err := setLinks(tx, carrier(TypePerson, p.ID), p.Page, ""); err != nil {
		return err
	}
	if err := tx.Delete(BucketPeople, p.ID); err != nil {
		return err
	}
	return enqueue(tx, TypePerson, p.ID)
}

// prunePerson deletes a person who has no quote left, no page text of their
// own and no page linking to them: someone only a wrong suggestion created.
func (l *Library) prunePerson(tx Tx, id string) error {
	qids, err := tx.RefIDs(RefPersonQuotes, id)
	if err != nil || len(qids) > 0 {
		return err
	}
	var p Person
	if err := tx.Get(BucketPeople, id, &p); err != nil {
		if errors.Is(err, ErrNotFound) {
			return nil
		}
		return err
	}
	if strings.TrimSpace(p.Page) != "" {
		return nil
	}
	for _, n := range append([]string{p.Name}, p.Aliases...) {
		src, err := tx.RefIDs(RefLinks, pageKey(n))
		if err != nil {
			return err
		}
		if len(src) > 0 {
			return nil
		}
	}
	return l.deletePerson(tx, &p)
}

// SplitPerson moves the listed quotes of a wrongly merged person to the
// person named newName: a new person, or the existing person with that
// name. When newName is one of the source's aliases, the alias goes with
// the quotes. Affiliations that only the moved quotes carry go with them.
func (l *Library) SplitPerson(id string, quoteIDs []string, newName string) (*Person, error) {
	newName = strings.TrimSpace(newName)
	if err := validPersonName(newName, false); err != nil {
		return nil, fmt.Errorf("split person: %w", err)
	}
	if len(quoteIDs) == 0 {
		return nil, errors.New("split person: no quotes to move")
	}
	var dst Person
	err := l.store.Update(func(tx Tx) error {
		var src Person
		if err := tx.Get(BucketPeople, id, &src); err != nil {
			return fmt.Errorf("person %s: %w", id, err)
		}
		if strings.EqualFold(newName, src.Name) || foldKey(newName) == foldKey(src.Name) {
			return fmt.Errorf("%q is the person's own name; choose the name of the other person", newName)
		}
		mine, err := tx.RefIDs(RefPersonQuotes, id)
		if err != nil {
			return err
		}
		owned := map[string]bool{}
		for _, q := range mine {
			owned[q] = true
		}
		moving := map[string]bool{}
		var moved []Quote
		for _, qid := range quoteIDs {
			if moving[qid] {
				continue
			}
			if !owned[qid] {
				return fmt.Errorf("quote %s is not attributed to %s", qid, src.Name)
			}
			var q Quote
			if err := tx.Get(BucketQuotes, qid, &q); err != nil {
				return fmt.Errorf("quote %s: %w", qid, err)
			}
			moving[qid] = true
			moved = append(moved, q)
		}
		// The new name may be an alias the wrong merge gave the source.
		key := foldKey(newName)
		srcChanged := false
		for _, a := range src.Aliases {
			if foldKey(a) == key {
				src.Aliases = removeFold(src.Aliases, a)
				if err := tx.RemoveRef(RefPersonName, key, src.ID); err != nil {
					return err
				}
				srcChanged = true
				break
			}
		}
		// Affiliations carried only by the moved quotes go with them.
		var affs []string
		for _, q := range moved {
			if q.Affiliation != "" && !containsFold(affs, q.Affiliation) {
				affs = append(affs, q.Affiliation)
			}
		}
		for _, qid := range mine {
			if moving[qid] {
				continue
			}
			var q Quote
			if tx.Get(BucketQuotes, qid, &q) == nil && q.Affiliation != "" {
				affs = removeFold(affs, q.Affiliation)
			}
		}
		for _, a := range affs {
			if containsFold(src.Affiliations, a) {
				src.Affiliations = removeFold(src.Affiliations, a)
				srcChanged = true
			}
		}
		if srcChanged {
			if err := l.putPerson(tx, &src); err != nil {
				return err
			}
		}
		ids, err := tx.RefIDs(RefPersonName, key)
		if err != nil {
			return err
		}
		if len(ids) > 0 && ids[0] != src.ID {
			if err := tx.Get(BucketPeople, ids[0], &dst); err != nil {
				return err
			}
		} else {
			if err := nameFree(tx, newName, ""); err != nil {
				return err
			}
			dst = Person{Meta: newMeta(l.NewID(), l.Now()), Name: newName}
		}
		for _, a := range affs {
			if !containsFold(dst.Affiliations, a) {
				dst.Affiliations = append(dst.Affiliations, a)
			}
		}
		if err := l.putPerson(tx, &dst); err != nil {
			return err
		}
		for i := range moved {
			q := &moved[i]
			old := *q
			q.SpeakerID, q.Speaker, q.Updated = dst.ID, dst.Name, l.Now()
			if err := l.putQuote(tx, q, &old); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("split person %s: %w", id, err)
	}
	l.Kick()
	return &dst, nil
}

// removeFold returns list without the entries equal to s, ignoring case.
func removeFold(list []string, s string) []string {
	var out []string
	for _, t := range list {
		if !strings.EqualFold(t, s) {
			out = append(out, t)
		}
	}
	return out
}
