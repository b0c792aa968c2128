// Command fts5 measures SQLite FTS5 on the corpus `dossier bench --keep DIR`
// generated, for a side-by-side comparison with Dossier's Bleve index. By
// default it uses C SQLite (github.com/mattn/go-sqlite3, cgo), which needs
// the sqlite_fts5 build tag; the modernc tag switches to modernc.org/sqlite
// (pure Go). It is a separate module: the app does not depend on SQLite.
//
//	dossier bench --articles 10000 --keep /tmp/b && go run -tags "sqlite_fts5 sqlite_dbstat" . -dir /tmp/b
//	go run -tags modernc . -dir /tmp/b
//
// Articles are parsed from the same files (title, header lines, paragraphs),
// stored in a table and indexed by an external-content FTS5 table with the
// porter tokenizer (English stemming, as Bleve's "en" analyzer). Queries
// return the 20 best hits with a snippet each and the total count, like
// Dossier's search; the faceted query adds counts by source, year and month.
package main

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"
)

type querySet struct {
	Terms    []string
	Pairs    [][2]string
	Phrases  []string
	Prefixes []string
	Fuzzy    []string
	Speakers []string
	Tags     []string
	Sources  []string
}

type article struct {
	title, author, source, tags, body string
	published                         time.Time
}

func main() {
	dir := flag.String("dir", "", "folder written by `dossier bench --keep`")
	perKind := flag.Int("queries", 200, "queries of each kind to time")
	batch := flag.Int("batch", 1000, "articles per transaction")
	asJSON := flag.Bool("json", false, "print JSON")
	queriesOnly := flag.Bool("queries-only", false, "time the queries on the fts5.db an earlier run left in -dir (no import), e.g. after emptying the page cache")
	flag.Parse()
	if *dir == "" {
		fmt.Fprintln(os.Stderr, "usage: fts5 -dir DIR (a folder written by `dossier bench --keep DIR`)")
		os.Exit(2)
	}
	if err := run(context.Background(), *dir, *perKind, *batch, *asJSON, *queriesOnly); err != nil {
		fmt.Fprintln(os.Stderr, "fts5:", err)
		os.Exit(1)
	}
}

type stat struct {
	N     int     `json:"n"`
	P50MS float64 `json:"p50_ms"`
	P95MS float64 `json:"p95_ms"`
	P99MS float64 `json:"p99_ms"`
	Mean  float64 `json:"mean_total_hits"`
	CPUMS float64 `json:"cpu_ms_per_query"` // process CPU time per query, as dossier bench reports it
}

type report struct {
	Articles     int             `json:"articles"`
	CorpusBytes  int64           `json:"corpus_bytes"`
	ImportS      float64         `json:"import_s"`
	ArticlesPerS float64         `json:"articles_per_s"`
	DBBytes      int64           `json:"db_bytes"`
	FTSBytes     int64           `json:"fts_bytes"`
	PeakRSSBytes int64           `json:"peak_rss_bytes"`
	OpenFirstMS  float64         `json:"open_and_first_query_ms"`
	Queries      map[string]stat `json:"queries"`
}

func run(ctx context.Context, dir string, perKind, batch int, asJSON, queriesOnly bool) error {
	var qs querySet
	data, err := os.ReadFile(filepath.Join(dir, "queries.json"))
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, &qs); err != nil {
		return err
	}
	var files []string
	if err := filepath.WalkDir(filepath.Join(dir, "corpus"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") {
			files = append(files, p)
		}
		return err
	}); err != nil {
		return err
	}
	slices.Sort(files)
	dbPath := filepath.Join(dir, "fts5.db")
	rep := report{Articles: len(files), Queries: map[string]stat{}}
	if queriesOnly {
		if _, err := os.Stat(dbPath); err != nil {
			return fmt.Errorf("-queries-only: %w", err)
		}
	} else if err := build(ctx, dbPath, files, batch, &rep); err != nil {
		return err
	}

	// Open and answer a first query.
	start := time.Now()
	db, err := sql.Open(driverName, dsn(dbPath, true))
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := search(ctx, db, qs.Terms[0], false); err != nil {
		return err
	}
	rep.OpenFirstMS = float64(time.Since(start).Microseconds()) / 1000

	r := rand.New(rand.NewPCG(1, 99))
	pick := func(l []string) string { return l[r.IntN(len(l))] }
	kinds := []struct {
		name  string
		q     func() string
		facet bool
	}{
		{"term", func() string { return pick(qs.Terms) }, false},
		{"two-term AND", func() string { p := qs.Pairs[r.IntN(len(qs.Pairs))]; return p[0] + " AND " + p[1] }, false},
		{"phrase", func() string { return `"` + strings.ReplaceAll(pick(qs.Phrases), "'", " ") + `"` }, false},
		{"prefix", func() string { return pick(qs.Prefixes) + "*" }, false},
		{"faceted", func() string { return pick(qs.Terms) }, true},
	}
	for _, k := range kinds {
		var lat []time.Duration
		total := 0
		cpu0 := cpuSeconds()
		for range perKind {
			q := k.q()
			t0 := time.Now()
			n, err := search(ctx, db, q, k.facet)
			lat = append(lat, time.Since(t0))
			if err != nil {
				return fmt.Errorf("%s %q: %w", k.name, q, err)
			}
			total += n
		}
		cpu := cpuSeconds() - cpu0
		slices.Sort(lat)
		rep.Queries[k.name] = stat{N: len(lat), P50MS: pct(lat, 50), P95MS: pct(lat, 95), P99MS: pct(lat, 99), Mean: float64(total) / float64(len(lat)),
			CPUMS: 1000 * cpu / float64(len(lat))}
	}
	if asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	fmt.Printf("SQLite FTS5 (%s): %d articles, %d cores\n", driverLabel, rep.Articles, runtime.GOMAXPROCS(0))
	fmt.Printf("import + index   %.1fs, %.0f articles/s\n", rep.ImportS, rep.ArticlesPerS)
	fmt.Printf("database         %.1f MB (FTS tables %.1f MB, %.2f× the corpus)\n", mb(rep.DBBytes), mb(rep.FTSBytes), float64(rep.FTSBytes)/float64(max(rep.CorpusBytes, 1)))
	fmt.Printf("peak memory      %.0f MB resident\n", mb(rep.PeakRSSBytes))
	fmt.Printf("open + 1st query %.1f ms\n", rep.OpenFirstMS)
	fmt.Printf("\n%-14s %8s %8s %8s %8s %12s\n", "query (+snip)", "p50 ms", "p95 ms", "p99 ms", "CPU ms", "mean hits")
	for _, k := range kinds {
		s := rep.Queries[k.name]
		fmt.Printf("%-14s %8.2f %8.2f %8.2f %8.2f %12.0f\n", k.name, s.P50MS, s.P95MS, s.P99MS, s.CPUMS, s.Mean)
	}
	fmt.Println("fuzzy          not supported by FTS5")
	return nil
}

// search runs one query: the total, the 20 best hits with a snippet each,
// and with facets the counts by source, year and month of all matches.
func search(ctx context.Context, db *sql.DB, q string, facets bool) (int, error) {
	var total int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM docs WHERE docs MATCH ?`, q).Scan(&total); err != nil {
		return 0, err
	}
	rows, err := db.QueryContext(ctx, `SELECT rowid, highlight(docs, 0, '«', '»'), snippet(docs, 1, '«', '»', '…', 24)
		FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 20`, q)
	if err != nil {
		return 0, err
	}
	for rows.Next() {
		var id int
		var title, snip string
		if err := rows.Scan(&id, &title, &snip); err != nil {
			rows.Close()
			return 0, err
		}
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return 0, err
	}
	if facets {
		for _, col := range []string{"source", "year", "month"} {
			rows, err := db.QueryContext(ctx, `SELECT a.`+col+`, count(*) FROM docs JOIN articles a ON a.id = docs.rowid
				WHERE docs MATCH ? GROUP BY a.`+col+` ORDER BY 2 DESC LIMIT 30`, q)
			if err != nil {
				return 0, err
			}
			for rows.Next() {
				var v string
				var n int
				if err := rows.Scan(&v, &n); err != nil {
					rows.Close()
					return 0, err
				}
			}
			if err := errors.Join(rows.Err(), rows.Close()); err != nil {
				return 0, err
			}
		}
	}
	return total, nil
}

// parse reads the generated plain-text layout: title, header lines, paragraphs.
func parse(s string) article {
	var a article
	blocks := strings.Split(s, "\n\n")
	if len(blocks) > 0 {
		a.title = strings.TrimSpace(blocks[0])
	}
	var body []string
	for _, b := range blocks[1:] {
		b = strings.TrimSpace(b)
		if strings.HasPrefix(b, "By ") {
			for _, line := range strings.Split(b, "\n") {
				switch {
				case strings.HasPrefix(line, "By "):
					a.author = line[3:]
				case strings.HasPrefix(line, "Source: "):
					a.source = line[8:]
				case strings.HasPrefix(line, "Published: "):
					a.published, _ = time.Parse(time.DateOnly, line[11:])
				case strings.HasPrefix(line, "Tags: "):
					a.tags = line[6:]
				}
			}
			continue
		}
		if b != "" {
			body = append(body, b)
		}
	}
	a.body = strings.Join(body, "\n\n")
	return a
}

func pct(sorted []time.Duration, p int) float64 {
	i := min(len(sorted)-1, (len(sorted)*p+99)/100-1)
	return float64(sorted[max(i, 0)].Microseconds()) / 1000
}

func mb(b int64) float64 { return float64(b) / (1 << 20) }

func resetPeakRSS() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0o644) }

func peakRSS() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// cpuSeconds is the process's CPU time (user and system, all threads, C
// SQLite's included) from /proc/self/stat; 0 where there is none.
func cpuSeconds() float64 {
	b, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0
	}
	i := strings.LastIndexByte(string(b), ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0
	}
	utime, _ := strconv.ParseFloat(f[11], 64)
	stime, _ := strconv.ParseFloat(f[12], 64)
	return (utime + stime) / 100 // USER_HZ
}

// build imports files into a new database at dbPath, as Dossier's import
// does (parsing on another goroutine), and reports its figures in rep.
func build(ctx context.Context, dbPath string, files []string, batch int, rep *report) error {
	os.Remove(dbPath)
	resetPeakRSS()
	start := time.Now()
	db, err := sql.Open(driverName, dsn(dbPath, false))
	if err != nil {
		return err
	}
	for _, s := range []string{
		"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
		`CREATE TABLE articles(id INTEGER PRIMARY KEY, title TEXT, body TEXT, author TEXT, source TEXT, tags TEXT,
			published TEXT, year TEXT, month TEXT)`,
		`CREATE VIRTUAL TABLE docs USING fts5(title, body, content='articles', content_rowid='id', tokenize='porter unicode61')`,
	} {
		if _, err := db.ExecContext(ctx, s); err != nil {
			return fmt.Errorf("%s: %w", s, err)
		}
	}
	// Files are read and parsed on worker goroutines, as Dossier's import does.
	parsed := make(chan article, 256)
	var bytes int64
	go func() {
		defer close(parsed)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				continue
			}
			bytes += int64(len(b))
			parsed <- parse(string(b))
		}
	}()
	id := 0
	for {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		ins, err := tx.PrepareContext(ctx, `INSERT INTO articles(id, title, body, author, source, tags, published, year, month) VALUES(?,?,?,?,?,?,?,?,?)`)
		if err != nil {
			return err
		}
		fts, err := tx.PrepareContext(ctx, `INSERT INTO docs(rowid, title, body) VALUES(?,?,?)`)
		if err != nil {
			return err
		}
		n := 0
		for a := range parsed {
			id++
			p := a.published
			if _, err := ins.ExecContext(ctx, id, a.title, a.body, a.author, a.source, a.tags, p.Format(time.DateOnly), p.Format("2006"), p.Format("2006-01")); err != nil {
				return err
			}
			if _, err := fts.ExecContext(ctx, id, a.title, a.body); err != nil {
				return err
			}
			if n++; n == batch {
				break
			}
		}
		if err := tx.Commit(); err != nil {
			return err
		}
		if n < batch {
			break
		}
	}
	if _, err := db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		return err
	}
	rep.ImportS = time.Since(start).Seconds()
	rep.PeakRSSBytes = peakRSS()
	rep.ArticlesPerS = float64(id) / rep.ImportS
	rep.CorpusBytes = bytes
	var fts sql.NullInt64
	_ = db.QueryRowContext(ctx, `SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'docs%'`).Scan(&fts)
	rep.FTSBytes = fts.Int64
	if err := db.Close(); err != nil {
		return err
	}
	if st, err := os.Stat(dbPath); err == nil {
		rep.DBBytes = st.Size()
	}
	return nil
}
