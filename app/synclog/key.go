package synclog

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"filippo.io/age"
)

// ErrWrongKey is returned when an object does not open with the key given:
// the passphrase was wrong, or the object belongs to another library.
var ErrWrongKey = errors.New("wrong passphrase or key for this sync target")

// keyObject is where the library key lies on the target, encrypted to the
// team's passphrase.
const keyObject = "key.age"

// Key is a library's sync key: an age X25519 identity that every object is
// encrypted to. Only its passphrase-wrapped form ever reaches the target;
// devices keep the key itself in the OS keyring.
type Key struct {
	id  *age.X25519Identity
	rcp *age.X25519Recipient
}

func newKey(id *age.X25519Identity) *Key { return &Key{id: id, rcp: id.Recipient()} }

// NewKey makes a new random key.
func NewKey() (*Key, error) {
	id, err := age.GenerateX25519Identity()
	if err != nil {
		return nil, fmt.Errorf("make sync key: %w", err)
	}
	return newKey(id), nil
}

// ParseKey reads a key written by Key.String.
func ParseKey(s string) (*Key, error) {
	id, err := age.ParseX25519Identity(strings.TrimSpace(s))
	if err != nil {
		return nil, fmt.Errorf("sync key: %w", err)
	}
	return newKey(id), nil
}

// String is the key's secret form, for the OS keyring; never log it.
func (k *Key) String() string { return k.id.String() }

// scryptLogN is age's default work factor for the wrapped key: the key is
// unwrapped once per device, so a second's work is no burden and slows a
// guesser down.
const scryptLogN = 18

// OpenKey unwraps the library key on t with the passphrase. When t holds
// no key yet, it makes one, wraps it and stores it: the first device sets up
// the target. If two devices set up one target at once, both end up with
// the key that the target kept.
func OpenKey(ctx context.Context, t Target, passphrase string) (*Key, error) {
	return openKey(ctx, t, passphrase, scryptLogN)
}

func openKey(ctx context.Context, t Target, passphrase string, logN int) (*Key, error) {
	if passphrase == "" {
		return nil, errors.New("sync: the passphrase is empty")
	}
	data, err := t.Get(ctx, keyObject)
	if errors.Is(err, ErrNotExist) {
		k, err := NewKey()
		if err != nil {
			return nil, err
		}
		r, err := age.NewScryptRecipient(passphrase)
		if err != nil {
			return nil, fmt.Errorf("sync: wrap key: %w", err)
		}
		r.SetWorkFactor(logN)
		var buf bytes.Buffer
		w, err := age.Encrypt(&buf, r)
		if err != nil {
			return nil, fmt.Errorf("sync: wrap key: %w", err)
		}
		io.WriteString(w, k.String())
		if err := w.Close(); err != nil {
			return nil, fmt.Errorf("sync: wrap key: %w", err)
		}
		if err := t.Put(ctx, keyObject, buf.Bytes()); err != nil {
			return nil, fmt.Errorf("sync: store key on %s: %w", t, err)
		}
		// Read it back: another device may have set the target up at the
		// same moment, and the key the target kept is the library's.
		if data, err = t.Get(ctx, keyObject); err != nil {
			return nil, fmt.Errorf("sync: read key from %s: %w", t, err)
		}
	} else if err != nil {
		return nil, fmt.Errorf("sync: read key from %s: %w", t, err)
	}
	id, err := age.NewScryptIdentity(passphrase)
	if err != nil {
		return nil, fmt.Errorf("sync: %w", err)
	}
	id.SetMaxWorkFactor(22)
	r, err := age.Decrypt(bytes.NewReader(data), id)
	if err != nil {
		var nomatch *age.NoIdentityMatchError
		if errors.As(err, &nomatch) {
			return nil, ErrWrongKey
		}
		return nil, fmt.Errorf("sync: the key on %s is damaged: %w", t, err)
	}
	secret, err := io.ReadAll(io.LimitReader(r, 4096))
	if err != nil {
		return nil, fmt.Errorf("sync: the key on %s is damaged: %w", t, err)
	}
	return ParseKey(string(secret))
}

// OpenKeyWorkFactor is OpenKey with a given scrypt work factor for a new
// key (tests use a small one).
func OpenKeyWorkFactor(ctx context.Context, t Target, passphrase string, logN int) (*Key, error) {
	return openKey(ctx, t, passphrase, logN)
}
