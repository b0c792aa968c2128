package pdf

import (
	"context"
	"os"
	"sync"
	"testing"

	"dossier/app/ingest"
)

// One PDFium for the package's tests: starting it is the slow part.
var (
	testOnce sync.Once
	testEx   *Extractor
	testErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if testEx != nil {
		testEx.Close()
	}
	os.Exit(code)
}

func extractor(t testing.TB) *Extractor {
	t.Helper()
	testOnce.Do(func() { testEx, testErr = Open(CacheDir()) })
	if testErr != nil {
		t.Fatal(testErr)
	}
	return testEx
}

func parse(t testing.TB, name string, data []byte) (*ingest.Document, error) {
	t.Helper()
	return extractor(t).Parse(context.Background(), name, data)
}
