package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"dossier/app"
)

func cmdImport(ctx context.Context, c *call) error {
	update := c.fs.Bool("update", false, "update articles whose source is already in the library, keeping their annotations")
	asJSON := c.fs.Bool("json", false, "print the summary as JSON")
	quiet := c.fs.Bool("quiet", false, "no progress bar")
	as := c.fs.String("as", "", "with -: the kind of file standard input holds (txt, md, html, dossier, qdpx; default: guessed)")
	paths, err := c.parse(c.rest(), 1, -1)
	if err != nil {
		return err
	}
	for i, p := range paths {
		if p != "-" {
			continue
		}
		f, cleanup, err := c.stdinFile(*as)
		if err != nil {
			return err
		}
		defer cleanup()
		paths[i] = f
	}
	lib, err := c.open(ctx, false)
	if err != nil {
		return err
	}
	pl := &progressLine{w: c.Stderr}
	start := time.Now()
	ctx = withImportPassphrase(ctx, c) // encrypted bundles (cli/export.go)
	sum, err := lib.Import(ctx, paths, app.ImportOptions{Update: *update, Progress: func(p app.ImportProgress) {
		if *quiet {
			return
		}
		pl.show(p.Done == p.Files, "%s %d/%d files  %d added  %d updated  %d skipped  %d failed",
			bar(p.Done, p.Files, 24), p.Done, p.Files, p.Added, p.Updated, p.Skipped, p.Failed)
	}})
	pl.done()
	if *asJSON {
		if perr := printJSON(c.Stdout, sum); perr != nil {
			return perr
		}
	} else {
		for _, o := range sum.Outcomes {
			switch o.Status {
			case app.ImportFailed:
				fmt.Fprintf(c.Stderr, "failed: %s: %s\n", o.Path, strings.TrimPrefix(o.Reason, filepath.Base(o.Path)+": ")) // readers name the file too
			case app.ImportDuplicate, app.ImportExists:
				fmt.Fprintf(c.Stdout, "%s: %s: %s (%s)\n", o.Status, o.Path, o.Reason, o.ArticleID)
			}
		}
		fmt.Fprintf(c.Stdout, "%d added, %d updated, %d duplicates, %d unchanged sources, %d skipped, %d failed (%.1fs)\n",
			sum.Added, sum.Updated, sum.Duplicates, sum.Exists, sum.Skipped, sum.Failed, time.Since(start).Seconds())
	}
	if err != nil {
		return err
	}
	if sum.Failed > 0 {
		return exitError{code: 1, err: fmt.Errorf("%d of %d files failed", sum.Failed, len(sum.Outcomes))}
	}
	return nil
}

// rest returns the command's arguments (after the command name).
func (c *call) rest() []string { return c.args }

func cmdList(ctx context.Context, c *call) error {
	return listing(ctx, c, (*app.Library).Articles, func(w io.Writer, list []app.ArticleSummary) {
		if len(list) == 0 {
			fmt.Fprintln(w, "The library is empty. Import articles with `dossier import PATH` or load the sample with `dossier sample`.")
			return
		}
		for _, a := range list {
			meta := strings.Join(nonEmpty(a.Source, a.Published), ", ")
			if meta != "" {
				meta = "  (" + meta + ")"
			}
			fmt.Fprintf(w, "%s  %s%s\n", a.ID, a.Title, meta)
		}
	})
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// articleJSON is the stable JSON shape of `dossier show --json`.
type articleJSON struct {
	ID        string        `json:"id"`
	Title     string        `json:"title"`
	Source    string        `json:"source"`
	Author    string        `json:"author"`
	URL       string        `json:"url"`
	Published string        `json:"published"`
	Dateline  string        `json:"dateline"`
	Kicker    string        `json:"kicker"`
	Body      []string      `json:"body"`
	Headings  []int         `json:"headings"`
	Text      string        `json:"text"`
	Captions  []app.Caption `json:"captions"`
	Tags      []string      `json:"tags"`
	Revision  int           `json:"revision"`
	Created   time.Time     `json:"created"`
	Updated   time.Time     `json:"updated"`
}

func cmdShow(ctx context.Context, c *call) error {
	asJSON := c.fs.Bool("json", false, "print JSON (text is what annotation offsets count in)")
	lib, arg, err := c.openWithArg(ctx, true)
	if err != nil {
		return err
	}
	id, err := lib.ResolveArticleID(arg)
	if err != nil {
		return err
	}
	a, err := lib.Article(id)
	if err != nil {
		return err
	}
	if *asJSON {
		j := articleJSON{ID: a.ID, Title: a.Title, Source: a.Source, Author: a.Author, URL: a.URL, Dateline: a.Dateline, Kicker: a.Kicker,
			Body: a.Body, Headings: a.Headings, Text: a.Text(), Captions: a.Captions, Tags: a.Tags, Revision: a.Revision,
			Created: a.Created, Updated: a.Updated}
		if !a.Published.IsZero() {
			j.Published = a.Published.Format(time.RFC3339)
		}
		if j.Body == nil {
			j.Body = []string{}
		}
		if j.Headings == nil {
			j.Headings = []int{}
		}
		if j.Captions == nil {
			j.Captions = []app.Caption{}
		}
		if j.Tags == nil {
			j.Tags = []string{}
		}
		return printJSON(c.Stdout, j)
	}
	w := c.Stdout
	if a.Kicker != "" {
		fmt.Fprintln(w, strings.ToUpper(a.Kicker))
	}
	fmt.Fprintln(w, a.Title)
	fmt.Fprintln(w, strings.Repeat("=", min(len([]rune(a.Title)), 78)))
	for _, line := range []struct{ k, v string }{{"Source", a.Source}, {"Author", a.Author}, {"URL", a.URL}, {"Dateline", a.Dateline}} {
		if line.v != "" {
			fmt.Fprintf(w, "%s: %s\n", line.k, line.v)
		}
	}
	if !a.Published.IsZero() {
		fmt.Fprintf(w, "Published: %s\n", a.Published.Format("2 January 2006"))
	}
	if len(a.Tags) > 0 {
		fmt.Fprintf(w, "Tags: %s\n", strings.Join(a.Tags, ", "))
	}
	for _, cp := range a.Captions {
		fmt.Fprintf(w, "[Caption] %s", cp.Text)
		if cp.Credit != "" {
			fmt.Fprintf(w, " (Photo: %s)", cp.Credit)
		}
		fmt.Fprintln(w)
	}
	for i, p := range a.Body {
		fmt.Fprintln(w)
		if a.IsHeading(i) {
			fmt.Fprintf(w, "## %s\n", p)
		} else {
			fmt.Fprintln(w, p)
		}
	}
	return nil
}

func cmdBackup(ctx context.Context, c *call) error {
	asJSON := c.jsonFlag()
	lib, arg, err := c.openWithArg(ctx, true)
	if err != nil {
		return err
	}
	n, err := app.BackupTo(lib, arg)
	if err != nil {
		return err
	}
	return c.done(*asJSON, struct {
		Library string `json:"library"`
		Path    string `json:"path"`
		Bytes   int64  `json:"bytes"`
	}{c.library, arg, int64(n)}, "backed up %s (%d KB) to %s\n", c.library, n>>10, arg)
}

func cmdRestore(ctx context.Context, c *call) error {
	list := c.fs.Bool("list", false, "list the automatic backups, newest first")
	asJSON := c.fs.Bool("json", false, "with --list: print JSON")
	pos, err := c.parse(c.rest(), 0, 1)
	if err != nil {
		return err
	}
	backups, err := app.AutoBackups(filepath.Join(c.library, app.AutoBackupDir))
	if err != nil {
		return err
	}
	if *list {
		if *asJSON {
			if backups == nil {
				backups = []app.BackupFile{}
			}
			return printJSON(c.Stdout, backups)
		}
		if len(backups) == 0 {
			fmt.Fprintf(c.Stdout, "no automatic backups in %s\n", filepath.Join(c.library, app.AutoBackupDir))
		}
		for _, b := range backups {
			fmt.Fprintf(c.Stdout, "%s  %6d KB  %s\n", b.Day.Format("2006-01-02"), b.Size>>10, b.Path)
		}
		return nil
	}
	if len(pos) == 0 {
		if len(backups) == 0 {
			return fmt.Errorf("no automatic backups in %s; name a backup file: dossier restore FILE", filepath.Join(c.library, app.AutoBackupDir))
		}
		pos = []string{backups[0].Path}
	}
	if c.Restore == nil {
		return errors.New("restore is not available")
	}
	kept, err := c.Restore(pos[0], c.library)
	if err != nil {
		return err
	}
	// Opening rebuilds the index against the restored store.
	lib, err := c.open(ctx, false)
	if err != nil {
		return err
	}
	// The index may hold records the backup does not (its stamp can match
	// the restored store's), so it is always rebuilt.
	if err := reindex(ctx, c, lib); err != nil {
		return err
	}
	if kept != "" {
		fmt.Fprintf(c.Stdout, "restored %s from %s (the previous file is kept as %s)\n", c.library, pos[0], filepath.Base(kept))
	} else {
		fmt.Fprintf(c.Stdout, "restored %s from %s\n", c.library, pos[0])
	}
	return nil
}

func cmdCheck(ctx context.Context, c *call) error {
	asJSON := c.fs.Bool("json", false, "print JSON")
	if _, err := c.parse(c.rest(), 0, 0); err != nil {
		return err
	}
	lib, err := c.open(ctx, false)
	if err != nil {
		return err
	}
	rep, err := lib.Check(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		if err := printJSON(c.Stdout, rep); err != nil {
			return err
		}
	} else {
		fmt.Fprint(c.Stdout, rep.String())
	}
	if !rep.OK() {
		return exitError{code: 1, err: errors.New("the library has problems (see above); `dossier reindex` repairs the search index")}
	}
	return nil
}

func cmdReindex(ctx context.Context, c *call) error {
	asJSON := c.jsonFlag()
	if _, err := c.parse(c.rest(), 0, 0); err != nil {
		return err
	}
	lib, err := c.open(ctx, false)
	if err != nil {
		return err
	}
	start := time.Now()
	if err := reindex(ctx, c, lib); err != nil {
		return err
	}
	secs := time.Since(start).Seconds()
	return c.done(*asJSON, struct {
		Library string  `json:"library"`
		Seconds float64 `json:"seconds"`
	}{c.library, secs}, "search index rebuilt in %.1fs\n", secs)
}

func reindex(ctx context.Context, c *call, lib *app.Library) error {
	pl := &progressLine{w: c.Stderr}
	err := lib.Reindex(ctx, func(done, total int) {
		// At the end the index merges its segments (Library.Reindex), which
		// takes a while on a large library.
		tail := ""
		if done == total {
			tail = "  merging segments…"
		}
		pl.show(done == total, "indexing %s %d/%d%s", bar(done, total, 24), done, total, tail)
	})
	pl.done()
	return err
}

// reindexIfStale rebuilds a missing, corrupt or outdated index, as every
// command that writes does on open.
func reindexIfStale(ctx context.Context, c *call, lib *app.Library) error {
	if !lib.IndexStale() {
		return nil
	}
	// A new, empty library has nothing to rebuild: no message, no progress.
	if n, err := lib.Counts(); err == nil && n == (app.Counts{}) {
		return lib.Reindex(ctx, nil)
	}
	fmt.Fprintln(c.Stderr, "The search index is missing or out of date; rebuilding it from the library.")
	return reindex(ctx, c, lib)
}

func cmdVersion(_ context.Context, c *call) error {
	asJSON := c.jsonFlag()
	if _, err := c.parse(c.rest(), 0, 0); err != nil {
		return err
	}
	return c.done(*asJSON, struct {
		Version string `json:"version"`
	}{c.Version}, "dossier %s\n", c.Version)
}

func cmdSample(ctx context.Context, c *call) error {
	if _, err := c.parse(c.rest(), 0, 0); err != nil {
		return err
	}
	lib, err := c.open(ctx, false)
	if err != nil {
		return err
	}
	n, err := lib.LoadSample(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.Stdout, "loaded %d sample articles into %s\n", n, c.library)
	return nil
}
