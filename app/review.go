package app

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"

	"dossier/app/anchor"
	"dossier/app/quotes"
)

// QuoteCorrected is the verdict status written when the analyst corrects a
// suggestion's span or speaker: the finder's version must not come back. It
// appears in QuoteVerdict records only, never on a Quote.
const QuoteCorrected QuoteStatus = "corrected"

// Quote kinds.
const (
	KindFull    = "full"
	KindPartial = "partial"
)

// ErrQuoteExists is returned when a manual quote repeats one the article
// already has.
var ErrQuoteExists = errors.New("the article already has this quote")

// ErrBadStatus is returned for an unknown quote status.
var ErrBadStatus = errors.New("unknown quote status (want suggested, confirmed or rejected)")

// QuoteFilter selects quotes for the review table; zero fields match all.
type QuoteFilter struct {
	ArticleID string
	SpeakerID string
	Status    QuoteStatus
	Tag       string // the tag or any of its sub-tags
	Text      string // case-insensitive, in the quote, its speaker or its note
}

// QuoteRow is a quote with what a table shows of its article.
type QuoteRow struct {
	Quote
	ArticleTitle string    `json:"article_title"`
	Published    time.Time `json:"published,omitzero"`
}

// ValidQuoteStatus reports whether s is a status a quote can have.
func ValidQuoteStatus(s QuoteStatus) bool {
	return s == QuoteSuggested || s == QuoteConfirmed || s == QuoteRejected
}

// Quote returns the quote with the given ID.
func (l *Library) Quote(id string) (*Quote, error) {
	var q Quote
	if err := l.store.View(func(tx Tx) error { return tx.Get(BucketQuotes, id, &q) }); err != nil {
		return nil, fmt.Errorf("quote %s: %w", id, err)
	}
	return &q, nil
}

// ResolveQuoteID accepts a full quote ID or an unambiguous prefix of one
// (at least 6 characters), as a CLI convenience.
func (l *Library) ResolveQuoteID(ref string) (string, error) {
	var id string
	err := l.store.View(func(tx Tx) error {
		var err error
		id, err = resolveIDIn(tx, BucketQuotes, "quote", ref)
		return err
	})
	return id, err
}

// resolveIDIn finds a record by ID or by a prefix of at least 6 characters.
func resolveIDIn(tx Tx, b Bucket, kind, ref string) (string, error) {
	ref = strings.ToUpper(strings.TrimSpace(ref))
	if ref != "" && tx.Has(b, ref) {
		return ref, nil
	}
	var matches []string
	if len(ref) >= 6 {
		if err := tx.ForEach(b, ref, func(id string, _ func(any) error) error {
			matches = append(matches, id)
			if len(matches) > 1 {
				return ErrStop
			}
			return nil
		}); err != nil {
			return "", err
		}
	}
	switch len(matches) {
	case 0:
		return "", fmt.Errorf("%s %s: %w", kind, ref, ErrNotFound)
	case 1:
		return matches[0], nil
	}
	return "", fmt.Errorf("%s %s is ambiguous: several IDs start with it", kind, ref)
}

// Quotes lists the quotes that match f, by article date, article and
// position.
func (l *Library) Quotes(f QuoteFilter) ([]QuoteRow, error) {
	if f.Status != "" && !ValidQuoteStatus(f.Status) {
		return nil, fmt.Errorf("list quotes: %w: %q", ErrBadStatus, f.Status)
	}
	out := []QuoteRow{}
	err := l.store.View(func(tx Tx) error {
		ids, all, err := quoteCandidates(tx, f)
		if err != nil {
			return err
		}
		arts := articleInfo{tx: tx, m: map[string]*Article{}}
		keep := func(q *Quote) {
			if q.ID == "" || !f.matches(q) {
				return
			}
			a := arts.get(q.ArticleID)
			out = append(out, QuoteRow{Quote: *q, ArticleTitle: a.Title, Published: a.Published})
		}
		if all {
			return tx.ForEach(BucketQuotes, "", func(_ string, decode func(any) error) error {
				var q Quote
				if err := decode(&q); err != nil {
					return err
				}
				keep(&q)
				return nil
			})
		}
		for _, id := range ids {
			var q Quote
			if err := tx.Get(BucketQuotes, id, &q); err != nil {
				if errors.Is(err, ErrNotFound) {
					continue
				}
				return err
			}
			keep(&q)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list quotes: %w", err)
	}
	sortQuoteRows(out)
	return out, nil
}

// QuoteTable is the review table's rows in Quotes' order (article date,
// article, position), read lazily: NewQuoteTable reads only secondary
// indexes (quote_status, article_quotes) and the article list, and
// QuoteTable.Rows decodes just the quotes asked for. It is not safe for
// concurrent use.
type QuoteTable struct {
	groups []quoteGroup // one per article, in table order
	starts []int        // row index of each group's first quote
	n      int
}

// quoteGroup is one article's quotes in the table.
type quoteGroup struct {
	articleID string
	title     string
	published time.Time
	ids       []string // in ID order until sorted, then in position order
	sorted    bool
}

// Len is the number of rows.
func (t *QuoteTable) Len() int { return t.n }

// NewQuoteTable lists the quotes with status s ("" for all) without
// decoding any.
func (l *Library) NewQuoteTable(s QuoteStatus) (*QuoteTable, error) {
	if s != "" && !ValidQuoteStatus(s) {
		return nil, fmt.Errorf("list quotes: %w: %q", ErrBadStatus, s)
	}
	t := &QuoteTable{}
	err := l.store.View(func(tx Tx) error {
		// The status's IDs, in ID order (the index's order); a group's
		// IDs share these strings.
		var want []string
		if s != "" {
			want = []string{}
			if err := tx.ForEachRef(RefQuoteStatus, string(s)+"\x00", func(_, id string) error {
				want = append(want, id)
				return nil
			}); err != nil {
				return err
			}
		}
		if err := tx.ForEachRef(RefArticleQuotes, "", func(aid, id string) error {
			if want != nil {
				i, ok := slices.BinarySearch(want, id)
				if !ok {
					return nil
				}
				id = want[i]
			}
			if k := len(t.groups); k == 0 || t.groups[k-1].articleID != aid {
				t.groups = append(t.groups, quoteGroup{articleID: aid})
			}
			g := &t.groups[len(t.groups)-1]
			g.ids = append(g.ids, id)
			return nil
		}); err != nil {
			return err
		}
		for i := range t.groups {
			g := &t.groups[i]
			var r articleListRecord
			if err := tx.Get(BucketArticleList, g.articleID, &r); err == nil {
				g.title, g.published = r.Title, r.Published
			} else if !errors.Is(err, ErrNotFound) {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list quotes: %w", err)
	}
	sort.SliceStable(t.groups, func(i, j int) bool {
		a, b := &t.groups[i], &t.groups[j]
		if !a.published.Equal(b.published) {
			return a.published.Before(b.published)
		}
		return a.articleID < b.articleID
	})
	t.starts = make([]int, len(t.groups))
	for i := range t.groups {
		t.starts[i] = t.n
		t.n += len(t.groups[i].ids)
	}
	return t, nil
}

// QuoteRows returns rows [from, to) of t, decoding the quotes of the
// articles they belong to. The first read of an article's quotes fixes
// their order in t (by position); the rows themselves are not kept.
func (l *Library) QuoteRows(t *QuoteTable, from, to int) ([]QuoteRow, error) {
	from, to = max(from, 0), min(to, t.n)
	if from >= to {
		return nil, nil
	}
	first := sort.Search(len(t.groups), func(i int) bool { return t.starts[i] > from }) - 1
	var out []QuoteRow
	err := l.store.View(func(tx Tx) error {
		for gi := first; gi < len(t.groups) && t.starts[gi] < to; gi++ {
			g := &t.groups[gi]
			rows := make([]QuoteRow, len(g.ids))
			for i, id := range g.ids {
				r := &rows[i]
				if err := tx.Get(BucketQuotes, id, &r.Quote); err != nil && !errors.Is(err, ErrNotFound) {
					return err
				}
				// A quote gone since the table was made keeps its row, blank.
				r.ID, r.ArticleID, r.ArticleTitle, r.Published = id, g.articleID, g.title, g.published
			}
			if !g.sorted {
				sortQuoteRows(rows)
				for i := range rows {
					g.ids[i] = rows[i].ID
				}
				g.sorted = true
			}
			lo, hi := max(from-t.starts[gi], 0), min(to-t.starts[gi], len(rows))
			out = append(out, rows[lo:hi]...)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list quotes: %w", err)
	}
	return out, nil
}

// quoteCandidates narrows a filter to IDs through the cheapest secondary
// index; all is true when every quote must be read.
func quoteCandidates(tx Tx, f QuoteFilter) (ids []string, all bool, err error) {
	switch {
	case f.ArticleID != "":
		ids, err = tx.RefIDs(RefArticleQuotes, f.ArticleID)
	case f.SpeakerID != "":
		ids, err = tx.RefIDs(RefPersonQuotes, f.SpeakerID)
	case strings.TrimSpace(f.Tag) != "":
		key := tagKey(strings.TrimSpace(f.Tag))
		seen := map[string]bool{}
		err = tx.ForEachRef(RefTagItems, key, func(k, item string) error {
			if k != key && !strings.HasPrefix(k, key+"/") {
				return nil
			}
			if kind, id := parseCarrier(item); kind == TypeQuote && !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
			return nil
		})
	default:
		return nil, true, nil
	}
	return ids, false, err
}

func (f *QuoteFilter) matches(q *Quote) bool {
	if f.ArticleID != "" && q.ArticleID != f.ArticleID ||
		f.SpeakerID != "" && q.SpeakerID != f.SpeakerID ||
		f.Status != "" && q.Status != f.Status {
		return false
	}
	if t := strings.TrimSpace(f.Tag); t != "" {
		key, ok := tagKey(t), false
		for _, qt := range q.Tags {
			if k := tagKey(qt); k == key || strings.HasPrefix(k, key+"/") {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	if t := strings.ToLower(strings.TrimSpace(f.Text)); t != "" {
		hay := strings.ToLower(q.Text + "\x00" + q.Speaker + "\x00" + q.Note)
		if !strings.Contains(hay, t) {
			return false
		}
	}
	return true
}

// articleInfo caches articles read while listing quotes.
type articleInfo struct {
	tx Tx
	m  map[string]*Article
}

func (c articleInfo) get(id string) *Article {
	if a, ok := c.m[id]; ok {
		return a
	}
	a := &Article{}
	if err := c.tx.Get(BucketArticles, id, a); err != nil {
		a = &Article{}
	}
	a.Body = nil // only the title and date are shown
	c.m[id] = a
	return a
}

func sortQuoteRows(rows []QuoteRow) {
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := &rows[i], &rows[j]
		if !a.Published.Equal(b.Published) {
			return a.Published.Before(b.Published)
		}
		if a.ArticleID != b.ArticleID {
			return a.ArticleID < b.ArticleID
		}
		if a.Selector.Start != b.Selector.Start {
			return a.Selector.Start < b.Selector.Start
		}
		return a.ID < b.ID
	})
}

// ConfirmQuote marks quotes as confirmed, all or none. Confirming a rejected
// quote withdraws its rejection.
func (l *Library) ConfirmQuote(ids ...string) error {
	return l.setQuoteStatus(ids, QuoteConfirmed)
}

// RejectQuote marks quotes as rejected, all or none. The records stay (the
// review table can show them) and a verdict is written per quote, so neither
// re-running the finder nor re-importing the article suggests them again.
func (l *Library) RejectQuote(ids ...string) error {
	return l.setQuoteStatus(ids, QuoteRejected)
}

func (l *Library) setQuoteStatus(ids []string, status QuoteStatus) error {
	if len(ids) == 0 {
		return nil
	}
	err := l.store.Update(func(tx Tx) error {
		qs := make([]Quote, len(ids))
		for i, id := range ids {
			if err := tx.Get(BucketQuotes, id, &qs[i]); err != nil {
				return fmt.Errorf("quote %s: %w", id, err)
			}
		}
		for i := range qs {
			q := &qs[i]
			if q.Status == status {
				continue
			}
			old := *q
			q.Status, q.Updated = status, l.Now()
			q.decide(&old, q.Updated)
			vk := verdictKey(q.ArticleID, q.Text)
			switch status {
			case QuoteRejected:
				if err := tx.Put(BucketQuoteVerdicts, vk, QuoteVerdict{ArticleID: q.ArticleID, Text: q.Text,
					Status: QuoteRejected, QuoteID: q.ID}); err != nil {
					return err
				}
			case QuoteConfirmed:
				var v QuoteVerdict
				if tx.Get(BucketQuoteVerdicts, vk, &v) == nil && v.Status == QuoteRejected && v.QuoteID == q.ID {
					if err := tx.Delete(BucketQuoteVerdicts, vk); err != nil {
						return err
					}
				}
			}
			if err := l.putQuote(tx, q, &old); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("mark quotes %s: %w", status, err)
	}
	l.Kick()
	return nil
}

// QuoteEdit is a correction to a quote; nil fields are left alone.
type QuoteEdit struct {
	// Start and End set a new span (runes into the article's text, end
	// exclusive); both or neither.
	Start, End *int
	// SpeakerID attributes the quote to an existing person ("" clears the
	// speaker); it wins over Speaker.
	SpeakerID *string
	// Speaker attributes the quote to the person with this name or alias,
	// created when there is none ("" clears the speaker).
	Speaker     *string
	Affiliation *string
	Kind        *string  // full or partial
	Tags        []string // nil: unchanged
	Note        *string
}

// UpdateQuote corrects a quote. A suggestion whose span or speaker is
// corrected becomes confirmed (the analyst has checked it), and a verdict
// remembers the finder's version so it does not come back.
func (l *Library) UpdateQuote(id string, e QuoteEdit) (*Quote, error) {
	if (e.Start == nil) != (e.End == nil) {
		return nil, fmt.Errorf("edit quote %s: a new span needs both start and end", id)
	}
	if e.Kind != nil && *e.Kind != KindFull && *e.Kind != KindPartial {
		return nil, fmt.Errorf("edit quote %s: kind %q (want full or partial)", id, *e.Kind)
	}
	if e.Speaker != nil && e.SpeakerID == nil {
		if err := validPersonName(*e.Speaker, true); err != nil {
			return nil, fmt.Errorf("edit quote %s: %w", id, err)
		}
	}
	var tags []string
	if e.Tags != nil {
		t, err := NormalizeTags(e.Tags)
		if err != nil {
			return nil, fmt.Errorf("edit quote %s: %w", id, err)
		}
		tags = t
	}
	var q Quote
	err := l.store.Update(func(tx Tx) error {
		if err := tx.Get(BucketQuotes, id, &q); err != nil {
			return err
		}
		old := q
		corrected := false
		if e.Start != nil {
			var a Article
			if err := tx.Get(BucketArticles, q.ArticleID, &a); err != nil {
				return fmt.Errorf("article %s: %w", q.ArticleID, err)
			}
			sel, err := anchor.New(a.Text(), *e.Start, *e.End)
			if err != nil {
				return err
			}
			if strings.TrimSpace(sel.Exact) == "" {
				return fmt.Errorf("%w: the span holds no text", anchor.ErrBadSpan)
			}
			if sel.Start != q.Selector.Start || sel.End != q.Selector.End || q.State != "" && q.State != anchor.Exact {
				q.Selector, q.State, q.Text = sel, anchor.Exact, sel.Exact
				corrected = true
			}
		}
		if e.SpeakerID != nil || e.Speaker != nil {
			speakerID, speaker := "", ""
			switch {
			case e.SpeakerID != nil && *e.SpeakerID != "":
				var p Person
				if err := tx.Get(BucketPeople, *e.SpeakerID, &p); err != nil {
					return fmt.Errorf("person %s: %w", *e.SpeakerID, err)
				}
				speakerID, speaker = p.ID, p.Name
			case e.SpeakerID == nil && strings.TrimSpace(*e.Speaker) != "":
				aff := q.Affiliation
				if e.Affiliation != nil {
					aff = *e.Affiliation
				}
				p, err := l.personFor(tx, *e.Speaker, nil, aff, SpeakerPerson)
				if err != nil {
					return err
				}
				speakerID, speaker = p.ID, p.Name
			}
			if speakerID != q.SpeakerID || speaker != q.Speaker {
				q.SpeakerID, q.Speaker = speakerID, speaker
				corrected = true
			}
		}
		if e.Affiliation != nil {
			q.Affiliation = strings.TrimSpace(*e.Affiliation)
		}
		if e.Kind != nil {
			q.Kind = *e.Kind
		}
		if e.Tags != nil {
			q.Tags = tags
		}
		if e.Note != nil {
			q.Note = *e.Note
		}
		if corrected {
			if err := tx.Put(BucketQuoteVerdicts, verdictKey(old.ArticleID, old.Text), QuoteVerdict{
				ArticleID: old.ArticleID, Text: old.Text, Status: QuoteCorrected, QuoteID: q.ID}); err != nil {
				return err
			}
			if q.Status == QuoteSuggested {
				q.Status = QuoteConfirmed
			}
		}
		q.Updated = l.Now()
		q.decide(&old, q.Updated)
		if err := l.putQuote(tx, &q, &old); err != nil {
			return err
		}
		if old.SpeakerID != "" && old.SpeakerID != q.SpeakerID {
			return l.prunePerson(tx, old.SpeakerID)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("edit quote %s: %w", id, err)
	}
	l.Kick()
	return &q, nil
}

// AddQuote adds a quote the finder missed, confirmed, on the span
// [start, end) of the article's text, said by speaker (a name or alias; ""
// for none).
func (l *Library) AddQuote(articleID string, start, end int, speaker string) (*Quote, error) {
	if err := validPersonName(speaker, true); err != nil {
		return nil, fmt.Errorf("add quote: %w", err)
	}
	var q Quote
	err := l.store.Update(func(tx Tx) error {
		var a Article
		if err := tx.Get(BucketArticles, articleID, &a); err != nil {
			return fmt.Errorf("article %s: %w", articleID, err)
		}
		sel, err := anchor.New(a.Text(), start, end)
		if err != nil {
			return err
		}
		if strings.TrimSpace(sel.Exact) == "" {
			return fmt.Errorf("%w: the span holds no text", anchor.ErrBadSpan)
		}
		ids, err := tx.RefIDs(RefArticleQuotes, articleID)
		if err != nil {
			return err
		}
		key := normalizeQuoteText(sel.Exact)
		for _, id := range ids {
			var other Quote
			if tx.Get(BucketQuotes, id, &other) == nil && normalizeQuoteText(other.Text) == key {
				return fmt.Errorf("%w: %s (%s; confirm or edit it)", ErrQuoteExists, other.ID, other.Status)
			}
		}
		q = Quote{Meta: newMeta(l.NewID(), l.Now()), Target: Target{ArticleID: articleID, Selector: sel, State: anchor.Exact},
			Text: sel.Exact, Kind: guessKind(sel.Exact), Status: QuoteConfirmed}
		q.Decided = q.Created
		if strings.TrimSpace(speaker) != "" {
			p, err := l.personFor(tx, speaker, nil, "", SpeakerPerson)
			if err != nil {
				return err
			}
			q.SpeakerID, q.Speaker = p.ID, p.Name
		}
		return l.putQuote(tx, &q, nil)
	})
	if err != nil {
		return nil, fmt.Errorf("add quote: %w", err)
	}
	l.Kick()
	return &q, nil
}

// guessKind calls a quote full when it reads as a sentence (a capital first
// letter and a closing mark), partial otherwise.
func guessKind(text string) string {
	t := strings.TrimRightFunc(strings.TrimSpace(text), func(r rune) bool {
		return strings.ContainsRune("\"'’”)]", r)
	})
	if t == "" {
		return KindPartial
	}
	first := []rune(t)[0]
	last := []rune(t)[len([]rune(t))-1]
	if unicode.IsUpper(first) && strings.ContainsRune(".!?…,:;—–-", last) {
		return KindFull
	}
	return KindPartial
}

// DeleteQuote removes a quote. A verdict remembers its text, so the finder
// does not suggest it again; a speaker left with nothing is removed too.
func (l *Library) DeleteQuote(id string) error {
	err := l.store.Update(func(tx Tx) error {
		var q Quote
		if err := tx.Get(BucketQuotes, id, &q); err != nil {
			return err
		}
		if err := tx.Put(BucketQuoteVerdicts, verdictKey(q.ArticleID, q.Text), QuoteVerdict{
			ArticleID: q.ArticleID, Text: q.Text, Status: QuoteRejected}); err != nil {
			return err
		}
		if err := l.removeQuote(tx, &q); err != nil {
			return err
		}
		if q.SpeakerID != "" {
			return l.prunePerson(tx, q.SpeakerID)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("delete quote %s: %w", id, err)
	}
	l.Kick()
	return nil
}

// removeQuote deletes a quote record with its secondary index entries.
func (l *Library) removeQuote(tx Tx, q *Quote) error {
	if err := tx.RemoveRef(RefArticleQuotes, q.ArticleID, q.ID); err != nil {
		return err
	}
	if err := tx.RemoveRef(RefQuoteStatus, string(q.Status), q.ID); err != nil {
		return err
	}
	if err := setAnchorState(tx, q.ID, quoteStateKey(q), ""); err != nil {
		return err
	}
	if q.SpeakerID != "" {
		if err := tx.RemoveRef(RefPersonQuotes, q.SpeakerID, q.ID); err != nil {
			return err
		}
	}
	if err := l.setTags(tx, TypeQuote, q.ID, q.Tags, nil); err != nil {
		return err
	}
	if err := tx.Delete(BucketQuotes, q.ID); err != nil {
		return err
	}
	return enqueue(tx, TypeQuote, q.ID)
}

// RerunSummary is what a re-run of the finder changed.
type RerunSummary struct {
	Articles int `json:"articles"`
	Added    int `json:"added"`   // new suggestions
	Updated  int `json:"updated"` // untouched suggestions given the finder's new span, speaker or kind
	Removed  int `json:"removed"` // untouched suggestions the finder no longer makes
}

func (s *RerunSummary) add(o RerunSummary) {
	s.Added += o.Added
	s.Updated += o.Updated
	s.Removed += o.Removed
}

// rerunBatch is the number of articles whose suggestions are written per
// transaction.
const rerunBatch = 200

// RerunFinder runs the quote finder again on one article (articleID) or on
// every article (articleID ""), reporting progress in articles. Quotes the
// analyst decided on are kept as they are; rejected and corrected ones do
// not come back; nothing already stored is duplicated. Suggestions the
// analyst has not touched follow the finder: refreshed, replaced or removed.
// Cancelling ctx keeps the batches already written and returns ctx.Err().
func (l *Library) RerunFinder(ctx context.Context, articleID string, progress Progress) (RerunSummary, error) {
	var sum RerunSummary
	var ids []string
	err := l.store.View(func(tx Tx) error {
		if articleID != "" {
			if !tx.Has(BucketArticles, articleID) {
				return fmt.Errorf("article %s: %w", articleID, ErrNotFound)
			}
			ids = []string{articleID}
			return nil
		}
		return tx.ForEach(BucketArticles, "", func(id string, _ func(any) error) error {
			ids = append(ids, id)
			return nil
		})
	})
	if err != nil {
		return sum, fmt.Errorf("re-run quote finder: %w", err)
	}
	progress.report(0, len(ids))
	for start := 0; start < len(ids); start += rerunBatch {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		chunk := ids[start:min(start+rerunBatch, len(ids))]
		arts := make([]Article, 0, len(chunk))
		if err := l.store.View(func(tx Tx) error {
			for _, id := range chunk {
				var a Article
				if err := tx.Get(BucketArticles, id, &a); err != nil {
					if errors.Is(err, ErrNotFound) {
						continue // deleted meanwhile
					}
					return err
				}
				arts = append(arts, a)
			}
			return nil
		}); err != nil {
			return sum, fmt.Errorf("re-run quote finder: %w", err)
		}
		found := findAll(ctx, arts)
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		var batch RerunSummary
		if err := l.store.Update(func(tx Tx) error {
			batch = RerunSummary{}
			for i := range arts {
				var a Article
				if err := tx.Get(BucketArticles, arts[i].ID, &a); err != nil {
					if errors.Is(err, ErrNotFound) {
						continue
					}
					return err
				}
				f := found[i]
				if a.Revision != arts[i].Revision || a.ContentHash != arts[i].ContentHash {
					f = quotes.Find(a.Text()) // edited since it was read
				}
				r, err := l.reconcileQuotes(tx, &a, f)
				if err != nil {
					return fmt.Errorf("article %s: %w", a.ID, err)
				}
				batch.add(r)
				batch.Articles++
			}
			return nil
		}); err != nil {
			return sum, fmt.Errorf("re-run quote finder: %w", err)
		}
		sum.add(batch)
		sum.Articles += batch.Articles
		if err := l.Sync(context.WithoutCancel(ctx)); err != nil {
			return sum, err
		}
		progress.report(start+len(chunk), len(ids))
	}
	return sum, nil
}

// findAll runs the finder on every article, in parallel.
func findAll(ctx context.Context, arts []Article) []quotes.Result {
	out := make([]quotes.Result, len(arts))
	workers := min(runtime.GOMAXPROCS(0), len(arts))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range next {
				out[i] = quotes.Find(arts[i].Text())
			}
		})
	}
	for i := range arts {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// untouched reports whether a quote is a suggestion the analyst has not
// looked at: the finder may replace or drop it.
func untouched(q *Quote) bool {
	return q.Status == QuoteSuggested && q.Note == "" && len(q.Tags) == 0 &&
		(q.State == "" || q.State == anchor.Exact)
}

// reconcileQuotes brings an article's suggestions in line with the finder's
// result: new quotes are suggested (unless the analyst rejected or corrected
// them, or they overlap a quote the analyst decided on); untouched
// suggestions take the finder's current span, speaker and kind, and are
// removed when the finder no longer makes them.
func (l *Library) reconcileQuotes(tx Tx, a *Article, found quotes.Result) (RerunSummary, error) {
	var sum RerunSummary
	qids, err := tx.RefIDs(RefArticleQuotes, a.ID)
	if err != nil {
		return sum, err
	}
	existing := make([]*Quote, 0, len(qids))
	byText := map[string]*Quote{}
	for _, id := range qids {
		q := &Quote{}
		if err := tx.Get(BucketQuotes, id, q); err != nil {
			if errors.Is(err, ErrNotFound) {
				continue
			}
			return sum, err
		}
		existing = append(existing, q)
		if k := normalizeQuoteText(q.Text); byText[k] == nil {
			byText[k] = q
		}
	}
	if len(existing) == 0 && len(found.Quotes) == 0 {
		return sum, nil
	}
	people := map[string]quotes.Person{}
	for _, p := range found.People {
		people[p.Name] = p
	}
	text := a.Text()
	keep := map[string]bool{} // existing quotes the finder still makes
	var pruned []string       // speakers that may have lost their last quote
	speaker := func(fq *quotes.Quote) (*Person, error) {
		if strings.TrimSpace(fq.Speaker) == "" {
			return nil, nil
		}
		fp := people[fq.Speaker]
		if !pageWorthy(fq.Speaker, fp.Kind) {
			return nil, nil // the quote names its source; no page for it
		}
		return l.personFor(tx, fq.Speaker, fp.Aliases, fq.Affiliation, speakerKind(fp.Kind))
	}
	// First the quotes already stored, so that none of them is mistaken
	// for an overlap below.
	var fresh []*quotes.Quote
	seen := map[string]bool{}
	for i := range found.Quotes {
		fq := &found.Quotes[i]
		key := normalizeQuoteText(fq.Text)
		if key == "" || seen[key] {
			continue
		}
		seen[key] = true
		q := byText[key]
		if q == nil {
			fresh = append(fresh, fq)
			continue
		}
		keep[q.ID] = true
		if untouched(q) {
			if err := l.refreshSuggestion(tx, q, fq, text, speaker, &pruned, &sum); err != nil {
				return sum, err
			}
		}
	}
	// Untouched suggestions the finder no longer makes go; the analyst's
	// quotes stay and block new suggestions that overlap them.
	var spans [][2]int
	for _, q := range existing {
		switch {
		case keep[q.ID] || !untouched(q):
			if !q.Orphaned() {
				spans = append(spans, [2]int{q.Selector.Start, q.Selector.End})
			}
		default:
			if err := l.removeQuote(tx, q); err != nil {
				return sum, err
			}
			if q.SpeakerID != "" {
				pruned = append(pruned, q.SpeakerID)
			}
			sum.Removed++
		}
	}
	var cut *anchor.Cutter
	for _, fq := range fresh {
		if tx.Has(BucketQuoteVerdicts, verdictKey(a.ID, fq.Text)) {
			continue
		}
		blocked := false
		for _, s := range spans {
			if spansOverlap(s[0], s[1], fq.Start, fq.End) {
				blocked = true
				break
			}
		}
		if blocked {
			continue
		}
		if cut == nil {
			cut = anchor.NewCutter(text) // one pass for all the quotes, not one each
		}
		sel, err := cut.New(fq.Start, fq.End)
		if err != nil {
			continue // the finder's span does not fit the text; never store a broken anchor
		}
		q := Quote{Meta: newMeta(l.NewID(), l.Now()), Target: Target{ArticleID: a.ID, Selector: sel, State: anchor.Exact},
			Text: fq.Text, Kind: string(fq.Kind), Affiliation: fq.Affiliation, Status: QuoteSuggested}
		p, err := speaker(fq)
		if err != nil {
			return sum, err
		}
		if p != nil {
			q.SpeakerID, q.Speaker = p.ID, p.Name
		} else {
			q.Speaker = strings.TrimSpace(fq.Speaker)
		}
		if err := l.putQuote(tx, &q, nil); err != nil {
			return sum, err
		}
		spans = append(spans, [2]int{fq.Start, fq.End})
		sum.Added++
	}
	for _, pid := range pruned {
		if err := l.prunePerson(tx, pid); err != nil {
			return sum, err
		}
	}
	return sum, nil
}

// refreshSuggestion gives an untouched suggestion the finder's current
// span, speaker, affiliation and kind.
func (l *Library) refreshSuggestion(tx Tx, q *Quote, fq *quotes.Quote, text string,
	speaker func(*quotes.Quote) (*Person, error), pruned *[]string, sum *RerunSummary) error {
	old := *q
	changed := false
	if fq.Start != q.Selector.Start || fq.End != q.Selector.End {
		if sel, err := anchor.New(text, fq.Start, fq.End); err == nil {
			q.Selector, q.Text = sel, fq.Text
			changed = true
		}
	}
	if k := string(fq.Kind); k != q.Kind {
		q.Kind, changed = k, true
	}
	if fq.Affiliation != q.Affiliation {
		q.Affiliation, changed = fq.Affiliation, true
	}
	p, err := speaker(fq)
	if err != nil {
		return err
	}
	id, name := "", strings.TrimSpace(fq.Speaker) // a source with no page keeps its words
	if p != nil {
		id, name = p.ID, p.Name
	}
	if id != q.SpeakerID || name != q.Speaker {
		q.SpeakerID, q.Speaker, changed = id, name, true
		if old.SpeakerID != "" && old.SpeakerID != id {
			*pruned = append(*pruned, old.SpeakerID)
		}
	}
	if !changed {
		return nil
	}
	q.Updated = l.Now()
	sum.Updated++
	return l.putQuote(tx, q, &old)
}

func spansOverlap(s1, e1, s2, e2 int) bool { return s1 < e2 && s2 < e1 }
