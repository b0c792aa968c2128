package syncer_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"dossier/app"
	"dossier/app/synclog"
	"dossier/app/synclog/folder"
)

// Texts written for this test: short articles with quotes to review.
var stories = []string{
	article,
	`Port authority names new director

KALDER – The port authority of Kalder named Ines Baptiste as its director on Friday.

"The harbour must pay its way again," Baptiste told reporters.

Her predecessor, Oskar Lind, said he was "proud of what we built together".`,
	`Fishing fleet stays in port

PORT ESKER – Most of the fishing fleet stayed in port on Tuesday as crews waited for the quota talks.

"We cannot plan a season on rumours," said Hanne Sol, who skippers a trawler.

A spokesman for the ministry said the talks were "on track".`,
}

// schedules is how many random schedules TestRandomSchedulesConverge runs
// (DOSSIER_SYNC_SCHEDULES overrides; -short runs 20).
func schedules(t *testing.T) int {
	if s := os.Getenv("DOSSIER_SYNC_SCHEDULES"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if testing.Short() {
		return 20
	}
	return 200
}

// TestRandomSchedulesConverge runs three devices that edit offline at
// random (imports, review decisions, notes, highlights and their notes,
// article texts, tags and their renames, renames and merges of people) and
// sync in random orders, then syncs each until nothing
// moves, and checks that all three hold the same library with every note
// written kept.
func TestRandomSchedulesConverge(t *testing.T) {
	n := schedules(t)
	for i := 0; i < n; i++ {
		seed := uint64(i)
		t.Run(fmt.Sprint(seed), func(t *testing.T) { runSchedule(t, seed) })
		if t.Failed() {
			return
		}
	}
}

func runSchedule(t *testing.T, seed uint64) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	tgt, err := folder.New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	key, _ := synclog.NewKey()
	devs := []*dev{newDev(t, tgt, key, "a", false), newDev(t, tgt, key, "b", false), newDev(t, tgt, key, "c", false)}
	// Every note text a device held when it synced: sync may join, move to
	// a revision or set side by side, but never lose one. (A device's own
	// edits within minutes of each other replace each other before any
	// sync, as autosave does; that is not the sync's to keep.)
	written := map[string]bool{}
	superseded := map[string]bool{} // texts their own device's analyst edited away
	remember := func(d *dev) {
		notes, _ := d.lib.Notes()
		for _, n := range notes {
			full, err := d.lib.Note(n.ID)
			if err != nil {
				t.Fatal(err)
			}
			written[full.Body] = true
		}
	}
	var trace []string
	// The last decision made on each quote (by article and text): no sync
	// may lose it. (An earlier one may be replaced by a later decision, or
	// kept beside it when the two were made apart.)
	lastDecision := map[string]app.QuoteStatus{}
	step := func(d *dev) {
		lib := d.lib
		switch op := rng.IntN(12); op {
		case 0: // import a story
			k := rng.IntN(len(stories))
			importText(t, lib, fmt.Sprintf("story%d.txt", k), stories[k])
			trace = append(trace, fmt.Sprintf("%s import %d", d.name, k))
		case 1, 2: // a review decision
			qs, _ := lib.Quotes(app.QuoteFilter{})
			if len(qs) == 0 {
				return
			}
			q := qs[rng.IntN(len(qs))]
			if rng.IntN(2) == 0 {
				lastDecision[q.ArticleTitle+"\x00"+q.Text] = app.QuoteConfirmed
				if err := lib.ConfirmQuote(q.ID); err != nil {
					t.Fatal(err)
				}
				trace = append(trace, d.name+" confirm "+q.ID)
			} else {
				lastDecision[q.ArticleTitle+"\x00"+q.Text] = app.QuoteRejected
				if err := lib.RejectQuote(q.ID); err != nil {
					t.Fatal(err)
				}
				trace = append(trace, d.name+" reject "+q.ID)
			}
		case 3: // a new note
			body := fmt.Sprintf("note by %s, %d", d.name, rng.IntN(1e6))
			title := fmt.Sprintf("Note %d", rng.IntN(3))
			n, err := lib.CreateNote(ctx, title, body, nil)
			if err != nil {
				if strings.Contains(err.Error(), "exists") || strings.Contains(err.Error(), "already") {
					return
				}
				t.Fatal(err)
			}
			trace = append(trace, d.name+" note "+n.ID+" "+title+": "+body)
		case 4: // an edit of a note
			notes, _ := lib.Notes()
			if len(notes) == 0 {
				return
			}
			nt := notes[rng.IntN(len(notes))]
			if old, err := lib.Note(nt.ID); err == nil {
				superseded[old.Body] = true
			}
			body := fmt.Sprintf("edited by %s, %d", d.name, rng.IntN(1e6))
			if _, err := lib.UpdateNote(ctx, nt.ID, app.NoteEdit{Body: &body}); err != nil {
				t.Fatal(err)
			}
			trace = append(trace, d.name+" edit "+nt.ID+" "+body)
		case 5: // a highlight
			arts, _ := lib.Articles()
			if len(arts) == 0 {
				return
			}
			a := arts[rng.IntN(len(arts))]
			word := []string{"talks", "harbour", "quota", "port"}[rng.IntN(4)]
			if _, err := lib.Annotate(ctx, app.AnnotationInput{ArticleID: a.ID, Quote: word, Note: d.name + " highlights " + word}); err != nil {
				return // the word is not in that article
			}
			trace = append(trace, d.name+" highlight "+word)
		case 6: // a rename of a person
			people, _ := lib.People()
			if len(people) == 0 {
				return
			}
			p := people[rng.IntN(len(people))]
			name := p.Name + " " + d.name
			if _, err := lib.RenamePerson(p.ID, name); err != nil {
				return
			}
			trace = append(trace, d.name+" rename "+p.ID+" "+name)
		case 7: // a merge of two people
			people, _ := lib.People()
			if len(people) < 2 {
				return
			}
			i, j := rng.IntN(len(people)), rng.IntN(len(people))
			if i == j {
				return
			}
			if _, err := lib.MergePeople(people[i].ID, people[j].ID); err != nil {
				return
			}
			trace = append(trace, d.name+" merge "+people[i].ID+" into "+people[j].ID)
		case 8: // an edit of an article's text: a paragraph added
			arts, _ := lib.Articles()
			if len(arts) == 0 {
				return
			}
			a, err := lib.Article(arts[rng.IntN(len(arts))].ID)
			if err != nil {
				t.Fatal(err)
			}
			body := append(slices.Clone(a.Body), fmt.Sprintf("Update from %s: %d.", d.name, rng.IntN(1e6)))
			if _, err := lib.EditArticle(ctx, a.ID, app.ArticleEdit{Body: body}); err != nil {
				t.Fatal(err)
			}
			trace = append(trace, d.name+" edit article "+a.ID)
		case 9: // a note on a highlight
			rows, _ := lib.Annotations("")
			if len(rows) == 0 {
				return
			}
			an := rows[rng.IntN(len(rows))]
			note := fmt.Sprintf("%s thinks %d", d.name, rng.IntN(1e6))
			if _, err := lib.UpdateAnnotation(ctx, an.ID, app.AnnotationEdit{Note: &note}); err != nil {
				t.Fatal(err)
			}
			trace = append(trace, d.name+" annotation note "+an.ID)
		case 10: // a tag on a quote, then a rename of the tag
			qs, _ := lib.Quotes(app.QuoteFilter{})
			if len(qs) == 0 {
				return
			}
			q := qs[rng.IntN(len(qs))]
			tag := []string{"theme/fish", "theme/port", "actor/ministry"}[rng.IntN(3)]
			if _, err := lib.UpdateQuote(q.ID, app.QuoteEdit{Tags: append(slices.Clone(q.Tags), tag)}); err != nil {
				t.Fatal(err)
			}
			if rng.IntN(2) == 0 {
				// The name may be taken: renamed so here before (the analyst
				// would merge the two tags instead).
				if _, err := lib.RenameTag(ctx, tag, tag+"-"+d.name); err != nil && !errors.Is(err, app.ErrTagExists) {
					t.Fatal(err)
				}
			}
			trace = append(trace, d.name+" tag "+q.ID+" "+tag)
		case 11: // a note deleted
			notes, _ := lib.Notes()
			if len(notes) == 0 {
				return
			}
			nt := notes[rng.IntN(len(notes))]
			if old, err := lib.Note(nt.ID); err == nil {
				superseded[old.Body] = true
			}
			if err := lib.DeleteNote(ctx, nt.ID); err != nil {
				t.Fatal(err)
			}
			trace = append(trace, d.name+" delete note "+nt.ID)
		}
	}
	for round := 0; round < 6; round++ {
		for range 1 + rng.IntN(3) {
			step(devs[rng.IntN(3)])
		}
		if rng.IntN(2) == 0 {
			d := devs[rng.IntN(3)]
			remember(d)
			if _, err := d.s.Once(ctx, nil); err != nil {
				t.Fatalf("sync %s: %v\ntrace:\n%s", d.name, err, strings.Join(trace, "\n"))
			}
			trace = append(trace, d.name+" sync")
		}
	}
	// Everyone syncs until a whole round moves nothing.
	for quiet := false; !quiet; {
		quiet = true
		for _, i := range rng.Perm(3) {
			remember(devs[i])
			rep, err := devs[i].s.Once(ctx, nil)
			if err != nil {
				t.Fatalf("final sync %s: %v\ntrace:\n%s", devs[i].name, err, strings.Join(trace, "\n"))
			}
			if rep.Read+rep.Sets > 0 {
				quiet = false
			}
		}
	}
	want := dump(t, devs[0].lib)
	for _, d := range devs[1:] {
		if got := dump(t, d.lib); !slices.Equal(got, want) {
			t.Fatalf("a and %s differ after syncing:\na:\n  %s\n%s:\n  %s\ntrace:\n%s", d.name,
				strings.Join(want, "\n  "), d.name, strings.Join(got, "\n  "), strings.Join(trace, "\n"))
		}
	}
	for key, status := range lastDecision {
		title, text, _ := strings.Cut(key, "\x00")
		qs, err := devs[0].lib.Quotes(app.QuoteFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.ContainsFunc(qs, func(q app.QuoteRow) bool {
			return q.ArticleTitle == title && q.Text == text && q.Status == status
		}) {
			t.Fatalf("the decision %s on %q was lost\ntrace:\n%s", status, text, strings.Join(trace, "\n"))
		}
	}
	all := strings.Join(want, "\n")
	for body := range written {
		inHistory := false
		for _, d := range devs {
			inHistory = inHistory || noteInHistory(t, d.lib, body)
		}
		if !superseded[body] && !strings.Contains(all, body) && !inHistory {
			t.Fatalf("the note text %q was lost\ntrace:\n%s", body, strings.Join(trace, "\n"))
		}
	}
}

// noteInHistory reports whether body is in some note's earlier revisions.
func noteInHistory(t *testing.T, lib *app.Library, body string) bool {
	notes, err := lib.Notes()
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range notes {
		vs, err := lib.NoteVersions(n.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range vs {
			if strings.Contains(v.Body, body) {
				return true
			}
		}
	}
	return false
}
