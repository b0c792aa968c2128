package export

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"filippo.io/age"
)

// Encrypted packs are bundles encrypted with age to a passphrase (scrypt).

// ErrWrongPassphrase is returned when an encrypted bundle does not open with
// the passphrase given.
var ErrWrongPassphrase = errors.New("wrong passphrase")

// ErrNeedPassphrase is returned when an encrypted bundle is imported with no
// way to ask for its passphrase.
var ErrNeedPassphrase = errors.New("the bundle is encrypted and no passphrase was given")

var ageMagic = []byte("age-encryption.org/v1\n")

// scryptWorkFactor is age's default (about a second on a laptop).
const scryptWorkFactor = 18

func encryptingWith(pass string, logN int, write func(context.Context, io.Writer) error) func(context.Context, io.Writer) error {
	return func(ctx context.Context, w io.Writer) error {
		r, err := age.NewScryptRecipient(pass)
		if err != nil {
			return fmt.Errorf("encrypt: %w", err)
		}
		r.SetWorkFactor(logN)
		ew, err := age.Encrypt(w, r)
		if err != nil {
			return fmt.Errorf("encrypt: %w", err)
		}
		if err := write(ctx, ew); err != nil {
			return err
		}
		return ew.Close()
	}
}

// PassphraseFunc asks for the passphrase of an encrypted file.
type PassphraseFunc func(file string) (string, error)

type passKey struct{}

// WithPassphrase returns a context under which imports of encrypted bundles
// ask ask for the passphrase.
func WithPassphrase(ctx context.Context, ask PassphraseFunc) context.Context {
	return context.WithValue(ctx, passKey{}, ask)
}

func passphraseFrom(ctx context.Context) PassphraseFunc {
	f, _ := ctx.Value(passKey{}).(PassphraseFunc)
	return f
}

// openBundleFile opens a bundle file for reading, decrypting it when it is
// an encrypted pack.
func openBundleFile(ctx context.Context, path string) (io.ReaderAt, int64, func() error, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, nil, fmt.Errorf("cannot read %s: %w", path, err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, nil, fmt.Errorf("cannot read %s: %w", path, err)
	}
	head := make([]byte, len(ageMagic))
	n, _ := f.ReadAt(head, 0)
	if n < len(ageMagic) || !bytes.Equal(head, ageMagic) {
		return f, st.Size(), f.Close, nil
	}
	ask := passphraseFrom(ctx)
	if ask == nil {
		f.Close()
		return nil, 0, nil, fmt.Errorf("%s: %w", path, ErrNeedPassphrase)
	}
	pass, err := ask(path)
	if err != nil {
		f.Close()
		return nil, 0, nil, fmt.Errorf("%s: %w", path, err)
	}
	ra, size, err := decryptAt(f, st.Size(), pass)
	if err != nil {
		f.Close()
		return nil, 0, nil, fmt.Errorf("%s: %w", path, err)
	}
	return ra, size, f.Close, nil
}

func decryptAt(r io.ReaderAt, size int64, pass string) (io.ReaderAt, int64, error) {
	id, err := age.NewScryptIdentity(pass)
	if err != nil {
		return nil, 0, fmt.Errorf("decrypt: %w", err)
	}
	ra, n, err := age.DecryptReaderAt(r, size, id)
	if err != nil {
		var nm *age.NoIdentityMatchError
		if errors.As(err, &nm) || errors.Is(err, age.ErrIncorrectIdentity) {
			return nil, 0, ErrWrongPassphrase
		}
		return nil, 0, fmt.Errorf("cannot decrypt (damaged or truncated file?): %w", err)
	}
	return ra, n, nil
}
