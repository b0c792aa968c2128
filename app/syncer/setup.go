package syncer

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/zalando/go-keyring"

	"dossier/app"
	"dossier/app/synclog"
	"dossier/app/synclog/folder"
	"dossier/app/synclog/s3"
	"dossier/app/synclog/webdav"
)

// Target kinds.
const (
	KindFolder = "folder"
	KindWebDAV = "webdav"
	KindS3     = "s3"
)

// Spec says where a library syncs: everything but the secrets, which stay
// in the OS keyring (or are given each time where there is none).
type Spec struct {
	Kind string `json:"kind"`
	// Folder: the folder. WebDAV: the collection's URL. S3: the endpoint.
	Where    string `json:"where"`
	User     string `json:"user,omitempty"` // WebDAV user, or S3 access key ID
	Bucket   string `json:"bucket,omitempty"`
	Prefix   string `json:"prefix,omitempty"`
	Region   string `json:"region,omitempty"`
	Insecure bool   `json:"insecure,omitempty"` // S3 over plain http (a store on this machine)
}

// Open connects to the target; secret is the WebDAV password or the S3
// secret key.
func (s Spec) Open(secret string) (synclog.Target, error) {
	switch s.Kind {
	case KindFolder:
		return folder.New(s.Where)
	case KindWebDAV:
		return webdav.New(s.Where, s.User, secret, nil)
	case KindS3:
		return s3.New(s3.Config{Endpoint: s.Where, Bucket: s.Bucket, Prefix: s.Prefix, Region: s.Region,
			AccessKey: s.User, SecretKey: secret, Insecure: s.Insecure})
	}
	return nil, fmt.Errorf("sync: unknown target kind %q (folder, webdav or s3)", s.Kind)
}

// NeedsSecret reports whether the target takes a password or secret key.
func (s Spec) NeedsSecret() bool { return s.Kind != KindFolder }

// Secrets keeps a library's sync secrets: the library key (so the team's
// passphrase is asked for once per device) and the target's password.
type Secrets interface {
	Get(name string) (string, error) // ErrNoSecret when none is kept
	Set(name, value string) error
}

// ErrNoSecret is returned by Secrets.Get for a secret that is not kept.
var ErrNoSecret = errors.New("no such secret kept")

// OSKeyring keeps secrets in the OS keyring (the Secret Service on Linux,
// the Keychain on macOS, the Credential Manager on Windows).
type OSKeyring struct{}

const keyringService = "Dossier sync"

func (OSKeyring) Get(name string) (string, error) {
	v, err := keyring.Get(keyringService, name)
	if errors.Is(err, keyring.ErrNotFound) {
		return "", ErrNoSecret
	}
	return v, err
}

func (OSKeyring) Set(name, value string) error { return keyring.Set(keyringService, name, value) }

// secretNames are a target's entries in the keyring: one library per target.
func secretNames(where string) (key, password string) {
	return where + " #library-key", where + " #password"
}

// Ask asks the analyst for a secret (a passphrase or password), or returns
// an error when it cannot.
type Ask func(prompt string) (string, error)

// Config is what Open needs besides the library.
type Config struct {
	Secrets Secrets
	Ask     Ask
	// Passphrase and Password, when set, are used instead of asking.
	Passphrase, Password string
}

// SetUp turns sync on for lib: it connects to the target, opens the
// library key there with the team's passphrase (making one if the target is
// new), keeps the key and password in cfg.Secrets when it can, and records
// the set-up in the library. It returns whether the secrets could be kept.
func SetUp(ctx context.Context, lib *app.Library, spec Spec, device, analyst string, cfg Config) (kept bool, err error) {
	if device == "" {
		device = NewDeviceID()
	}
	password := cfg.Password
	if spec.NeedsSecret() && password == "" {
		if password, err = ask(cfg, "Password or secret key for "+spec.Where); err != nil {
			return false, err
		}
	}
	tgt, err := spec.Open(password)
	if err != nil {
		return false, err
	}
	pass := cfg.Passphrase
	if pass == "" {
		if pass, err = ask(cfg, "Team passphrase for the library on "+tgt.String()); err != nil {
			return false, err
		}
	}
	key, err := synclog.OpenKey(ctx, tgt, pass)
	if err != nil {
		return false, err
	}
	raw, err := json.Marshal(spec)
	if err != nil {
		return false, err
	}
	if err := lib.SetUpSync(ctx, app.SyncConfig{Device: device, Analyst: analyst, Target: tgt.String(), Spec: raw}); err != nil {
		return false, err
	}
	kept = true
	if cfg.Secrets != nil {
		kn, pn := secretNames(tgt.String())
		if err := cfg.Secrets.Set(kn, key.String()); err != nil {
			kept = false
		}
		if spec.NeedsSecret() {
			if err := cfg.Secrets.Set(pn, password); err != nil {
				kept = false
			}
		}
	} else {
		kept = false
	}
	return kept, nil
}

func ask(cfg Config, prompt string) (string, error) {
	if cfg.Ask == nil {
		return "", fmt.Errorf("sync: %s is needed and there is no way to ask for it", strings.ToLower(prompt[:1])+prompt[1:])
	}
	v, err := cfg.Ask(prompt)
	if err == nil && v == "" {
		err = fmt.Errorf("sync: no %s given", strings.ToLower(prompt[:1])+prompt[1:])
	}
	return v, err
}

// Open returns the Syncer of a library that has sync set up, with its key
// and password from cfg.Secrets, else from cfg, else asked for.
func Open(ctx context.Context, lib *app.Library, cfg Config) (*Syncer, error) {
	sc, err := lib.SyncSettings()
	if err != nil {
		return nil, err
	}
	var spec Spec
	if err := json.Unmarshal(sc.Spec, &spec); err != nil {
		return nil, fmt.Errorf("sync: this library's sync set-up does not read: %w", err)
	}
	kn, pn := secretNames(sc.Target)
	secret := func(name string, given string, prompt string) (string, error) {
		if given != "" {
			return given, nil
		}
		if cfg.Secrets != nil {
			if v, err := cfg.Secrets.Get(name); err == nil {
				return v, nil
			}
		}
		return ask(cfg, prompt)
	}
	password := ""
	if spec.NeedsSecret() {
		if password, err = secret(pn, cfg.Password, "Password or secret key for "+spec.Where); err != nil {
			return nil, err
		}
	}
	tgt, err := spec.Open(password)
	if err != nil {
		return nil, err
	}
	var key *synclog.Key
	if cfg.Passphrase != "" {
		key, err = synclog.OpenKey(ctx, tgt, cfg.Passphrase)
	} else if v, gerr := secretOrNone(cfg, kn); gerr == nil {
		key, err = synclog.ParseKey(v)
	} else {
		var pass string
		if pass, err = ask(cfg, "Team passphrase for the library on "+tgt.String()); err == nil {
			key, err = synclog.OpenKey(ctx, tgt, pass)
		}
	}
	if err != nil {
		return nil, err
	}
	log, err := synclog.New(tgt, key, sc.Device, sc.Analyst)
	if err != nil {
		return nil, err
	}
	return New(lib, log), nil
}

func secretOrNone(cfg Config, name string) (string, error) {
	if cfg.Secrets == nil {
		return "", ErrNoSecret
	}
	return cfg.Secrets.Get(name)
}

// NewDeviceID makes a random device ID.
func NewDeviceID() string {
	return "dev-" + strings.ToLower(rand.Text()[:12])
}

// SessionSecrets keeps secrets in this process's memory, in front of a
// store such as the OS keyring: where the keyring cannot keep them, the
// passphrase typed at set-up still serves every sync until the app quits,
// without being written anywhere.
type SessionSecrets struct {
	mu    sync.Mutex
	mem   map[string]string
	under Secrets
}

// NewSessionSecrets returns secrets kept in memory in front of under (nil:
// memory only).
func NewSessionSecrets(under Secrets) *SessionSecrets {
	return &SessionSecrets{mem: map[string]string{}, under: under}
}

func (s *SessionSecrets) Get(name string) (string, error) {
	s.mu.Lock()
	v, ok := s.mem[name]
	s.mu.Unlock()
	if ok {
		return v, nil
	}
	if s.under == nil {
		return "", ErrNoSecret
	}
	return s.under.Get(name)
}

// Set keeps the secret in memory, and in the store underneath; its error
// says the secret will not outlive the session.
func (s *SessionSecrets) Set(name, value string) error {
	s.mu.Lock()
	s.mem[name] = value
	s.mu.Unlock()
	if s.under == nil {
		return errors.New("secrets are kept for this session only")
	}
	return s.under.Set(name, value)
}
