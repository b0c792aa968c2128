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

// articleListRecord is an article's entry in BucketArticleList: the fields
// a list shows, kept in step with the article by putArticle.
type articleListRecord struct {
	V         int       `json:"v"`
	Title     string    `json:"title"`
	Source    string    `json:"source,omitempty"`
	Published time.Time `json:"published,omitzero"`
}

func listRecordOf(a *Article) articleListRecord {
	return articleListRecord{V: RecordVersion, Title: a.Title, Source: a.Source, Published: a.Published}
}

func (r *articleListRecord) item(id string) ArticleListItem {
	it := ArticleListItem{ID: id, Title: r.Title, Source: r.Source}
	if !r.Published.IsZero() {
		it.Published = r.Published.Format("2006-01-02")
	}
	return it
}

// putArticle writes an article and its list entry. Every write of
// BucketArticles that can change the title, source or date goes through it.
func putArticle(tx Tx, a *Article) error {
	if err := tx.Put(BucketArticles, a.ID, a); err != nil {
		return err
	}
	return tx.Put(BucketArticleList, a.ID, listRecordOf(a))
}

// ArticleList lists the articles, newest first (the order of Articles),
// from their list entries; limit > 0 stops after that many (a first
// screenful while the rest loads).
func (l *Library) ArticleList(limit int) ([]ArticleListItem, error) {
	var out []ArticleListItem
	err := l.store.View(func(tx Tx) error {
		return tx.ForEachReverse(BucketArticleList, "", func(id string, decode func(any) error) error {
			var r articleListRecord
			if err := decode(&r); err != nil {
				return fmt.Errorf("article %s: %w", id, err)
			}
			out = append(out, r.item(id))
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

// migrateAddArticleList writes the list entry of every article, decoding
// only the fields it holds.
func migrateAddArticleList(tx Tx, _ time.Time) error {
	type entry struct {
		id string
		r  articleListRecord
	}
	var add []entry
	if err := tx.ForEach(BucketArticles, "", func(id string, decode func(any) error) error {
		var a struct {
			Title     string    `json:"title"`
			Source    string    `json:"source,omitempty"`
			Published time.Time `json:"published,omitzero"`
		}
		if err := decode(&a); err != nil {
			return err
		}
		add = append(add, entry{id, articleListRecord{V: RecordVersion, Title: a.Title, Source: a.Source, Published: a.Published}})
		return nil
	}); err != nil {
		return err
	}
	for _, e := range add {
		if err := tx.Put(BucketArticleList, e.id, e.r); err != nil {
			return err
		}
	}
	return nil
}

// checkArticleList verifies BucketArticleList both ways: every article has
// an entry that matches it, and every entry has its article.
func checkArticleList(tx Tx, r *CheckReport) error {
	want := map[string]articleListRecord{}
	if err := tx.ForEach(BucketArticles, "", func(id string, decode func(any) error) error {
		var a Article
		if err := decode(&a); err != nil {
			return err
		}
		want[id] = listRecordOf(&a)
		return nil
	}); err != nil {
		return err
	}
	if err := tx.ForEach(BucketArticleList, "", func(id string, decode func(any) error) error {
		var got articleListRecord
		if err := decode(&got); err != nil {
			return err
		}
		w, ok := want[id]
		switch {
		case !ok:
			r.DanglingRefs = append(r.DanglingRefs, fmt.Sprintf("%s %s (no such article)", BucketArticleList, id))
		case got.Title != w.Title || got.Source != w.Source || !got.Published.Equal(w.Published):
			r.DanglingRefs = append(r.DanglingRefs, fmt.Sprintf("%s %s (%q, %q, %s: the article has %q, %q, %s)",
				BucketArticleList, id, got.Title, got.Source, got.item(id).Published, w.Title, w.Source, w.item(id).Published))
		}
		delete(want, id)
		return nil
	}); err != nil {
		return err
	}
	for id := range want {
		r.MissingRefs = append(r.MissingRefs, fmt.Sprintf("%s %s", BucketArticleList, id))
	}
	return nil
}
