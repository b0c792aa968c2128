// Package s3 is a sync target in a bucket of an S3-compatible object store:
// AWS S3, MinIO, Ceph, Garage, Cloudflare R2 and the like, through MinIO's
// well-kept client.
package s3

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"

	"dossier/app/synclog"
)

// Config says where the bucket is and how to sign in.
type Config struct {
	Endpoint  string // host[:port], e.g. s3.eu-west-1.amazonaws.com
	Bucket    string
	Prefix    string // a folder in the bucket, optional
	Region    string // optional
	AccessKey string
	SecretKey string
	Insecure  bool // plain http, for a store on this machine only
}

// Target keeps objects in a bucket, below a prefix.
type Target struct {
	c      *minio.Client
	bucket string
	prefix string
	where  string
}

// New connects to the bucket (it does not create it).
func New(cfg Config) (*Target, error) {
	if cfg.Endpoint == "" || cfg.Bucket == "" {
		return nil, fmt.Errorf("s3: an endpoint and a bucket are needed")
	}
	c, err := minio.New(cfg.Endpoint, &minio.Options{
		Creds:  credentials.NewStaticV4(cfg.AccessKey, cfg.SecretKey, ""),
		Secure: !cfg.Insecure,
		Region: cfg.Region,
	})
	if err != nil {
		return nil, fmt.Errorf("s3 %s: %w", cfg.Endpoint, err)
	}
	prefix := strings.Trim(cfg.Prefix, "/")
	if prefix != "" {
		prefix += "/"
	}
	scheme := "https"
	if cfg.Insecure {
		scheme = "http"
	}
	return &Target{c: c, bucket: cfg.Bucket, prefix: prefix, where: fmt.Sprintf("%s://%s/%s/%s", scheme, cfg.Endpoint, cfg.Bucket, prefix)}, nil
}

func (t *Target) String() string { return t.where }

func notFound(err error) bool {
	return minio.ToErrorResponse(err).Code == "NoSuchKey"
}

func (t *Target) Put(ctx context.Context, name string, data []byte) error {
	_, err := t.c.PutObject(ctx, t.bucket, t.prefix+name, bytes.NewReader(data), int64(len(data)),
		minio.PutObjectOptions{ContentType: "application/octet-stream"})
	if err != nil {
		return fmt.Errorf("s3: put %s: %w", name, err)
	}
	return nil
}

func (t *Target) Get(ctx context.Context, name string) ([]byte, error) {
	obj, err := t.c.GetObject(ctx, t.bucket, t.prefix+name, minio.GetObjectOptions{})
	if err != nil {
		if notFound(err) {
			return nil, synclog.ErrNotExist
		}
		return nil, fmt.Errorf("s3: get %s: %w", name, err)
	}
	defer obj.Close()
	data, err := io.ReadAll(obj)
	if err != nil {
		if notFound(err) {
			return nil, synclog.ErrNotExist
		}
		return nil, fmt.Errorf("s3: get %s: %w", name, err)
	}
	return data, nil
}

func (t *Target) List(ctx context.Context, prefix string) ([]synclog.Object, error) {
	var out []synclog.Object
	for o := range t.c.ListObjects(ctx, t.bucket, minio.ListObjectsOptions{Prefix: t.prefix + prefix, Recursive: true}) {
		if o.Err != nil {
			return nil, fmt.Errorf("s3: list %s: %w", t.where, o.Err)
		}
		out = append(out, synclog.Object{Name: strings.TrimPrefix(o.Key, t.prefix), Size: o.Size})
	}
	return out, nil
}

// Delete removes the object. S3 does not say whether the object was there,
// so Delete never returns synclog.ErrNotExist.
func (t *Target) Delete(ctx context.Context, name string) error {
	if err := t.c.RemoveObject(ctx, t.bucket, t.prefix+name, minio.RemoveObjectOptions{}); err != nil {
		return fmt.Errorf("s3: delete %s: %w", name, err)
	}
	return nil
}
