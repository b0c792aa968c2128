package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"runtime/trace"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"dossier/app"
	"dossier/app/corpus"
)

// searchList is a repeatable string flag.
type searchList []string

func (l *searchList) String() string { return strings.Join(*l, ",") }
func (l *searchList) Set(v string) error {
	*l = append(*l, v)
	return nil
}

// searchHitJSON is a hit in `dossier search --json`.
type searchHitJSON struct {
	ID        string   `json:"id"`
	Type      string   `json:"type"`
	Title     string   `json:"title"`
	Fragments []string `json:"fragments"`
	ArticleID string   `json:"article_id,omitempty"`
	Score     float64  `json:"score"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Speaker   string   `json:"speaker,omitempty"`
	Source    string   `json:"source,omitempty"`
	Date      string   `json:"date,omitempty"`
	// FragmentSpans says where each fragment and its matches are in the
	// field's text, in rune offsets (app.Fragment).
	FragmentSpans []fragmentSpanJSON `json:"fragment_spans"`
}

type fragmentSpanJSON struct {
	Field   string   `json:"field"`
	Start   int      `json:"start"`
	End     int      `json:"end"`
	Matches [][2]int `json:"matches"`
}

// searchJSON is the output of `dossier search --json`.
type searchJSON struct {
	Total  int                         `json:"total"`
	Hits   []searchHitJSON             `json:"hits"`
	Facets map[string][]app.FacetCount `json:"facets"`
	TookMS float64                     `json:"took_ms"`
}

// Match markers in fragments: plain characters, no terminal escapes.
const markOpen, markClose = "«", "»"

func cmdSearch(ctx context.Context, c *call) error {
	var types, tags, speakers, sources searchList
	c.fs.Var(&types, "type", "only this type: article, annotation, quote, note, person, tag (repeatable, or comma-separated)")
	c.fs.Var(&tags, "tag", "only items with this tag or a tag below it (repeatable: all must match)")
	c.fs.Var(&speakers, "speaker", "only quotes by this speaker (repeatable: any)")
	c.fs.Var(&sources, "source", "only items from this source (repeatable: any)")
	sortBy := c.fs.String("sort", "relevance", "order: relevance, newest or oldest")
	limit := c.fs.Int("limit", 20, "number of hits to show")
	from := c.fs.Int("from", 0, "skip this many hits (paging)")
	noFacets := c.fs.Bool("no-facets", false, "leave out facet counts")
	asJSON := c.fs.Bool("json", false, "print JSON")
	pos, err := c.parse(c.rest(), 0, -1)
	if err != nil {
		return err
	}
	req := app.SearchRequest{Query: joinQueryArgs(pos), Tags: tags, Speakers: speakers, Sources: sources,
		From: *from, Size: *limit, Facets: !*noFacets}
	for _, t := range types {
		for _, s := range strings.Split(t, ",") {
			if s = strings.ToLower(strings.TrimSpace(s)); s != "" {
				req.Types = append(req.Types, app.DocType(strings.TrimSuffix(s, "s")))
			}
		}
	}
	switch *sortBy {
	case "relevance", "":
		req.Sort = app.SortRelevance
	case "newest":
		req.Sort = app.SortNewest
	case "oldest":
		req.Sort = app.SortOldest
	default:
		return fmt.Errorf("--sort %q: use relevance, newest or oldest", *sortBy)
	}
	if *limit < 1 || *limit > 1000 {
		return fmt.Errorf("--limit %d: use 1 to 1000", *limit)
	}
	if strings.TrimSpace(req.Query) == "" && len(req.Types)+len(tags)+len(speakers)+len(sources) == 0 {
		c.fs.Usage()
		fmt.Fprintln(c.Stderr, "\nGive a query or a filter; `dossier help search` explains the syntax.")
		return errUsage
	}
	lib, err := c.open(ctx, true)
	if err != nil {
		return err
	}
	if lib.IndexStale() {
		// Rebuilding needs the library for writing.
		lib.Close()
		c.lib = nil
		if lib, err = c.open(ctx, false); err != nil {
			return err
		}
	}
	res, err := lib.Search(ctx, req)
	if err != nil {
		return err
	}
	if *asJSON {
		out := searchJSON{Total: res.Total, Hits: []searchHitJSON{}, Facets: res.Facets,
			TookMS: float64(res.Took.Microseconds()) / 1000}
		for _, h := range res.Hits {
			j := searchHitJSON{ID: h.ID, Type: string(h.Type), Title: h.Title, Fragments: []string{}, ArticleID: h.ArticleID,
				Score: h.Score, Start: h.Start, End: h.End, Speaker: h.Speaker, Source: h.Source}
			if !h.Date.IsZero() {
				j.Date = h.Date.Format("2006-01-02")
			}
			j.FragmentSpans = []fragmentSpanJSON{}
			for _, f := range h.Fragments {
				j.Fragments = append(j.Fragments, f.Marked(markOpen, markClose))
				j.FragmentSpans = append(j.FragmentSpans, fragmentSpanJSON{Field: f.Field, Start: f.Start, End: f.End, Matches: f.Spans})
			}
			out.Hits = append(out.Hits, j)
		}
		return printJSON(c.Stdout, out)
	}
	printSearchResults(c.Stdout, res, req.From)
	return nil
}

// joinQueryArgs joins the query's arguments. An argument holding a field
// term with spaces was quoted for the shell (source:"Daily Ledger" reaches
// us as source:Daily Ledger), so its value is quoted again as a phrase.
func joinQueryArgs(args []string) string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = a
		name, value, ok := strings.Cut(a, ":")
		if !ok || !strings.ContainsFunc(value, unicode.IsSpace) || strings.Contains(value, `"`) {
			continue
		}
		if !isFieldName(strings.TrimLeft(name, "+-")) {
			continue
		}
		out[i] = name + `:"` + value + `"`
	}
	return strings.Join(out, " ")
}

// isFieldName says whether s is a search field (app.SearchHelp).
func isFieldName(s string) bool {
	switch strings.ToLower(s) {
	case "title", "body", "text", "note", "names", "name", "tag", "tags", "speaker", "by", "source", "author",
		"status", "article", "type", "date", "year", "month":
		return true
	}
	return false
}

func printSearchResults(w io.Writer, res *app.SearchResults, from int) {
	switch {
	case res.Total == 0:
		fmt.Fprintf(w, "No results (%s).\n", roundDur(res.Took))
		return
	case len(res.Hits) < res.Total:
		fmt.Fprintf(w, "%d results, showing %d–%d (%s)\n", res.Total, from+1, from+len(res.Hits), roundDur(res.Took))
	default:
		fmt.Fprintf(w, "%d result%s (%s)\n", res.Total, map[bool]string{true: "", false: "s"}[res.Total == 1], roundDur(res.Took))
	}
	for i, h := range res.Hits {
		title := h.Title
		if h.Type == app.TypeQuote && h.Speaker != "" {
			title = h.Speaker + " in " + title
		}
		meta := nonEmpty(h.Source)
		if !h.Date.IsZero() {
			meta = append(meta, h.Date.Format("2006-01-02"))
		}
		fmt.Fprintf(w, "\n%d. [%s] %s", from+i+1, h.Type, title)
		if len(meta) > 0 {
			fmt.Fprintf(w, "  (%s)", strings.Join(meta, ", "))
		}
		fmt.Fprintf(w, "\n   %s\n", h.ID)
		for _, f := range h.Fragments {
			fmt.Fprintf(w, "   %s\n", f.Marked(markOpen, markClose))
		}
	}
	names := make([]string, 0, len(res.Facets))
	for k, v := range res.Facets {
		if len(v) > 0 {
			names = append(names, k)
		}
	}
	if len(names) == 0 {
		return
	}
	order := map[string]int{app.FacetType: 0, app.FacetTag: 1, app.FacetSpeaker: 2, app.FacetSource: 3, app.FacetYear: 4, app.FacetMonth: 5}
	sort.Slice(names, func(i, j int) bool { return order[names[i]] < order[names[j]] })
	fmt.Fprintln(w, "\nFacets:")
	for _, n := range names {
		counts := res.Facets[n]
		if n == app.FacetYear || n == app.FacetMonth {
			counts = slices.Clone(counts)
			sort.Slice(counts, func(i, j int) bool { return counts[i].Value > counts[j].Value })
		}
		parts := make([]string, 0, len(counts))
		for i, f := range counts {
			if i == 12 {
				parts = append(parts, fmt.Sprintf("… %d more", len(counts)-12))
				break
			}
			parts = append(parts, fmt.Sprintf("%s %d", f.Value, f.Count))
		}
		fmt.Fprintf(w, "  %-8s %s\n", n+":", strings.Join(parts, ", "))
	}
}

func roundDur(d time.Duration) string {
	switch {
	case d < time.Millisecond:
		return fmt.Sprintf("%dµs", d.Microseconds())
	case d < time.Second:
		return fmt.Sprintf("%.1fms", float64(d.Microseconds())/1000)
	}
	return d.Round(time.Millisecond).String()
}

// benchReport is the result of `dossier bench`, also printed as JSON.
type benchReport struct {
	Articles       int                       `json:"articles"`
	CorpusBytes    int64                     `json:"corpus_bytes"`
	GenerateS      float64                   `json:"generate_s"`
	ImportS        float64                   `json:"import_s"`
	ReindexS       float64                   `json:"reindex_s"`
	ArticlesPerS   float64                   `json:"articles_per_s"`
	Records        map[string]int            `json:"records"`
	IndexBytes     int64                     `json:"index_bytes"`
	StoreBytes     int64                     `json:"store_bytes"`
	IndexToCorpus  float64                   `json:"index_to_corpus"`
	PeakRSSBytes   int64                     `json:"peak_rss_bytes"`
	PeakHeapBytes  uint64                    `json:"peak_go_heap_bytes"`
	PeakAnonBytes  int64                     `json:"peak_anon_rss_bytes"` // sampled: heap, stacks, runtime
	PeakFileBytes  int64                     `json:"peak_file_rss_bytes"` // sampled: mapped store, index, binary
	ImportCPUS     float64                   `json:"import_cpu_s"`
	OpenFirstMS    float64                   `json:"open_and_first_query_ms"`
	Queries        map[string]benchQueryStat `json:"queries"`
	GOMAXPROCS     int                       `json:"gomaxprocs"`
	Dir            string                    `json:"dir,omitempty"`
	ImportFailures int                       `json:"import_failures"`
}

type benchQueryStat struct {
	N         int     `json:"n"`
	P50MS     float64 `json:"p50_ms"`
	P95MS     float64 `json:"p95_ms"`
	P99MS     float64 `json:"p99_ms"`
	MeanHits  float64 `json:"mean_total_hits"`
	Fragments int     `json:"fragments"`
	// CPUMS is the process's CPU time per query: on a shared machine it
	// moves much less than the wall-clock latencies.
	CPUMS float64 `json:"cpu_ms_per_query"`
}

func cmdBench(ctx context.Context, c *call) error {
	n := c.fs.Int("articles", 10000, "number of articles to generate and import")
	perKind := c.fs.Int("queries", 200, "queries of each kind to time")
	keep := c.fs.String("keep", "", "build in this folder (must be new or empty) and keep it, instead of a temporary one")
	seed := c.fs.Uint64("seed", 1, "corpus seed")
	asJSON := c.fs.Bool("json", false, "print JSON")
	quiet := c.fs.Bool("quiet", false, "no progress")
	only := c.fs.String("queries-only", "", "time the queries again on a folder an earlier --keep run left (same --seed)")
	cpuProfile := c.fs.String("cpuprofile", "", "write a CPU profile of the query phase to this file (go tool pprof)")
	importOnly := c.fs.Bool("import-only", false, "stop after the import (no rebuild, no queries)")
	importProfile := c.fs.String("import-cpuprofile", "", "write a CPU profile of the import phase to this file")
	memProfile := c.fs.String("import-memprofile", "", "write an allocation profile of the import phase to this file")
	traceFile := c.fs.String("import-trace", "", "write an execution trace of the import phase to this file (go tool trace)")
	if _, err := c.parse(c.rest(), 0, 0); err != nil {
		return err
	}
	if *n < 1 || *perKind < 1 {
		return errors.New("--articles and --queries must be at least 1")
	}
	dir := *keep
	if *only != "" {
		dir = *only
	} else if dir == "" {
		d, err := os.MkdirTemp("", "dossier-bench-*")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		dir = d
	} else if ents, err := os.ReadDir(dir); err == nil && len(ents) > 0 {
		return fmt.Errorf("--keep %s: the folder is not empty", dir)
	}
	rep := benchReport{Articles: *n, GOMAXPROCS: runtime.GOMAXPROCS(0), Queries: map[string]benchQueryStat{}}
	if *keep != "" {
		rep.Dir = dir
	}
	say := func(format string, args ...any) {
		if !*quiet {
			fmt.Fprintf(c.Stderr, format+"\n", args...)
		}
	}

	gen := corpus.New(corpus.Options{Seed: *seed})
	qs := gen.Queries()
	corpusDir, libDir := filepath.Join(dir, "corpus"), filepath.Join(dir, "library")
	var start time.Time
	var lib *app.Library
	var err error
	if *only == "" {
		// 1. The corpus.
		say("generating %d articles in %s", *n, corpusDir)
		start = time.Now()
		w, err := gen.WriteFiles(ctx, corpusDir, *n, runtime.GOMAXPROCS(0))
		if err != nil {
			return err
		}
		rep.CorpusBytes, rep.GenerateS = w.Bytes, time.Since(start).Seconds()
		if *keep != "" {
			// For the SQLite FTS5 comparison in bench/fts5, which reads the same corpus.
			f, err := os.Create(filepath.Join(dir, "queries.json"))
			if err != nil {
				return err
			}
			err = printJSON(f, qs)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return err
			}
		}

		// 2. Import through the real pipeline: files → ingest → store → index.
		runtime.GC()
		resetPeakRSS()
		lib, err = c.Open(ctx, libDir, false)
		if err != nil {
			return err
		}
		if lib.IndexStale() {
			if err := lib.Reindex(ctx, nil); err != nil {
				lib.Close()
				return err
			}
		}
		pl := &progressLine{w: c.Stderr}
		stopProfile, err := startImportProfiles(*importProfile, *memProfile, *traceFile)
		if err != nil {
			lib.Close()
			return err
		}
		stopMem := watchMemory()
		cpu0 := cpuSeconds()
		start = time.Now()
		sum, err := lib.Import(ctx, []string{corpusDir}, app.ImportOptions{Progress: func(p app.ImportProgress) {
			if !*quiet {
				pl.show(p.Done == p.Files, "importing %s %d/%d  %.0f articles/s", bar(p.Done, p.Files, 24), p.Done, p.Files,
					float64(p.Done)/time.Since(start).Seconds())
			}
		}})
		pl.done()
		rep.ImportS = time.Since(start).Seconds()
		rep.ImportCPUS = cpuSeconds() - cpu0
		peaks := stopMem()
		rep.PeakHeapBytes, rep.PeakAnonBytes, rep.PeakFileBytes = peaks.heap, peaks.anon, peaks.file
		if perr := stopProfile(); perr != nil && err == nil {
			err = perr
		}
		rep.PeakRSSBytes = peakRSS()
		if err != nil {
			lib.Close()
			return err
		}
		rep.ImportFailures = sum.Failed
		rep.ArticlesPerS = float64(sum.Added) / rep.ImportS
		if counts, err := lib.Counts(); err == nil {
			rep.Records = map[string]int{"articles": counts.Articles, "quotes": counts.Quotes, "people": counts.People, "tags": counts.Tags}
		}
		// Rebuilding the index from the store: indexing alone, without parsing
		// and the quote finder.
		if !*importOnly {
			start = time.Now()
			if err := lib.Reindex(ctx, nil); err != nil {
				lib.Close()
				return err
			}
			rep.ReindexS = time.Since(start).Seconds()
		}
		if err := lib.Close(); err != nil {
			return err
		}
		rep.IndexBytes = dirSize(filepath.Join(libDir, "index.bleve"))
		rep.StoreBytes = dirSize(filepath.Join(libDir, "library.db"))
		rep.IndexToCorpus = float64(rep.IndexBytes) / float64(max(rep.CorpusBytes, 1))
		if *importOnly {
			if *asJSON {
				return printJSON(c.Stdout, rep)
			}
			printImportReport(c.Stdout, &rep)
			return nil
		}
	}

	// 3. Open the library and answer a first query.
	if *only != "" {
		// A library kept by an older build may need its index rebuilt first.
		l, err := c.Open(ctx, libDir, false)
		if err != nil {
			return err
		}
		if l.IndexStale() {
			say("rebuilding the search index of %s", libDir)
			start = time.Now()
			if err := l.Reindex(ctx, nil); err != nil {
				l.Close()
				return err
			}
			rep.ReindexS = time.Since(start).Seconds()
		}
		// The report names the library's size, not --articles' default.
		if cs, err := l.Counts(); err == nil {
			rep.Articles = cs.Articles
		}
		if err := l.Close(); err != nil {
			return err
		}
	}
	start = time.Now()
	lib, err = c.Open(ctx, libDir, true)
	if err != nil {
		return err
	}
	defer lib.Close()
	if _, err := lib.Search(ctx, app.SearchRequest{Query: qs.Terms[0]}); err != nil {
		return err
	}
	rep.OpenFirstMS = float64(time.Since(start).Microseconds()) / 1000

	// 4. Query latencies, fragments included.
	r := rand.New(rand.NewPCG(*seed, 99))
	pick := func(list []string) string { return list[r.IntN(len(list))] }
	kinds := []struct {
		name string
		make func() app.SearchRequest
	}{
		{"term", func() app.SearchRequest { return app.SearchRequest{Query: pick(qs.Terms)} }},
		{"two-term AND", func() app.SearchRequest {
			p := qs.Pairs[r.IntN(len(qs.Pairs))]
			return app.SearchRequest{Query: "+" + p[0] + " +" + p[1]}
		}},
		{"phrase", func() app.SearchRequest { return app.SearchRequest{Query: `"` + pick(qs.Phrases) + `"`} }},
		{"prefix", func() app.SearchRequest { return app.SearchRequest{Query: pick(qs.Prefixes) + "*"} }},
		{"fuzzy", func() app.SearchRequest { return app.SearchRequest{Query: pick(qs.Fuzzy) + "~1"} }},
		{"faceted", func() app.SearchRequest { return app.SearchRequest{Query: pick(qs.Terms), Facets: true} }},
		{"filtered", func() app.SearchRequest {
			return app.SearchRequest{Query: pick(qs.Terms), Tags: []string{pick(qs.Tags)}, Sort: app.SortNewest}
		}},
		{"speaker", func() app.SearchRequest { return app.SearchRequest{Query: "speaker:" + pick(qs.Speakers)} }},
		{"as-you-type", func() app.SearchRequest {
			t := pick(qs.Terms)
			return app.SearchRequest{Query: t[:min(len(t), 2+r.IntN(3))]}
		}},
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	for _, k := range kinds {
		var lat []time.Duration
		var hits, frags int
		cpu0 := cpuSeconds()
		for i := 0; i < *perKind; i++ {
			req := k.make()
			t0 := time.Now()
			var res *app.SearchResults
			var err error
			if k.name == "as-you-type" {
				res, err = lib.SearchAsYouType(ctx, req)
			} else {
				res, err = lib.Search(ctx, req)
			}
			lat = append(lat, time.Since(t0))
			if err != nil {
				return fmt.Errorf("%s query %q: %w", k.name, req.Query, err)
			}
			hits += res.Total
			for _, h := range res.Hits {
				frags += len(h.Fragments)
			}
		}
		cpu := cpuSeconds() - cpu0
		slices.Sort(lat)
		rep.Queries[k.name] = benchQueryStat{N: len(lat), P50MS: pct(lat, 50), P95MS: pct(lat, 95), P99MS: pct(lat, 99),
			MeanHits: float64(hits) / float64(len(lat)), Fragments: frags, CPUMS: 1000 * cpu / float64(len(lat))}
		say("%-13s p95 %.2f ms", k.name, pct(lat, 95))
	}
	if *asJSON {
		return printJSON(c.Stdout, rep)
	}
	out := c.Stdout
	if rep.ImportS > 0 {
		printImportReport(out, &rep)
	} else {
		fmt.Fprintf(out, "Dossier bench: %d articles, %d cores\n", rep.Articles, rep.GOMAXPROCS)
		if rep.ReindexS > 0 {
			fmt.Fprintf(out, "index rebuilt    %.1fs\n", rep.ReindexS)
		}
	}
	fmt.Fprintf(out, "open + 1st query %.1f ms\n", rep.OpenFirstMS)
	fmt.Fprintf(out, "\n%-14s %8s %8s %8s %8s %12s\n", "query (+frags)", "p50 ms", "p95 ms", "p99 ms", "CPU ms", "mean hits")
	for _, k := range kinds {
		s := rep.Queries[k.name]
		fmt.Fprintf(out, "%-14s %8.2f %8.2f %8.2f %8.2f %12.0f\n", k.name, s.P50MS, s.P95MS, s.P99MS, s.CPUMS, s.MeanHits)
	}
	if rep.Dir != "" {
		fmt.Fprintf(out, "\nkept in %s\n", rep.Dir)
	}
	return nil
}

// printImportReport prints the import part of a bench report.
func printImportReport(out io.Writer, rep *benchReport) {
	fmt.Fprintf(out, "Dossier bench: %d articles, %d cores\n", rep.Articles, rep.GOMAXPROCS)
	fmt.Fprintf(out, "corpus           %.1f MB generated in %.1fs\n", mb(rep.CorpusBytes), rep.GenerateS)
	fmt.Fprintf(out, "import + index   %.1fs, %.0f articles/s (%d failed)\n", rep.ImportS, rep.ArticlesPerS, rep.ImportFailures)
	if rep.ImportCPUS > 0 {
		fmt.Fprintf(out, "import CPU       %.1fs, %.2f ms per article, %.0f%% of %d cores\n", rep.ImportCPUS,
			1000*rep.ImportCPUS/float64(max(rep.Records["articles"], 1)), 100*rep.ImportCPUS/rep.ImportS/float64(rep.GOMAXPROCS), rep.GOMAXPROCS)
	}
	if rep.ReindexS > 0 {
		fmt.Fprintf(out, "reindex alone    %.1fs, %.0f articles/s (with their quotes, people and tags)\n", rep.ReindexS, float64(rep.Records["articles"])/rep.ReindexS)
	}
	fmt.Fprintf(out, "records          %v\n", rep.Records)
	fmt.Fprintf(out, "index size       %.1f MB (%.2f× the corpus); store %.1f MB\n", mb(rep.IndexBytes), rep.IndexToCorpus, mb(rep.StoreBytes))
	fmt.Fprintf(out, "peak memory      %.0f MB resident, %.0f MB Go heap\n", mb(rep.PeakRSSBytes), mb(int64(rep.PeakHeapBytes)))
	if rep.PeakAnonBytes > 0 {
		fmt.Fprintf(out, "  of which       %.0f MB anonymous, %.0f MB mapped files (peaks of 50 ms samples)\n", mb(rep.PeakAnonBytes), mb(rep.PeakFileBytes))
	}
}

func pct(sorted []time.Duration, p int) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := min(len(sorted)-1, (len(sorted)*p+99)/100-1)
	return float64(sorted[max(i, 0)].Microseconds()) / 1000
}

func mb(b int64) float64 { return float64(b) / (1 << 20) }

func dirSize(path string) int64 {
	var n int64
	filepath.WalkDir(path, func(_ string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

// resetPeakRSS restarts the kernel's peak resident set count (Linux), so
// the peak measured covers the import only.
func resetPeakRSS() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0o644) }

// peakRSS reads VmHWM from /proc/self/status (0 where there is none).
func peakRSS() int64 { return procStatus()["VmHWM"] }

// procStatus returns the sizes /proc/self/status gives in kB, in bytes by
// name (empty where there is no such file).
func procStatus() map[string]int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return nil
	}
	out := map[string]int64{}
	for line := range strings.Lines(string(b)) {
		name, v, ok := strings.Cut(line, ":")
		v, kb := strings.CutSuffix(strings.TrimSpace(v), " kB")
		if !ok || !kb {
			continue
		}
		if n, err := strconv.ParseInt(v, 10, 64); err == nil {
			out[name] = n << 10
		}
	}
	return out
}

// memPeaks are the largest samples watchMemory took.
type memPeaks struct {
	heap uint64 // Go heap objects
	anon int64  // resident anonymous memory (Linux RssAnon): the heap, stacks, runtime
	file int64  // resident file-backed memory (Linux RssFile): the mapped store, index and binary
}

// watchMemory samples the Go heap and the resident set every 50 ms until the
// returned function is called, which returns the largest samples.
func watchMemory() func() memPeaks {
	stop := make(chan struct{})
	done := make(chan memPeaks)
	go func() {
		sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		var peak memPeaks
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			if v := sample[0].Value; v.Kind() == metrics.KindUint64 && v.Uint64() > peak.heap {
				peak.heap = v.Uint64()
			}
			anon, file := residentSplit()
			peak.anon, peak.file = max(peak.anon, anon), max(peak.file, file)
			select {
			case <-stop:
				done <- peak
				return
			case <-t.C:
			}
		}
	}()
	return func() memPeaks { close(stop); return <-done }
}

// residentSplit reads RssAnon and RssFile from /proc/self/status (0 where
// there is none).
func residentSplit() (anon, file int64) {
	st := procStatus()
	return st["RssAnon"], st["RssFile"]
}

// cpuSeconds is the CPU time (user and system) the process has used, from
// /proc/self/stat (0 where there is none). On a shared machine it varies
// less than the wall clock, so it compares builds better.
func cpuSeconds() float64 {
	b, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0
	}
	// The command name (field 2) may hold spaces; count from the ")" after it.
	i := strings.LastIndexByte(string(b), ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0
	}
	utime, _ := strconv.ParseFloat(f[11], 64) // fields 14 and 15, in clock ticks
	stime, _ := strconv.ParseFloat(f[12], 64)
	const ticksPerSecond = 100 // USER_HZ, 100 on every Linux architecture Go supports
	return (utime + stime) / ticksPerSecond
}

// startImportProfiles starts a CPU profile and allocation sampling for the
// import phase (either path may be empty); the returned func writes them.
func startImportProfiles(cpuPath, memPath, tracePath string) (func() error, error) {
	var cpu, tr *os.File
	if tracePath != "" {
		f, err := os.Create(tracePath)
		if err != nil {
			return nil, err
		}
		if err := trace.Start(f); err != nil {
			f.Close()
			return nil, fmt.Errorf("trace: %w", err)
		}
		tr = f
	}
	if cpuPath != "" {
		f, err := os.Create(cpuPath)
		if err != nil {
			return nil, err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return nil, fmt.Errorf("cpu profile: %w", err)
		}
		cpu = f
	}
	return func() error {
		var err error
		if tr != nil {
			trace.Stop()
			err = tr.Close()
		}
		if cpu != nil {
			pprof.StopCPUProfile()
			err = errors.Join(err, cpu.Close())
		}
		if memPath != "" {
			f, ferr := os.Create(memPath)
			if ferr != nil {
				return errors.Join(err, ferr)
			}
			err = errors.Join(err, pprof.Lookup("allocs").WriteTo(f, 0), f.Close())
		}
		return err
	}, nil
}
