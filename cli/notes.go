package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"dossier/app"
)

func cmdNote(ctx context.Context, c *call) error {
	args := c.rest()
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		fmt.Fprintln(c.Stderr, "usage: dossier note new|show|edit|rename|delete|list|history ...")
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			return nil
		}
		return errUsage
	}
	sub, args := args[0], args[1:]
	switch sub {
	case "new":
		body := c.fs.String("body", "", "the note's Markdown (default: read standard input when it is not a terminal)")
		tags := c.fs.String("tags", "", "comma-separated tags")
		asJSON := c.jsonFlag()
		pos, err := c.parse(args, 1, 1)
		if err != nil {
			return err
		}
		text := *body
		if text == "" && !c.StdinIsTerminal() && c.Stdin != nil {
			data, err := io.ReadAll(io.LimitReader(c.Stdin, 10<<20))
			if err != nil {
				return fmt.Errorf("read note text: %w", err)
			}
			text = string(data)
		}
		lib, err := c.open(ctx, false)
		if err != nil {
			return err
		}
		n, err := lib.CreateNote(ctx, pos[0], text, splitList(*tags))
		if err != nil {
			return err
		}
		if err := c.done(*asJSON, n, "created note %q (%s)\n", n.Title, n.ID); err != nil {
			return err
		}
		return lib.Sync(ctx)
	case "show":
		asJSON := c.fs.Bool("json", false, "print JSON")
		asHTML := c.fs.Bool("html", false, "print the rendered HTML")
		pos, err := c.parse(args, 1, 1)
		if err != nil {
			return err
		}
		lib, n, err := openResolved(ctx, c, true, pos[0], (*app.Library).ResolveNote)
		if err != nil {
			return err
		}
		switch {
		case *asJSON:
			return printJSON(c.Stdout, n)
		case *asHTML:
			out, err := lib.RenderPage(n.Body)
			if err != nil {
				return err
			}
			fmt.Fprintln(c.Stdout, out)
		default:
			fmt.Fprintf(c.Stdout, "# %s\n\n%s", n.Title, n.Body)
			if !strings.HasSuffix(n.Body, "\n") {
				fmt.Fprintln(c.Stdout)
			}
		}
		return nil
	case "edit":
		asJSON := c.jsonFlag()
		pos, err := c.parse(args, 1, 1)
		if err != nil {
			return err
		}
		lib, err := c.open(ctx, false)
		if err != nil {
			return err
		}
		n, err := lib.ResolveNote(pos[0])
		if errors.Is(err, app.ErrNotFound) {
			n, err = lib.CreateNote(ctx, pos[0], "", nil)
		}
		if err != nil {
			return err
		}
		text, changed, err := editInEditor(c, "note-*.md", n.Body)
		if err != nil {
			return err
		}
		if !changed {
			return c.done(*asJSON, n, "no changes\n")
		}
		saved, err := lib.UpdateNote(ctx, n.ID, app.NoteEdit{Body: &text})
		if err != nil {
			return err
		}
		if err := c.done(*asJSON, saved, "saved note %q\n", n.Title); err != nil {
			return err
		}
		return lib.Sync(ctx)
	case "rename":
		asJSON := c.jsonFlag()
		pos, err := c.parse(args, 2, 2)
		if err != nil {
			return err
		}
		lib, err := c.open(ctx, false)
		if err != nil {
			return err
		}
		n, err := lib.RenameNote(ctx, pos[0], pos[1])
		if err != nil {
			return err
		}
		if err := c.done(*asJSON, n, "renamed %q to %q; links to it were rewritten\n", pos[0], n.Title); err != nil {
			return err
		}
		return lib.Sync(ctx)
	case "delete":
		pos, err := c.parse(args, 1, 1)
		if err != nil {
			return err
		}
		lib, n, err := openResolved(ctx, c, false, pos[0], (*app.Library).ResolveNote)
		if err != nil {
			return err
		}
		if err := lib.DeleteNote(ctx, n.ID); err != nil {
			return err
		}
		fmt.Fprintf(c.Stdout, "deleted note %q; links to it now show as missing\n", n.Title)
		return lib.Sync(ctx)
	case "list":
		asJSON := c.fs.Bool("json", false, "print JSON")
		if _, err := c.parse(args, 0, 0); err != nil {
			return err
		}
		lib, err := c.open(ctx, true)
		if err != nil {
			return err
		}
		notes, err := lib.Notes()
		if err != nil {
			return err
		}
		if *asJSON {
			return printJSON(c.Stdout, notes)
		}
		for _, n := range notes {
			fmt.Fprintf(c.Stdout, "%s  %s\n", n.ID, n.Title)
		}
		return nil
	case "history":
		asJSON := c.fs.Bool("json", false, "print JSON")
		pos, err := c.parse(args, 1, 1)
		if err != nil {
			return err
		}
		lib, n, err := openResolved(ctx, c, true, pos[0], (*app.Library).ResolveNote)
		if err != nil {
			return err
		}
		vs, err := lib.NoteVersions(n.ID)
		if err != nil {
			return err
		}
		if *asJSON {
			if vs == nil {
				vs = []app.NoteVersion{}
			}
			return printJSON(c.Stdout, vs)
		}
		fmt.Fprintf(c.Stdout, "revision %d (current)  %s\n", n.Revision, n.Updated.Local().Format("2006-01-02 15:04"))
		for _, v := range vs {
			fmt.Fprintf(c.Stdout, "revision %d  %s  %q\n", v.Revision, v.Saved.Local().Format("2006-01-02 15:04"), v.Title)
		}
		return nil
	}
	return fmt.Errorf("unknown note command %q (new, show, edit, rename, delete, list, history)", sub)
}

func cmdLinks(ctx context.Context, c *call) error {
	asJSON := c.fs.Bool("json", false, "print JSON")
	lib, arg, err := c.openWithArg(ctx, true)
	if err != nil {
		return err
	}
	links, err := lib.Links(arg)
	if err != nil {
		return err
	}
	if *asJSON {
		return printJSON(c.Stdout, links)
	}
	fmt.Fprintf(c.Stdout, "%s %q\n\nlinks to:\n", links.Page.Kind, links.Page.Title)
	if len(links.Outgoing) == 0 {
		fmt.Fprintln(c.Stdout, "  (none)")
	}
	for _, l := range links.Outgoing {
		state := ""
		switch {
		case l.Embed:
			state = " (embed)"
		case !l.Exists:
			state = " (missing page)"
		default:
			state = " (" + string(l.Page.Kind) + ")"
		}
		fmt.Fprintf(c.Stdout, "  [[%s]]%s\n", l.Target, state)
	}
	fmt.Fprintln(c.Stdout, "\nlinked from:")
	if len(links.Backlinks) == 0 {
		fmt.Fprintln(c.Stdout, "  (none)")
	}
	for _, b := range links.Backlinks {
		fmt.Fprintf(c.Stdout, "  %s %q, line %d: %s\n", b.Source.Kind, b.Source.Title, b.Line, b.Context)
	}
	return nil
}

// splitList splits a comma-separated flag value.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// editInEditor writes text to a temporary file, runs $VISUAL or $EDITOR on
// it (vi when neither is set) and returns what the user saved.
func editInEditor(c *call, pattern, text string) (string, bool, error) {
	f, err := os.CreateTemp("", pattern)
	if err != nil {
		return "", false, fmt.Errorf("edit: %w", err)
	}
	defer os.Remove(f.Name())
	if _, err := f.WriteString(text); err != nil {
		f.Close()
		return "", false, fmt.Errorf("edit: %w", err)
	}
	f.Close()
	editor := c.Getenv("VISUAL")
	if editor == "" {
		editor = c.Getenv("EDITOR")
	}
	if editor == "" {
		editor = "vi"
	}
	fields := strings.Fields(editor)
	cmd := exec.Command(fields[0], append(fields[1:], f.Name())...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, c.Stdout, c.Stderr
	if err := cmd.Run(); err != nil {
		return "", false, fmt.Errorf("editor %s: %w", filepath.Base(fields[0]), err)
	}
	data, err := os.ReadFile(f.Name())
	if err != nil {
		return "", false, fmt.Errorf("edit: %w", err)
	}
	return string(data), string(data) != text, nil
}
