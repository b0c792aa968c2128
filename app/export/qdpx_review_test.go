package export_test

import (
	"context"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"dossier/app"
	"dossier/app/export"
)

// qdeDoc is the part of project.qde the checks below read, parsed the way
// QualCoder reads it (element tree, names by attribute).
type qdeDoc struct {
	Codes   []qdeCode `xml:"CodeBook>Codes>Code"`
	Sources []struct {
		GUID       string `xml:"guid,attr"`
		Selections []struct {
			GUID    string `xml:"guid,attr"`
			Name    string `xml:"name,attr"`
			Codings []struct {
				Ref struct {
					Target string `xml:"targetGUID,attr"`
				} `xml:"CodeRef"`
			} `xml:"Coding"`
		} `xml:"PlainTextSelection"`
	} `xml:"Sources>TextSource"`
	Notes []struct {
		Name    string  `xml:"name,attr"`
		Path    string  `xml:"plainTextPath,attr"`
		Content *string `xml:"PlainTextContent"`
	} `xml:"Notes>Note"`
}

type qdeCode struct {
	GUID  string    `xml:"guid,attr"`
	Name  string    `xml:"name,attr"`
	Codes []qdeCode `xml:"Code"`
}

func flatCodes(cs []qdeCode, into map[string]string) {
	for _, c := range cs {
		into[c.GUID] = c.Name
		flatCodes(c.Codes, into)
	}
}

func validateQDE(t *testing.T, qde string) {
	t.Helper()
	xl, err := exec.LookPath("xmllint")
	if err != nil {
		t.Log("xmllint missing (apt-get install libxml2-utils); schema validation skipped")
		return
	}
	p := filepath.Join(t.TempDir(), "project.qde")
	os.WriteFile(p, []byte(qde), 0o644)
	out, err := exec.Command(xl, "--noout", "--schema", filepath.Join(refiDir(t), "Project-mrt2019.xsd"), p).CombinedOutput()
	if err != nil {
		t.Fatalf("project.qde does not validate: %v\n%s", err, out)
	}
}

// The export carries what QualCoder and ATLAS.ti read: notes as files
// named by plainTextPath, code names unique across the code book, and each
// quote's status as a code; rejected quotes only for an audit.
func TestQDPXForOtherPrograms(t *testing.T) {
	r := seedReviewed(t)
	for _, audit := range []bool{false, true} {
		out := filepath.Join(t.TempDir(), "proj")
		res, err := export.Run(context.Background(), r.lib, export.Options{Format: export.FormatQDPX, Out: out, KeepRejected: audit})
		if err != nil {
			t.Fatal(err)
		}
		files := zipEntries(t, res.Path)
		qde := files["project.qde"]
		validateQDE(t, qde)
		var doc qdeDoc
		if err := xml.Unmarshal([]byte(qde), &doc); err != nil {
			t.Fatal(err)
		}
		if len(doc.Notes) != 3 {
			t.Fatalf("%d notes", len(doc.Notes))
		}
		for _, n := range doc.Notes {
			if n.Content != nil && n.Path != "" {
				t.Errorf("note %q has PlainTextContent as well as a file (the schema allows one)", n.Name)
			}
			if !strings.HasPrefix(n.Path, "internal://") {
				t.Errorf("note %q has no plainTextPath: QualCoder and ATLAS.ti import none", n.Name)
				continue
			}
			body, ok := files["sources/"+strings.TrimPrefix(n.Path, "internal://")]
			if !ok {
				t.Errorf("note %q: %s is not in the project", n.Name, n.Path)
			}
			if n.Name == "Reading list" && !strings.Contains(body, "[[actor/IS]]") {
				t.Errorf("note file holds %q", body)
			}
		}
		codes := map[string]string{}
		flatCodes(doc.Codes, codes)
		seen := map[string]bool{}
		for _, n := range codes {
			if seen[strings.ToLower(n)] {
				t.Errorf("two codes are named %q: QualCoder refuses the second", n)
			}
			seen[strings.ToLower(n)] = true
		}
		statusOf := map[string]string{}
		for _, s := range doc.Sources {
			for _, sel := range s.Selections {
				for _, c := range sel.Codings {
					if n := codes[c.Ref.Target]; strings.HasSuffix(n, " quote") {
						statusOf[sel.GUID] = n
					}
				}
			}
		}
		guid := func(id string) string {
			for g := range statusOf {
				if strings.EqualFold(strings.ReplaceAll(g, "-", ""), strings.ReplaceAll(export.GUIDOf(id), "-", "")) {
					return g
				}
			}
			return ""
		}
		if g := guid(r.confirmed.ID); statusOf[g] != "confirmed quote" {
			t.Errorf("the confirmed quote is coded %q", statusOf[g])
		}
		g := guid(r.rejected.ID)
		switch {
		case !audit && g != "":
			t.Errorf("the rejected quote is exported (coded %q) without the audit option", statusOf[g])
		case audit && statusOf[g] != "rejected quote":
			t.Errorf("audit export: the rejected quote is coded %q", statusOf[g])
		}
	}
}

// Our own project imported into an empty library gives back what was
// exported: quotes stay quotes with their speaker and status, people,
// article metadata, article tags, notes.
func TestQDPXRoundTripLosesNothing(t *testing.T) {
	r := seedReviewed(t)
	page := "Who counts as [[actor/IS]]."
	if _, err := r.lib.UpdateTag(context.Background(), "actor/IS", app.TagEdit{Page: &page}); err != nil {
		t.Fatal(err)
	}
	res, err := export.Run(context.Background(), r.lib, export.Options{Format: export.FormatQDPX, Out: filepath.Join(t.TempDir(), "proj"), KeepRejected: true})
	if err != nil {
		t.Fatal(err)
	}
	b := newExpLib(t)
	if o := importOne(t, b, res.Path); o.Status != app.ImportAdded {
		t.Fatalf("import: %+v", o)
	}
	orig, _ := r.lib.Article(r.article)
	got, err := b.Article(r.article)
	if err != nil {
		t.Fatal(err)
	}
	if got.Text() != orig.Text() || got.Source != orig.Source || got.Author != orig.Author || got.URL != orig.URL ||
		!got.Published.Equal(orig.Published) || strings.Join(got.Tags, ",") != strings.Join(orig.Tags, ",") {
		t.Errorf("article metadata or tags lost:\n got %q %q %q %v %v\nwant %q %q %q %v %v",
			got.Source, got.Author, got.URL, got.Published, got.Tags, orig.Source, orig.Author, orig.URL, orig.Published, orig.Tags)
	}
	for _, want := range []app.Quote{r.confirmed, r.rejected} {
		w, _ := r.lib.Quote(want.ID)
		q, err := b.Quote(want.ID)
		if err != nil {
			t.Errorf("quote %q came back as something else: %v", want.Text, err)
			continue
		}
		if q.Status != w.Status || q.Speaker != w.Speaker || q.SpeakerID != w.SpeakerID || q.Text != w.Text ||
			q.Kind != w.Kind || q.Affiliation != w.Affiliation || strings.Join(q.Tags, ",") != strings.Join(w.Tags, ",") {
			t.Errorf("quote changed:\n got %+v\nwant %+v", q, w)
		}
	}
	wantPeople, _ := r.lib.People()
	gotPeople, _ := b.People()
	if len(gotPeople) != len(wantPeople) {
		t.Errorf("%d people, want %d", len(gotPeople), len(wantPeople))
	}
	for _, p := range wantPeople {
		gp, err := b.Person(p.ID)
		if err != nil || gp.Person.Name != p.Name || gp.Counts != p.Quotes || strings.Join(gp.Person.Affiliations, ",") != strings.Join(p.Affiliations, ",") {
			t.Errorf("person %q: %v", p.Name, err)
		}
	}
	for _, title := range []string{oddTitle, "Reading list"} {
		wn, _ := r.lib.NoteByTitle(title)
		gn, err := b.NoteByTitle(title)
		if err != nil || gn.Body != wn.Body || strings.Join(gn.Tags, ",") != strings.Join(wn.Tags, ",") {
			t.Errorf("note %q: %v %+v", title, err, gn)
		}
	}
	if tg, err := b.Tag("actor/IS"); err != nil || tg.Page != page {
		t.Errorf("tag page lost: %+v %v", tg, err)
	}
	if an, err := b.Annotation(r.coloured); err != nil || an.Color != "#3fa7d6" {
		t.Errorf("highlight colour lost: %+v %v", an, err)
	}
	if an, err := b.Annotation(r.orphan); err != nil || !an.Orphaned() || an.Selector.Exact != "agreed on Thursday to meet again next month" {
		t.Errorf("the orphaned highlight did not come back as an orphan: %+v %v", an, err)
	}
	anns, _ := b.Annotations(r.article)
	for _, an := range anns {
		if an.Selector.Exact == r.confirmed.Text || an.Selector.Exact == r.rejected.Text {
			t.Errorf("a quote came back as a highlight: %q", an.Selector.Exact)
		}
	}
}

// ATLAS.ti's blank project has nothing to import: it says so and is not a
// "duplicate".
func TestQDPXBlankProjectIsNotADuplicate(t *testing.T) {
	o := importOne(t, newExpLib(t), filepath.Join(refiDir(t), "samples", "blank-atlas-project.qdpx"))
	if o.Status == app.ImportDuplicate || o.Status == app.ImportFailed || !strings.Contains(o.Reason, "empty") {
		t.Errorf("blank project: %+v", o)
	}
}
