package export_test

import (
	"context"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dossier/app/export"
)

// The W3C Web Annotation Data Model's requirements, as a Hypothesis-style
// client relies on them.
var annoMotivations = map[string]bool{"assessing": true, "bookmarking": true, "classifying": true, "commenting": true,
	"describing": true, "editing": true, "highlighting": true, "identifying": true, "linking": true, "moderating": true,
	"questioning": true, "replying": true, "tagging": true}

func isIRI(s string) bool {
	u, err := url.Parse(s)
	return err == nil && u.Scheme != "" && (u.Opaque != "" || u.Host != "")
}

func TestW3CAnnotationCollection(t *testing.T) {
	r := seedReviewed(t)
	res, err := export.Run(context.Background(), r.lib, export.Options{Format: export.FormatW3C, Out: filepath.Join(t.TempDir(), "annotations")})
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Ext(res.Path) != ".jsonld" {
		t.Errorf("written to %s", res.Path)
	}
	data, err := os.ReadFile(res.Path)
	if err != nil {
		t.Fatal(err)
	}
	var coll map[string]any
	if err := json.Unmarshal(data, &coll); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, data)
	}
	if coll["@context"] != "http://www.w3.org/ns/anno.jsonld" || coll["type"] != "AnnotationCollection" || !isIRI(coll["id"].(string)) {
		t.Errorf("collection header: %v %v %v", coll["@context"], coll["type"], coll["id"])
	}
	page, _ := coll["first"].(map[string]any)
	if page == nil || page["type"] != "AnnotationPage" {
		t.Fatalf("no first AnnotationPage: %v", coll["first"])
	}
	items, _ := page["items"].([]any)
	if total, _ := coll["total"].(float64); int(total) != len(items) || len(items) != res.Annotations+res.Quotes {
		t.Errorf("total %v, %d items, result %+v", coll["total"], len(items), res)
	}
	a, _ := r.lib.Article(r.article)
	text := []rune(a.Text())
	seen := map[string]bool{}
	for _, it := range items {
		an := it.(map[string]any)
		id, _ := an["id"].(string)
		if !isIRI(id) || seen[id] {
			t.Errorf("annotation id %q is not a unique IRI", id)
		}
		seen[id] = true
		if an["type"] != "Annotation" {
			t.Errorf("%s: type %v", id, an["type"])
		}
		if m, _ := an["motivation"].(string); !annoMotivations[m] {
			t.Errorf("%s: motivation %q is not one of the model's", id, m)
		}
		for _, k := range []string{"created", "modified"} {
			if _, err := time.Parse(time.RFC3339, an[k].(string)); err != nil {
				t.Errorf("%s: %s %v", id, k, an[k])
			}
		}
		bodies, _ := an["body"].([]any)
		for _, b := range bodies {
			bm := b.(map[string]any)
			if bm["type"] != "TextualBody" || bm["value"] == nil {
				t.Errorf("%s: body %v", id, bm)
			}
			if p, ok := bm["purpose"].(string); ok && !annoMotivations[p] {
				t.Errorf("%s: body purpose %q", id, p)
			}
		}
		tg, _ := an["target"].(map[string]any)
		if tg == nil {
			t.Fatalf("%s: no target", id)
		}
		if tg["source"] != a.URL {
			t.Errorf("%s: target.source %v, want the article's URL %s", id, tg["source"], a.URL)
		}
		sels, _ := tg["selector"].([]any)
		var exact string
		pos := false
		for _, s := range sels {
			sm := s.(map[string]any)
			switch sm["type"] {
			case "TextQuoteSelector":
				exact, _ = sm["exact"].(string)
			case "TextPositionSelector":
				st, ok1 := sm["start"].(float64)
				en, ok2 := sm["end"].(float64)
				if !ok1 || !ok2 || st < 0 || en < st || int(en) > len(text) {
					t.Errorf("%s: position selector %v", id, sm)
					continue
				}
				pos = true
				if exact != "" && string(text[int(st):int(en)]) != exact {
					t.Errorf("%s: positions %v-%v hold %q, not %q", id, st, en, string(text[int(st):int(en)]), exact)
				}
			default:
				t.Errorf("%s: selector %v", id, sm["type"])
			}
		}
		if exact == "" {
			t.Errorf("%s: no TextQuoteSelector", id)
		}
		orphan := strings.HasSuffix(id, r.orphan)
		if pos == orphan {
			t.Errorf("%s: position selector present=%v for orphan=%v (an orphan's positions are stale)", id, pos, orphan)
		}
		if strings.HasSuffix(id, r.rejected.ID) {
			t.Error("the rejected quote is exported without the audit option")
		}
	}
	if !seen["urn:dossier:quote:"+r.confirmed.ID] {
		t.Error("the confirmed quote is missing")
	}

	// An article without a web address keeps its urn:dossier: name.
	lib := newExpLib(t)
	id := seedExp(t, lib)
	res, err = export.Run(context.Background(), lib, export.Options{Format: export.FormatW3C, Out: filepath.Join(t.TempDir(), "plain")})
	if err != nil {
		t.Fatal(err)
	}
	data, _ = os.ReadFile(res.Path)
	if !strings.Contains(string(data), `"source":"urn:dossier:article:`+id+`"`) {
		t.Errorf("no urn source for an article without URL:\n%.400s", data)
	}
}
