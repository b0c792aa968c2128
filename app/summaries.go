package app

import (
	"fmt"
	"time"
)

// ArticleListItem is what a list of articles shows: far less than an
// ArticleSummary, so listing a large library stays cheap.
type ArticleListItem struct {
	ID        string
	Title     string
	Source    string
	Published string // YYYY-MM-DD, or "" when unknown
}

// articleListFields are the fields of a stored Article that a list
// needs; decoding into it skips the body without allocating it.
type articleListFields struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Source    string    `json:"source,omitempty"`
	Published time.Time `json:"published,omitzero"`
}

// ArticleList lists the articles, newest first (the order of Articles),
// reading only the title, source and date of each; limit > 0 stops after
// that many (a first screenful while the rest loads).
func (l *Library) ArticleList(limit int) ([]ArticleListItem, error) {
	var out []ArticleListItem
	err := l.store.View(func(tx Tx) error {
		return tx.ForEachReverse(BucketArticles, "", func(id string, decode func(any) error) error {
			var a articleListFields
			if err := decode(&a); err != nil {
				return fmt.Errorf("article %s: %w", id, err)
			}
			it := ArticleListItem{ID: a.ID, Title: a.Title, Source: a.Source}
			if !a.Published.IsZero() {
				it.Published = a.Published.Format("2006-01-02")
			}
			out = append(out, it)
			if limit > 0 && len(out) >= limit {
				return ErrStop
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	return out, nil
}
