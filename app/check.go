package app

import (
	"context"
	"fmt"
	"sort"
	"strings"
)

// CheckReport lists what Check found.
type CheckReport struct {
	Store        string         `json:"store"`         // "ok" or the store's consistency error
	Records      map[string]int `json:"records"`       // records per type
	Pending      int            `json:"pending_jobs"`  // index jobs not yet applied
	IndexStale   bool           `json:"index_stale"`   // the index must be rebuilt
	Missing      []string       `json:"missing"`       // in the store, not in the index
	Extra        []string       `json:"extra"`         // in the index, not in the store
	Outdated     []string       `json:"outdated"`      // in both, but the index has an old version
	DanglingRefs []string       `json:"dangling_refs"` // secondary index entries without their record, or out of step with it
	MissingRefs  []string       `json:"missing_refs"`  // records a secondary index should list and does not
}

// OK reports whether nothing is wrong.
func (r *CheckReport) OK() bool {
	return r.Store == "ok" && !r.IndexStale && len(r.Missing) == 0 && len(r.Extra) == 0 &&
		len(r.Outdated) == 0 && len(r.DanglingRefs) == 0 && len(r.MissingRefs) == 0
}

// String is the report for people.
func (r *CheckReport) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "store: %s\n", r.Store)
	keys := make([]string, 0, len(r.Records))
	for k := range r.Records {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "  %-12s %d\n", k, r.Records[k])
	}
	if r.IndexStale {
		b.WriteString("search index: missing or out of date; run `dossier reindex`\n")
	} else if len(r.Missing)+len(r.Extra)+len(r.Outdated) == 0 {
		b.WriteString("search index: matches the store\n")
	} else {
		fmt.Fprintf(&b, "search index: %d missing, %d extra, %d outdated\n", len(r.Missing), len(r.Extra), len(r.Outdated))
		list := func(name string, ids []string) {
			for i, id := range ids {
				if i == 10 {
					fmt.Fprintf(&b, "  … %d more\n", len(ids)-10)
					break
				}
				fmt.Fprintf(&b, "  %s %s\n", name, id)
			}
		}
		list("missing", r.Missing)
		list("extra", r.Extra)
		list("outdated", r.Outdated)
	}
	if r.Pending > 0 {
		fmt.Fprintf(&b, "pending index jobs: %d\n", r.Pending)
	}
	for _, d := range r.DanglingRefs {
		fmt.Fprintf(&b, "dangling index entry: %s\n", d)
	}
	for _, m := range r.MissingRefs {
		fmt.Fprintf(&b, "missing index entry: %s\n", m)
	}
	if r.OK() {
		b.WriteString("ok\n")
	}
	return b.String()
}

// Check verifies the store and compares the search index with it, document
// by document. Pending index jobs are applied first, so only a real
// difference is reported.
func (l *Library) Check(ctx context.Context) (*CheckReport, error) {
	r := &CheckReport{Store: "ok", Records: map[string]int{}, IndexStale: l.IndexStale(),
		Missing: []string{}, Extra: []string{}, Outdated: []string{}, DanglingRefs: []string{}, MissingRefs: []string{}}
	if err := l.store.Check(); err != nil {
		r.Store = err.Error()
	}
	if err := l.Sync(ctx); err != nil {
		return nil, fmt.Errorf("check: %w", err)
	}
	want := map[string]string{}
	err := l.store.View(func(tx Tx) error {
		r.Pending = tx.Count(BucketOutbox)
		for _, b := range indexedBuckets {
			r.Records[string(b.typ)] = tx.Count(b.bucket)
			ids := []string{}
			if err := tx.ForEach(b.bucket, "", func(id string, _ func(any) error) error {
				ids = append(ids, id)
				return nil
			}); err != nil {
				return err
			}
			for _, id := range ids {
				doc, ok, err := buildDoc(tx, b.typ, id)
				if err != nil {
					return err
				}
				if ok {
					want[id] = doc.Fingerprint
				}
			}
		}
		if err := l.checkRefs(tx, r); err != nil {
			return err
		}
		sort.Strings(r.DanglingRefs)
		sort.Strings(r.MissingRefs)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("check: %w", err)
	}
	if l.idx == nil || r.IndexStale {
		return r, nil
	}
	seen := map[string]bool{}
	if err := l.idx.Fingerprints(ctx, func(id, fp string) error {
		seen[id] = true
		w, ok := want[id]
		switch {
		case !ok:
			r.Extra = append(r.Extra, id)
		case w != fp:
			r.Outdated = append(r.Outdated, id)
		}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("check search index: %w", err)
	}
	for id := range want {
		if !seen[id] {
			r.Missing = append(r.Missing, id)
		}
	}
	sort.Strings(r.Missing)
	sort.Strings(r.Extra)
	sort.Strings(r.Outdated)
	return r, nil
}

// checkRefs verifies that secondary index entries point at records.
func (l *Library) checkRefs(tx Tx, r *CheckReport) error {
	checks := []struct {
		ref    Ref
		bucket Bucket
	}{
		{RefArticleAnnotations, BucketAnnotations}, {RefArticleQuotes, BucketQuotes}, {RefPersonQuotes, BucketQuotes},
		{RefArticleHash, BucketArticles}, {RefArticleSource, BucketArticles}, {RefPersonName, BucketPeople},
		{RefTagName, BucketTags}, {RefNoteTitle, BucketNotes}, {RefArticleTitle, BucketArticles}, {RefQuoteStatus, BucketQuotes},
	}
	for _, c := range checks {
		if err := tx.ForEachRef(c.ref, "", func(key, id string) error {
			if !tx.Has(c.bucket, id) {
				r.DanglingRefs = append(r.DanglingRefs, fmt.Sprintf("%s %q → %s", c.ref, key, id))
			}
			return nil
		}); err != nil {
			return err
		}
	}
	if err := checkAnchorStates(tx, r); err != nil {
		return err
	}
	if err := checkArticleList(tx, r); err != nil {
		return err
	}
	for _, ref := range []Ref{RefTagItems, RefLinks} {
		if err := tx.ForEachRef(ref, "", func(key, item string) error {
			kind, id, _ := strings.Cut(item, ":")
			b := carrierBuckets[DocType(kind)]
			if b == "" || !tx.Has(b, id) {
				r.DanglingRefs = append(r.DanglingRefs, fmt.Sprintf("%s %q → %s", ref, key, item))
			}
			return nil
		}); err != nil {
			return err
		}
	}
	return nil
}

// checkAnchorStates verifies RefAnchorState both ways: every entry names an
// annotation or quote whose state (and status) it matches, and every
// orphaned or flagged anchor has its entry.
func checkAnchorStates(tx Tx, r *CheckReport) error {
	listed := map[string]string{} // id → key
	if err := tx.ForEachRef(RefAnchorState, "", func(key, id string) error {
		listed[id] = key
		return nil
	}); err != nil {
		return err
	}
	type slim struct {
		State  AnchorState `json:"state"`
		Status QuoteStatus `json:"status"`
	}
	seen := map[string]bool{}
	for _, b := range []struct {
		bucket Bucket
		kind   DocType
	}{{BucketAnnotations, TypeAnnotation}, {BucketQuotes, TypeQuote}} {
		if err := tx.ForEach(b.bucket, "", func(id string, decode func(any) error) error {
			var s slim
			if err := decode(&s); err != nil {
				return err
			}
			want := anchorStateKey(b.kind, s.State, b.kind == TypeQuote && s.Status == QuoteRejected)
			got, ok := listed[id]
			seen[id] = ok
			switch {
			case want == "" && ok:
				r.DanglingRefs = append(r.DanglingRefs, fmt.Sprintf("%s %q → %s (it is attached)", RefAnchorState, got, id))
			case want != "" && !ok:
				r.MissingRefs = append(r.MissingRefs, fmt.Sprintf("%s %q → %s", RefAnchorState, want, id))
			case want != got:
				r.DanglingRefs = append(r.DanglingRefs, fmt.Sprintf("%s %q → %s (it is %s)", RefAnchorState, got, id, want))
			}
			return nil
		}); err != nil {
			return err
		}
	}
	for id, key := range listed {
		if !seen[id] {
			r.DanglingRefs = append(r.DanglingRefs, fmt.Sprintf("%s %q → %s", RefAnchorState, key, id))
		}
	}
	return nil
}

// carrierBuckets maps the kinds used in "<kind>:<id>" references to buckets.
var carrierBuckets = map[DocType]Bucket{TypeArticle: BucketArticles, TypeAnnotation: BucketAnnotations,
	TypeQuote: BucketQuotes, TypeNote: BucketNotes, TypePerson: BucketPeople, TypeTag: BucketTags}
