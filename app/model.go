package app

import (
	"slices"
	"strings"
	"time"

	"dossier/app/anchor"
)

// RecordVersion is the schema version written into every stored record. Bump
// it together with SchemaVersion and add a migration when a record's shape
// changes.
const RecordVersion = 1

// Meta is embedded in every stored record.
type Meta struct {
	ID      string    `json:"id"`
	V       int       `json:"v"`
	Created time.Time `json:"created"`
	Updated time.Time `json:"updated"`
}

// Caption is a photo caption kept apart from an article's body, marked
// with where the picture stood: before Body[At], or after the last
// paragraph when At is len(Body). Captions of older records have At 0
// (above the text).
type Caption struct {
	Text   string `json:"text"`
	Credit string `json:"credit,omitempty"`
	At     int    `json:"at,omitempty"`
}

// CaptionsAt returns the captions that stand before paragraph i; for i =
// len(Body) those after the last paragraph (and any out of range).
func (a *Article) CaptionsAt(i int) []Caption {
	var out []Caption
	for _, c := range a.Captions {
		at := min(max(c.At, 0), len(a.Body))
		if at == i {
			out = append(out, c)
		}
	}
	return out
}

// Article is an imported news article. Body holds its paragraphs; Text (the
// paragraphs joined by a blank line) is what annotation and quote offsets
// count in, in Unicode code points.
type Article struct {
	Meta
	Title        string    `json:"title"`
	TitleGuessed bool      `json:"title_guessed,omitempty"`
	Source       string    `json:"source,omitempty"`
	Author       string    `json:"author,omitempty"`
	URL          string    `json:"url,omitempty"`
	Published    time.Time `json:"published,omitzero"`
	Dateline     string    `json:"dateline,omitempty"`
	Kicker       string    `json:"kicker,omitempty"` // label over the headline ("ANALYSIS", "Opinion")
	Body         []string  `json:"body"`
	Headings     []int     `json:"headings,omitempty"`
	Captions     []Caption `json:"captions,omitempty"`
	Tags         []string  `json:"tags,omitempty"`
	Format       string    `json:"format,omitempty"`
	Origin       string    `json:"origin,omitempty"` // file the article was imported from
	ContentHash  string    `json:"content_hash"`
	Revision     int       `json:"revision"` // 1 on import, +1 on every edit
}

// ParagraphSep separates paragraphs in an article's Text.
const ParagraphSep = "\n\n"

// Text is the article body as one string; offsets count in it.
func (a *Article) Text() string { return strings.Join(a.Body, ParagraphSep) }

// IsHeading reports whether paragraph i is a subheading.
func (a *Article) IsHeading(i int) bool {
	for _, h := range a.Headings {
		if h == i {
			return true
		}
	}
	return false
}

// ArticleVersion is a snapshot of an article before an edit, kept so the user
// can look back and undo.
type ArticleVersion struct {
	ArticleID string    `json:"article_id"`
	Revision  int       `json:"revision"`
	Saved     time.Time `json:"saved"`
	Article   Article   `json:"article"`
	// Reason says what replaced this version (edit, undo, restore, re-import
	// of a file) and Restored the revision an undo or restore brought back.
	Reason   string `json:"reason,omitempty"`
	Restored int    `json:"restored,omitempty"`
}

// AnchorState says how an annotation's or quote's anchor fared at the last
// re-anchoring.
type AnchorState = anchor.Status

// Target is where an annotation or quote points: an article and a selector
// (W3C TextQuoteSelector + TextPositionSelector).
type Target struct {
	ArticleID string          `json:"article_id"`
	Selector  anchor.Selector `json:"selector"`
	State     AnchorState     `json:"state,omitempty"` // "" or exact: attached; fuzzy: needs review; orphaned
}

// Orphaned reports whether the target lost its place in the article.
func (t Target) Orphaned() bool { return t.State == anchor.Orphaned }

// NeedsReview reports whether the target was re-attached to changed text.
func (t Target) NeedsReview() bool { return t.State == anchor.Fuzzy }

// Annotation is a highlight on an article span with an optional note and tags.
type Annotation struct {
	Meta
	Target
	Color string   `json:"color,omitempty"`
	Note  string   `json:"note,omitempty"` // Markdown
	Tags  []string `json:"tags,omitempty"`
}

// QuoteStatus is the analyst's verdict on a quote.
type QuoteStatus string

// Quote statuses.
const (
	QuoteSuggested QuoteStatus = "suggested"
	QuoteConfirmed QuoteStatus = "confirmed"
	QuoteRejected  QuoteStatus = "rejected"
)

// Quote is direct speech in an article, attributed to a person.
type Quote struct {
	Meta
	Target
	Text        string      `json:"text"`
	Kind        string      `json:"kind,omitempty"` // full or partial
	SpeakerID   string      `json:"speaker_id,omitempty"`
	Speaker     string      `json:"speaker,omitempty"` // name as shown; kept in step with the person's name
	Affiliation string      `json:"affiliation,omitempty"`
	Status      QuoteStatus `json:"status"`
	Tags        []string    `json:"tags,omitempty"`
	Note        string      `json:"note,omitempty"`
	// Decided is when the analyst made the quote's current decision (its
	// status and speaker) and Overrode when the decisions it replaced were
	// made, so that a merge tells an analyst who changed their mind from two
	// who disagree.
	Decided  time.Time   `json:"decided,omitzero"`
	Overrode []time.Time `json:"overrode,omitempty"`
}

// maxOverrode bounds a quote's decision lineage: minds change a few times,
// and a decision older than that many is settled everywhere.
const maxOverrode = 16

// decide records that the analyst made q's decision at now, replacing old's.
func (q *Quote) decide(old *Quote, now time.Time) {
	if old != nil && decision(old) == decision(q) {
		return
	}
	if old != nil && !old.Decided.IsZero() {
		lineage := append(slices.Clone(old.Overrode), old.Decided)
		q.Overrode = lineage[max(0, len(lineage)-maxOverrode):]
	}
	q.Decided = now
}

// overrides reports whether q's decision was made over o's: o's decision is
// in q's lineage.
func (q *Quote) overrides(o *Quote) bool {
	return !o.Decided.IsZero() && slices.ContainsFunc(q.Overrode, o.Decided.Equal)
}

// Person is a speaker or anyone the analyst keeps a page for.
type Person struct {
	Meta
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	// Former are the names the analyst replaced: by renaming this person
	// or merging others into them. A library that holds someone by such a
	// name under an ID of its own takes them to be this person too.
	Former       []string `json:"former,omitempty"`
	Affiliations []string `json:"affiliations,omitempty"`
	Page         string   `json:"page,omitempty"` // the analyst's own Markdown
	// Kind is "" for a person, or what the quote finder took the speaker
	// for when it created the page: an organisation, or a source the text
	// only describes ("a joint statement", "one Western diplomat").
	Kind SpeakerKind `json:"kind,omitempty"`
}

// SpeakerKind is what kind of speaker a Person page stands for.
type SpeakerKind string

const (
	SpeakerPerson       SpeakerKind = ""
	SpeakerOrganisation SpeakerKind = "organisation"
	SpeakerDescribed    SpeakerKind = "described"
)

// Label is how the UI names a kind of speaker other than a person ("" for
// a person).
func (k SpeakerKind) Label() string {
	switch k {
	case SpeakerOrganisation:
		return "Organisation"
	case SpeakerDescribed:
		return "Unnamed source"
	}
	return ""
}

// Note is a Markdown wiki page.
type Note struct {
	Meta
	Title    string   `json:"title"`
	Body     string   `json:"body"`
	Tags     []string `json:"tags,omitempty"`
	Aliases  []string `json:"aliases,omitempty"`
	Revision int      `json:"revision"`
}

// NoteVersion is a snapshot of a note before an edit.
type NoteVersion struct {
	NoteID   string    `json:"note_id"`
	Revision int       `json:"revision"`
	Saved    time.Time `json:"saved"`
	Title    string    `json:"title"`
	Body     string    `json:"body"`
}

// Tag is a hierarchical label ("actor/DPRK") with a colour and description.
// Its ID is stable across renames.
type Tag struct {
	Meta
	Name        string `json:"name"`
	Color       string `json:"color,omitempty"` // #rrggbb
	Description string `json:"description,omitempty"`
	Page        string `json:"page,omitempty"`
}
