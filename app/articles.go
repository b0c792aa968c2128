package app

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"dossier/app/ingest"
	"dossier/app/wikilink"
)

// ContentHash is the hash of an article's normalised text (case, white space
// and quote-mark style ignored), used to recognise the same article imported
// twice.
func ContentHash(body []string) string {
	h := sha256.New()
	var buf []byte
	for _, p := range body {
		buf = appendNormalised(buf[:0], p)
		buf = append(buf, '\n')
		h.Write(buf)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// appendNormalised appends p lower-cased, with runs of white space as one
// space (none at the start or the end) and curly quotes and dashes as
// their plain forms. ASCII, most of any article, takes the short way.
func appendNormalised(buf []byte, p string) []byte {
	start, space := len(buf), false
	for i := 0; i < len(p); {
		if c := p[i]; c < utf8.RuneSelf {
			i++
			switch c {
			case '\t', '\n', '\v', '\f', '\r', ' ':
				space = true
				continue
			}
			if space && len(buf) > start {
				buf = append(buf, ' ')
			}
			space = false
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(p[i:])
		i += n
		switch r {
		case '“', '”', '„', '«', '»':
			r = '"'
		case '‘', '’', '‚':
			r = '\''
		case '–', '—':
			r = '-'
		}
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && len(buf) > start {
			buf = append(buf, ' ')
		}
		space = false
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}

// sourceKeys are the keys that identify "the same source" for re-imports:
// the URL when there is one, and the title with the publication.
func sourceKeys(a *Article) []string {
	var keys []string
	if u := strings.TrimSpace(a.URL); u != "" {
		keys = append(keys, "url\x1f"+strings.ToLower(strings.TrimSuffix(u, "/")))
	}
	if t := foldKey(a.Title); t != "" && !a.TitleGuessed {
		keys = append(keys, "title\x1f"+t+"\x1f"+foldKey(a.Source))
	}
	return keys
}

func addArticleRefs(tx Tx, a *Article) error {
	if err := tx.AddRef(RefArticleHash, a.ContentHash, a.ID); err != nil {
		return err
	}
	if k := pageKey(a.Title); k != "" {
		if err := tx.AddRef(RefArticleTitle, k, a.ID); err != nil {
			return err
		}
	}
	for _, k := range sourceKeys(a) {
		if err := tx.AddRef(RefArticleSource, k, a.ID); err != nil {
			return err
		}
	}
	return nil
}

func removeArticleRefs(tx Tx, a *Article) error {
	if err := tx.RemoveRef(RefArticleHash, a.ContentHash, a.ID); err != nil {
		return err
	}
	if err := tx.RemoveRef(RefArticleTitle, pageKey(a.Title), a.ID); err != nil {
		return err
	}
	for _, k := range sourceKeys(a) {
		if err := tx.RemoveRef(RefArticleSource, k, a.ID); err != nil {
			return err
		}
	}
	return nil
}

// foldKey is a case-, accent- and space-insensitive key for names and titles.
func foldKey(s string) string { return wikilink.Key(s) }

// articleFromDocument turns a parsed file into an (unsaved) article.
func articleFromDocument(d *ingest.Document) Article {
	a := Article{
		Title: strings.TrimSpace(d.Title), TitleGuessed: d.TitleGuessed, Source: d.Source, Author: d.Author,
		URL: d.URL, Published: statedDate(d.Published), Dateline: d.Dateline, Kicker: strings.TrimSpace(d.Kicker), Body: d.Paragraphs,
		Headings: d.Headings, Tags: validTags(d.Tags), Format: d.Format,
	}
	for _, c := range d.Captions {
		a.Captions = append(a.Captions, Caption{Text: c.Text, Credit: c.Credit, At: c.At})
	}
	a.ContentHash = ContentHash(a.Body)
	return a
}

// statedDate keeps the date and time a page states, on its own clock, as
// UTC: a story dated 18 December 23:38 in New York stays dated 18 December
// rather than becoming 19 December in UTC. Zero (unknown) stays zero.
func statedDate(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
}

// Article returns the article with the given ID.
func (l *Library) Article(id string) (*Article, error) {
	var a Article
	err := l.store.View(func(tx Tx) error { return tx.Get(BucketArticles, id, &a) })
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	return &a, nil
}

// ArticleSummary is what article lists show.
type ArticleSummary struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Source      string `json:"source,omitempty"`
	Author      string `json:"author,omitempty"`
	Published   string `json:"published,omitempty"`
	Paragraphs  int    `json:"paragraphs"`
	Annotations int    `json:"annotations"`
	Quotes      int    `json:"quotes"`
}

// Articles lists every article, newest import first.
func (l *Library) Articles() ([]ArticleSummary, error) {
	var out []ArticleSummary
	err := l.store.View(func(tx Tx) error {
		return tx.ForEachReverse(BucketArticles, "", func(id string, decode func(any) error) error {
			var a Article
			if err := decode(&a); err != nil {
				return err
			}
			s := ArticleSummary{ID: a.ID, Title: a.Title, Source: a.Source, Author: a.Author, Paragraphs: len(a.Body)}
			if !a.Published.IsZero() {
				s.Published = a.Published.Format("2006-01-02")
			}
			ann, err := tx.RefIDs(RefArticleAnnotations, a.ID)
			if err != nil {
				return err
			}
			qs, err := tx.RefIDs(RefArticleQuotes, a.ID)
			if err != nil {
				return err
			}
			s.Annotations, s.Quotes = len(ann), len(qs)
			out = append(out, s)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	return out, nil
}

// Counts are the number of records of each kind, for the sidebar.
type Counts struct {
	Articles, Annotations, Quotes, Suggested, People, Notes, Tags int
}

// Counts returns record counts. Articles, annotations and quotes are
// counted from compact secondary indexes: the store's Count walks every page
// of a bucket, which for quotes and articles is most of the file.
func (l *Library) Counts() (Counts, error) {
	var c Counts
	err := l.store.View(func(tx Tx) error {
		c.Articles = tx.Count(BucketArticleList)
		if err := tx.ForEachRef(RefArticleAnnotations, "", func(string, string) error {
			c.Annotations++
			return nil
		}); err != nil {
			return err
		}
		c.People = tx.Count(BucketPeople)
		c.Notes = tx.Count(BucketNotes)
		c.Tags = tx.Count(BucketTags)
		return tx.ForEachRef(RefQuoteStatus, "", func(status, _ string) error {
			c.Quotes++
			if status == string(QuoteSuggested) {
				c.Suggested++
			}
			return nil
		})
	})
	return c, err
}

// ResolveArticleID accepts a full ID or an unambiguous prefix of one (at
// least 6 characters), as a CLI convenience.
func (l *Library) ResolveArticleID(ref string) (string, error) {
	ref = strings.ToUpper(strings.TrimSpace(ref))
	var matches []string
	err := l.store.View(func(tx Tx) error {
		if tx.Has(BucketArticles, ref) {
			matches = []string{ref}
			return nil
		}
		if len(ref) < 6 {
			return nil
		}
		return tx.ForEach(BucketArticles, ref, func(id string, _ func(any) error) error {
			matches = append(matches, id)
			return nil
		})
	})
	if err != nil {
		return "", err
	}
	switch len(matches) {
	case 0:
		return "", fmt.Errorf("article %s: %w", ref, ErrNotFound)
	case 1:
		return matches[0], nil
	}
	sort.Strings(matches)
	return "", fmt.Errorf("article %s is ambiguous: %d articles start with it", ref, len(matches))
}
