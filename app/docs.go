package app

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
)

// buildDoc reads a record and derives its search document. ok is false when
// the record no longer exists.
func buildDoc(tx Tx, typ DocType, id string) (doc IndexDoc, ok bool, err error) {
	get := func(b Bucket, v any) bool {
		e := tx.Get(b, id, v)
		if errors.Is(e, ErrNotFound) {
			return false
		}
		if e != nil {
			err = e
			return false
		}
		return true
	}
	switch typ {
	case TypeArticle:
		var a Article
		if !get(BucketArticles, &a) {
			return doc, false, err
		}
		doc = articleDoc(&a)
	case TypeAnnotation:
		var an Annotation
		if !get(BucketAnnotations, &an) {
			return doc, false, err
		}
		var a Article
		_ = tx.Get(BucketArticles, an.ArticleID, &a)
		doc = IndexDoc{ID: an.ID, Type: TypeAnnotation, Title: a.Title, Body: an.Selector.Exact,
			Note: an.Note, Tags: ExpandTags(an.Tags), Source: a.Source, Author: a.Author,
			Status: string(an.State), Article: an.ArticleID, Date: articleDate(&a)}
	case TypeQuote:
		var q Quote
		if !get(BucketQuotes, &q) {
			return doc, false, err
		}
		var a Article
		_ = tx.Get(BucketArticles, q.ArticleID, &a)
		names := speakerNames(tx, &q)
		doc = IndexDoc{ID: q.ID, Type: TypeQuote, Title: a.Title, Body: q.Text, Note: q.Note,
			Names: names, Tags: ExpandTags(q.Tags), Speaker: q.Speaker, Source: a.Source, Author: a.Author,
			Status: string(q.Status), Article: q.ArticleID, Date: articleDate(&a)}
	case TypeNote:
		var n Note
		if !get(BucketNotes, &n) {
			return doc, false, err
		}
		doc = IndexDoc{ID: n.ID, Type: TypeNote, Title: n.Title, Body: n.Body, Names: n.Aliases,
			Tags: ExpandTags(n.Tags), Date: n.Updated}
	case TypePerson:
		var p Person
		if !get(BucketPeople, &p) {
			return doc, false, err
		}
		doc = IndexDoc{ID: p.ID, Type: TypePerson, Title: p.Name, Body: p.Page,
			Note: strings.Join(p.Affiliations, "\n"), Names: append([]string{p.Name}, p.Aliases...), Date: p.Updated}
	case TypeTag:
		var t Tag
		if !get(BucketTags, &t) {
			return doc, false, err
		}
		doc = IndexDoc{ID: t.ID, Type: TypeTag, Title: t.Name, Body: t.Page, Note: t.Description,
			Tags: ExpandTags([]string{t.Name}), Date: t.Updated}
	default:
		return doc, false, fmt.Errorf("index job for unknown type %q", typ)
	}
	doc.Fingerprint = fingerprint(&doc)
	return doc, true, nil
}

func articleDoc(a *Article) IndexDoc {
	// The kicker is searched as the article's note field: an article has
	// no note of its own, and a field of its own would need the index's
	// mapping changed.
	return IndexDoc{ID: a.ID, Type: TypeArticle, Title: a.Title, Body: a.Text(), Note: a.Kicker, Tags: ExpandTags(a.Tags),
		Source: a.Source, Author: a.Author, Date: articleDate(a)}
}

// articleDate is the date an article, or a quote or annotation in it, is
// searched and sorted by: the article's publication date, zero when the
// page states none. The import date is not a publication date: an undated
// article has no date in the index, so `date:>2020` does not find it.
func articleDate(a *Article) time.Time {
	return a.Published
}

// fingerprint hashes every field of a document, so Check can tell an index
// entry that no longer matches its record.
func fingerprint(d *IndexDoc) string {
	h := sha256.New()
	w := func(s string) { h.Write([]byte(s)); h.Write([]byte{0}) }
	w(d.ID)
	w(string(d.Type))
	w(d.Title)
	w(d.Body)
	w(d.Note)
	w(strings.Join(d.Names, "\x1f"))
	w(strings.Join(d.Tags, "\x1f"))
	w(d.Speaker)
	w(d.Source)
	w(d.Author)
	w(d.Status)
	w(d.Article)
	w(d.Date.UTC().Format(time.RFC3339Nano))
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// ExpandTags returns the tags with every parent of a hierarchical tag:
// "actor/DPRK/army" gives "actor", "actor/DPRK" and "actor/DPRK/army".
func ExpandTags(tags []string) []string {
	if len(tags) == 0 {
		return nil
	}
	seen := map[string]bool{}
	var out []string
	for _, t := range tags {
		for i := 0; i <= len(t); i++ {
			if i == len(t) || t[i] == '/' {
				p := t[:i]
				if p != "" && !seen[p] {
					seen[p] = true
					out = append(out, p)
				}
			}
		}
	}
	return out
}

// speakerNames are the names a quote's speaker is searched by: the
// person's name and aliases, or the name the quote shows when it has no
// person.
func speakerNames(tx Tx, q *Quote) []string {
	names := []string{}
	if q.SpeakerID != "" {
		var p Person
		if tx.Get(BucketPeople, q.SpeakerID, &p) == nil {
			names = append(names, p.Name)
			names = append(names, p.Aliases...)
		}
	}
	if len(names) == 0 && q.Speaker != "" {
		names = append(names, q.Speaker)
	}
	return names
}
