package index

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime/metrics"
	"strings"
	"testing"
	"time"

	"dossier/app"
	"dossier/app/corpus"
)

// corpusDocs are the search documents of n generated articles and their
// quotes, as the library would build them.
func corpusDocs(n int) []app.IndexDoc {
	g := corpus.New(corpus.Options{Seed: 1})
	var docs []app.IndexDoc
	for i := range n {
		a := g.Article(i)
		id := fmt.Sprintf("A%07d", i)
		tags := app.ExpandTags(a.Tags)
		docs = append(docs, app.IndexDoc{ID: id, Type: app.TypeArticle, Title: a.Title, Body: strings.Join(a.Paragraphs, "\n\n"),
			Tags: tags, Source: a.Source, Author: a.Author, Date: a.Published, Fingerprint: "f" + id})
		for j, q := range a.Quotes {
			qid := fmt.Sprintf("Q%07d%02d", i, j)
			docs = append(docs, app.IndexDoc{ID: qid, Type: app.TypeQuote, Title: a.Title, Body: q.Text, Names: []string{q.Speaker},
				Speaker: q.Speaker, Source: a.Source, Author: a.Author, Status: "suggested", Article: id, Date: a.Published, Fingerprint: "f" + qid})
		}
	}
	return docs
}

// cpuSeconds is the process's Go CPU time so far (user code and GC), so
// benchmarks on a busy machine can report what the work itself costs.
func cpuSeconds() float64 {
	s := []metrics.Sample{{Name: "/cpu/classes/user:cpu-seconds"}, {Name: "/cpu/classes/gc/total:cpu-seconds"}}
	metrics.Read(s)
	return s[0].Value.Float64() + s[1].Value.Float64()
}

// BenchmarkApply indexes 1,000 generated articles with their quotes (about
// 6,000 documents) into a new index per iteration, in batches as Sync makes
// them.
func BenchmarkApply(b *testing.B) {
	docs := corpusDocs(1000)
	ctx := context.Background()
	var wall time.Duration
	var cpu float64
	for b.Loop() {
		b.StopTimer()
		x, err := Open(filepath.Join(b.TempDir(), "ix"), Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		c0, t0 := cpuSeconds(), time.Now()
		for i := 0; i < len(docs); i += 6000 {
			if err := x.Apply(ctx, app.IndexBatch{Upserts: docs[i:min(i+6000, len(docs))]}); err != nil {
				b.Fatal(err)
			}
		}
		wall += time.Since(t0)
		cpu += cpuSeconds() - c0
		b.StopTimer()
		x.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(1000*b.N)/wall.Seconds(), "articles/s")
	b.ReportMetric(cpu*1000/float64(1000*b.N), "cpu-ms/article")
}

// BenchmarkSearch times each query kind on 2,000 generated articles with
// their quotes, with the page's highlights located in the article text.
func BenchmarkSearch(b *testing.B) {
	x, err := Open(filepath.Join(b.TempDir(), "ix"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer x.Close()
	docs := corpusDocs(2000)
	if err := x.Apply(context.Background(), app.IndexBatch{Upserts: docs}); err != nil {
		b.Fatal(err)
	}
	byID := make(map[string]*app.IndexDoc, len(docs))
	for i := range docs {
		byID[docs[i].ID] = &docs[i]
	}
	qs := corpus.New(corpus.Options{Seed: 1}).Queries()
	kinds := []struct {
		name string
		req  func(i int) app.SearchRequest
	}{
		{"term", func(i int) app.SearchRequest { return app.SearchRequest{Query: qs.Terms[i%len(qs.Terms)]} }},
		{"and", func(i int) app.SearchRequest {
			p := qs.Pairs[i%len(qs.Pairs)]
			return app.SearchRequest{Query: "+" + p[0] + " +" + p[1]}
		}},
		{"phrase", func(i int) app.SearchRequest {
			return app.SearchRequest{Query: `"` + qs.Phrases[i%len(qs.Phrases)] + `"`}
		}},
		{"prefix", func(i int) app.SearchRequest { return app.SearchRequest{Query: qs.Prefixes[i%len(qs.Prefixes)] + "*"} }},
		{"fuzzy", func(i int) app.SearchRequest { return app.SearchRequest{Query: qs.Fuzzy[i%len(qs.Fuzzy)] + "~1"} }},
		{"typing", func(i int) app.SearchRequest {
			t := qs.Terms[i%len(qs.Terms)]
			return app.SearchRequest{Query: t[:min(len(t), 2+i%3)] + "*"}
		}},
		{"facets", func(i int) app.SearchRequest {
			return app.SearchRequest{Query: qs.Terms[i%len(qs.Terms)], Facets: true}
		}},
	}
	for _, k := range kinds {
		b.Run(k.name, func(b *testing.B) {
			i := 0
			for b.Loop() {
				res, err := x.Search(context.Background(), k.req(i))
				if err != nil {
					b.Fatal(err)
				}
				// Highlights for the page, as the library cuts fragments.
				for _, h := range res.Hits {
					if d, ok := byID[h.ID]; ok && res.Matcher != nil {
						res.Matcher.Locate(app.FieldBody, d.Body)
					}
				}
				i++
			}
		})
	}
}

// BenchmarkIndexSize indexes 2,000 generated articles with their quotes,
// settles the index and reports its size per byte of article text (titles
// and bodies) and its segments. Settled to 8 segments it was 24.4 MB; one
// segment with word-pair fields (issue 23's first phrase search) 21.4 MB,
// without them 15.4 MB, and without positions it would be 12.7 MB.
func BenchmarkIndexSize(b *testing.B) {
	docs := corpusDocs(2000)
	text := 0
	for i := range docs {
		if docs[i].Type == app.TypeArticle {
			text += len(docs[i].Title) + len(docs[i].Body)
		}
	}
	for b.Loop() {
		x, err := Open(filepath.Join(b.TempDir(), "ix"), Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := x.Apply(context.Background(), app.IndexBatch{Upserts: docs}); err != nil {
			b.Fatal(err)
		}
		if err := x.Settle(context.Background()); err != nil {
			b.Fatal(err)
		}
		segs, _ := x.Segments()
		x.Close()
		// Reopened, the index removes the files of merged segments.
		if x, err = Open(x.Path(), Options{}); err != nil {
			b.Fatal(err)
		}
		time.Sleep(3 * time.Second)
		st, err := x.Stats()
		if err != nil {
			b.Fatal(err)
		}
		x.Close()
		b.ReportMetric(float64(segs), "segments")
		b.ReportMetric(float64(st.Bytes)/1e6, "MB")
		b.ReportMetric(float64(st.Bytes)/float64(text), "bytes/text-byte")
	}
}
