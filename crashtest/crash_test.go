package crashtest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"dossier/app"
	"dossier/index"
	"dossier/storage"
)

const (
	envChild  = "DOSSIER_CRASH_CHILD" // library folder: run as the child
	envSrc    = "DOSSIER_CRASH_SRC"   // folder the child writes articles to import
	envSeed   = "DOSSIER_CRASH_CHILD_SEED"
	rollTag   = "roll-" // the tag renamed again and again: roll-0, roll-1, …
	readyLine = "READY"
)

func TestMain(m *testing.M) {
	if dir := os.Getenv(envChild); dir != "" {
		seed, _ := strconv.ParseUint(os.Getenv(envSeed), 10, 64)
		if err := child(dir, os.Getenv(envSrc), seed); err != nil {
			fmt.Fprintln(os.Stderr, "crash child:", err)
			os.Exit(3)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// openLib opens the library like main.go does, rebuilding a stale index.
func openLib(ctx context.Context, dir string) (lib *app.Library, rebuilt bool, err error) {
	st, err := storage.Open(dir, storage.Options{LockTimeout: 10 * time.Second})
	if err != nil {
		return nil, false, err
	}
	idx, err := index.Open(filepath.Join(dir, "index.bleve"), index.Options{})
	if err != nil {
		st.Close()
		return nil, false, err
	}
	lib, err = app.Open(ctx, st, idx, app.Options{})
	if err != nil {
		idx.Close()
		st.Close()
		return nil, false, err
	}
	if lib.IndexStale() {
		if err := lib.Reindex(ctx, nil); err != nil {
			lib.Close()
			return nil, true, err
		}
		return lib, true, nil
	}
	return lib, false, nil
}

// child works on the library until it is killed, printing
// "COMMITTED <kind> <id> [<n>]" after each call that returned without error.
func child(dir, src string, seed uint64) error {
	ctx := context.Background()
	lib, _, err := openLib(ctx, dir)
	if err != nil {
		return err
	}
	defer lib.Close()
	out := bufio.NewWriter(os.Stdout)
	say := func(format string, a ...any) {
		fmt.Fprintf(out, format+"\n", a...)
		out.Flush() // one write per line: a kill can only cut the line being written
	}
	say(readyLine)
	if _, err := app.AutoBackup(lib, filepath.Join(dir, app.AutoBackupDir), 0); err != nil {
		return err
	}
	rnd := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))

	arts, err := lib.Articles()
	if err != nil {
		return err
	}
	var articles []string
	for _, a := range arts {
		articles = append(articles, a.ID)
	}
	noteRev := map[string]int{}
	noteTitle := map[string]string{}
	notes, err := lib.Notes()
	if err != nil {
		return err
	}
	var noteIDs []string
	for _, n := range notes {
		full, err := lib.Note(n.ID)
		if err != nil {
			return err
		}
		noteRev[n.ID] = bodyRev(full.Body)
		noteTitle[n.ID] = n.Title
		noteIDs = append(noteIDs, n.ID)
	}
	gen, err := rollGen(lib)
	if err != nil {
		return err
	}

	for i := 0; ; i++ {
		switch rnd.IntN(4) {
		case 0: // import a new article
			p := filepath.Join(src, fmt.Sprintf("a-%d-%d.txt", seed, i))
			if err := os.WriteFile(p, []byte(articleText(seed, i)), 0o644); err != nil {
				return err
			}
			sum, err := lib.Import(ctx, []string{p}, app.ImportOptions{Workers: 1})
			if err != nil {
				return fmt.Errorf("import: %w", err)
			}
			for _, o := range sum.Outcomes {
				if o.Status == app.ImportAdded {
					articles = append(articles, o.ArticleID)
					say("COMMITTED article %s", o.ArticleID)
				}
			}
		case 1: // annotate a passage
			if len(articles) == 0 {
				continue
			}
			id := articles[rnd.IntN(len(articles))]
			a, err := lib.Article(id)
			if err != nil {
				return err
			}
			n := len([]rune(a.Text()))
			start := rnd.IntN(max(n-20, 1))
			tags := []string{"crash"}
			if gen < 0 {
				tags = append(tags, rollTag+"0")
			}
			ann, err := lib.Annotate(ctx, app.AnnotationInput{ArticleID: id, Start: start, End: min(start+15, n),
				Note: fmt.Sprintf("annotation %d", i), Tags: tags})
			if err != nil {
				return fmt.Errorf("annotate: %w", err)
			}
			say("COMMITTED annotation %s", ann.ID)
			if gen < 0 {
				gen = 0
				say("COMMITTED roll - 0")
			}
		case 2: // create or edit a note
			if len(noteIDs) == 0 || rnd.IntN(4) == 0 {
				title := fmt.Sprintf("Crash note %d-%d", seed, i)
				link := ""
				if len(noteIDs) > 0 {
					link = " see [[" + noteTitle[noteIDs[rnd.IntN(len(noteIDs))]] + "]]"
				}
				n, err := lib.CreateNote(ctx, title, "rev 0"+link, []string{"crash"})
				if err != nil {
					return fmt.Errorf("create note: %w", err)
				}
				noteIDs = append(noteIDs, n.ID)
				noteRev[n.ID], noteTitle[n.ID] = 0, title
				say("COMMITTED note %s 0", n.ID)
				continue
			}
			id := noteIDs[rnd.IntN(len(noteIDs))]
			rev := noteRev[id] + 1
			body := fmt.Sprintf("rev %d see [[%s]] and #crash", rev, noteTitle[noteIDs[rnd.IntN(len(noteIDs))]])
			if _, err := lib.UpdateNote(ctx, id, app.NoteEdit{Body: &body}); err != nil {
				return fmt.Errorf("update note: %w", err)
			}
			noteRev[id] = rev
			say("COMMITTED note %s %d", id, rev)
		case 3: // rename the rolling tag
			if gen < 0 {
				continue
			}
			if _, err := lib.RenameTag(ctx, rollTag+strconv.Itoa(gen), rollTag+strconv.Itoa(gen+1)); err != nil {
				return fmt.Errorf("rename tag: %w", err)
			}
			gen++
			say("COMMITTED roll - %d", gen)
		}
	}
}

func articleText(seed uint64, i int) string {
	return fmt.Sprintf("Crash article %d-%d\n\nHARBOUR – Delegates met for round %d of talks on item %d.\n\n"+
		"\"We keep every word,\" said Ada Byron, the spokeswoman, on day %d.\n\nThe next round is set for week %d.\n",
		seed, i, i, seed, i, i+1)
}

// bodyRev reads the counter of a note body "rev N ...".
func bodyRev(body string) int {
	f := strings.Fields(body)
	if len(f) < 2 || f[0] != "rev" {
		return -1
	}
	n, err := strconv.Atoi(f[1])
	if err != nil {
		return -1
	}
	return n
}

// rollGen returns the generation of the rolling tag (-1 when none yet).
func rollGen(lib *app.Library) (int, error) {
	tags, err := lib.Tags()
	if err != nil {
		return 0, err
	}
	gen := -1
	for _, t := range tags {
		if g, ok := strings.CutPrefix(t.Name, rollTag); ok {
			n, err := strconv.Atoi(g)
			if err != nil {
				continue
			}
			if gen >= 0 {
				return 0, fmt.Errorf("two rolling tags: %s%d and %s", rollTag, gen, t.Name)
			}
			gen = n
		}
	}
	return gen, nil
}

// committed is what the children reported as committed, over all runs.
type committed struct {
	articles, annotations map[string]bool
	notes                 map[string]int // note ID → latest reported revision
	roll                  int            // latest reported generation of the rolling tag
	total                 int
}

func (c *committed) add(line string) error {
	f := strings.Fields(line)
	if len(f) < 3 || f[0] != "COMMITTED" {
		return fmt.Errorf("unexpected child output %q", line)
	}
	c.total++
	switch f[1] {
	case "article":
		c.articles[f[2]] = true
	case "annotation":
		c.annotations[f[2]] = true
	case "note", "roll":
		if len(f) != 4 {
			return fmt.Errorf("bad line %q", line)
		}
		n, err := strconv.Atoi(f[3])
		if err != nil {
			return fmt.Errorf("bad line %q", line)
		}
		if f[1] == "roll" {
			c.roll = max(c.roll, n)
		} else {
			c.notes[f[2]] = max(c.notes[f[2]], n)
		}
	default:
		return fmt.Errorf("unknown kind in %q", line)
	}
	return nil
}

// verify reopens the library after a kill and checks it against what was
// reported committed.
func verify(ctx context.Context, dir string, want *committed) (rebuilt bool, err error) {
	lib, rebuilt, err := openLib(ctx, dir)
	if err != nil {
		return rebuilt, fmt.Errorf("reopen: %w", err)
	}
	defer lib.Close()
	var errs []error
	if err := lib.Store().Check(); err != nil {
		errs = append(errs, fmt.Errorf("bbolt check: %w", err))
	}
	for id := range want.articles {
		if _, err := lib.Article(id); err != nil {
			errs = append(errs, fmt.Errorf("committed article lost: %w", err))
		}
	}
	for id := range want.annotations {
		if _, err := lib.Annotation(id); err != nil {
			errs = append(errs, fmt.Errorf("committed annotation lost: %w", err))
		}
	}
	for id, rev := range want.notes {
		n, err := lib.Note(id)
		if err != nil {
			errs = append(errs, fmt.Errorf("committed note lost: %w", err))
			continue
		}
		if got := bodyRev(n.Body); got < rev {
			errs = append(errs, fmt.Errorf("note %s: revision %d committed, %d found", id, rev, got))
		}
	}
	gen, err := rollGen(lib)
	if err != nil {
		errs = append(errs, err)
	} else if gen < want.roll {
		errs = append(errs, fmt.Errorf("tag rename lost: %s%d committed, %s%d found", rollTag, want.roll, rollTag, gen))
	}
	rep, err := lib.Check(ctx)
	if err != nil {
		errs = append(errs, err)
	} else if !rep.OK() {
		errs = append(errs, fmt.Errorf("check after replay:\n%s", rep))
	}
	return rebuilt, errors.Join(errs...)
}

// runOnce starts a child, kills it after delay (from its READY line when
// waitReady, else from its start: a kill while it opens the library and
// replays index jobs), and feeds its COMMITTED lines to want. A child that
// was not killed by the signal is an error.
func runOnce(dir, src string, seed uint64, waitReady bool, delay time.Duration, want *committed) error {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), envChild+"="+dir, envSrc+"="+src, envSeed+"="+strconv.FormatUint(seed, 10))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	ready := make(chan struct{})
	lines := make(chan []string, 1)
	go func() {
		var got []string
		r := bufio.NewReader(stdout)
		first := true
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				break // a line cut by the kill was not reported
			}
			line = strings.TrimSpace(line)
			if first && line == readyLine {
				first = false
				close(ready)
				continue
			}
			got = append(got, line)
		}
		if first {
			close(ready)
		}
		lines <- got
	}()
	if waitReady {
		select {
		case <-ready:
		case <-time.After(2 * time.Minute):
		}
	}
	time.Sleep(delay)
	killErr := cmd.Process.Signal(syscall.SIGKILL)
	got := <-lines
	waitErr := cmd.Wait()
	for _, l := range got {
		if err := want.add(l); err != nil {
			return err
		}
	}
	var ee *exec.ExitError
	if killErr != nil || !errors.As(waitErr, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		return fmt.Errorf("child did not die by the kill (%v, %v): %s", killErr, waitErr, tail(stderr.String()))
	}
	return nil
}

func tail(s string) string {
	if len(s) > 2000 {
		return "…" + s[len(s)-2000:]
	}
	return s
}

func TestCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("crash harness: skipped with -short")
	}
	kills := 20
	if s := os.Getenv("CRASH_KILLS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			t.Fatalf("CRASH_KILLS=%q: want a positive number", s)
		}
		kills = n
	}
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("CRASH_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("CRASH_SEED=%q: %v", s, err)
		}
		seed = n
	}
	t.Logf("crash harness: %d kills, CRASH_SEED=%d", kills, seed)
	rnd := rand.New(rand.NewPCG(seed, 1))
	dir, src := t.TempDir(), t.TempDir()
	want := &committed{articles: map[string]bool{}, annotations: map[string]bool{}, notes: map[string]int{}, roll: -1}
	ctx := context.Background()
	rebuilds, failures := 0, 0
	start := time.Now()
	for k := 1; k <= kills; k++ {
		// Mostly short runs (many kills inside the first writes and the
		// backup), some longer ones (a bigger library under the kill).
		delay := time.Duration(rnd.IntN(300)) * time.Millisecond
		if rnd.IntN(5) == 0 {
			delay = time.Duration(300+rnd.IntN(900)) * time.Millisecond
		}
		waitReady := rnd.IntN(8) != 0
		if !waitReady {
			delay = time.Duration(rnd.IntN(400)) * time.Millisecond
		}
		before := want.total
		if err := runOnce(dir, src, seed+uint64(k), waitReady, delay, want); err != nil {
			t.Fatalf("kill %d: %v", k, err)
		}
		rebuilt, err := verify(ctx, dir, want)
		if rebuilt {
			rebuilds++
		}
		if err != nil {
			failures++
			t.Errorf("kill %d (after %v, %d new commits): %v", k, delay, want.total-before, err)
			if failures >= 5 {
				t.Fatalf("stopping after %d failed checks", failures)
			}
		}
		if k%10 == 0 || k == kills {
			t.Logf("kill %d/%d: %d commits reported (%d articles, %d annotations, %d notes, tag roll-%d), %d index rebuilds, %d failed checks, %.0fs",
				k, kills, want.total, len(want.articles), len(want.annotations), len(want.notes), want.roll, rebuilds, failures, time.Since(start).Seconds())
		}
	}
	t.Logf("crash harness done: %d SIGKILLs, each followed by bbolt check, %d committed changes verified present, index = store after replay, no dangling refs; %d failed checks",
		kills, want.total, failures)
}
