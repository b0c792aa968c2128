package folder_test

import (
	"testing"

	"dossier/app/synclog/folder"
	"dossier/app/synclog/targettest"
)

func newTarget(t *testing.T) *folder.Target {
	tgt, err := folder.New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return tgt
}

func TestTarget(t *testing.T)   { targettest.Run(t, newTarget(t)) }
func TestConverge(t *testing.T) { targettest.Converge(t, newTarget(t)) }

func TestNamesStayInside(t *testing.T) {
	tgt := newTarget(t)
	for _, name := range []string{"../x", "/etc/x", "a/../../x", `a\b`, ""} {
		if err := tgt.Put(t.Context(), name, []byte("x")); err == nil {
			t.Errorf("Put %q: no error", name)
		}
	}
}
