package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"dossier/app"
	"dossier/app/anchor"
	"dossier/app/ingest"
	"dossier/app/quotes"
)

const quotesUsage = `usage: dossier quotes ARTICLE_ID | --all [--status S] [--speaker NAME] [--tag T] [--text T] [--json]
       dossier quotes confirm|reject|delete QUOTE_ID...
       dossier quotes edit QUOTE_ID [--start N --end N] [--speaker NAME] [--affiliation A] [--kind K] [--note N] [--tags T]
       dossier quotes add ARTICLE_ID (--quote TEXT | --start N --end N) [--speaker NAME]
       dossier quotes rerun ARTICLE_ID | --all
       dossier quotes extract FILE [--json]      (no library: import + quote finder on one file)
       dossier quotes score GOLD_DIR [--articles DIR | --realdata SET] [--json]`

func cmdQuotes(ctx context.Context, c *call) error {
	args := c.rest()
	if len(args) > 0 {
		switch args[0] {
		case "confirm", "reject", "delete":
			return quotesVerdict(ctx, c, args[0], args[1:])
		case "edit":
			return quotesEdit(ctx, c, args[1:])
		case "add":
			return quotesAdd(ctx, c, args[1:])
		case "rerun":
			return quotesRerun(ctx, c, args[1:])
		case "extract":
			return quotesExtract(c, args[1:])
		case "score":
			return quotesScore(c, args[1:])
		}
	}
	return quotesList(ctx, c, args)
}

// quoteJSON is the stable JSON shape of a quote in `dossier quotes --json`.
type quoteJSON struct {
	ID           string   `json:"id"`
	ArticleID    string   `json:"article_id"`
	ArticleTitle string   `json:"article_title"`
	Text         string   `json:"text"`
	Kind         string   `json:"kind"`
	Speaker      string   `json:"speaker"`
	SpeakerID    string   `json:"speaker_id"`
	Affiliation  string   `json:"affiliation"`
	Status       string   `json:"status"`
	Start        int      `json:"start"`
	End          int      `json:"end"`
	Anchor       string   `json:"anchor"` // exact, fuzzy (check it) or orphaned
	Tags         []string `json:"tags"`
	Note         string   `json:"note"`
}

func toQuoteJSON(r app.QuoteRow) quoteJSON {
	state := string(r.State)
	if state == "" {
		state = string(anchor.Exact)
	}
	tags := r.Tags
	if tags == nil {
		tags = []string{}
	}
	return quoteJSON{ID: r.ID, ArticleID: r.ArticleID, ArticleTitle: r.ArticleTitle, Text: r.Text, Kind: r.Kind,
		Speaker: r.Speaker, SpeakerID: r.SpeakerID, Affiliation: r.Affiliation, Status: string(r.Status),
		Start: r.Selector.Start, End: r.Selector.End, Anchor: state, Tags: tags, Note: r.Note}
}

func quotesList(ctx context.Context, c *call, args []string) error {
	all := c.fs.Bool("all", false, "list the quotes of every article")
	status := c.fs.String("status", "", "only quotes with this status: suggested, confirmed or rejected")
	speaker := c.fs.String("speaker", "", "only quotes by this person (name, alias or ID)")
	tag := c.fs.String("tag", "", "only quotes with this tag (or a sub-tag)")
	text := c.fs.String("text", "", "only quotes whose text, speaker or note contains this")
	asJSON := c.fs.Bool("json", false, "print JSON")
	c.fs.Usage = func() { fmt.Fprintln(c.Stderr, quotesUsage); fmt.Fprintln(c.Stderr, "\nflags:"); c.fs.PrintDefaults() }
	pos, err := c.parse(args, 0, 1)
	if err != nil {
		return err
	}
	if (len(pos) == 1) == *all {
		c.fs.Usage()
		return errUsage
	}
	f := app.QuoteFilter{Status: app.QuoteStatus(*status), Tag: *tag, Text: *text}
	if f.Status != "" && !app.ValidQuoteStatus(f.Status) {
		return fmt.Errorf("%w: %q", app.ErrBadStatus, *status)
	}
	lib, err := c.open(ctx, true)
	if err != nil {
		return err
	}
	if len(pos) == 1 {
		if f.ArticleID, err = lib.ResolveArticleID(pos[0]); err != nil {
			return err
		}
	}
	if *speaker != "" {
		p, err := lib.ResolvePerson(*speaker)
		if err != nil {
			return err
		}
		f.SpeakerID = p.ID
	}
	rows, err := lib.Quotes(f)
	if err != nil {
		return err
	}
	if *asJSON {
		out := make([]quoteJSON, 0, len(rows))
		for _, r := range rows {
			out = append(out, toQuoteJSON(r))
		}
		return printJSON(c.Stdout, out)
	}
	if len(rows) == 0 {
		fmt.Fprintln(c.Stdout, "no quotes")
		return nil
	}
	printQuoteRows(c.Stdout, rows, f.ArticleID == "")
	return nil
}

func printQuoteRows(w io.Writer, rows []app.QuoteRow, titles bool) {
	last := ""
	for _, r := range rows {
		if titles && r.ArticleID != last {
			fmt.Fprintf(w, "\n%s  (%s)\n", r.ArticleTitle, r.ArticleID)
			last = r.ArticleID
		}
		who := r.Speaker
		if who == "" {
			who = "(no speaker)"
		}
		if r.Affiliation != "" {
			who += ", " + r.Affiliation
		}
		flag := ""
		switch {
		case r.Orphaned():
			flag = " [orphaned]"
		case r.NeedsReview():
			flag = " [text changed]"
		}
		fmt.Fprintf(w, "%s  %-9s %-7s %s%s\n    “%s”\n", r.ID, r.Status, r.Kind, who, flag, r.Text)
	}
}

// resolveQuotes turns ID arguments (or prefixes) into quote IDs.
func resolveQuotes(lib *app.Library, refs []string) ([]string, error) {
	ids := make([]string, 0, len(refs))
	for _, r := range refs {
		id, err := lib.ResolveQuoteID(r)
		if err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, nil
}

func quotesVerdict(ctx context.Context, c *call, verb string, args []string) error {
	asJSON := c.jsonFlag()
	pos, err := c.parse(args, 1, -1)
	if err != nil {
		return err
	}
	lib, err := c.open(ctx, false)
	if err != nil {
		return err
	}
	ids, err := resolveQuotes(lib, pos)
	if err != nil {
		return err
	}
	switch verb {
	case "confirm":
		err = lib.ConfirmQuote(ids...)
	case "reject":
		err = lib.RejectQuote(ids...)
	case "delete":
		for _, id := range ids {
			if err = lib.DeleteQuote(id); err != nil {
				break
			}
		}
	}
	if err != nil {
		return err
	}
	past := map[string]string{"confirm": "confirmed", "reject": "rejected", "delete": "deleted"}[verb]
	if err := c.done(*asJSON, struct {
		Status string   `json:"status"`
		IDs    []string `json:"ids"`
	}{past, ids}, "%s %d quote%s\n", past, len(ids), plural(len(ids))); err != nil {
		return err
	}
	return lib.Sync(ctx)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func quotesEdit(ctx context.Context, c *call, args []string) error {
	start := c.fs.Int("start", -1, "new span start (characters into the article text)")
	end := c.fs.Int("end", -1, "new span end (exclusive)")
	speaker := c.fs.String("speaker", "", `speaker's name or alias ("" for none)`)
	affil := c.fs.String("affiliation", "", "the speaker's affiliation as the article gives it")
	kind := c.fs.String("kind", "", "full or partial")
	note := c.fs.String("note", "", "note (Markdown)")
	tags := c.fs.String("tags", "", "comma-separated tags (replace the quote's tags)")
	asJSON := c.jsonFlag()
	pos, err := c.parse(args, 1, 1)
	if err != nil {
		return err
	}
	set := map[string]bool{}
	c.fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	var e app.QuoteEdit
	if set["start"] || set["end"] {
		e.Start, e.End = start, end
	}
	if set["speaker"] {
		e.Speaker = speaker
	}
	if set["affiliation"] {
		e.Affiliation = affil
	}
	if set["kind"] {
		e.Kind = kind
	}
	if set["note"] {
		e.Note = note
	}
	if set["tags"] {
		e.Tags = splitList(*tags)
		if e.Tags == nil {
			e.Tags = []string{}
		}
	}
	delete(set, "json")
	if len(set) == 0 {
		return errors.New("nothing to change (see `dossier quotes edit --help`)")
	}
	lib, id, err := openResolved(ctx, c, false, pos[0], (*app.Library).ResolveQuoteID)
	if err != nil {
		return err
	}
	q, err := lib.UpdateQuote(id, e)
	if err != nil {
		return err
	}
	if err := c.done(*asJSON, toQuoteJSON(app.QuoteRow{Quote: *q}), "saved quote %s (%s): %s “%s”\n", q.ID, q.Status, orNone(q.Speaker), q.Text); err != nil {
		return err
	}
	return lib.Sync(ctx)
}

func orNone(s string) string {
	if s == "" {
		return "(no speaker)"
	}
	return s
}

func quotesAdd(ctx context.Context, c *call, args []string) error {
	quote := c.fs.String("quote", "", "the quoted words, as they appear in the article (must occur once)")
	start := c.fs.Int("start", -1, "span start (characters into the article text)")
	end := c.fs.Int("end", -1, "span end (exclusive)")
	speaker := c.fs.String("speaker", "", "speaker's name or alias")
	pos, err := c.parse(args, 1, 1)
	if err != nil {
		return err
	}
	if (*quote == "") == (*start < 0 && *end < 0) {
		return errors.New("give either --quote TEXT or --start N --end N")
	}
	lib, err := c.open(ctx, false)
	if err != nil {
		return err
	}
	aid, err := lib.ResolveArticleID(pos[0])
	if err != nil {
		return err
	}
	s, e := *start, *end
	if *quote != "" {
		a, err := lib.Article(aid)
		if err != nil {
			return err
		}
		if s, e, err = anchor.Find(a.Text(), *quote); err != nil {
			return fmt.Errorf("find %q in the article: %w", *quote, err)
		}
	}
	q, err := lib.AddQuote(aid, s, e, *speaker)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.Stdout, "added quote %s: %s “%s”\n", q.ID, orNone(q.Speaker), q.Text)
	return lib.Sync(ctx)
}

func quotesRerun(ctx context.Context, c *call, args []string) error {
	all := c.fs.Bool("all", false, "re-run on every article")
	asJSON := c.fs.Bool("json", false, "print the summary as JSON")
	quiet := c.fs.Bool("quiet", false, "no progress bar")
	pos, err := c.parse(args, 0, 1)
	if err != nil {
		return err
	}
	if (len(pos) == 1) == *all {
		fmt.Fprintln(c.Stderr, "usage: dossier quotes rerun ARTICLE_ID | --all")
		return errUsage
	}
	lib, err := c.open(ctx, false)
	if err != nil {
		return err
	}
	id := ""
	if len(pos) == 1 {
		if id, err = lib.ResolveArticleID(pos[0]); err != nil {
			return err
		}
	}
	pl := &progressLine{w: c.Stderr}
	sum, err := lib.RerunFinder(ctx, id, func(done, total int) {
		if !*quiet {
			pl.show(done == total, "finding quotes %s %d/%d articles", bar(done, total, 24), done, total)
		}
	})
	pl.done()
	if err != nil {
		return err
	}
	if *asJSON {
		return printJSON(c.Stdout, sum)
	}
	fmt.Fprintf(c.Stdout, "%d articles: %d new suggestions, %d updated, %d withdrawn\n",
		sum.Articles, sum.Added, sum.Updated, sum.Removed)
	return nil
}

// extractJSON is the scoring interface of `dossier quotes extract --json`;
// its shape must not change.
type extractJSON struct {
	Quotes []extractQuote  `json:"quotes"`
	People []extractPerson `json:"people"`
}

type extractQuote struct {
	Text        string `json:"text"`
	Speaker     string `json:"speaker"`
	Affiliation string `json:"affiliation"`
	Kind        string `json:"kind"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
}

type extractPerson struct {
	Name        string `json:"name"`
	Affiliation string `json:"affiliation"`
}

// extract parses one article file and runs the quote finder on its text,
// exactly as import does.
func extract(path string) (string, quotes.Result, error) {
	doc, err := app.ReadDocument(path)
	if err != nil {
		return "", quotes.Result{}, fmt.Errorf("%s: %w", path, err)
	}
	text := strings.Join(doc.Paragraphs, app.ParagraphSep)
	return text, quotes.Find(text), nil
}

func toExtractJSON(r quotes.Result) extractJSON {
	out := extractJSON{Quotes: []extractQuote{}, People: []extractPerson{}}
	for _, q := range r.Quotes {
		out.Quotes = append(out.Quotes, extractQuote{Text: q.Text, Speaker: q.Speaker, Affiliation: q.Affiliation,
			Kind: string(q.Kind), Start: q.Start, End: q.End})
	}
	for _, p := range r.People {
		out.People = append(out.People, extractPerson{Name: p.Name, Affiliation: p.Affiliation})
	}
	return out
}

func quotesExtract(c *call, args []string) error {
	asJSON := c.fs.Bool("json", false, `print {"quotes":[...],"people":[...]}`)
	pos, err := c.parse(args, 1, 1)
	if err != nil {
		return err
	}
	_, res, err := extract(pos[0])
	if err != nil {
		return err
	}
	if *asJSON {
		return printJSON(c.Stdout, toExtractJSON(res))
	}
	for _, q := range res.Quotes {
		who := orNone(q.Speaker)
		if q.Affiliation != "" {
			who += ", " + q.Affiliation
		}
		fmt.Fprintf(c.Stdout, "%d-%d %-7s %s\n    “%s”\n", q.Start, q.End, q.Kind, who, q.Text)
	}
	fmt.Fprintf(c.Stdout, "%d quotes, %d people\n", len(res.Quotes), len(res.People))
	return nil
}

// scoreLine is one gold file's score.
type scoreLine struct {
	File            string  `json:"file"`
	Gold            int     `json:"gold"`
	Found           int     `json:"found"`
	Matched         int     `json:"matched"`
	SpeakerRight    int     `json:"speaker_right"`
	Precision       float64 `json:"precision"`
	Recall          float64 `json:"recall"`
	SpeakerAccuracy float64 `json:"speaker_accuracy"`
	Error           string  `json:"error,omitempty"`
}

func toScoreLine(file string, s *quotes.Score) scoreLine {
	return scoreLine{File: file, Gold: s.Gold, Found: s.Found, Matched: s.Matched, SpeakerRight: s.SpeakerCorrect,
		Precision: s.Precision, Recall: s.Recall, SpeakerAccuracy: s.SpeakerAccuracy}
}

func quotesScore(c *call, args []string) error {
	articles := c.fs.String("articles", "", "folder holding the article files (default: GOLD_DIR)")
	set := c.fs.String("realdata", "", "score against the fetched real set .cache/realdata/SET (see realdata/README.md)")
	asJSON := c.fs.Bool("json", false, "print JSON")
	pos, err := c.parse(args, 1, 1)
	if err != nil {
		return err
	}
	goldDir := pos[0]
	artDir := *articles
	if *set != "" {
		if artDir != "" {
			return fmt.Errorf("quotes score: give --articles or --realdata, not both")
		}
		// run from the repository's top folder, where the fetch script puts it
		artDir = filepath.Join(".cache", "realdata", *set)
		if _, err := os.Stat(artDir); err != nil {
			return fmt.Errorf("quotes score: real set %q is not fetched here (run scripts/realdata.sh MIRRORS %s in the repository's top folder): %w", *set, *set, err)
		}
	}
	if artDir == "" {
		artDir = goldDir
	}
	golds, err := filepath.Glob(filepath.Join(goldDir, "*.json"))
	if err != nil {
		return err
	}
	sort.Strings(golds)
	if len(golds) == 0 {
		return fmt.Errorf("no gold files (*.json) in %s", goldDir)
	}
	entries, err := os.ReadDir(artDir)
	if err != nil {
		return fmt.Errorf("read articles: %w", err)
	}
	byBase := map[string]string{}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.EqualFold(filepath.Ext(name), ".json") || !ingest.Supported(name) {
			continue
		}
		base := strings.TrimSuffix(name, filepath.Ext(name))
		if _, dup := byBase[base]; !dup {
			byBase[base] = filepath.Join(artDir, name)
		}
	}
	var total quotes.Score
	var lines []scoreLine
	failed := 0
	for _, g := range golds {
		base := strings.TrimSuffix(filepath.Base(g), filepath.Ext(g))
		line, s, err := scoreOne(g, byBase[base])
		if err != nil {
			failed++
			lines = append(lines, scoreLine{File: base, Error: err.Error()})
			continue
		}
		total.Add(s)
		lines = append(lines, line)
	}
	sum := toScoreLine("total", &total)
	if *asJSON {
		if err := printJSON(c.Stdout, struct {
			Files []scoreLine `json:"files"`
			Total scoreLine   `json:"total"`
		}{lines, sum}); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(c.Stdout, "%-40s %5s %5s %5s %9s %7s %8s\n", "file", "gold", "found", "match", "precision", "recall", "speaker")
		for _, l := range append(lines, sum) {
			if l.Error != "" {
				fmt.Fprintf(c.Stdout, "%-40s error: %s\n", l.File, l.Error)
				continue
			}
			fmt.Fprintf(c.Stdout, "%-40s %5d %5d %5d %9.3f %7.3f %8.3f\n", truncName(l.File, 40), l.Gold, l.Found, l.Matched,
				l.Precision, l.Recall, l.SpeakerAccuracy)
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d gold files could not be scored", failed, len(golds))
	}
	return nil
}

func scoreOne(goldPath, article string) (scoreLine, quotes.Score, error) {
	base := strings.TrimSuffix(filepath.Base(goldPath), filepath.Ext(goldPath))
	if article == "" {
		return scoreLine{}, quotes.Score{}, errors.New("no article file with this name")
	}
	f, err := os.Open(goldPath)
	if err != nil {
		return scoreLine{}, quotes.Score{}, err
	}
	defer f.Close()
	gold, err := quotes.LoadGold(f)
	if err != nil {
		return scoreLine{}, quotes.Score{}, fmt.Errorf("read gold file: %w", err)
	}
	_, res, err := extract(article)
	if err != nil {
		return scoreLine{}, quotes.Score{}, err
	}
	s := quotes.Compare(gold, res.Quotes)
	return toScoreLine(base, &s), s, nil
}

func truncName(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func cmdPeople(ctx context.Context, c *call) error {
	asJSON := c.fs.Bool("json", false, "print JSON")
	byCount := c.fs.Bool("by-count", false, "most quoted first")
	if _, err := c.parse(c.rest(), 0, 0); err != nil {
		return err
	}
	lib, err := c.open(ctx, true)
	if err != nil {
		return err
	}
	list, err := lib.People()
	if err != nil {
		return err
	}
	if *byCount {
		sort.SliceStable(list, func(i, j int) bool { return list[i].Quotes.Total > list[j].Quotes.Total })
	}
	if *asJSON {
		return printJSON(c.Stdout, list)
	}
	if len(list) == 0 {
		fmt.Fprintln(c.Stdout, "no people yet (they come with the quotes found in imported articles)")
		return nil
	}
	fmt.Fprintf(c.Stdout, "%-26s %-32s %6s %9s %9s %8s\n", "id", "name", "quotes", "confirmed", "suggested", "rejected")
	for _, p := range list {
		name := p.Name
		if len(p.Affiliations) > 0 {
			name += " (" + p.Affiliations[0] + ")"
		}
		fmt.Fprintf(c.Stdout, "%-26s %-32s %6d %9d %9d %8d\n", p.ID, truncName(name, 32), p.Quotes.Total,
			p.Quotes.Confirmed, p.Quotes.Suggested, p.Quotes.Rejected)
	}
	return nil
}

const personUsage = `usage: dossier person show NAME|ID [--json]
       dossier person rename NAME|ID NEW_NAME [--json]
       dossier person merge FROM INTO [--json] (FROM's quotes and names go to INTO)
       dossier person split NAME|ID NEW_NAME QUOTE_ID... [--json]
       dossier person kind NAME|ID person|organisation|described`

// openPerson opens the library and finds the person named (or with the
// ID) ref.
func (c *call) openPerson(ctx context.Context, ref string, readOnly bool) (*app.Library, *app.Person, error) {
	return openResolved(ctx, c, readOnly, ref, (*app.Library).ResolvePerson)
}

func cmdPerson(ctx context.Context, c *call) error {
	args := c.rest()
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		fmt.Fprintln(c.Stderr, personUsage)
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			return nil
		}
		return errUsage
	}
	sub, args := args[0], args[1:]
	c.fs.Usage = func() { fmt.Fprintln(c.Stderr, personUsage) }
	switch sub {
	case "show":
		asJSON := c.fs.Bool("json", false, "print JSON")
		pos, err := c.parse(args, 1, 1)
		if err != nil {
			return err
		}
		lib, p, err := c.openPerson(ctx, pos[0], true)
		if err != nil {
			return err
		}
		pg, err := lib.Person(p.ID)
		if err != nil {
			return err
		}
		if *asJSON {
			out := struct {
				ID           string          `json:"id"`
				Name         string          `json:"name"`
				Aliases      []string        `json:"aliases"`
				Affiliations []string        `json:"affiliations"`
				Kind         app.SpeakerKind `json:"kind,omitempty"`
				Page         string          `json:"page"`
				Counts       app.QuoteCounts `json:"counts"`
				Quotes       []quoteJSON     `json:"quotes"`
			}{ID: pg.Person.ID, Name: pg.Person.Name, Aliases: nonNil(pg.Person.Aliases),
				Affiliations: nonNil(pg.Person.Affiliations), Kind: pg.Person.Kind, Page: pg.Person.Page, Counts: pg.Counts, Quotes: []quoteJSON{}}
			for _, r := range pg.Quotes {
				out.Quotes = append(out.Quotes, toQuoteJSON(r))
			}
			return printJSON(c.Stdout, out)
		}
		w := c.Stdout
		fmt.Fprintf(w, "%s  (%s)\n", pg.Person.Name, pg.Person.ID)
		if l := pg.Person.Kind.Label(); l != "" {
			fmt.Fprintln(w, l)
		}
		if len(pg.Person.Aliases) > 0 {
			fmt.Fprintf(w, "Also: %s\n", strings.Join(pg.Person.Aliases, "; "))
		}
		if len(pg.Person.Affiliations) > 0 {
			fmt.Fprintf(w, "Affiliations: %s\n", strings.Join(pg.Person.Affiliations, "; "))
		}
		fmt.Fprintf(w, "Quotes: %d (%d confirmed, %d suggested, %d rejected)\n",
			pg.Counts.Total, pg.Counts.Confirmed, pg.Counts.Suggested, pg.Counts.Rejected)
		if strings.TrimSpace(pg.Person.Page) != "" {
			fmt.Fprintf(w, "\n%s\n", strings.TrimRight(pg.Person.Page, "\n"))
		}
		printQuoteRows(w, pg.Quotes, true)
		return nil
	case "kind":
		pos, err := c.parse(args, 2, 2)
		if err != nil {
			return err
		}
		kind := app.SpeakerKind(pos[1])
		if kind == "person" {
			kind = app.SpeakerPerson
		}
		lib, p, err := c.openPerson(ctx, pos[0], false)
		if err != nil {
			return err
		}
		if _, err := lib.SetPersonKind(p.ID, kind); err != nil {
			return err
		}
		fmt.Fprintf(c.Stdout, "%s is now %s\n", p.Name, pos[1])
		return lib.Sync(ctx)
	case "rename":
		asJSON := c.jsonFlag()
		pos, err := c.parse(args, 2, 2)
		if err != nil {
			return err
		}
		lib, p, err := c.openPerson(ctx, pos[0], false)
		if err != nil {
			return err
		}
		np, err := lib.RenamePerson(p.ID, pos[1])
		if err != nil {
			return err
		}
		if err := c.done(*asJSON, np, "renamed %q to %q (%s)\n", p.Name, np.Name, np.ID); err != nil {
			return err
		}
		return lib.Sync(ctx)
	case "merge":
		asJSON := c.jsonFlag()
		pos, err := c.parse(args, 2, 2)
		if err != nil {
			return err
		}
		lib, from, err := c.openPerson(ctx, pos[0], false)
		if err != nil {
			return err
		}
		into, err := lib.ResolvePerson(pos[1])
		if err != nil {
			return err
		}
		p, err := lib.MergePeople(from.ID, into.ID)
		if err != nil {
			return err
		}
		if err := c.done(*asJSON, p, "merged %q into %q (%s)\n", from.Name, p.Name, p.ID); err != nil {
			return err
		}
		return lib.Sync(ctx)
	case "split":
		asJSON := c.jsonFlag()
		pos, err := c.parse(args, 3, -1)
		if err != nil {
			return err
		}
		lib, p, err := c.openPerson(ctx, pos[0], false)
		if err != nil {
			return err
		}
		ids, err := resolveQuotes(lib, pos[2:])
		if err != nil {
			return err
		}
		np, err := lib.SplitPerson(p.ID, ids, pos[1])
		if err != nil {
			return err
		}
		if err := c.done(*asJSON, struct {
			Person *app.Person `json:"person"`
			Moved  []string    `json:"moved"`
		}{np, ids}, "moved %d quote%s from %q to %q (%s)\n", len(ids), plural(len(ids)), p.Name, np.Name, np.ID); err != nil {
			return err
		}
		return lib.Sync(ctx)
	}
	fmt.Fprintf(c.Stderr, "dossier person: unknown subcommand %q\n%s\n", sub, personUsage)
	return errUsage
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
