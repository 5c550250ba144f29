# certplan: build, run and test. `make deps` once on a fresh Debian/Ubuntu
# machine (the other targets call it too), then `make run` or `make test`.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := build

BIN := bin/certplan
# Packages with no Fyne and no cgo: tested with the race detector.
PURE_PATTERNS := ./catalog/... ./planner/...
# Packages whose Fuzz targets `make fuzz` runs.
FUZZ_PATTERNS := ./planner/... ./catalog/... ./ui/cli/... ./storage/...
BENCH ?= .
FUZZTIME ?= 30s
STRESS_TIMEOUT ?= 20m
FYNE_TOOLS_VERSION ?= v1.7.4
ARGS ?=

# existing keeps the ./dir/... patterns whose folder exists, so a package not
# written yet is no error.
existing = $(foreach p,$(1),$(if $(wildcard $(patsubst ./%/...,%,$(p))),$(p)))

.PHONY: deps build run test fmt-check vet bench cover stress fuzz package clean

deps:
	@bash .ci/deps.sh

build: deps
	go build -o $(BIN) .

run: build
	./$(BIN) $(ARGS)

# test runs the pure packages with the race detector and everything else
# (Fyne and cgo packages, headless) without it, in two `go test` runs.
test: deps fmt-check vet
	@patterns="$(call existing,$(PURE_PATTERNS))"; \
	pure="$$([[ -z "$$patterns" ]] || go list $$patterns)"; \
	rest="$$(go list ./... | grep -vxF -f <(echo "$$pure") || true)"; \
	if [[ -n "$$pure" ]]; then echo go test -race $$pure; go test -race $$pure; fi; \
	echo go test $$rest; go test $$rest

fmt-check:
	@unformatted="$$(gofmt -l $$(find . -name '*.go' -not -path './.git/*' -not -path '*/testdata/*'))"; \
	if [[ -n "$$unformatted" ]]; then echo "gofmt -w these files:"; echo "$$unformatted"; exit 1; fi

vet: deps
	go vet ./...

bench: deps
	go test -run '^$$' -bench '$(BENCH)' -benchmem ./...

cover: deps
	go test -cover ./...

stress: deps
	go test -run Stress -tags stress -timeout $(STRESS_TIMEOUT) ./...

# fuzz runs every Fuzz target in FUZZ_PATTERNS for FUZZTIME each; new targets
# are found by `go test -list`, so they need no change here.
fuzz: deps
	@patterns="$(call existing,$(FUZZ_PATTERNS))"; [[ -n "$$patterns" ]] || exit 0; \
	for pkg in $$(go list $$patterns); do \
		list="$$(go test -run '^$$' -list '^Fuzz' "$$pkg")" || { echo "$$list"; exit 1; }; \
		for target in $$(grep '^Fuzz' <<<"$$list" || true); do \
			echo "go test -fuzz $$target $$pkg"; \
			go test -run '^$$' -fuzz "^$$target\$$" -fuzztime $(FUZZTIME) "$$pkg"; \
		done; \
	done

# package makes certplan.tar.xz, an installable Linux bundle with the icon and
# desktop entry from FyneApp.toml.
package: deps
	go run fyne.io/tools/cmd/fyne@$(FYNE_TOOLS_VERSION) package -os linux -release

clean:
	rm -rf bin cover.out certplan.tar.xz
