# Dossier. `make run` opens the app on the sample library; `make test` runs
# every check CI runs. Both install what is missing first.
GO       ?= go
BIN      := bin/dossier
SAMPLE   ?= $(CURDIR)/.cache/sample-library
PKGS     := ./...

.PHONY: run test deps build vet fmt-check check bench fuzz crashtest clean

run: deps build
	$(BIN) --library "$(SAMPLE)" sample
	$(BIN) --library "$(SAMPLE)"

test: deps fmt-check vet
	$(GO) test -race -timeout 40m $(PKGS)

deps:
	@bash scripts/deps.sh

build:
	$(GO) build -o $(BIN) .

vet:
	$(GO) vet $(PKGS)

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

# check adds staticcheck (fetched from the module proxy) to the test gates.
check: test
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 $(PKGS)

bench: deps
	$(GO) test -run '^$$' -bench . -benchmem $(PKGS)

# crashtest SIGKILLs a child working on a library CRASH_KILLS times (200 by
# default; `make test` runs 20) and checks the library after each kill.
CRASH_KILLS ?= 200
crashtest:
	CRASH_KILLS=$(CRASH_KILLS) $(GO) test -count=1 -v -timeout 60m -run '^TestCrash$$' ./crashtest/

clean:
	rm -rf bin .cache
