package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/app/syncer"
	"dossier/cli"
	"dossier/storage"
)

// memSecrets is a keyring in memory.
type memSecrets map[string]string

func (m memSecrets) Get(name string) (string, error) {
	if v, ok := m[name]; ok {
		return v, nil
	}
	return "", syncer.ErrNoSecret
}

func (m memSecrets) Set(name, value string) error { m[name] = value; return nil }

func runSync(t *testing.T, dir string, secrets syncer.Secrets, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &cli.Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Open: openCLILib,
		Restore: storage.Restore, Version: "test", Secrets: secrets,
		Getenv: func(k string) string { return env[k] }}
	code := cli.Run(context.Background(), append([]string{"--library", dir}, args...), e)
	return code, out.String(), errb.String()
}

func TestSyncTwoLibrariesThroughAFolder(t *testing.T) {
	target := t.TempDir()
	laptop, desk := t.TempDir(), t.TempDir()
	f := filepath.Join(t.TempDir(), "story.txt")
	os.WriteFile(f, []byte(cliArticle), 0o644)
	if code, _, errs := runCLI(t, laptop, "import", f); code != 0 {
		t.Fatalf("import: %s", errs)
	}
	secrets := memSecrets{}
	pass := map[string]string{"DOSSIER_SYNC_PASSPHRASE": "our team phrase"}
	if code, _, errs := runSync(t, laptop, secrets, pass, "sync", "setup", "--folder", target, "--device", "laptop", "--analyst", "Ana"); code != 0 {
		t.Fatalf("setup: %s", errs)
	}
	if code, out, errs := runSync(t, laptop, secrets, nil, "sync", "--json"); code != 0 || !strings.Contains(out, `"sets": 1`) {
		t.Fatalf("sync laptop: %d %s %s", code, out, errs)
	}
	// The key is kept: the second device needs the passphrase once, at set-up.
	other := memSecrets{}
	if code, _, errs := runSync(t, desk, other, map[string]string{"DOSSIER_SYNC_PASSPHRASE": "a wrong phrase"}, "sync", "setup", "--folder", target, "--device", "desk"); code == 0 || !strings.Contains(errs, "wrong passphrase") {
		t.Fatalf("setup with a wrong passphrase: %d %s", code, errs)
	}
	if code, _, errs := runSync(t, desk, other, pass, "sync", "setup", "--folder", target, "--device", "desk"); code != 0 {
		t.Fatalf("setup desk: %s", errs)
	}
	if code, out, errs := runSync(t, desk, other, nil, "sync"); code != 0 || !strings.Contains(out, "read 1 change sets") {
		t.Fatalf("sync desk: %d %s %s", code, out, errs)
	}
	_, out, _ := runCLI(t, desk, "list", "--json")
	if !strings.Contains(out, "Harbour reopens after storm") {
		t.Fatalf("the desk library lacks the article: %s", out)
	}
	code, out, errs := runSync(t, desk, other, nil, "sync", "status", "--json")
	if code != 0 {
		t.Fatalf("status: %s", errs)
	}
	var st struct {
		Device     string            `json:"device"`
		LastSynced *string           `json:"last_synced"`
		Pending    int               `json:"pending_local"`
		Devices    map[string]uint64 `json:"devices"`
		Error      string            `json:"error"`
	}
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("status JSON: %v\n%s", err, out)
	}
	if st.Device != "desk" || st.LastSynced == nil || st.Devices["laptop"] != 1 || st.Error != "" {
		t.Fatalf("status: %+v", st)
	}
	// Who changed what: the article came from the laptop, sent by Ana.
	_, out, _ = runCLI(t, desk, "list", "--json")
	var arts []struct {
		ID string `json:"id"`
	}
	if err := json.Unmarshal([]byte(out), &arts); err != nil || len(arts) != 1 {
		t.Fatalf("list: %v %s", err, out)
	}
	if code, out, errs := runSync(t, desk, other, nil, "sync", "history", arts[0].ID); code != 0 || !strings.Contains(out, "from Ana on laptop") {
		t.Fatalf("sync history: %d %q %s", code, out, errs)
	}
	// Without the keyring and the passphrase, sync says what it needs.
	if code, _, errs := runSync(t, desk, memSecrets{}, nil, "sync"); code == 0 || !strings.Contains(errs, "passphrase") {
		t.Fatalf("sync without a key: %d %s", code, errs)
	}
	if code, _, errs := runSync(t, t.TempDir(), secrets, nil, "sync"); code == 0 || !strings.Contains(errs, "dossier sync setup") {
		t.Fatalf("sync before setup: %d %s", code, errs)
	}
}
