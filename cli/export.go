package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/term"

	"dossier/app/export"
)

func cmdExport(ctx context.Context, c *call) error {
	format := c.fs.String("format", "", "markdown, html, csv, bundle or qdpx")
	out := c.fs.String("out", "", "output file (a folder for markdown); the extension is added when missing")
	tag := c.fs.String("tag", "", "export the items under this tag and its sub-tags")
	query := c.fs.String("search", "", "export the articles and notes this search finds")
	article := c.fs.String("article", "", "export one article (ID)")
	note := c.fs.String("note", "", "export one note (title or ID) with every page it links to")
	encrypt := c.fs.Bool("encrypt", false, "encrypt the bundle with a passphrase (asked on the terminal, else read from standard input)")
	origin := c.fs.String("origin", "", "name of this library recorded in bundles (default: the host name)")
	quiet := c.fs.Bool("quiet", false, "no progress bar")
	asJSON := c.fs.Bool("json", false, "print the result as JSON")
	if _, err := c.parse(c.rest(), 0, 0); err != nil {
		return err
	}
	if *format == "" || *out == "" {
		c.fs.Usage()
		return errUsage
	}
	if *encrypt && *format != export.FormatBundle {
		return fmt.Errorf("--encrypt works with --format bundle only")
	}
	toStdout := *out == "-"
	if toStdout {
		if *format == export.FormatMarkdown {
			return errors.New("--out -: a Markdown vault is a folder; name a folder, or pick a one-file format")
		}
		tmp, err := os.MkdirTemp("", "dossier-export-*")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		*out = filepath.Join(tmp, "export")
	}
	opt := export.Options{Format: *format, Out: *out, Origin: *origin,
		Selection: export.Selection{Tag: *tag, Query: *query, Article: *article, Note: *note}}
	if *encrypt {
		pass, err := c.askPassphrase("Passphrase for "+*out, true)
		if err != nil {
			return err
		}
		opt.Passphrase = pass
	}
	lib, err := c.open(ctx, true)
	if err != nil {
		return err
	}
	pl := &progressLine{w: c.Stderr}
	if !*quiet {
		opt.Progress = func(done, total int) {
			pl.show(done == total, "%s %d/%d articles and notes", bar(done, total, 24), done, total)
		}
	}
	res, err := export.Run(ctx, lib, opt)
	pl.done()
	if err != nil {
		return err
	}
	report := c.Stdout
	if toStdout {
		// The export itself goes to standard output; what was exported is
		// said on standard error.
		f, err := os.Open(res.Path)
		if err != nil {
			return err
		}
		_, err = io.Copy(c.Stdout, f)
		f.Close()
		if err != nil {
			return fmt.Errorf("write the export to standard output: %w", err)
		}
		res.Path = "-"
		report = c.Stderr
	}
	if *asJSON {
		return printJSON(report, res)
	}
	enc := ""
	if res.Encrypted {
		enc = ", encrypted"
	}
	fmt.Fprintf(report, "exported %d articles, %d annotations, %d quotes, %d notes, %d people, %d tags to %s (%s%s)\n",
		res.Articles, res.Annotations, res.Quotes, res.Notes, res.People, res.Tags, res.Path, res.Format, enc)
	return nil
}

// askPassphrase reads a passphrase: from the terminal without echo (twice
// when confirm is set), else the first line of standard input.
func (c *call) askPassphrase(prompt string, confirm bool) (string, error) {
	if f, ok := c.Stdin.(*os.File); ok && c.StdinIsTerminal() {
		fmt.Fprint(c.Stderr, prompt+": ")
		p1, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(c.Stderr)
		if err != nil {
			return "", fmt.Errorf("read passphrase: %w", err)
		}
		if confirm {
			fmt.Fprint(c.Stderr, "Again: ")
			p2, err := term.ReadPassword(int(f.Fd()))
			fmt.Fprintln(c.Stderr)
			if err != nil {
				return "", fmt.Errorf("read passphrase: %w", err)
			}
			if string(p1) != string(p2) {
				return "", errors.New("the passphrases differ")
			}
		}
		if len(p1) == 0 {
			return "", errors.New("empty passphrase")
		}
		return string(p1), nil
	}
	line, err := bufio.NewReader(c.Stdin).ReadString('\n')
	if err != nil && line == "" {
		return "", errors.New("no passphrase on standard input")
	}
	line = strings.TrimRight(line, "\r\n")
	if line == "" {
		return "", errors.New("empty passphrase on standard input")
	}
	return line, nil
}

// withImportPassphrase lets `dossier import` open encrypted bundles: the
// passphrase is asked once, when the first one is met.
func withImportPassphrase(ctx context.Context, c *call) context.Context {
	var once sync.Once
	var pass string
	var perr error
	return export.WithPassphrase(ctx, func(file string) (string, error) {
		once.Do(func() { pass, perr = c.askPassphrase("Passphrase for "+file, false) })
		return pass, perr
	})
}

// stdinFile copies standard input into a file in a new temporary folder,
// named for what the data looks like (a bundle, a REFI-QDA project, HTML,
// else text) unless as gives the extension, and returns its path and a
// clean-up.
func (c *call) stdinFile(as string) (string, func(), error) {
	data, err := io.ReadAll(io.LimitReader(c.Stdin, 1<<30))
	if err != nil {
		return "", nil, fmt.Errorf("read standard input: %w", err)
	}
	if len(data) == 0 {
		return "", nil, errors.New("standard input is empty")
	}
	ext := strings.TrimPrefix(as, ".")
	if ext == "" {
		trimmed := strings.TrimSpace(string(data[:min(len(data), 512)]))
		switch {
		case strings.HasPrefix(string(data), "PK\x03\x04"):
			ext = "dossier"
			if !strings.Contains(string(data), "manifest.json") {
				ext = "qdpx"
			}
		case strings.HasPrefix(trimmed, "<"):
			ext = "html"
		default:
			ext = "txt"
		}
	}
	dir, err := os.MkdirTemp("", "dossier-stdin-*")
	if err != nil {
		return "", nil, err
	}
	p := filepath.Join(dir, "stdin."+ext)
	if err := os.WriteFile(p, data, 0o600); err != nil {
		os.RemoveAll(dir)
		return "", nil, err
	}
	return p, func() { os.RemoveAll(dir) }, nil
}
