// Package cli is Dossier's command line: one subcommand per use case, each
// a thin layer over app.Library that prints text or JSON. main.go hands it
// the functions that open a library and start the GUI, so this package
// depends on app (and its leaf packages) only.
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
	"dossier/app/syncer"
)

// Opener opens the library in folder dir. readOnly opens it shared, for
// commands that only read.
type Opener func(ctx context.Context, dir string, readOnly bool) (*app.Library, error)

// Env is what the commands need from the outside world.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	Open           Opener
	// GUI starts the desktop app on the library folder (nil in tests).
	GUI func(dir string) error
	// Restore replaces a closed library's store with a backup file.
	Restore func(backup, dir string) (kept string, err error)
	// Version is the app version for `dossier version`.
	Version string
	// StdinIsTerminal reports whether standard input is an interactive terminal.
	StdinIsTerminal func() bool
	// Secrets keeps sync secrets (the OS keyring when nil).
	Secrets syncer.Secrets
}

// command is one subcommand.
type command struct {
	name    string
	args    string // usage after the name
	summary string
	run     func(ctx context.Context, c *call) error
}

// call is one invocation of a command: its flags and the environment.
type call struct {
	*Env
	fs      *flag.FlagSet
	args    []string // arguments after the command name
	library string   // resolved library folder
	lib     *app.Library
}

// exitError carries an exit code other than 1.
type exitError struct {
	code int
	err  error
}

func (e exitError) Error() string { return e.err.Error() }
func (e exitError) Unwrap() error { return e.err }

func commands() []command {
	return []command{
		{"import", "PATH...", "import articles (.txt, .md, .html, .pdf, .docx, .epub), folders (recursively) and bundles (- reads standard input)", cmdImport},
		{"list", "", "list the articles", cmdList},
		{"show", "ID", "show an article (an ID or a prefix of one)", cmdShow},
		{"search", "QUERY", "search everything (Bleve query syntax; see `dossier help search`)", cmdSearch},
		{"annotate", "ARTICLE_ID (--quote TEXT | --start N --end N)", "highlight a passage, with a note and tags", cmdAnnotate},
		{"annotations", "[ARTICLE_ID]", "list annotations (all, or one article's)", cmdAnnotations},
		{"orphans", "[--flagged] | reattach ID (--quote T | --start N --end N) | delete ID | reviewed ID", "list annotations that lost their place after an edit; re-attach or delete them", cmdOrphans},
		{"edit", "ARTICLE_ID [--title T ...] [--from FILE] [--undo | --restore N]", "edit an article's text in $EDITOR (annotations re-anchor)", cmdEdit},
		{"history", "ARTICLE_ID", "list an article's earlier versions", cmdHistory},
		{"tags", "", "list tags with counts", cmdTags},
		{"tag", "rename OLD NEW | merge FROM INTO | delete NAME | show NAME | set NAME --color C --description D", "manage tags", cmdTag},
		{"quotes", "ARTICLE_ID | --all | extract FILE | score GOLD_DIR | confirm|reject ID", "list, review and score quotes", cmdQuotes},
		{"people", "", "list people with quote counts", cmdPeople},
		{"person", "show|rename|merge|split ...", "manage people", cmdPerson},
		{"note", "new|show|edit|rename|delete|list ...", "wiki notes", cmdNote},
		{"links", "TITLE", "outgoing links and backlinks of a page", cmdLinks},
		{"export", "--format F --out PATH [selection]", "export markdown, html, csv, bundle or qdpx (--out - for standard output)", cmdExport},
		{"conflicts", "", "list what bundle merges kept side by side (changed differently on two sides)", cmdConflicts},
		{"sync", "[--watch] | setup (--folder DIR | --webdav URL | --s3 HOST --bucket B) | status | history ID", "sync with your other devices and your team through a folder, WebDAV or S3 (end-to-end encrypted)", cmdSync},
		{"backup", "FILE", "write a consistent copy of the library while it is in use", cmdBackup},
		{"restore", "[FILE | --list]", "replace the library with a backup, by default the latest automatic one (the current file is kept beside it)", cmdRestore},
		{"check", "", "check the store and that the search index matches it", cmdCheck},
		{"reindex", "", "rebuild the search index from the store", cmdReindex},
		{"bench", "", "generate a corpus and measure import, indexing and search", cmdBench},
		{"sample", "", "load the sample library that ships with Dossier", cmdSample},
		{"version", "", "print the version", cmdVersion},
	}
}

// Run runs the command line and returns the process exit code.
func Run(ctx context.Context, args []string, env *Env) int {
	if env.Getenv == nil {
		env.Getenv = os.Getenv
	}
	if env.StdinIsTerminal == nil {
		env.StdinIsTerminal = func() bool { return false }
	}
	global := flag.NewFlagSet("dossier", flag.ContinueOnError)
	global.SetOutput(env.Stderr)
	library := global.String("library", "", "library folder (default $DOSSIER_LIBRARY, else the user data folder)")
	global.Usage = func() { usage(env.Stderr) }
	if err := global.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	dir, err := LibraryDir(*library, env.Getenv)
	if err != nil {
		fmt.Fprintln(env.Stderr, "dossier:", err)
		return 1
	}
	rest := global.Args()
	if len(rest) == 0 {
		if env.GUI == nil {
			usage(env.Stderr)
			return 2
		}
		if err := env.GUI(dir); err != nil {
			fmt.Fprintln(env.Stderr, "dossier:", err)
			return 1
		}
		return 0
	}
	name := rest[0]
	if name == "help" || name == "-h" || name == "--help" {
		if len(rest) > 1 {
			return help(env, rest[1])
		}
		usage(env.Stdout)
		return 0
	}
	var cmd *command
	for _, c := range commands() {
		if c.name == name {
			cmd = &c
			break
		}
	}
	if cmd == nil {
		fmt.Fprintf(env.Stderr, "dossier: unknown command %q (run `dossier --help` for the list)\n", name)
		return 1
	}
	fs := flag.NewFlagSet("dossier "+name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "usage: dossier %s %s\n\n%s\n", cmd.name, cmd.args, cmd.summary)
		if hasFlags(fs) {
			fmt.Fprintln(env.Stderr, "\nflags:")
			fs.PrintDefaults()
		}
	}
	c := &call{Env: env, fs: fs, args: rest[1:], library: dir}
	err = cmd.run(ctx, c)
	if c.lib != nil {
		if cerr := c.lib.Close(); err == nil && cerr != nil {
			err = cerr
		}
	}
	if err == nil {
		return 0
	}
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if errors.Is(err, errUsage) {
		return 2
	}
	fmt.Fprintln(env.Stderr, "dossier "+name+":", err)
	var ee exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	return 1
}

// errUsage reports a usage error already printed.
var errUsage = errors.New("usage")

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

// parse parses the command's flags, allowing flags after positional
// arguments ("dossier show ID --json"), and checks the count of positional
// arguments is within [min, max] (max < 0: no limit).
func (c *call) parse(args []string, min, max int) ([]string, error) {
	var pos []string
	for {
		if err := c.fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, errUsage
		}
		args = c.fs.Args()
		if len(args) == 0 {
			break
		}
		if args[0] == "--" {
			pos = append(pos, args[1:]...)
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
	if len(pos) < min || (max >= 0 && len(pos) > max) {
		c.fs.Usage()
		return nil, errUsage
	}
	return pos, nil
}

// openWithArg parses the command's one argument and opens the library.
func (c *call) openWithArg(ctx context.Context, readOnly bool) (*app.Library, string, error) {
	pos, err := c.parse(c.rest(), 1, 1)
	if err != nil {
		return nil, "", err
	}
	lib, err := c.open(ctx, readOnly)
	return lib, pos[0], err
}

// open opens the library for the command.
func (c *call) open(ctx context.Context, readOnly bool) (*app.Library, error) {
	lib, err := c.Open(ctx, c.library, readOnly)
	if err != nil {
		return nil, withWayOut(c.library, err)
	}
	c.lib = lib
	if !readOnly {
		// Before the day's first change: a snapshot to go back to. A failed
		// backup (a full disk) must not stop the command; it is reported.
		if _, err := app.AutoBackup(lib, filepath.Join(c.library, app.AutoBackupDir), app.AutoBackupKeep); err != nil {
			fmt.Fprintln(c.Stderr, "warning:", err)
		}
		if err := reindexIfStale(ctx, c, lib); err != nil {
			return nil, err
		}
	}
	return lib, nil
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Dossier: a wiki and reader for analysts' articles, quotes and notes.")
	fmt.Fprintln(w, "\nusage: dossier [--library DIR] [COMMAND [ARGS]]   (no command opens the app)")
	fmt.Fprintln(w, "\ncommands:")
	cmds := commands()
	sort.SliceStable(cmds, func(i, j int) bool { return false })
	for _, c := range cmds {
		fmt.Fprintf(w, "  %-12s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun `dossier COMMAND --help` for a command's flags. Most listings take --json.")
}

func help(env *Env, topic string) int {
	switch topic {
	case "search":
		fmt.Fprint(env.Stdout, app.SearchHelp)
		return 0
	}
	return Run(context.Background(), []string{topic, "--help"}, env)
}

// LibraryDir resolves the library folder: the flag, else $DOSSIER_LIBRARY,
// else $XDG_DATA_HOME/dossier, else ~/.local/share/dossier.
func LibraryDir(flagValue string, getenv func(string) string) (string, error) {
	for _, v := range []string{flagValue, getenv("DOSSIER_LIBRARY")} {
		if strings.TrimSpace(v) != "" {
			return filepath.Abs(v)
		}
	}
	if x := getenv("XDG_DATA_HOME"); x != "" && filepath.IsAbs(x) {
		return filepath.Join(x, "dossier"), nil
	}
	home := getenv("HOME")
	if home == "" {
		h, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("no library folder: set --library or DOSSIER_LIBRARY (%w)", err)
		}
		home = h
	}
	return filepath.Join(home, ".local", "share", "dossier"), nil
}
