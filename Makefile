# Bobine: `make run` builds, indexes and serves; `make test` is what CI runs.
#
# Data and index directories come from BOBINE_DATA_DIR and BOBINE_INDEX_DIR
# (the same variables the bobine binary reads). BOBINE_DATA_DIR defaults to
# the development bundle ../shared/data when it exists, else var/raw, which
# `bobine fetch` fills with the official IMDb dumps.

SHELL := /bin/bash
GO    ?= go
BIN   ?= bin/bobine

DEVDATA := $(abspath $(CURDIR)/../shared/data)
BOBINE_DATA_DIR  ?= $(if $(wildcard $(DEVDATA)/imdb/title.basics.tsv.gz),$(DEVDATA),var/raw)
BOBINE_INDEX_DIR ?= var/index
export BOBINE_DATA_DIR BOBINE_INDEX_DIR

# The official dumps hold over a million films and series, most of which
# almost nobody rated; indexing them all needs ~10 GB. A cinema's catalogue
# keeps the titles with an audience. The development bundle is already a
# selection and is indexed whole.
ifneq ($(abspath $(BOBINE_DATA_DIR)),$(DEVDATA))
BOBINE_INDEX_MIN_VOTES ?= 500
export BOBINE_INDEX_MIN_VOTES
endif

TEST_TIMEOUT  ?= 60m
TEST_FLAGS    ?= -race
BENCH         ?= .
BENCH_TIMEOUT ?= 60m
FUZZTIME      ?= 20s
SYNTH_TITLES  ?= 1000000
FETCH         ?= 1

GOFILES = $(shell find . -name '*.go' -not -path './.git/*' -not -path '*/node_modules/*' -not -path './var/*')

.PHONY: all build assets fetch index run serve test fmt-check vet bench bench-scale fuzz gen clean help

all: build

help:
	@echo "make build   build $(BIN) (after make assets)"
	@echo "make assets  install the web front-end packages (npm ci in web/)"
	@echo "make index   index $(BOBINE_DATA_DIR) into $(BOBINE_INDEX_DIR) (fetching the IMDb dumps first when needed)"
	@echo "make run     build, index when the index is missing or older than the data, serve"
	@echo "make test    gofmt check, go vet, go test $(TEST_FLAGS) (what .ci/run calls)"
	@echo "make bench   go test -bench $(BENCH) ./... (speed and memory figures)"
	@echo "make fuzz    each fuzz target for $(FUZZTIME)"
	@echo "make gen     synthetic dumps of $(SYNTH_TITLES) titles into var/synth"
	@echo "make bench-scale  index + bench the dev bundle, 70k films and the full size (scripts/bench-scale.sh)"

build: assets
	$(GO) build -o $(BIN) ./cmd/bobine

# npm ci only when the lock file changed since the last install.
assets:
	@if [ ! -f web/package.json ]; then \
		echo "assets: no web/package.json, nothing to install"; \
	elif ! command -v npm >/dev/null 2>&1; then \
		echo "assets: npm not found, skipping the web packages (install Node.js and npm to build them)"; \
	elif [ -f web/kpipage/static/vendor/echarts.min.js ] && [ -f web/node_modules/.package-lock.json ] && [ web/node_modules/.package-lock.json -nt web/package-lock.json ] && [ web/node_modules/.package-lock.json -nt web/package.json ]; then \
		echo "assets: web/node_modules is up to date"; \
	else \
		(cd web && npm ci --no-audit --no-fund && npm run build --if-present) && touch web/node_modules/.package-lock.json; \
	fi

fetch: build
	$(BIN) fetch

# The development bundle is used as is; any other data directory is brought
# up to date with `bobine fetch` first (conditional requests: cheap when the
# files are current; FETCH=0 skips it). TMDB and MovieLens files are optional
# (see bobine help fetch).
index: build
	@if [ "$(FETCH)" != 0 ] && [ "$(abspath $(BOBINE_DATA_DIR))" != "$(DEVDATA)" ]; then \
		echo "index: $(BOBINE_DATA_DIR) is not the development bundle: fetching the IMDb dumps"; \
		$(BIN) fetch; \
	fi
	$(BIN) index

# Re-index when the index is missing, any data file is newer than it,
# another version of bobine wrote it, or a file differs from its manifest.
run: build
	@if [ ! -f "$(BOBINE_INDEX_DIR)/manifest.json" ]; then \
		echo "run: no index in $(BOBINE_INDEX_DIR)"; $(MAKE) --no-print-directory index; \
	elif [ ! -d "$(BOBINE_DATA_DIR)" ]; then \
		echo "run: $(BOBINE_DATA_DIR) missing, serving the existing index"; \
	elif [ -n "$$(find -L "$(BOBINE_DATA_DIR)" -type f -newer "$(BOBINE_INDEX_DIR)/manifest.json" -print -quit)" ]; then \
		echo "run: data newer than the index"; $(MAKE) --no-print-directory index; \
	elif ! $(BIN) index -check 2>/dev/null; then \
		echo "run: the index was written by another version of bobine, or is incomplete"; $(MAKE) --no-print-directory index; \
	fi
	$(BIN) serve

serve: build
	$(BIN) serve

fmt-check:
	@out="$$(gofmt -l $(GOFILES))"; if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

test: assets fmt-check vet
	$(GO) test $(TEST_FLAGS) -timeout $(TEST_TIMEOUT) ./...

bench:
	$(GO) test -run '^$$' -bench '$(BENCH)' -benchmem -timeout $(BENCH_TIMEOUT) ./...

# go test -fuzz takes one target of one package at a time.
fuzz:
	@set -e; for dir in $$(grep -rl --include='*_test.go' '^func Fuzz' . | grep -v node_modules | xargs -r -n1 dirname | sort -u); do \
		for target in $$(grep -h '^func Fuzz' $$dir/*_test.go | sed 's/^func \(Fuzz[A-Za-z0-9_]*\).*/\1/'); do \
			echo "== $$dir $$target ($(FUZZTIME))"; \
			$(GO) test -run '^$$' -fuzz "^$$target$$" -fuzztime $(FUZZTIME) $$dir; \
		done; \
	done

gen: build
	$(BIN) gen -dir var/synth -titles $(SYNTH_TITLES)

# Issue 11's figures at three sizes: the development bundle, the full-size
# synthetic set kept at min_votes 500 (~70,000 films) and all of it
# (min_votes 0). Needs the full-size set in SYNTH (make gen SYNTH_TITLES=12000000).
# Heavy: an hour or more; WRAP="/work/bigrun.sh 12" on a shared machine.
SCALE_CASES ?= dev 70k full
SYNTH       ?= var/synth
bench-scale: build
	BIN=$(BIN) SYNTH=$(SYNTH) DEVDATA=$(DEVDATA) scripts/bench-scale.sh $(SCALE_CASES)

clean:
	rm -rf bin var/index var/synth

# Two serve replicas behind nginx, a chat load, one replica killed mid-dialogue:
# every dialogue must go on with no lost turn (scripts/replicas.sh).
.PHONY: replicas
replicas:
	scripts/replicas.sh
