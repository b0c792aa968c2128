package syncer_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"dossier/app"
	"dossier/app/corpus"
	"dossier/app/syncer"
	"dossier/app/synclog"
	"dossier/app/synclog/folder"
	"dossier/index"
	"dossier/storage"
)

// openLib opens a library on a real bbolt file, with a real Bleve index
// when withIndex.
func openLib(t testing.TB, dir string, withIndex bool) *app.Library {
	t.Helper()
	st, err := storage.Open(dir, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var idx app.Index
	if withIndex {
		bi, err := index.Open(filepath.Join(dir, "index.bleve"), index.Options{})
		if err != nil {
			t.Fatal(err)
		}
		idx = bi
	}
	lib, err := app.Open(context.Background(), st, idx, app.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if lib.IndexStale() {
		if err := lib.Reindex(context.Background(), nil); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() { lib.Close() })
	return lib
}

// A text written for this test.
const article = `Harbour talks resume after storm delay

PORT ESKER – Negotiators from the two coastal states met again on Monday after a storm had closed the harbour for a week.

"We lost a week, but we did not lose the thread," said Mara Quill, the foreign minister of Esker.

Her counterpart, Tomas Verhoef, was more guarded. "Nothing is agreed until the fishing quotas are," he said.

The talks continue on Wednesday.`

type dev struct {
	name string
	lib  *app.Library
	s    *syncer.Syncer
}

func newDev(t *testing.T, tgt synclog.Target, key *synclog.Key, name string, withIndex bool) *dev {
	t.Helper()
	lib := openLib(t, t.TempDir(), withIndex)
	if err := lib.SetUpSync(context.Background(), app.SyncConfig{Device: name, Analyst: "analyst " + name, Target: tgt.String()}); err != nil {
		t.Fatal(err)
	}
	log, err := synclog.New(tgt, key, name, "analyst "+name)
	if err != nil {
		t.Fatal(err)
	}
	return &dev{name: name, lib: lib, s: syncer.New(lib, log)}
}

func (d *dev) sync(t *testing.T) syncer.Report {
	t.Helper()
	rep, err := d.s.Once(context.Background(), nil)
	if err != nil {
		t.Fatalf("sync %s: %v", d.name, err)
	}
	return rep
}

func importText(t *testing.T, lib *app.Library, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, err := lib.Import(context.Background(), []string{p}, app.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	arts, err := lib.Articles()
	if err != nil || len(arts) == 0 {
		t.Fatalf("import %s: %+v, %v", name, sum, err)
	}
	for _, a := range arts {
		if strings.HasPrefix(text, a.Title) {
			return a.ID
		}
	}
	return arts[len(arts)-1].ID
}

// dump is a library's content as lines that do not depend on which device
// wrote what first.
func dump(t *testing.T, lib *app.Library) []string {
	t.Helper()
	var out []string
	arts, err := lib.Articles()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		out = append(out, "article "+a.Title)
		rows, err := lib.Annotations(a.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			slices.Sort(r.Tags) // a set: merges keep it sorted, a device its own order
			out = append(out, fmt.Sprintf("annotation in %q: %q %q %s %q %v", a.Title, r.Selector.Exact, r.Note, r.Color, r.Tags, r.State))
		}
	}
	qs, err := lib.Quotes(app.QuoteFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		slices.Sort(q.Tags)
		out = append(out, fmt.Sprintf("quote in %q: %q by %s, %s %q %q", q.ArticleTitle, q.Text, q.Speaker, q.Status, q.Tags, q.Note))
	}
	people, err := lib.People()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range people {
		// Aliases and affiliations are sets; the order they were added in
		// differs from device to device.
		slices.Sort(p.Aliases)
		slices.Sort(p.Affiliations)
		out = append(out, fmt.Sprintf("person %s %q %q %s quotes %+v", p.Name, p.Aliases, p.Affiliations, p.Kind, p.Quotes))
	}
	notes, err := lib.Notes()
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range notes {
		full, err := lib.Note(n.ID)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("note %q %q %q", full.Title, full.Body, full.Aliases))
	}
	slices.Sort(out)
	return out
}

func sameLibraries(t *testing.T, devs ...*dev) {
	t.Helper()
	want := dump(t, devs[0].lib)
	for _, d := range devs[1:] {
		got := dump(t, d.lib)
		if !slices.Equal(got, want) {
			t.Fatalf("%s and %s differ:\n%s:\n  %s\n%s:\n  %s", devs[0].name, d.name,
				devs[0].name, strings.Join(want, "\n  "), d.name, strings.Join(got, "\n  "))
		}
	}
}

func TestTwoDevicesWorkOfflineAndConverge(t *testing.T) {
	tgt, err := folder.New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	key, _ := synclog.NewKey()
	ctx := context.Background()
	laptop := newDev(t, tgt, key, "laptop", true)
	artID := importText(t, laptop.lib, "harbour.txt", article)
	if rep := laptop.sync(t); rep.Sets == 0 || rep.Pushed == 0 {
		t.Fatalf("first sync pushed nothing: %+v", rep)
	}
	desk := newDev(t, tgt, key, "desk", true)
	if rep := desk.sync(t); rep.Read == 0 || rep.Added == 0 {
		t.Fatalf("the desktop read nothing: %+v", rep)
	}
	sameLibraries(t, laptop, desk)

	// Offline on both: the laptop confirms a quote and writes a note; the
	// desktop rejects the other quote, highlights and writes another note.
	qs, err := laptop.lib.Quotes(app.QuoteFilter{ArticleID: artID})
	if err != nil || len(qs) < 2 {
		t.Fatalf("quotes: %d, %v", len(qs), err)
	}
	if err := laptop.lib.ConfirmQuote(qs[0].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := laptop.lib.CreateNote(ctx, "Quotas", "Verhoef ties everything to [[fishing quotas]].", nil); err != nil {
		t.Fatal(err)
	}
	if err := desk.lib.RejectQuote(qs[1].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := desk.lib.Annotate(ctx, app.AnnotationInput{ArticleID: artID, Quote: "storm", Note: "weather as a pretext?", Tags: []string{"theme/delay"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := desk.lib.CreateNote(ctx, "Storm", "The delay came at a convenient time.", nil); err != nil {
		t.Fatal(err)
	}
	desk.sync(t)
	laptop.sync(t)
	desk.sync(t)
	sameLibraries(t, laptop, desk)
	for _, d := range []*dev{laptop, desk} {
		q0, _ := d.lib.Quote(qs[0].ID)
		q1, _ := d.lib.Quote(qs[1].ID)
		if q0.Status != app.QuoteConfirmed || q1.Status != app.QuoteRejected {
			t.Fatalf("%s: quote statuses %s and %s, want confirmed and rejected", d.name, q0.Status, q1.Status)
		}
	}
	// Who changed what: the desk's history of the quote the laptop
	// confirmed names the laptop and its analyst, and the laptop's own
	// history says it pushed it.
	hist, err := desk.lib.RecordHistory(qs[0].ID)
	if err != nil || len(hist) == 0 || hist[len(hist)-1].Device != "laptop" || hist[len(hist)-1].Analyst != "analyst laptop" || hist[len(hist)-1].Pushed {
		t.Fatalf("the desk's history of the confirmed quote: %+v, %v", hist, err)
	}
	if hist, _ := laptop.lib.RecordHistory(qs[0].ID); len(hist) == 0 || !hist[len(hist)-1].Pushed || hist[len(hist)-1].Device != "laptop" {
		t.Fatalf("the laptop's history of the quote it confirmed: %+v", hist)
	}
	if hist, _ := laptop.lib.RecordHistory(qs[1].ID); len(hist) == 0 || hist[len(hist)-1].Device != "desk" {
		t.Fatalf("the laptop's history of the quote the desk rejected: %+v", hist)
	}
	// Nothing is pushed back and forth once both are in step.
	if rep := laptop.sync(t); rep.Sets != 0 || rep.Read != 0 {
		t.Fatalf("an idle sync did work: %+v", rep)
	}
	if n := desk.lib.SyncPendingCount(); n != 0 {
		t.Fatalf("%d changes pending after a sync", n)
	}
}

// Without a keyring, the passphrase typed at set-up serves the syncs of
// the same session, and is not asked for again.
func TestSessionSecretsServeWithoutAKeyring(t *testing.T) {
	ctx := context.Background()
	lib := openLib(t, t.TempDir(), false)
	secrets := syncer.NewSessionSecrets(nil)
	kept, err := syncer.SetUp(ctx, lib, syncer.Spec{Kind: syncer.KindFolder, Where: t.TempDir()}, "laptop", "Ana",
		syncer.Config{Secrets: secrets, Passphrase: "team phrase"})
	if err != nil {
		t.Fatal(err)
	}
	if kept {
		t.Error("SetUp says the secrets are kept, with no keyring")
	}
	asked := false
	s, err := syncer.Open(ctx, lib, syncer.Config{Secrets: secrets, Ask: func(string) (string, error) { asked = true; return "", nil }})
	if err != nil || asked {
		t.Fatalf("open after set-up: %v (asked: %v)", err, asked)
	}
	if _, err := s.Once(ctx, nil); err != nil {
		t.Fatal(err)
	}
	// A new session asks.
	if _, err := syncer.Open(ctx, lib, syncer.Config{Secrets: syncer.NewSessionSecrets(nil)}); err == nil {
		t.Fatal("a new session opened the target without the passphrase")
	}
}

// TestDeletionsTravel: a note and a highlight deleted on one device go on
// the others; a note edited on another device since the version deleted
// stays (an edit wins over a deletion, so nothing written is lost).
func TestDeletionsTravel(t *testing.T) {
	tgt, err := folder.New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	key, _ := synclog.NewKey()
	ctx := context.Background()
	laptop := newDev(t, tgt, key, "laptop", false)
	artID := importText(t, laptop.lib, "harbour.txt", article)
	gone, err := laptop.lib.CreateNote(ctx, "Gone", "To be deleted.", nil)
	if err != nil {
		t.Fatal(err)
	}
	kept, err := laptop.lib.CreateNote(ctx, "Kept", "Deleted there, edited here.", nil)
	if err != nil {
		t.Fatal(err)
	}
	an, err := laptop.lib.Annotate(ctx, app.AnnotationInput{ArticleID: artID, Quote: "storm", Note: "weather"})
	if err != nil {
		t.Fatal(err)
	}
	laptop.sync(t)
	desk := newDev(t, tgt, key, "desk", false)
	desk.sync(t)
	sameLibraries(t, laptop, desk)

	for _, id := range []string{gone.ID, kept.ID} {
		if err := laptop.lib.DeleteNote(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	if err := laptop.lib.DeleteAnnotation(ctx, an.ID); err != nil {
		t.Fatal(err)
	}
	body := "Deleted there, edited here, and still wanted."
	if _, err := desk.lib.UpdateNote(ctx, kept.ID, app.NoteEdit{Body: &body}); err != nil {
		t.Fatal(err)
	}
	laptop.sync(t)
	if rep := desk.sync(t); rep.Deleted != 2 {
		t.Fatalf("the desk deleted %d records, want the note and the highlight", rep.Deleted)
	}
	laptop.sync(t)
	desk.sync(t)
	sameLibraries(t, laptop, desk)
	if _, err := desk.lib.Note(gone.ID); err == nil {
		t.Error("the deleted note is still on the desk")
	}
	if rows, _ := desk.lib.Annotations(artID); len(rows) != 0 {
		t.Errorf("the deleted highlight is still on the desk: %+v", rows)
	}
	n, err := laptop.lib.NoteByTitle("Kept")
	if err != nil || n.Body != body {
		t.Fatalf("the note edited on the desk is not back on the laptop: %+v, %v", n, err)
	}
}

// TestSyncKeepsPeopleApart syncs a generated library of 500 articles, where
// different people share a surname or an alias, to a new device: the
// people must arrive as they are, not merged by a shared name. The merge
// made 256 or 278 people of 306 (quotes went to the wrong speaker).
func TestSyncKeepsPeopleApart(t *testing.T) {
	ctx := context.Background()
	tgt, err := folder.New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	key, _ := synclog.NewKey()
	laptop := newDev(t, tgt, key, "laptop", false)
	src := t.TempDir()
	if _, err := corpus.New(corpus.Options{Seed: 1}).WriteFiles(ctx, src, 500, 2); err != nil {
		t.Fatal(err)
	}
	if _, err := laptop.lib.Import(ctx, []string{src}, app.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := laptop.lib.SetUpSync(ctx, app.SyncConfig{Device: "laptop", Target: tgt.String()}); err != nil {
		t.Fatal(err)
	}
	laptop.sync(t)
	desk := newDev(t, tgt, key, "desk", false)
	desk.sync(t)
	people := func(d *dev) []string {
		ps, err := d.lib.People()
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, p := range ps {
			out = append(out, fmt.Sprintf("%s %d", p.Name, p.Quotes.Total))
		}
		slices.Sort(out)
		return out
	}
	a, b := people(laptop), people(desk)
	if !slices.Equal(a, b) {
		var only []string
		for _, x := range a {
			if !slices.Contains(b, x) {
				only = append(only, x)
			}
		}
		var onlyB []string
		for _, x := range b {
			if !slices.Contains(a, x) {
				onlyB = append(onlyB, x)
			}
		}
		t.Fatalf("the laptop has %d people, the desk %d; only on the laptop: %q; only on the desk: %q", len(a), len(b), only[:min(8, len(only))], onlyB[:min(8, len(onlyB))])
	}
}
