package webdav_test

import (
	"crypto/sha1"
	"encoding/base64"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"dossier/app/synclog/targettest"
)

// apacheBin is Debian's Apache (package apache2-bin, which scripts/deps.sh
// installs); its mod_dav and mod_dav_fs are the WebDAV server many
// organisations run.
const apacheBin = "/usr/sbin/apache2"

// apache starts Apache httpd with mod_dav serving a temporary folder on a
// loopback port, behind Basic authentication, and returns the folder's URL.
func apache(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat(apacheBin); err != nil {
		t.Skipf("Apache is not installed (%v): apt-get install apache2-bin", err)
	}
	mods := "/usr/lib/apache2/modules"
	for _, m := range []string{"mod_dav.so", "mod_dav_fs.so", "mod_auth_basic.so", "mod_authn_file.so", "mod_authz_user.so", "mod_authn_core.so", "mod_authz_core.so"} {
		if _, err := os.Stat(filepath.Join(mods, m)); err != nil {
			t.Skipf("Apache lacks %s: %v", m, err)
		}
	}
	dir := t.TempDir()
	root := filepath.Join(dir, "www")
	if err := os.MkdirAll(filepath.Join(root, "dav"), 0o755); err != nil {
		t.Fatal(err)
	}
	sum := sha1.Sum([]byte("s3cret"))
	if err := os.WriteFile(filepath.Join(dir, "users"), []byte("ana:{SHA}"+base64.StdEncoding.EncodeToString(sum[:])+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	conf := fmt.Sprintf(`ServerRoot %[1]q
Listen 127.0.0.1:%[2]d
ServerName 127.0.0.1
PidFile %[1]s/httpd.pid
ErrorLog %[1]s/error.log
LogLevel warn
LoadModule mpm_event_module %[3]s/mod_mpm_event.so
LoadModule authn_core_module %[3]s/mod_authn_core.so
LoadModule authz_core_module %[3]s/mod_authz_core.so
LoadModule authn_file_module %[3]s/mod_authn_file.so
LoadModule authz_user_module %[3]s/mod_authz_user.so
LoadModule auth_basic_module %[3]s/mod_auth_basic.so
LoadModule dav_module %[3]s/mod_dav.so
LoadModule dav_fs_module %[3]s/mod_dav_fs.so
DAVLockDB %[1]s/davlock
DocumentRoot %[4]q
<Directory %[4]q>
    Dav On
    AuthType Basic
    AuthName "team"
    AuthBasicProvider file
    AuthUserFile %[1]s/users
    Require valid-user
</Directory>
`, dir, port, mods, root)
	cf := filepath.Join(dir, "httpd.conf")
	if err := os.WriteFile(cf, []byte(conf), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(apacheBin, "-f", cf, "-DFOREGROUND")
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
		if t.Failed() {
			if log, err := os.ReadFile(filepath.Join(dir, "error.log")); err == nil {
				t.Logf("Apache's error log:\n%s", log)
			}
		}
	})
	url := fmt.Sprintf("http://127.0.0.1:%d/dav/", port)
	for start := time.Now(); ; time.Sleep(50 * time.Millisecond) {
		resp, err := http.Get(url)
		if err == nil {
			resp.Body.Close()
			break
		}
		if time.Since(start) > 20*time.Second {
			t.Fatalf("Apache did not answer on %s: %v", url, err)
		}
	}
	return url + "team library/"
}

// TestApacheModDav runs the target's contract and three converging devices
// against Apache httpd's mod_dav.
func TestApacheModDav(t *testing.T) {
	url := apache(t)
	t.Run("target", func(t *testing.T) { targettest.Run(t, target(t, url, "ana", "s3cret")) })
	t.Run("converge", func(t *testing.T) { targettest.Converge(t, target(t, url, "ana", "s3cret")) })
	t.Run("wrong password", func(t *testing.T) {
		err := target(t, url, "ana", "guess").Put(t.Context(), "devices/a/0000000000000001.cs", []byte("x"))
		if err == nil {
			t.Fatal("Apache took a wrong password")
		}
	})
}
