package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"dossier/app"
)

// Commands for annotations, orphans, article editing and history, and tags.

// multiFlag collects a repeated string flag (--tag a --tag b).
type multiFlag []string

func (m *multiFlag) String() string { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error {
	*m = append(*m, v)
	return nil
}

// setFlags reports which flags were given on the command line.
func setFlags(fs *flag.FlagSet) map[string]bool {
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	return set
}

// passageFlags declares --quote, --start and --end.
type passageFlags struct {
	quote      *string
	start, end *int
}

func declarePassage(fs *flag.FlagSet) passageFlags {
	return passageFlags{
		quote: fs.String("quote", "", "the passage's text (must occur once in the article)"),
		start: fs.Int("start", 0, "start of the passage: code points into the article's text (`dossier show ID --json`)"),
		end:   fs.Int("end", 0, "end of the passage (exclusive)"),
	}
}

// check says whether exactly one way of giving the passage was used.
func (p passageFlags) check(fs *flag.FlagSet) error {
	set := setFlags(fs)
	byQuote, byOffsets := set["quote"], set["start"] || set["end"]
	switch {
	case byQuote && byOffsets:
		return errors.New("give the passage as --quote TEXT or as --start N --end N, not both")
	case byQuote && strings.TrimSpace(*p.quote) == "":
		return errors.New("--quote is empty")
	case byOffsets && !(set["start"] && set["end"]):
		return errors.New("--start and --end go together")
	case !byQuote && !byOffsets:
		return errors.New("give the passage: --quote TEXT, or --start N --end N")
	}
	return nil
}

func cmdAnnotate(ctx context.Context, c *call) error {
	pf := declarePassage(c.fs)
	note := c.fs.String("note", "", "a note (Markdown)")
	color := c.fs.String("color", "", "highlight colour: #rrggbb or yellow, blue, green, red, purple, orange, teal, olive")
	var tags multiFlag
	c.fs.Var(&tags, "tag", "a tag (repeat for more), e.g. actor/DPRK")
	asJSON := c.fs.Bool("json", false, "print the annotation as JSON")
	pos, err := c.parse(c.rest(), 1, 1)
	if err != nil {
		return err
	}
	if err := pf.check(c.fs); err != nil {
		return err
	}
	lib, err := c.open(ctx, false)
	if err != nil {
		return err
	}
	id, err := lib.ResolveArticleID(pos[0])
	if err != nil {
		return err
	}
	in := app.AnnotationInput{ArticleID: id, Quote: *pf.quote, Color: *color, Note: *note, Tags: tags}
	if *pf.quote == "" {
		in.Start, in.End = *pf.start, *pf.end
	}
	an, err := lib.Annotate(ctx, in)
	if err != nil {
		return err
	}
	if err := lib.Sync(ctx); err != nil {
		return err
	}
	if *asJSON {
		return printJSON(c.Stdout, toAnnotationJSON(app.AnnotationRow{Annotation: *an}))
	}
	fmt.Fprintf(c.Stdout, "annotated %s [%d,%d) %s%s\n", an.ID, an.Selector.Start, an.Selector.End,
		quoted(an.Selector.Exact, 70), tagSuffix(an.Tags))
	return nil
}

// annotationJSON is the stable JSON shape of an annotation.
type annotationJSON struct {
	ID           string    `json:"id"`
	ArticleID    string    `json:"article_id"`
	ArticleTitle string    `json:"article_title,omitempty"`
	Start        int       `json:"start"`
	End          int       `json:"end"`
	Text         string    `json:"text"`
	Prefix       string    `json:"prefix"`
	Suffix       string    `json:"suffix"`
	State        string    `json:"state"`
	Color        string    `json:"color"`
	Note         string    `json:"note"`
	Tags         []string  `json:"tags"`
	Created      time.Time `json:"created"`
	Updated      time.Time `json:"updated"`
}

func toAnnotationJSON(r app.AnnotationRow) annotationJSON {
	s := r.Selector
	state := string(r.State)
	if state == "" {
		state = "exact"
	}
	return annotationJSON{ID: r.ID, ArticleID: r.ArticleID, ArticleTitle: r.ArticleTitle, Start: s.Start, End: s.End,
		Text: s.Exact, Prefix: s.Prefix, Suffix: s.Suffix, State: state, Color: r.Color, Note: r.Note,
		Tags: strs(r.Tags), Created: r.Created, Updated: r.Updated}
}

func strs(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func cmdAnnotations(ctx context.Context, c *call) error {
	asJSON := c.fs.Bool("json", false, "print JSON")
	pos, err := c.parse(c.rest(), 0, 1)
	if err != nil {
		return err
	}
	lib, err := c.open(ctx, true)
	if err != nil {
		return err
	}
	articleID := ""
	if len(pos) == 1 {
		if articleID, err = lib.ResolveArticleID(pos[0]); err != nil {
			return err
		}
	}
	rows, err := lib.Annotations(articleID)
	if err != nil {
		return err
	}
	if *asJSON {
		out := make([]annotationJSON, 0, len(rows))
		for _, r := range rows {
			out = append(out, toAnnotationJSON(r))
		}
		return printJSON(c.Stdout, out)
	}
	if len(rows) == 0 {
		fmt.Fprintln(c.Stdout, "No annotations. Add one with `dossier annotate ARTICLE_ID --quote TEXT`.")
		return nil
	}
	w := c.Stdout
	last := ""
	for _, r := range rows {
		if r.ArticleID != last {
			if last != "" {
				fmt.Fprintln(w)
			}
			fmt.Fprintf(w, "%s  %s\n", r.ArticleID, r.ArticleTitle)
			last = r.ArticleID
		}
		state := ""
		switch {
		case r.Orphaned():
			state = " [orphaned]"
		case r.NeedsReview():
			state = " [changed: review]"
		}
		fmt.Fprintf(w, "  %s  %d-%d%s  %s%s\n", r.ID, r.Selector.Start, r.Selector.End, state,
			quoted(r.Selector.Exact, 60), tagSuffix(r.Tags))
		if n := firstLine(r.Note); n != "" {
			fmt.Fprintf(w, "      note: %s\n", n)
		}
	}
	return nil
}

// anchoredJSON is the JSON shape of an orphaned or flagged annotation or quote.
type anchoredJSON struct {
	Kind         string    `json:"kind"`
	ID           string    `json:"id"`
	ArticleID    string    `json:"article_id"`
	ArticleTitle string    `json:"article_title"`
	State        string    `json:"state"`
	Start        int       `json:"start"` // where it was (orphans) or is (flagged)
	End          int       `json:"end"`
	Text         string    `json:"text"`
	Prefix       string    `json:"prefix"`
	Suffix       string    `json:"suffix"`
	Note         string    `json:"note"`
	Speaker      string    `json:"speaker,omitempty"`
	Tags         []string  `json:"tags"`
	Updated      time.Time `json:"updated"`
}

func cmdOrphans(ctx context.Context, c *call) error {
	args := c.rest()
	if len(args) > 0 {
		switch args[0] {
		case "reattach":
			return orphanReattach(ctx, c, args[1:])
		case "delete":
			return orphanDelete(ctx, c, args[1:])
		case "reviewed":
			return orphanReviewed(ctx, c, args[1:])
		}
	}
	asJSON := c.fs.Bool("json", false, "print JSON")
	flagged := c.fs.Bool("flagged", false, "list the annotations and quotes re-attached to changed words instead")
	if _, err := c.parse(args, 0, 0); err != nil {
		return err
	}
	lib, err := c.open(ctx, true)
	if err != nil {
		return err
	}
	list := lib.Orphans
	if *flagged {
		list = lib.Flagged
	}
	items, err := list()
	if err != nil {
		return err
	}
	if *asJSON {
		out := make([]anchoredJSON, 0, len(items))
		for _, it := range items {
			s := it.Selector
			out = append(out, anchoredJSON{Kind: string(it.Kind), ID: it.ID, ArticleID: it.ArticleID, ArticleTitle: it.ArticleTitle,
				State: string(it.State), Start: s.Start, End: s.End, Text: s.Exact, Prefix: s.Prefix, Suffix: s.Suffix,
				Note: it.Note, Speaker: it.Speaker, Tags: strs(it.Tags), Updated: it.Updated})
		}
		return printJSON(c.Stdout, out)
	}
	w := c.Stdout
	if len(items) == 0 {
		if *flagged {
			fmt.Fprintln(w, "Nothing to review: no annotation or quote was re-attached to changed words.")
		} else {
			fmt.Fprintln(w, "No orphans: every annotation and quote is attached to its article.")
		}
		return nil
	}
	last := ""
	for _, it := range items {
		if it.ArticleID != last {
			if last != "" {
				fmt.Fprintln(w)
			}
			fmt.Fprintf(w, "%s  %s\n", it.ArticleID, it.ArticleTitle)
			last = it.ArticleID
		}
		who := ""
		if it.Speaker != "" {
			who = " — " + it.Speaker
		}
		fmt.Fprintf(w, "  %-10s %s  %s%s%s\n", it.Kind, it.ID, quoted(it.Selector.Exact, 60), who, tagSuffix(it.Tags))
		if n := firstLine(it.Note); n != "" {
			fmt.Fprintf(w, "      note: %s\n", n)
		}
	}
	if *flagged {
		fmt.Fprintf(w, "\n%d to review. Check each in its article, then `dossier orphans reviewed ID`.\n", len(items))
	} else {
		fmt.Fprintf(w, "\n%d orphaned. Re-attach with `dossier orphans reattach ID --quote TEXT` or remove with `dossier orphans delete ID`.\n", len(items))
	}
	return nil
}

func orphanReattach(ctx context.Context, c *call, args []string) error {
	pf := declarePassage(c.fs)
	asJSON := c.jsonFlag()
	pos, err := c.parse(args, 1, 1)
	if err != nil {
		return err
	}
	if err := pf.check(c.fs); err != nil {
		return err
	}
	lib, err := c.open(ctx, false)
	if err != nil {
		return err
	}
	kind, id, err := lib.ResolveAnnotationID(pos[0])
	if err != nil {
		return err
	}
	start, end := *pf.start, *pf.end
	if *pf.quote != "" {
		articleID := ""
		if kind == app.TypeQuote {
			q, err := lib.Quote(id)
			if err != nil {
				return err
			}
			articleID = q.ArticleID
		} else {
			an, err := lib.Annotation(id)
			if err != nil {
				return err
			}
			articleID = an.ArticleID
		}
		if start, end, err = lib.FindPassage(articleID, *pf.quote); err != nil {
			return err
		}
	}
	it, err := lib.Reattach(ctx, id, start, end)
	if err != nil {
		return err
	}
	s := it.Selector
	j := anchoredJSON{Kind: string(it.Kind), ID: it.ID, ArticleID: it.ArticleID, ArticleTitle: it.ArticleTitle,
		State: string(it.State), Start: s.Start, End: s.End, Text: s.Exact, Prefix: s.Prefix, Suffix: s.Suffix,
		Note: it.Note, Speaker: it.Speaker, Tags: strs(it.Tags), Updated: it.Updated}
	if err := c.done(*asJSON, j, "re-attached %s %s to [%d,%d) %s\n", it.Kind, it.ID, s.Start, s.End, quoted(s.Exact, 60)); err != nil {
		return err
	}
	return lib.Sync(ctx)
}

func orphanDelete(ctx context.Context, c *call, args []string) error {
	force := c.fs.Bool("force", false, "delete even when the annotation or quote is attached to its article (not an orphan)")
	pos, err := c.parse(args, 1, 1)
	if err != nil {
		return err
	}
	lib, err := c.open(ctx, false)
	if err != nil {
		return err
	}
	kind, id, err := lib.ResolveAnnotationID(pos[0])
	if err != nil {
		return err
	}
	var target app.Target
	if kind == app.TypeQuote {
		q, err := lib.Quote(id)
		if err != nil {
			return err
		}
		target = q.Target
	} else {
		an, err := lib.Annotation(id)
		if err != nil {
			return err
		}
		target = an.Target
	}
	if !target.Orphaned() && !*force {
		return fmt.Errorf("%s %s is not an orphan: it is attached to its article at %s; "+
			"deleting it loses the analyst's work on it. Run again with --force to delete it anyway", kind, id, quoted(target.Selector.Exact, 60))
	}
	if kind == app.TypeQuote {
		err = lib.DeleteQuote(id)
	} else {
		err = lib.DeleteAnnotation(ctx, id)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(c.Stdout, "deleted %s %s\n", kind, id)
	return lib.Sync(ctx)
}

func orphanReviewed(ctx context.Context, c *call, args []string) error {
	pos, err := c.parse(args, 1, -1)
	if err != nil {
		return err
	}
	lib, err := c.open(ctx, false)
	if err != nil {
		return err
	}
	for _, ref := range pos {
		kind, id, err := lib.ResolveAnnotationID(ref)
		if err != nil {
			return err
		}
		if err := lib.MarkReviewed(ctx, id); err != nil {
			return err
		}
		fmt.Fprintf(c.Stdout, "reviewed %s %s\n", kind, id)
	}
	return lib.Sync(ctx)
}

func cmdEdit(ctx context.Context, c *call) error {
	title := c.fs.String("title", "", "set the title (no editor is opened)")
	source := c.fs.String("source", "", "set the source")
	author := c.fs.String("author", "", "set the author")
	link := c.fs.String("url", "", "set the URL")
	dateline := c.fs.String("dateline", "", "set the dateline")
	published := c.fs.String("published", "", "set the publication date (YYYY-MM-DD or RFC 3339; \"\" clears it)")
	tags := c.fs.String("tags", "", "set the tags (comma-separated; \"\" removes them)")
	from := c.fs.String("from", "", "read the new text from a file (- for standard input) instead of opening an editor")
	undo := c.fs.Bool("undo", false, "undo the last change (as a new revision)")
	restore := c.fs.Int("restore", 0, "make revision N current again (see `dossier history`)")
	asJSON := c.fs.Bool("json", false, "print the outcome as JSON")
	pos, err := c.parse(c.rest(), 1, 1)
	if err != nil {
		return err
	}
	set := setFlags(c.fs)
	var e app.ArticleEdit
	meta := false
	for _, f := range []struct {
		name string
		dst  **string
		v    *string
	}{{"title", &e.Title, title}, {"source", &e.Source, source}, {"author", &e.Author, author},
		{"url", &e.URL, link}, {"dateline", &e.Dateline, dateline}} {
		if set[f.name] {
			*f.dst, meta = f.v, true
		}
	}
	if set["published"] {
		t, err := parseDate(*published)
		if err != nil {
			return err
		}
		e.Published, meta = &t, true
	}
	if set["tags"] {
		e.Tags, meta = strs(splitTags(*tags)), true
	}
	if (*undo || set["restore"]) && (meta || *from != "" || *undo && set["restore"]) {
		return errors.New("--undo and --restore go alone")
	}
	var lib *app.Library
	var res *app.EditResult
	if *undo || set["restore"] || meta && *from == "" {
		if lib, err = c.open(ctx, false); err != nil {
			return err
		}
		id, err := lib.ResolveArticleID(pos[0])
		if err != nil {
			return err
		}
		switch {
		case *undo:
			res, err = lib.UndoArticleEdit(ctx, id)
		case set["restore"]:
			res, err = lib.RestoreArticleVersion(ctx, id, *restore)
		default:
			res, err = lib.EditArticle(ctx, id, e)
		}
		if err != nil {
			return err
		}
	} else {
		var saved bool
		lib, res, saved, err = editText(ctx, c, pos[0], *from, e, meta)
		if err != nil || !saved {
			return err
		}
	}
	if err := lib.Sync(ctx); err != nil {
		return err
	}
	if *asJSON {
		return printJSON(c.Stdout, res)
	}
	printEditResult(c.Stdout, res)
	return nil
}

// editText edits an article's text in the editor (or reads it from a
// file) and saves it with the metadata edit e. The library is not held open
// while the editor runs, so the app and other commands can use it; a
// change made meanwhile is not overwritten.
func editText(ctx context.Context, c *call, ref, from string, e app.ArticleEdit, meta bool) (*app.Library, *app.EditResult, bool, error) {
	rlib, err := c.open(ctx, true)
	if err != nil {
		return nil, nil, false, err
	}
	id, err := rlib.ResolveArticleID(ref)
	if err != nil {
		return nil, nil, false, err
	}
	a, err := rlib.Article(id)
	if err != nil {
		return nil, nil, false, err
	}
	c.lib = nil
	if err := rlib.Close(); err != nil {
		return nil, nil, false, err
	}
	orig := articleEditText(a)
	var text, kept string
	if from != "" {
		text, err = readFrom(c, from)
	} else {
		text, kept, err = runEditor(ctx, c, orig)
	}
	if err != nil {
		return nil, nil, false, err
	}
	fail := func(err error) (*app.Library, *app.EditResult, bool, error) {
		if kept != "" {
			err = fmt.Errorf("%w (your text is kept in %s)", err, kept)
		}
		return nil, nil, false, err
	}
	if text == orig && !meta {
		fmt.Fprintln(c.Stdout, "no changes; nothing saved")
		removeKept(kept)
		return nil, nil, false, nil
	}
	t, body, headings, err := parseEditText(text)
	if err != nil {
		return fail(err)
	}
	if e.Title == nil {
		e.Title = &t
	}
	e.Body, e.Headings = body, headings
	if e.Headings == nil {
		e.Headings = []int{}
	}
	lib, err := c.open(ctx, false)
	if err != nil {
		return fail(err)
	}
	cur, err := lib.Article(id)
	if err != nil {
		return fail(err)
	}
	if cur.Revision != a.Revision {
		return fail(fmt.Errorf("the article changed while you were editing it (revision %d is now %d); nothing saved", a.Revision, cur.Revision))
	}
	res, err := lib.EditArticle(ctx, id, e)
	if err != nil {
		return fail(err)
	}
	removeKept(kept)
	return lib, res, true, nil
}

func removeKept(path string) {
	if path != "" {
		os.Remove(path)
	}
}

func splitTags(s string) []string {
	var out []string
	for _, t := range strings.Split(s, ",") {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}

func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{"2006-01-02", time.RFC3339, "2006-01-02 15:04", "2006-01-02T15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("date %q: want YYYY-MM-DD or RFC 3339", s)
}

func printEditResult(w io.Writer, res *app.EditResult) {
	if !res.Changed {
		fmt.Fprintln(w, "no changes; nothing saved")
		return
	}
	fmt.Fprintf(w, "saved revision %d of %q\n", res.Revision, res.Article.Title)
	if !res.TextChanged {
		return
	}
	line := func(name string, n app.ReanchorCounts) {
		if n.Total() == 0 {
			return
		}
		parts := []string{fmt.Sprintf("%d in place", n.Unchanged)}
		add := func(k int, what string) {
			if k > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", k, what))
			}
		}
		add(n.Moved, "moved")
		add(n.Flagged, "flagged for review")
		add(n.Orphaned, "orphaned")
		add(n.Restored, "re-attached")
		add(n.Still, "still orphaned")
		fmt.Fprintf(w, "%s: %s\n", name, strings.Join(parts, ", "))
	}
	line("annotations", res.Reanchor.Annotations)
	line("quotes", res.Reanchor.Quotes)
	r := res.Reanchor
	if r.Annotations.Orphaned+r.Quotes.Orphaned > 0 {
		fmt.Fprintln(w, "Orphans keep their text and notes: see `dossier orphans` to re-attach or delete them.")
	}
	if r.Annotations.Flagged+r.Quotes.Flagged > 0 {
		fmt.Fprintln(w, "Flagged ones sit on changed words: see `dossier orphans --flagged`.")
	}
}

// The editor format: "# Title", a blank line, then the paragraphs separated
// by blank lines; a subheading paragraph starts with "## ". A paragraph of
// text that itself starts with "#" or "\" is written with a "\" in front.

// articleEditText renders an article in the editor format.
func articleEditText(a *app.Article) string {
	var b strings.Builder
	b.WriteString("# " + a.Title + "\n")
	for i, p := range a.Body {
		b.WriteString("\n")
		switch {
		case a.IsHeading(i):
			b.WriteString("## ")
		case strings.HasPrefix(p, "#") || strings.HasPrefix(p, `\`):
			b.WriteString(`\`)
		}
		b.WriteString(p)
		b.WriteString("\n")
	}
	return b.String()
}

// parseEditText reads the editor format back.
func parseEditText(text string) (title string, body []string, headings []int, err error) {
	if !utf8.ValidString(text) {
		return "", nil, nil, errors.New("the text is not valid UTF-8")
	}
	text = strings.TrimPrefix(text, "\ufeff")
	// CRLF, and a lone CR (old Mac files), end lines as LF does.
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	lines := strings.Split(text, "\n")
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i == len(lines) {
		return "", nil, nil, errors.New("the text is empty (nothing saved)")
	}
	first := strings.TrimSpace(lines[i])
	if first != "#" && !strings.HasPrefix(first, "# ") {
		return "", nil, nil, errors.New(`the first line must be the title, as "# Title"`)
	}
	title = strings.TrimSpace(first[1:])
	var para []string
	flush := func() {
		if len(para) == 0 {
			return
		}
		p := strings.TrimRight(strings.Join(para, "\n"), " \t")
		para = nil
		heading := false
		switch {
		case strings.HasPrefix(p, "## "):
			heading = true
			p = strings.TrimSpace(p[3:])
		case strings.HasPrefix(p, `\`):
			p = p[1:]
			// A first line that held only the backslash goes with it.
			if i := strings.IndexByte(p, '\n'); i >= 0 && strings.TrimSpace(p[:i]) == "" {
				p = p[i+1:]
			}
		}
		if strings.TrimSpace(p) == "" {
			return // a lone "\" or "## " holds no text
		}
		if heading {
			headings = append(headings, len(body))
		}
		body = append(body, p)
	}
	for _, ln := range lines[i+1:] {
		if strings.TrimSpace(ln) == "" {
			flush()
			continue
		}
		para = append(para, ln)
	}
	flush()
	if len(body) == 0 {
		return "", nil, nil, errors.New("the article has no paragraphs (nothing saved)")
	}
	return title, body, headings, nil
}

// readFrom reads a file, or standard input for "-".
func readFrom(c *call, path string) (string, error) {
	var data []byte
	var err error
	if path == "-" {
		data, err = io.ReadAll(io.LimitReader(c.Stdin, 64<<20))
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return "", fmt.Errorf("read the new text: %w", err)
	}
	return string(data), nil
}

// runEditor opens text in $VISUAL or $EDITOR (else vi, else nano) and
// returns what was saved, with the temporary file's path: the caller
// removes it once the text is safely stored, or tells the user where it is.
func runEditor(ctx context.Context, c *call, text string) (string, string, error) {
	editor := strings.Fields(c.Getenv("VISUAL"))
	if len(editor) == 0 {
		editor = strings.Fields(c.Getenv("EDITOR"))
	}
	if len(editor) == 0 {
		for _, e := range []string{"vi", "nano"} {
			if p, err := exec.LookPath(e); err == nil {
				editor = []string{p}
				break
			}
		}
	}
	if len(editor) == 0 {
		return "", "", errors.New("no editor: set $EDITOR, or give the text with --from FILE")
	}
	f, err := os.CreateTemp("", "dossier-article-*.md")
	if err != nil {
		return "", "", fmt.Errorf("edit: %w", err)
	}
	path := f.Name()
	_, err = f.WriteString(text)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return "", "", fmt.Errorf("edit: %w", err)
	}
	cmd := exec.CommandContext(ctx, editor[0], append(editor[1:], path)...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, c.Stdout, c.Stderr
	if err := cmd.Run(); err != nil {
		os.Remove(path)
		return "", "", fmt.Errorf("editor %s: %w (nothing saved)", editor[0], err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		os.Remove(path)
		return "", "", fmt.Errorf("edit: %w", err)
	}
	return string(data), path, nil
}

func cmdHistory(ctx context.Context, c *call) error {
	asJSON := c.fs.Bool("json", false, "print JSON")
	show := c.fs.Int("show", 0, "print revision N of the article (in the editor format)")
	lib, arg, err := c.openWithArg(ctx, true)
	if err != nil {
		return err
	}
	id, err := lib.ResolveArticleID(arg)
	if err != nil {
		return err
	}
	if setFlags(c.fs)["show"] {
		v, err := lib.ArticleVersion(id, *show)
		if err != nil {
			return err
		}
		if *asJSON {
			return printJSON(c.Stdout, v)
		}
		fmt.Fprint(c.Stdout, articleEditText(&v.Article))
		return nil
	}
	list, err := lib.ArticleVersions(id)
	if err != nil {
		return err
	}
	if *asJSON {
		return printJSON(c.Stdout, list)
	}
	w := c.Stdout
	for _, v := range list {
		when := v.Written.Local().Format("2006-01-02 15:04")
		cur := ""
		if v.Current {
			cur = "  (current)"
		}
		fmt.Fprintf(w, "revision %d  %s  %d paragraphs, %d words  %q%s\n", v.Revision, when, v.Paragraphs, v.Words, v.Title, cur)
		if !v.Current {
			why := v.Reason
			if v.Restored > 0 {
				why += fmt.Sprintf(" (back to revision %d)", v.Restored)
			}
			if why == "" {
				why = "change"
			}
			fmt.Fprintf(w, "    replaced by revision %d on %s by %s", v.Revision+1, v.Replaced.Local().Format("2006-01-02 15:04"), why)
			if v.Changed != "" {
				fmt.Fprintf(w, ": %s", v.Changed)
			}
			fmt.Fprintln(w)
		}
	}
	if len(list) > 1 {
		fmt.Fprintln(w, "\n`dossier history ID --show N` prints a revision; `dossier edit ID --restore N` brings it back, `--undo` undoes the last change.")
	}
	return nil
}

// tagJSON is the stable JSON shape of a tag.
type tagJSON struct {
	Name        string `json:"name"`
	ID          string `json:"id"`
	Color       string `json:"color"`
	Description string `json:"description"`
	Count       int    `json:"count"`
	Total       int    `json:"total"`
}

func toTagJSON(t *app.TagInfo) tagJSON {
	return tagJSON{Name: t.Name, ID: t.ID, Color: t.Color, Description: t.Description, Count: t.Count, Total: t.Total}
}

func cmdTags(ctx context.Context, c *call) error {
	asJSON := c.fs.Bool("json", false, "print JSON")
	if _, err := c.parse(c.rest(), 0, 0); err != nil {
		return err
	}
	lib, err := c.open(ctx, true)
	if err != nil {
		return err
	}
	tags, err := lib.Tags()
	if err != nil {
		return err
	}
	if *asJSON {
		out := make([]tagJSON, 0, len(tags))
		for i := range tags {
			out = append(out, toTagJSON(&tags[i]))
		}
		return printJSON(c.Stdout, out)
	}
	if len(tags) == 0 {
		fmt.Fprintln(c.Stdout, "No tags yet. Tag an annotation with `dossier annotate ID --quote TEXT --tag topic/x`.")
		return nil
	}
	for i := range tags {
		t := &tags[i]
		name := t.Name
		if d := t.Depth(); d > 0 {
			name = strings.Repeat("  ", d) + name[strings.LastIndex(name, "/")+1:]
		}
		count := strconv.Itoa(t.Count)
		if t.Total != t.Count {
			count += fmt.Sprintf(" (%d with sub-tags)", t.Total)
		}
		desc := ""
		if t.Description != "" {
			desc = "  " + firstLine(t.Description)
		}
		fmt.Fprintf(c.Stdout, "%-32s %-8s %s%s\n", name, t.Color, count, desc)
	}
	return nil
}

func cmdTag(ctx context.Context, c *call) error {
	args := c.rest()
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		fmt.Fprintln(c.Stderr, "usage: dossier tag rename OLD NEW | merge FROM INTO | delete NAME | show NAME | set NAME [--color C] [--description D]")
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			return nil
		}
		return errUsage
	}
	sub, args := args[0], args[1:]
	switch sub {
	case "rename", "merge", "delete":
		asJSON := c.fs.Bool("json", false, "print the outcome as JSON")
		n := 2
		if sub == "delete" {
			n = 1
		}
		pos, err := c.parse(args, n, n)
		if err != nil {
			return err
		}
		lib, err := c.open(ctx, false)
		if err != nil {
			return err
		}
		var ch app.TagChange
		switch sub {
		case "rename":
			ch, err = lib.RenameTag(ctx, pos[0], pos[1])
		case "merge":
			ch, err = lib.MergeTag(ctx, pos[0], pos[1])
		default:
			ch, err = lib.DeleteTag(ctx, pos[0])
		}
		if err != nil {
			return err
		}
		if err := lib.Sync(ctx); err != nil {
			return err
		}
		if *asJSON {
			return printJSON(c.Stdout, ch)
		}
		verb := map[string]string{"rename": "renamed", "merge": "merged", "delete": "deleted"}[sub]
		fmt.Fprintf(c.Stdout, "%s %d tag%s on %d item%s", verb, ch.Tags, plural(ch.Tags), ch.Items, plural(ch.Items))
		if ch.Links > 0 {
			fmt.Fprintf(c.Stdout, "; %d link%s rewritten", ch.Links, plural(ch.Links))
		}
		fmt.Fprintln(c.Stdout)
		return nil
	case "show":
		asJSON := c.fs.Bool("json", false, "print JSON")
		direct := c.fs.Bool("direct", false, "only items with the tag itself, not its sub-tags")
		pos, err := c.parse(args, 1, 1)
		if err != nil {
			return err
		}
		lib, err := c.open(ctx, true)
		if err != nil {
			return err
		}
		info, err := lib.Tag(pos[0])
		if err != nil && !errors.Is(err, app.ErrNotFound) {
			return err
		}
		items, ierr := lib.TaggedItems(pos[0], !*direct)
		if ierr != nil {
			return ierr
		}
		if *asJSON {
			out := struct {
				Tag   *tagJSON         `json:"tag"`
				Items []app.TaggedItem `json:"items"`
			}{Items: items}
			if info != nil {
				t := toTagJSON(info)
				out.Tag = &t
			}
			return printJSON(c.Stdout, out)
		}
		w := c.Stdout
		if info != nil {
			fmt.Fprintf(w, "%s  %s  %d item%s (%d with sub-tags)\n", info.Name, info.Color, info.Count, plural(info.Count), info.Total)
			if info.Description != "" {
				fmt.Fprintln(w, info.Description)
			}
		}
		for _, it := range items {
			switch it.Kind {
			case app.TypeArticle, app.TypeNote:
				fmt.Fprintf(w, "  %-10s %s  %s%s\n", it.Kind, it.ID, it.Title, tagSuffix(it.Tags))
			default:
				who := ""
				if it.Speaker != "" {
					who = " — " + it.Speaker
				}
				fmt.Fprintf(w, "  %-10s %s  %s%s  (in %q)%s\n", it.Kind, it.ID, quoted(it.Text, 60), who, it.Title, tagSuffix(it.Tags))
			}
		}
		if len(items) == 0 {
			fmt.Fprintln(w, "  nothing carries this tag")
		}
		return nil
	case "set":
		color := c.fs.String("color", "", "colour: #rrggbb or a name (\"\" restores the default)")
		desc := c.fs.String("description", "", "description")
		pos, err := c.parse(args, 1, 1)
		if err != nil {
			return err
		}
		set := setFlags(c.fs)
		var e app.TagEdit
		if set["color"] {
			e.Color = color
		}
		if set["description"] {
			e.Description = desc
		}
		if e.Color == nil && e.Description == nil {
			return errors.New("nothing to set: give --color or --description")
		}
		lib, err := c.open(ctx, false)
		if err != nil {
			return err
		}
		t, err := lib.UpdateTag(ctx, pos[0], e)
		if err != nil {
			return err
		}
		fmt.Fprintf(c.Stdout, "tag %s  %s  %s\n", t.Name, t.Color, t.Description)
		return lib.Sync(ctx)
	}
	return fmt.Errorf("unknown tag command %q (want rename, merge, delete, show or set)", sub)
}

// quoted shows a passage in quotation marks, shortened to n characters and
// on one line.
func quoted(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		s = string(r[:n-1]) + "…"
	}
	return "“" + s + "”"
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i] + " …"
	}
	if r := []rune(s); len(r) > 100 {
		s = string(r[:99]) + "…"
	}
	return s
}

func tagSuffix(tags []string) string {
	if len(tags) == 0 {
		return ""
	}
	return "  #" + strings.Join(tags, " #")
}
