package s3_test

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"

	"dossier/app/synclog/s3"
	"dossier/app/synclog/targettest"
)

// server starts an S3-compatible server (gofakes3, in memory) on loopback
// with one bucket, and returns a target in it.
func server(t *testing.T, prefix string) *s3.Target {
	backend := s3mem.New()
	if err := backend.CreateBucket("dossier"); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(gofakes3.New(backend).Server())
	t.Cleanup(srv.Close)
	tgt, err := s3.New(s3.Config{
		Endpoint: strings.TrimPrefix(srv.URL, "http://"), Bucket: "dossier", Prefix: prefix,
		AccessKey: "ana", SecretKey: "s3cret", Insecure: true, Region: "us-east-1",
	})
	if err != nil {
		t.Fatal(err)
	}
	return tgt
}

func TestTarget(t *testing.T)         { targettest.Run(t, server(t, "")) }
func TestTargetInPrefix(t *testing.T) { targettest.Run(t, server(t, "team/library")) }
func TestConverge(t *testing.T)       { targettest.Converge(t, server(t, "lib")) }
