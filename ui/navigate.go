package ui

import (
	"fmt"
	"strings"

	"dossier/app"
)

// openSpan opens an article and reveals the span [start, end).
func (w *mainWindow) openSpan(articleID string, start, end int) *articleView {
	v, ok := w.open("article:" + articleID).(*articleView)
	if !ok {
		return nil
	}
	if start >= 0 && end >= start {
		v.reveal(start, end)
	}
	return v
}

// openQuote opens a quote's article at the quote and shows it in the
// inspector.
func (w *mainWindow) openQuote(id string) {
	q, err := w.lib.Quote(id)
	if err != nil {
		w.showError(err)
		return
	}
	w.openSpan(q.ArticleID, q.Selector.Start, q.Selector.End)
	w.inspect.showQuote(q)
}

// openOrphan shows an orphaned annotation or quote in the inspector, over
// its article.
func (w *mainWindow) openOrphan(id string) {
	if a, err := w.lib.Annotation(id); err == nil {
		w.open("article:" + a.ArticleID)
		w.inspect.showAnnotation(a)
		return
	}
	q, err := w.lib.Quote(id)
	if err != nil {
		w.showError(err)
		return
	}
	w.open("article:" + q.ArticleID)
	w.inspect.showQuote(q)
}

// openRef opens a wiki page; a link to a page that does not exist yet
// creates a note with that title.
func (w *mainWindow) openRef(ref app.PageRef, target string) {
	if ref.ID != "" {
		switch ref.Kind {
		case app.TypeArticle, app.TypeNote, app.TypePerson:
			w.open(string(ref.Kind) + ":" + ref.ID)
			return
		case app.TypeTag:
			w.open("tag:" + tagNameByID(w.lib, ref.ID))
			return
		case app.TypeAnnotation: // a highlight whose note links here
			if a, err := w.lib.Annotation(ref.ID); err == nil {
				w.openSpan(a.ArticleID, a.Selector.Start, a.Selector.End)
				w.inspect.showAnnotation(a)
			}
			return
		}
	}
	if strings.TrimSpace(target) == "" {
		return
	}
	if p, ok, err := w.lib.Resolve(target); err == nil && ok {
		w.openRef(p, "")
		return
	}
	n, err := w.lib.CreateNote(w.ctx, target, "# "+target+"\n\n", nil)
	if err != nil {
		w.showError(err)
		return
	}
	w.changed()
	w.open("note:" + n.ID)
}

// setQuoteStatus confirms or rejects a quote, on the undo stack.
func (w *mainWindow) setQuoteStatus(id string, s app.QuoteStatus) {
	label := "confirm quote"
	if s != app.QuoteConfirmed {
		label = "reject quote"
	}
	err := w.track(label, app.SnapshotRefs{Quotes: []string{id}}, func() (app.SnapshotRefs, error) {
		if s == app.QuoteConfirmed {
			return app.SnapshotRefs{}, w.lib.ConfirmQuote(id)
		}
		return app.SnapshotRefs{}, w.lib.RejectQuote(id)
	})
	if err != nil {
		w.showError(err)
		return
	}
	w.changed()
	if w.inspect.quote != nil && w.inspect.quote.ID == id {
		w.inspect.refreshQuote(id)
	}
}

// setSpeaker attributes a quote to the person called name ("": unknown),
// on the undo stack; a person the change creates goes again on undo.
func (w *mainWindow) setSpeaker(id, name string) error {
	refs := app.SnapshotRefs{Quotes: []string{id}, People: w.personIDs(name)}
	if q, err := w.lib.Quote(id); err == nil && q.SpeakerID != "" {
		refs.People = append(refs.People, q.SpeakerID)
	}
	err := w.track("speaker change", refs, func() (app.SnapshotRefs, error) {
		q, err := w.lib.UpdateQuote(id, app.QuoteEdit{Speaker: &name})
		if err != nil {
			return app.SnapshotRefs{}, err
		}
		return app.SnapshotRefs{People: nonEmpty(q.SpeakerID)}, nil
	})
	if err != nil {
		return err
	}
	w.changed()
	return nil
}

// reattach gives an orphaned annotation the current article selection.
func (w *mainWindow) reattach(id string) {
	v, ok := w.current().(*articleView)
	if !ok {
		w.showError(fmt.Errorf("open the article and select the new text first"))
		return
	}
	s, e := v.reader.Selection()
	if s == e {
		w.showError(fmt.Errorf("select the text to attach the annotation to first"))
		return
	}
	if err := reattachAnnotation(w.ctx, w.lib, id, s, e); err != nil {
		w.showError(err)
		return
	}
	w.changed()
	if a, err := annotationByID(w.lib, id); err == nil {
		w.inspect.showAnnotation(a)
	} else if q, err := w.lib.Quote(id); err == nil {
		w.inspect.showQuote(q)
	}
	v.status.SetText("Re-attached to characters " + fmt.Sprint(s) + "–" + fmt.Sprint(e) + ".")
}

// deleteQuote removes a quote (an orphan the analyst gives up on, say).
func (w *mainWindow) deleteQuote(id string) {
	if err := w.lib.DeleteQuote(id); err != nil {
		w.showError(err)
		return
	}
	if w.inspect.quote != nil && w.inspect.quote.ID == id {
		w.inspect.clear()
	}
	w.changed()
}
