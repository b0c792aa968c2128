package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/cli"
	"dossier/storage"
)

// runAnnCLI runs one command line with extra environment variables.
func runAnnCLI(t *testing.T, dir string, env map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	home := t.TempDir()
	e := &cli.Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Open: openCLILib,
		Restore: storage.Restore, Version: "test",
		Getenv: func(k string) string {
			if k == "HOME" {
				return home
			}
			return env[k]
		}}
	code = cli.Run(context.Background(), append([]string{"--library", dir}, args...), e)
	return code, out.String(), errb.String()
}

const annCLIArticle = "Harbour reopens after storm\n\nNORTH BAY – The harbour reopened on Monday after a week of repairs.\n\nThe goverment promised more funding for the breakwater next year.\n\nFishing boats returned to the inner basin by the afternoon.\n"

// importOne imports the test article and returns its ID.
func importOne(t *testing.T, lib string) string {
	t.Helper()
	f := filepath.Join(t.TempDir(), "story.txt")
	if err := os.WriteFile(f, []byte(annCLIArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := runCLI(t, lib, "import", "--quiet", f); code != 0 {
		t.Fatalf("import: %d %s %s", code, out, errs)
	}
	_, out, _ := runCLI(t, lib, "list", "--json")
	var list []struct{ ID string }
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list) != 1 {
		t.Fatalf("list: %s %v", out, err)
	}
	return list[0].ID
}

type annJSON struct {
	ID    string   `json:"id"`
	Start int      `json:"start"`
	End   int      `json:"end"`
	Text  string   `json:"text"`
	State string   `json:"state"`
	Note  string   `json:"note"`
	Tags  []string `json:"tags"`
}

func TestAnnotateCLI(t *testing.T) {
	lib := t.TempDir()
	id := importOne(t, lib)
	code, out, errs := runCLI(t, lib, "annotate", id, "--quote", "promised more funding", "--note", "check the *budget*",
		"--tag", "topic/funding", "--tag", "actor/government", "--json")
	if code != 0 {
		t.Fatalf("annotate: %d %s", code, errs)
	}
	var an annJSON
	if err := json.Unmarshal([]byte(out), &an); err != nil {
		t.Fatal(err)
	}
	if an.Text != "promised more funding" || an.Note != "check the *budget*" || len(an.Tags) != 2 {
		t.Errorf("annotation = %+v", an)
	}
	// Offsets are code points into `show --json`'s text.
	_, out, _ = runCLI(t, lib, "show", id, "--json")
	var art struct{ Text string }
	json.Unmarshal([]byte(out), &art)
	if got := string([]rune(art.Text)[an.Start:an.End]); got != an.Text {
		t.Errorf("text[%d:%d] = %q", an.Start, an.End, got)
	}
	start := strings.Index(art.Text, "harbour")
	code, out, errs = runCLI(t, lib, "annotate", id, "--start", itoa(len([]rune(art.Text[:start]))),
		"--end", itoa(len([]rune(art.Text[:start]))+7))
	if code != 0 || !strings.Contains(out, "“harbour”") {
		t.Errorf("annotate by offsets: %d %q %q", code, out, errs)
	}

	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"ambiguous quote", []string{"annotate", id, "--quote", "the"}, "more than once"},
		{"missing quote", []string{"annotate", id, "--quote", "zebra crossing"}, "not found"},
		{"no passage", []string{"annotate", id}, "--quote TEXT"},
		{"both", []string{"annotate", id, "--quote", "harbour", "--start", "1", "--end", "3"}, "not both"},
		{"start alone", []string{"annotate", id, "--start", "1"}, "go together"},
		{"outside", []string{"annotate", id, "--start", "5", "--end", "100000"}, "past the end"},
		{"empty span", []string{"annotate", id, "--start", "5", "--end", "5"}, "empty"},
		{"bad tag", []string{"annotate", id, "--quote", "harbour reopened", "--tag", strings.Repeat("t", 101)}, "longer than 100"},
		{"empty tag", []string{"annotate", id, "--quote", "harbour reopened", "--tag", ""}, "empty"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := runCLI(t, lib, tc.args...)
			if code != 1 || !strings.Contains(errs, tc.want) {
				t.Errorf("exit %d, stderr %q; want 1 and %q", code, errs, tc.want)
			}
		})
	}
	_, out, _ = runCLI(t, lib, "annotations", "--json")
	var list []annJSON
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list) != 2 {
		t.Fatalf("annotations --json: %s (%v)", out, err)
	}
	if code, out, _ := runCLI(t, lib, "annotations", id); code != 0 || !strings.Contains(out, "promised more funding") ||
		!strings.Contains(out, "note: check the *budget*") {
		t.Errorf("annotations: %q", out)
	}

	_, out, _ = runCLI(t, lib, "tags", "--json")
	var tags []struct {
		Name  string
		Count int
		Total int
	}
	if err := json.Unmarshal([]byte(out), &tags); err != nil || len(tags) != 4 {
		t.Fatalf("tags --json: %s (%v)", out, err)
	}
	if code, out, errs := runCLI(t, lib, "tag", "rename", "actor/government", "actor/ministry"); code != 0 ||
		!strings.Contains(out, "renamed 1 tag on 1 item") {
		t.Errorf("tag rename: %d %q %q", code, out, errs)
	}
	if code, _, errs := runCLI(t, lib, "tag", "rename", "actor/ministry", "topic/funding"); code != 1 || !strings.Contains(errs, "merge") {
		t.Errorf("rename onto an existing tag: %d %q", code, errs)
	}
	if code, out, errs := runCLI(t, lib, "tag", "merge", "actor/ministry", "topic/funding"); code != 0 || !strings.Contains(out, "merged") {
		t.Errorf("tag merge: %d %q %q", code, out, errs)
	}
	if code, out, _ := runCLI(t, lib, "tag", "show", "topic"); code != 0 || !strings.Contains(out, "promised more funding") {
		t.Errorf("tag show: %q", out)
	}
	if code, out, _ := runCLI(t, lib, "tag", "set", "topic/funding", "--color", "purple", "--description", "Money"); code != 0 ||
		!strings.Contains(out, "#c7a4f2") {
		t.Errorf("tag set: %q", out)
	}
	if code, out, _ := runCLI(t, lib, "tags"); code != 0 || !strings.Contains(out, "funding") || !strings.Contains(out, "Money") {
		t.Errorf("tags: %q", out)
	}
	if code, out, _ := runCLI(t, lib, "search", "tag:topic/funding", "--json"); code == 0 && !strings.Contains(out, an.ID) {
		t.Errorf("search tag:topic/funding does not find the annotation: %s", out)
	}
	if code, out, _ := runCLI(t, lib, "check"); code != 0 {
		t.Errorf("check: %s", out)
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// editorScript writes a shell script usable as $EDITOR that runs sed on
// the file it is given.
func editorScript(t *testing.T, sed string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "ed.sh")
	script := "#!/bin/sh\nsed -i.bak " + sed + " \"$1\"\n"
	if err := os.WriteFile(p, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestEditCLI(t *testing.T) {
	lib := t.TempDir()
	id := importOne(t, lib)
	runCLI(t, lib, "annotate", id, "--quote", "goverment promised", "--note", "typo here")
	runCLI(t, lib, "annotate", id, "--quote", "returned to the inner basin")
	runCLI(t, lib, "annotate", id, "--quote", "after a week of repairs")

	// An editor that saves the file unchanged: nothing saved.
	code, out, errs := runAnnCLI(t, lib, map[string]string{"EDITOR": "true"}, "edit", id)
	if code != 0 || !strings.Contains(out, "no changes") {
		t.Fatalf("unchanged edit: %d %q %q", code, out, errs)
	}
	// Fix the typo, delete the repairs, add a paragraph before the last.
	ed := editorScript(t, `-e 's/goverment/government/' -e 's/ after a week of repairs//' -e 's/^Fishing boats/A new paragraph.\n\nFishing boats/'`)
	code, out, errs = runAnnCLI(t, lib, map[string]string{"EDITOR": ed}, "edit", id)
	if code != 0 {
		t.Fatalf("edit: %d %q %q", code, out, errs)
	}
	for _, want := range []string{"saved revision 2", "annotations: 0 in place, 1 moved, 1 flagged for review, 1 orphaned", "dossier orphans"} {
		if !strings.Contains(out, want) {
			t.Errorf("edit output %q lacks %q", out, want)
		}
	}
	_, out, _ = runCLI(t, lib, "show", id, "--json")
	var art struct {
		Body []string
	}
	json.Unmarshal([]byte(out), &art)
	if len(art.Body) != 4 || art.Body[2] != "A new paragraph." || !strings.Contains(art.Body[1], "The government promised") {
		t.Errorf("body after edit: %q", art.Body)
	}
	code, out, _ = runCLI(t, lib, "orphans", "--json")
	var orphans []struct {
		ID, Kind, Text string
	}
	if err := json.Unmarshal([]byte(out), &orphans); err != nil || len(orphans) != 1 || orphans[0].Text != "after a week of repairs" {
		t.Fatalf("orphans: %d %s %v", code, out, err)
	}
	if _, out, _ := runCLI(t, lib, "orphans", "--flagged"); !strings.Contains(out, "government promised") {
		t.Errorf("orphans --flagged: %q", out)
	}
	if code, out, errs := runCLI(t, lib, "orphans", "reattach", orphans[0].ID, "--quote", "reopened on Monday"); code != 0 ||
		!strings.Contains(out, "re-attached annotation") {
		t.Errorf("reattach: %d %q %q", code, out, errs)
	}
	if _, out, _ := runCLI(t, lib, "orphans"); !strings.Contains(out, "No orphans") {
		t.Errorf("orphans after reattach: %q", out)
	}
	code, out, _ = runCLI(t, lib, "history", id)
	if code != 0 || !strings.Contains(out, "revision 2") || !strings.Contains(out, "revision 1") || !strings.Contains(out, "by edit") {
		t.Errorf("history: %q", out)
	}
	if code, out, _ := runCLI(t, lib, "history", id, "--show", "1"); code != 0 || !strings.HasPrefix(out, "# Harbour reopens after storm\n\n") ||
		!strings.Contains(out, "goverment") {
		t.Errorf("history --show 1: %q", out)
	}
	// Metadata by flags, no editor.
	if code, out, errs := runCLI(t, lib, "edit", id, "--source", "Bay Herald", "--published", "2024-03-04"); code != 0 ||
		!strings.Contains(out, "saved revision 3") {
		t.Errorf("edit --source: %d %q %q", code, out, errs)
	}
	if code, out, errs := runCLI(t, lib, "edit", id, "--undo"); code != 0 || !strings.Contains(out, "saved revision 4") {
		t.Errorf("edit --undo: %d %q %q", code, out, errs)
	}
	// A broken file is refused and kept for the user.
	t.Setenv("TMPDIR", t.TempDir())
	bad := editorScript(t, `-e '1d'`)
	code, _, errs = runAnnCLI(t, lib, map[string]string{"EDITOR": bad}, "edit", id)
	if code != 1 || !strings.Contains(errs, "# Title") || !strings.Contains(errs, "kept in") {
		t.Errorf("bad edit: %d %q", code, errs)
	}
	if code, _, errs := runCLI(t, lib, "edit", id, "--undo", "--source", "x"); code != 1 || !strings.Contains(errs, "alone") {
		t.Errorf("--undo with --source: %d %q", code, errs)
	}
	if code, out, _ := runCLI(t, lib, "check"); code != 0 {
		t.Errorf("check: %s", out)
	}
}
