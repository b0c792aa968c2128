package webdav_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	xwebdav "golang.org/x/net/webdav"

	"dossier/app/synclog"
	"dossier/app/synclog/targettest"
	"dossier/app/synclog/webdav"
)

// server starts a real WebDAV server (golang.org/x/net/webdav serving a
// temporary folder) on loopback, behind Basic authentication and below a
// path, as Nextcloud serves /remote.php/dav/files/USER/.
func server(t *testing.T) string {
	dav := &xwebdav.Handler{Prefix: "/dav", FileSystem: xwebdav.Dir(t.TempDir()), LockSystem: xwebdav.NewMemLS()}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if u, p, ok := r.BasicAuth(); !ok || u != "ana" || p != "s3cret" {
			w.Header().Set("WWW-Authenticate", `Basic realm="dav"`)
			http.Error(w, "who are you", http.StatusUnauthorized)
			return
		}
		dav.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/dav/team library/"
}

func target(t *testing.T, url, user, pass string) synclog.Target {
	tgt, err := webdav.New(url, user, pass, nil)
	if err != nil {
		t.Fatal(err)
	}
	return tgt
}

func TestTarget(t *testing.T) {
	targettest.Run(t, target(t, server(t), "ana", "s3cret"))
}

func TestConverge(t *testing.T) {
	targettest.Converge(t, target(t, server(t), "ana", "s3cret"))
}

func TestWrongPassword(t *testing.T) {
	tgt := target(t, server(t), "ana", "guess")
	err := tgt.Put(t.Context(), "devices/a/0000000000000001.cs", []byte("x"))
	if err == nil || !strings.Contains(err.Error(), "refused the user name or password") {
		t.Fatalf("Put with a wrong password: %v", err)
	}
	if strings.Contains(err.Error(), "guess") || strings.Contains(tgt.String(), "guess") {
		t.Fatalf("the password shows in %q or %q", err, tgt)
	}
}

func TestURLWithCredentialsRefused(t *testing.T) {
	if _, err := webdav.New("https://ana:pw@example.org/dav/", "", "", nil); err == nil {
		t.Fatal("a URL with a password was taken")
	}
}
