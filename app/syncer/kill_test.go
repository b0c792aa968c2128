package syncer_test

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"net/http/httptest"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	xwebdav "golang.org/x/net/webdav"

	"dossier/app"
	"dossier/app/syncer"
	"dossier/app/synclog"
	"dossier/app/synclog/webdav"
	"dossier/storage"
)

const (
	envKillChild = "DOSSIER_SYNC_KILL_CHILD" // library folder: run as the child
	envKillURL   = "DOSSIER_SYNC_KILL_URL"
	envKillKey   = "DOSSIER_SYNC_KILL_KEY"
)

func TestMain(m *testing.M) {
	if dir := os.Getenv(envKillChild); dir != "" {
		if err := killChild(dir, os.Getenv(envKillURL), os.Getenv(envKillKey)); err != nil {
			fmt.Fprintln(os.Stderr, "sync child:", err)
			os.Exit(3)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func openPlain(dir string) (*app.Library, error) {
	st, err := storage.Open(dir, storage.Options{LockTimeout: 10 * time.Second})
	if err != nil {
		return nil, err
	}
	return app.Open(context.Background(), st, nil, app.Options{})
}

func davSyncer(lib *app.Library, url string, key *synclog.Key, device string) (*syncer.Syncer, error) {
	tgt, err := webdav.New(url, "", "", nil)
	if err != nil {
		return nil, err
	}
	log, err := synclog.New(tgt, key, device, "")
	if err != nil {
		return nil, err
	}
	return syncer.New(lib, log), nil
}

// killChild writes notes and syncs them, again and again, until it is
// killed.
func killChild(dir, url, keyText string) error {
	ctx := context.Background()
	lib, err := openPlain(dir)
	if err != nil {
		return err
	}
	key, err := synclog.ParseKey(keyText)
	if err != nil {
		return err
	}
	s, err := davSyncer(lib, url, key, "laptop")
	if err != nil {
		return err
	}
	fmt.Println("READY")
	for i := 0; ; i++ {
		body := strings.Repeat(fmt.Sprintf("line %d of a long note. ", i), 200)
		if _, err := lib.CreateNote(ctx, fmt.Sprintf("Child note %d-%d", os.Getpid(), i), body, nil); err != nil {
			return err
		}
		fmt.Println("SYNCING")
		if _, err := s.Once(ctx, nil); err != nil {
			return err
		}
		fmt.Println("SYNCED")
	}
}

// TestKillMidSync kills a device with SIGKILL while it syncs, again and
// again, and checks each time that its library is consistent, that it
// syncs again without error, and that another device then reads every
// note it wrote.
func TestKillMidSync(t *testing.T) {
	kills := 8
	if s := os.Getenv("DOSSIER_SYNC_KILLS"); s != "" {
		kills, _ = strconv.Atoi(s)
	}
	srv := httptest.NewServer(&xwebdav.Handler{FileSystem: xwebdav.Dir(t.TempDir()), LockSystem: xwebdav.NewMemLS()})
	defer srv.Close()
	url := srv.URL + "/team/"
	key, _ := synclog.NewKey()
	ctx := context.Background()
	dir := t.TempDir()
	lib, err := openPlain(dir)
	if err != nil {
		t.Fatal(err)
	}
	importText(t, lib, "harbour.txt", article)
	if err := lib.SetUpSync(ctx, app.SyncConfig{Device: "laptop", Target: url}); err != nil {
		t.Fatal(err)
	}
	lib.Close()
	deskLib := openLib(t, t.TempDir(), false)
	if err := deskLib.SetUpSync(ctx, app.SyncConfig{Device: "desk", Target: url}); err != nil {
		t.Fatal(err)
	}
	desk, err := davSyncer(deskLib, url, key, "desk")
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(7, 7))
	midSync := 0
	defer func() { t.Logf("%d of %d kills came during a sync", midSync, kills) }()
	for k := 0; k < kills; k++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), envKillChild+"="+dir, envKillURL+"="+url, envKillKey+"="+key.String())
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		r := bufio.NewReader(out)
		if line, _ := r.ReadString('\n'); line != "READY\n" {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("child: %q", line)
		}
		last := make(chan string, 1)
		go func() {
			l := ""
			for {
				line, err := r.ReadString('\n')
				if err != nil {
					last <- l
					return
				}
				l = strings.TrimSpace(line)
			}
		}()
		time.Sleep(time.Duration(20+rng.IntN(300)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		if <-last == "SYNCING" {
			midSync++
		}

		lib, err := openPlain(dir)
		if err != nil {
			t.Fatalf("kill %d: reopen: %v", k, err)
		}
		rep, err := lib.Check(ctx)
		if err != nil || !rep.OK() {
			t.Fatalf("kill %d: check: %+v, %v", k, rep, err)
		}
		s, err := davSyncer(lib, url, key, "laptop")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Once(ctx, nil); err != nil {
			t.Fatalf("kill %d: the laptop's next sync: %v", k, err)
		}
		if _, err := desk.Once(ctx, nil); err != nil {
			t.Fatalf("kill %d: the desk's sync: %v", k, err)
		}
		mine, _ := lib.Notes()
		theirs, _ := deskLib.Notes()
		var a, b []string
		for _, n := range mine {
			a = append(a, n.Title)
		}
		for _, n := range theirs {
			b = append(b, n.Title)
		}
		if !slices.Equal(a, b) {
			t.Fatalf("kill %d: the laptop has notes %q, the desk %q", k, a, b)
		}
		lib.Close()
	}
}
