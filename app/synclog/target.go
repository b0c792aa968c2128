// Package synclog keeps a library's changes on a sync target that an
// organisation already runs (a WebDAV server, an S3-compatible store or a
// plain shared folder) and that sees only ciphertext.
//
// Each device appends immutable change sets under its own folder on the
// target and reads the other devices' change sets after the last one it has
// read. Every object is encrypted with age to the library's key, and carries
// a header, inside the encryption, that names the object, the device, its
// sequence number and the hash of the device's previous change set. So a
// wrong key, a tampered or truncated object, a change set replayed under
// another name or out of order, and a target that hides objects it listed
// before are each detected and refused before anything is applied.
//
// Snapshots let a new device start without replaying years of change sets,
// and let old change sets be compacted away.
//
// The package knows nothing of what a change set holds: the library encodes
// its records (as bundle deltas) and merges what it reads. The targets are
// leaf packages beside this one (synclog/folder, synclog/webdav, synclog/s3).
package synclog

import (
	"context"
	"errors"
)

// ErrNotExist is returned by a Target's Get and Delete for a name it does
// not hold.
var ErrNotExist = errors.New("no such object")

// Object is one entry of a target's listing.
type Object struct {
	Name string
	Size int64
}

// Target is a store of named, immutable objects. Names are slash-separated
// paths such as "devices/01J…/0000000000000001.cs". Implementations must be
// safe for concurrent use and must make Put atomic where the store allows
// (a reader sees the whole object or none of it); the log detects and
// refuses a partial object all the same.
type Target interface {
	Put(ctx context.Context, name string, data []byte) error
	Get(ctx context.Context, name string) ([]byte, error)
	// List returns every object whose name starts with prefix, in any order.
	List(ctx context.Context, prefix string) ([]Object, error)
	Delete(ctx context.Context, name string) error
	// String says where the target is, for messages; never a credential.
	String() string
}
