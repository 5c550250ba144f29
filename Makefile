# certplan: build, run and test. `make run` and `make test` first run `make
# deps`, which installs what a fresh Debian/Ubuntu machine lacks; the other
# targets that compile only check for the C compiler and headers Fyne needs
# (`headers`) and say to run `make deps` when one is missing, so `make build`
# never runs apt-get.
# `make test` runs every gate that needs no network (lint, tests with the
# layering rules, coverage floors); `make race` (the race detector on the
# packages make test runs without it), `make vuln` and `make cover` are the rest.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := build

BIN := bin/certplan
# Packages with no Fyne and no cgo: tested with the race detector.
PURE_PATTERNS := ./catalog/... ./planner/...
# Packages whose Fuzz targets `make fuzz` runs.
FUZZ_PATTERNS := ./planner/... ./catalog/... ./ui/cli/... ./ui/export/... ./storage/...
BENCH ?= .
FUZZTIME ?= 30s
STRESS_TIMEOUT ?= 45m
FYNE_TOOLS_VERSION ?= v1.7.4
ARGS ?=
# TOOL runs a linter pinned in .ci/tools.mod, kept apart from the app's go.mod
# so the tools' dependencies never move the app's.
TOOL := go tool -modfile=.ci/tools.mod
# COVERCHECK holds each package's coverage to its floor in .ci/coverage-floors.
COVERCHECK := go run ./.ci/covercheck
# Cyclomatic complexity no function (outside tests) may pass.
MAX_COMPLEXITY := 15

# existing keeps the ./dir/... patterns whose folder exists, so a package not
# written yet is no error.
existing = $(foreach p,$(1),$(if $(wildcard $(patsubst ./%/...,%,$(p))),$(p)))

.PHONY: deps headers build run test test-run bench-check race lint fmt-check vet staticcheck cyclo vuln screenshots bench-launch \
	bench cover cover-raise stress fuzz package clean

deps:
	@bash .ci/deps.sh

# headers fails with one line naming the missing C compiler or header (OpenGL,
# X11) instead of a wall of cgo errors; it installs nothing.
headers:
	@bash .ci/deps.sh --check

build: headers
	go build -o $(BIN) .

# screenshots writes a PNG of every screen, light and dark, to docs/screenshots
# (deps: it needs Xvfb, xdotool and ImageMagick).
screenshots: deps build
	bash .ci/screenshots.sh $(BIN) docs/screenshots

# bench-launch compares launch-to-window time and memory with a bare Fyne window
# (deps: it needs Xvfb and xdotool).
bench-launch: deps
	bash .ci/launch-bench.sh $(or $(RUNS),10)

run: deps build
	./$(BIN) $(ARGS)

# test lints, runs every test (the layering rules are one, in
# layering_test.go) and holds each package to its floor in .ci/coverage-floors
# with .ci/covercheck, whose own tests run first (.ci is outside ./...).
test: deps lint test-run bench-check
	go test ./.ci/covercheck/
	@$(COVERCHECK) cover.out

# bench-check runs every benchmark once, so that a fixture the rules (or
# the passing days) come to refuse fails here, not first in `make bench`.
bench-check: headers
	go test -run '^$$' -bench . -benchtime 1x ./...

# test-run runs the pure packages with the race detector and everything else
# (Fyne and cgo packages, headless) without it (`make race` covers those), in
# two `go test` runs whose coverage profiles are merged into cover.out
# (`go tool cover -html=cover.out`).
test-run: headers
	@patterns="$(call existing,$(PURE_PATTERNS))"; \
	pure="$$([[ -z "$$patterns" ]] || go list $$patterns)"; \
	rest="$$(go list ./... | grep -vxF -f <(echo "$$pure") || true)"; \
	profiles="$$(mktemp -d)"; trap 'rm -rf "$$profiles"' EXIT; \
	if [[ -n "$$pure" ]]; then \
		echo go test -race -cover $$pure; \
		go test -race -covermode=atomic -coverprofile="$$profiles/pure.out" $$pure; \
	fi; \
	echo go test -cover $$rest; \
	go test -covermode=atomic -coverprofile="$$profiles/rest.out" $$rest; \
	{ echo "mode: atomic"; for f in "$$profiles"/*.out; do tail -n +2 "$$f"; done; } >cover.out

# race runs the packages test-run leaves without the race detector (storage,
# ui, ui/cli, ui/export, the root package: cgo and Fyne) under it; with
# test-run that is the whole suite under -race. It is a target of its own,
# called by .ci/run after `make test`, because from a fresh clone it does not
# fit in make test's budget of about 15 minutes on two cores: on the shared
# 2-core VM the five packages took 11 minutes of wall time (7 min 45 s user
# CPU) with a cold race build cache, nearly all of it building Fyne, GLFW and
# SQLite with race instrumentation, on top of make test's 10 to 15 minutes;
# warm, 2 minutes (figures and commands in docs/benchmarks.md).
race: headers
	@patterns="$(call existing,$(PURE_PATTERNS))"; \
	pure="$$([[ -z "$$patterns" ]] || go list $$patterns)"; \
	rest="$$(go list ./... | grep -vxF -f <(echo "$$pure") || true)"; \
	echo go test -race $$rest; \
	go test -race $$rest

# lint is every static gate: formatting, vet, staticcheck (checks chosen in
# staticcheck.conf) and cyclomatic complexity.
lint: fmt-check vet staticcheck cyclo

fmt-check:
	@unformatted="$$(gofmt -l $$(find . -name '*.go' -not -path './.git/*' -not -path '*/testdata/*'))"; \
	if [[ -n "$$unformatted" ]]; then echo "gofmt -w these files:"; echo "$$unformatted"; exit 1; fi

vet: headers
	go vet ./...

staticcheck: headers
	$(TOOL) staticcheck ./...

cyclo:
	$(TOOL) gocyclo -over $(MAX_COMPLEXITY) -ignore '_test\.go$$|(^|/)testdata/' .

# vuln checks the modules and standard library certplan calls into against the
# Go vulnerability database, and skips with one line when that cannot be reached.
vuln: headers
	@log="$$(mktemp)"; trap 'rm -f "$$log"' EXIT; \
	$(TOOL) govulncheck ./... >"$$log" 2>&1 && status=0 || status=$$?; \
	if ((status != 0)) && grep -q 'fetching vulnerabilities' "$$log"; then \
		echo "vuln: skipped: the Go vulnerability database cannot be reached ($$(grep -m1 -o 'Get "[^"]*"' "$$log" || echo offline))"; \
		exit 0; \
	fi; \
	cat "$$log"; exit $$status

bench: headers
	go test -run '^$$' -bench '$(BENCH)' -benchmem ./...

# cover prints each package's coverage and checks it against its floor and
# the house targets: planner and catalog 85 %, storage 75 %.
cover: test-run
	@$(COVERCHECK) --report cover.out

# cover-raise lifts .ci/coverage-floors to today's figures (never lowers them)
# and adds new packages; commit the file afterwards.
cover-raise: test-run
	@$(COVERCHECK) --raise cover.out

stress: headers
	go test -run Stress -tags stress -timeout $(STRESS_TIMEOUT) ./...

# fuzz runs every Fuzz target in FUZZ_PATTERNS for FUZZTIME each; new targets
# are found by `go test -list`, so they need no change here.
fuzz: headers
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
package: headers
	go run fyne.io/tools/cmd/fyne@$(FYNE_TOOLS_VERSION) package -os linux -release

clean:
	rm -rf bin cover.out certplan.tar.xz
