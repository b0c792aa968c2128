package app

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier/app/quotes"
)

// QuoteVerdict remembers what the analyst decided about a suggestion, so
// re-running the finder does not bring back a rejected or corrected quote.
type QuoteVerdict struct {
	ArticleID string      `json:"article_id"`
	Text      string      `json:"text"`
	Status    QuoteStatus `json:"status"`
	QuoteID   string      `json:"quote_id,omitempty"`
}

func verdictKey(articleID, text string) string {
	h := sha256.Sum256([]byte(normalizeQuoteText(text)))
	return articleID + "/" + hex.EncodeToString(h[:12])
}

func normalizeQuoteText(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '“', '”', '"', '‘', '’', '\'':
			return -1
		}
		return r
	}, s)
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// suggestQuotes stores the finder's quotes for a newly stored or edited
// article as suggestions, with their speakers as people, skipping any the
// analyst already decided on and any already stored (see reconcileQuotes in
// review.go, which RerunFinder shares, so import and re-run agree).
func (l *Library) suggestQuotes(tx Tx, a *Article, found quotes.Result) error {
	_, err := l.reconcileQuotes(tx, a, found)
	return err
}

// putQuote stores a quote and keeps its secondary indexes in step with the
// previous version old (nil for a new quote).
func (l *Library) putQuote(tx Tx, q *Quote, old *Quote) error {
	q.V = RecordVersion
	if err := tx.Put(BucketQuotes, q.ID, q); err != nil {
		return err
	}
	if old != nil && old.SpeakerID != "" && old.SpeakerID != q.SpeakerID {
		if err := tx.RemoveRef(RefPersonQuotes, old.SpeakerID, q.ID); err != nil {
			return err
		}
	}
	if q.SpeakerID != "" {
		if err := tx.AddRef(RefPersonQuotes, q.SpeakerID, q.ID); err != nil {
			return err
		}
	}
	if err := tx.AddRef(RefArticleQuotes, q.ArticleID, q.ID); err != nil {
		return err
	}
	if old != nil && old.Status != q.Status {
		if err := tx.RemoveRef(RefQuoteStatus, string(old.Status), q.ID); err != nil {
			return err
		}
	}
	if err := tx.AddRef(RefQuoteStatus, string(q.Status), q.ID); err != nil {
		return err
	}
	if err := setAnchorState(tx, q.ID, quoteStateKey(old), quoteStateKey(q)); err != nil {
		return err
	}
	var oldTags []string
	if old != nil {
		oldTags = old.Tags
	}
	if err := l.setTags(tx, TypeQuote, q.ID, oldTags, q.Tags); err != nil {
		return err
	}
	return enqueue(tx, TypeQuote, q.ID)
}

// speakerKind maps the quote finder's kinds to a Person's.
func speakerKind(k quotes.SpeakerKind) SpeakerKind {
	switch k {
	case quotes.SpeakerOrganisation:
		return SpeakerOrganisation
	case quotes.SpeakerDescribed:
		return SpeakerDescribed
	}
	return SpeakerPerson
}

// pageWorthy reports whether a speaker the quote finder names deserves a
// person page: a named person or organisation does; a place (“Washington
// said” speaks as a government), a document, or a common noun phrase (“a
// spokesperson”, “Organizations”, “the KCNA statement”) does not, and the
// quote keeps the finder's words for its source instead.
func pageWorthy(name string, kind quotes.SpeakerKind) bool {
	switch kind {
	case quotes.SpeakerDescribed, quotes.SpeakerPlace:
		return false
	}
	return !commonNounPhrase(name)
}

// commonNounPhrase reports a phrase with no proper name in it: every word
// in lower case, but for a capitalised determiner or number opening it
// (“The spokesperson”, “Two officials”).
func commonNounPhrase(name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 {
		return false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			continue
		}
		if i == 0 && len(words) > 1 && phraseOpener(strings.ToLower(w)) {
			continue
		}
		return false
	}
	return true
}

func phraseOpener(w string) bool {
	switch w {
	case "a", "an", "the", "one", "two", "three", "some", "several", "many", "most", "other", "another", "this", "that", "these", "those":
		return true
	}
	return false
}

// personFor finds the person with this name or alias, or creates one of
// kind, and records any new alias and affiliation.
func (l *Library) personFor(tx Tx, name string, aliases []string, affiliation string, kind SpeakerKind) (*Person, error) {
	var p Person
	ids, err := tx.RefIDs(RefPersonName, foldKey(name))
	if err != nil {
		return nil, err
	}
	if len(ids) > 0 {
		if err := tx.Get(BucketPeople, ids[0], &p); err != nil {
			return nil, err
		}
	} else {
		p = Person{Meta: newMeta(l.NewID(), l.Now()), Name: strings.TrimSpace(name), Kind: kind}
	}
	changed := len(ids) == 0
	// A page the finder made before speakers had kinds learns its kind
	// when the finder meets the speaker again (Find Quotes Again).
	if p.Kind == SpeakerPerson && kind != SpeakerPerson {
		p.Kind, changed = kind, true
	}
	for _, a := range aliases {
		if a = strings.TrimSpace(a); a != "" && !strings.EqualFold(a, p.Name) && !containsFold(p.Aliases, a) {
			p.Aliases = append(p.Aliases, a)
			changed = true
		}
	}
	if affiliation = strings.TrimSpace(affiliation); affiliation != "" && !containsFold(p.Affiliations, affiliation) {
		p.Affiliations = append(p.Affiliations, affiliation)
		changed = true
	}
	if !changed {
		return &p, nil
	}
	if err := l.putPerson(tx, &p); err != nil {
		return nil, err
	}
	return &p, nil
}

// putPerson stores a person and indexes its name and aliases. Aliases that
// already name another person are not taken over (surname clashes such as
// "Kim" stay with whoever had them first).
func (l *Library) putPerson(tx Tx, p *Person) error {
	p.V = RecordVersion
	p.Updated = l.Now()
	// Quote documents carry their speaker's name and aliases.
	var old Person
	renamed := tx.Get(BucketPeople, p.ID, &old) == nil &&
		(old.Name != p.Name || strings.Join(old.Aliases, "\x1f") != strings.Join(p.Aliases, "\x1f"))
	if err := tx.Put(BucketPeople, p.ID, p); err != nil {
		return err
	}
	if renamed {
		if err := enqueuePersonQuotes(tx, p.ID); err != nil {
			return err
		}
	}
	if err := addPersonNames(tx, p); err != nil {
		return err
	}
	return enqueue(tx, TypePerson, p.ID)
}

// addPersonNames indexes a person's name and aliases, leaving names that
// already lead to someone else to them.
func addPersonNames(tx Tx, p *Person) error {
	for _, n := range append([]string{p.Name}, p.Aliases...) {
		k := foldKey(n)
		ids, err := tx.RefIDs(RefPersonName, k)
		if err != nil {
			return err
		}
		if len(ids) == 0 {
			if err := tx.AddRef(RefPersonName, k, p.ID); err != nil {
				return err
			}
		}
	}
	return nil
}

func containsFold(list []string, s string) bool {
	for _, t := range list {
		if strings.EqualFold(t, s) {
			return true
		}
	}
	return false
}
