// Command covercheck works out each package's statement coverage from Go
// coverage profiles and holds it against the floors in .ci/coverage-floors,
// which start at what the code reached and only rise. Run it from the module
// root:
//
//	go run ./.ci/covercheck cover.out           check the floors (make test)
//	go run ./.ci/covercheck --report cover.out  print every package; check the
//	                                            floors and the house targets (make cover)
//	go run ./.ci/covercheck --raise cover.out   raise floors to today's figures,
//	                                            rounded down; add new packages
package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
)

// floorsPath is the floors file, relative to the module root.
const floorsPath = ".ci/coverage-floors"

// targets are the coverage the house sets for the packages that carry the
// domain logic; `--report` checks them.
var targets = map[string]float64{"certplan/planner": 85, "certplan/catalog": 85, "certplan/storage": 75}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole command with its outside world passed in; it returns the
// exit status.
func run(args []string, stdout, stderr io.Writer) int {
	mode := "check"
	if len(args) > 0 && (args[0] == "--report" || args[0] == "--raise") {
		mode, args = args[0][2:], args[1:]
	}
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: covercheck [--report|--raise] PROFILE...")
		return 2
	}
	now, err := readProfiles(args)
	if err != nil {
		fmt.Fprintln(stderr, "cover:", err)
		return 1
	}
	current, err := os.ReadFile(floorsPath)
	if err != nil && !os.IsNotExist(err) {
		fmt.Fprintln(stderr, "cover:", err)
		return 1
	}
	if mode == "raise" {
		return writeRaised(now, current, stdout, stderr)
	}
	// The floors as last committed, so that a floor lowered by hand is refused.
	committed, _ := exec.Command("git", "show", "HEAD:"+floorsPath).Output()
	report := Report{Now: now, Floors: parseFloors(current), Before: parseFloors(committed)}
	if mode == "report" {
		report.Targets = targets
		report.Print(stdout)
	}
	failures := report.Failures()
	for _, f := range failures {
		fmt.Fprintln(stderr, "cover:", f)
	}
	if len(failures) > 0 {
		return 1
	}
	fmt.Fprintf(stdout, "cover: %d packages at or above their coverage floors\n", len(now))
	return 0
}

// readProfiles reads and merges the coverage profiles at paths.
func readProfiles(paths []string) (map[string]float64, error) {
	readers := make([]io.Reader, 0, len(paths))
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("read profile: %w", err)
		}
		defer f.Close()
		readers = append(readers, f)
	}
	return Coverage(readers...)
}

// writeRaised rewrites the floors file with Raise.
func writeRaised(now map[string]float64, current []byte, stdout, stderr io.Writer) int {
	if err := os.WriteFile(floorsPath, []byte(Raise(current, now)), 0o644); err != nil {
		fmt.Fprintln(stderr, "cover:", err)
		return 1
	}
	fmt.Fprintf(stdout, "cover: floors in %s raised to today's figures; commit it\n", floorsPath)
	return 0
}
