package export

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"dossier/app"
)

// The W3C Web Annotation export: one JSON-LD AnnotationCollection whose
// first (and only) AnnotationPage holds every annotation and quote of the
// selection. A target's source is the article's web address when it has
// one, so that a client such as Hypothesis can find the page and anchor the
// TextQuoteSelector in it; only an article without one gets its
// urn:dossier: name. The Dossier IDs stay in each annotation's id.

const annoContext = "http://www.w3.org/ns/anno.jsonld"

// w3cAnnotation is an annotation as the standalone export writes it: a
// target with a source and selectors; a quote's speaker and status as
// bodies (Dossier's own record is in bundles, not here).
type w3cAnnotation struct {
	ID         string      `json:"id"`
	Type       string      `json:"type"`
	Motivation string      `json:"motivation"`
	Created    string      `json:"created"`
	Modified   string      `json:"modified"`
	Body       []webBody   `json:"body,omitempty"`
	Target     w3cTarget   `json:"target"`
	Dossier    *w3cDossier `json:"dossier,omitempty"`
}

type w3cTarget struct {
	Type     string        `json:"type"`
	Source   string        `json:"source"`
	Selector []webSelector `json:"selector"`
}

// w3cDossier carries what the model has no term for: the article's own
// name (when the source is its web address) and the anchor state.
type w3cDossier struct {
	Article string `json:"article"`
	Anchor  string `json:"anchor,omitempty"`
	Status  string `json:"status,omitempty"`
}

// articleSource is what a target's source names: the article's web address
// when it has an absolute http(s) one, else its urn:dossier: name.
func articleSource(a *app.Article) string {
	if u, err := url.Parse(strings.TrimSpace(a.URL)); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		return u.String()
	}
	return urn(app.TypeArticle, a.ID)
}

func w3cTime(t time.Time) string {
	if t.IsZero() {
		t = time.Unix(0, 0)
	}
	return t.UTC().Format(time.RFC3339)
}

// w3cTargetOf is an annotation's target. An orphan's positions no longer
// hold (its text left the article), so it keeps only its quote selector.
func w3cTargetOf(a *app.Article, t app.Target) w3cTarget {
	tg := w3cTarget{Type: "SpecificResource", Source: articleSource(a), Selector: []webSelector{
		{Type: "TextQuoteSelector", Exact: t.Selector.Exact, Prefix: t.Selector.Prefix, Suffix: t.Selector.Suffix}}}
	if !t.Orphaned() {
		s, e := t.Selector.Start, t.Selector.End
		tg.Selector = append(tg.Selector, webSelector{Type: "TextPositionSelector", Start: &s, End: &e})
	}
	return tg
}

func w3cOfAnnotation(a *app.Article, an *app.Annotation) w3cAnnotation {
	w := w3cAnnotation{ID: urn(app.TypeAnnotation, an.ID), Type: "Annotation", Motivation: "highlighting",
		Created: w3cTime(an.Created), Modified: w3cTime(an.Updated), Target: w3cTargetOf(a, an.Target),
		Dossier: &w3cDossier{Article: urn(app.TypeArticle, a.ID), Anchor: anchorState(an.Target)}}
	if an.Note != "" {
		w.Motivation = "commenting"
		w.Body = append(w.Body, webBody{Type: "TextualBody", Value: an.Note, Format: "text/markdown", Purpose: "commenting"})
	}
	for _, t := range an.Tags {
		w.Body = append(w.Body, webBody{Type: "TextualBody", Value: t, Purpose: "tagging"})
	}
	return w
}

// w3cOfQuote writes a quote as an "identifying" annotation whose bodies
// name the speaker and say the analyst's verdict ("confirmed quote").
func w3cOfQuote(a *app.Article, q *app.Quote) w3cAnnotation {
	w := w3cAnnotation{ID: urn(app.TypeQuote, q.ID), Type: "Annotation", Motivation: "identifying",
		Created: w3cTime(q.Created), Modified: w3cTime(q.Updated), Target: w3cTargetOf(a, q.Target),
		Dossier: &w3cDossier{Article: urn(app.TypeArticle, a.ID), Anchor: anchorState(q.Target), Status: string(q.Status)}}
	speaker := orUnknown(q.Speaker)
	if q.Affiliation != "" {
		speaker += ", " + q.Affiliation
	}
	w.Body = append(w.Body,
		webBody{Type: "TextualBody", Value: speaker, Purpose: "identifying"},
		webBody{Type: "TextualBody", Value: string(q.Status) + " quote", Purpose: "classifying"})
	if q.Note != "" {
		w.Body = append(w.Body, webBody{Type: "TextualBody", Value: q.Note, Format: "text/markdown", Purpose: "commenting"})
	}
	for _, t := range q.Tags {
		w.Body = append(w.Body, webBody{Type: "TextualBody", Value: t, Purpose: "tagging"})
	}
	return w
}

// w3c streams the collection: items as the articles are read, the total
// (known only at the end) after the page.
func (e *exporter) w3c(ctx context.Context, w io.Writer) error {
	bw := &errWriter{w: w}
	head := map[string]any{
		"@context":  annoContext,
		"id":        "urn:dossier:collection:" + libraryID(e.lib),
		"type":      "AnnotationCollection",
		"label":     "Dossier: " + e.opt.Selection.String(),
		"generated": w3cTime(e.lib.Now()),
	}
	hj, err := json.Marshal(head)
	if err != nil {
		return err
	}
	// Reopen the object to add the page and the total.
	bw.Write(hj[:len(hj)-1])
	fmt.Fprintf(bw, ",\n\"first\":{\"id\":%q,\"type\":\"AnnotationPage\",\"startIndex\":0,\"items\":[", "urn:dossier:collection:"+libraryID(e.lib)+":page:0")
	n := 0
	item := func(v w3cAnnotation) error {
		j, err := json.Marshal(v)
		if err != nil {
			return err
		}
		if n > 0 {
			bw.Write([]byte(","))
		}
		bw.Write([]byte("\n"))
		bw.Write(j)
		n++
		return bw.err
	}
	err = e.lib.Store().View(func(tx app.Tx) error {
		e.total(tx)
		e.tot -= e.countNotes(tx)
		return e.articles(ctx, tx, func(a *app.Article) error {
			e.res.Articles++
			anns, qs, err := e.children(tx, a.ID)
			if err != nil {
				return err
			}
			for i := range anns {
				e.res.Annotations++
				if err := item(w3cOfAnnotation(a, &anns[i])); err != nil {
					return err
				}
			}
			for i := range qs {
				e.res.Quotes++
				if err := item(w3cOfQuote(a, &qs[i])); err != nil {
					return err
				}
			}
			e.progress()
			return nil
		})
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(bw, "\n]},\n\"total\":%d}\n", n)
	return bw.err
}
