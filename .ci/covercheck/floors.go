package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"maps"
	"math"
	"path"
	"slices"
	"strconv"
	"strings"
)

// Coverage reads Go coverage profiles (`go test -coverprofile`) and returns
// each package's statement coverage in percent, rounded to one decimal. A
// block that appears in several profiles counts as covered when any of them
// covered it, so the profiles of separate `go test` runs can be given together.
func Coverage(profiles ...io.Reader) (map[string]float64, error) {
	stmts := map[string]int{}    // statements by block ("file:start,end")
	covered := map[string]bool{} // blocks run at least once
	for _, r := range profiles {
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			line := sc.Text()
			if line == "" || strings.HasPrefix(line, "mode:") {
				continue
			}
			var block string
			var n, count int
			if _, err := fmt.Sscanf(line, "%s %d %d", &block, &n, &count); err != nil || !strings.Contains(block, ":") {
				return nil, fmt.Errorf("not a coverage profile line: %q", line)
			}
			stmts[block] = n
			covered[block] = covered[block] || count > 0
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("read profile: %w", err)
		}
	}
	total, hit := map[string]int{}, map[string]int{}
	for block, n := range stmts {
		pkg := path.Dir(block[:strings.LastIndex(block, ":")])
		total[pkg] += n
		if covered[block] {
			hit[pkg] += n
		}
	}
	now := make(map[string]float64, len(total))
	for pkg, n := range total {
		now[pkg] = round1(100 * float64(hit[pkg]) / float64(max(n, 1)))
	}
	return now, nil
}

// round1 rounds a percentage to the one decimal it is printed with, so that a
// check never fails on a figure that prints as equal to its floor.
func round1(x float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 1, 64), 64)
	return r
}

// parseFloors reads a floors file: "package percent" lines; text after a #
// and lines with fewer than two fields are skipped.
func parseFloors(text []byte) map[string]float64 {
	floors := map[string]float64{}
	for line := range strings.Lines(string(text)) {
		line, _, _ = strings.Cut(line, "#")
		if f := strings.Fields(line); len(f) >= 2 {
			if v, err := strconv.ParseFloat(f[1], 64); err == nil {
				floors[f[0]] = v
			}
		}
	}
	return floors
}

// Raise returns the floors file text with each package's floor lifted to its
// coverage now, rounded down, and never lowered; packages new in now are
// added, and packages no longer reported are dropped. The comment lines
// at the top are kept.
func Raise(current []byte, now map[string]float64) string {
	floors := parseFloors(current)
	var b bytes.Buffer
	for line := range strings.Lines(string(current)) {
		if strings.HasPrefix(line, "#") {
			b.WriteString(line)
		}
	}
	for _, pkg := range slices.Sorted(maps.Keys(now)) {
		f := max(math.Floor(now[pkg]), floors[pkg])
		fmt.Fprintf(&b, "%-32s %s\n", pkg, strconv.FormatFloat(f, 'f', -1, 64))
	}
	return b.String()
}

// Report holds the figures a check compares.
type Report struct {
	Now     map[string]float64 // coverage by package, from the profiles
	Floors  map[string]float64 // floors in the working tree
	Before  map[string]float64 // floors as last committed
	Targets map[string]float64 // house targets, checked only when set
}

// Failures returns one line for each broken rule: a floor lowered since the
// last commit, a floor for a package the tests did not report, a package
// under its house target, without a floor, or under its floor.
func (r Report) Failures() []string {
	var out []string
	for _, p := range slices.Sorted(maps.Keys(r.Before)) {
		if f, ok := r.Floors[p]; ok && f < r.Before[p] {
			out = append(out, fmt.Sprintf("%s lowers %s's floor from %g %% to %g %%; floors only rise", floorsPath, p, r.Before[p], f))
		}
	}
	for _, p := range slices.Sorted(maps.Keys(r.Floors)) {
		if _, ok := r.Now[p]; !ok {
			out = append(out, fmt.Sprintf("%s has a floor for %s but the tests reported no coverage for it; remove the line if the package is gone", floorsPath, p))
		}
	}
	for _, p := range slices.Sorted(maps.Keys(r.Now)) {
		now := r.Now[p]
		if t, ok := r.Targets[p]; ok && now < t {
			out = append(out, fmt.Sprintf("%s is at %.1f %% coverage, under the house target of %g %%", p, now, t))
		}
		if f, ok := r.Floors[p]; !ok {
			out = append(out, fmt.Sprintf("%s has no coverage floor; run make cover-raise to add it at %g %% and commit %s", p, math.Floor(now), floorsPath))
		} else if now < f {
			out = append(out, fmt.Sprintf("%s fell to %.1f %% coverage, under its floor of %g %% in %s; test the new code", p, now, f, floorsPath))
		}
	}
	return out
}

// Print writes a table of every package's coverage, floor and target.
func (r Report) Print(w io.Writer) {
	fmt.Fprintf(w, "%-32s %8s %6s %6s\n", "package", "coverage", "floor", "target")
	for _, p := range slices.Sorted(maps.Keys(r.Now)) {
		fmt.Fprintf(w, "%-32s %6.1f %% %6s %6s\n", p, r.Now[p], figure(r.Floors, p), figure(r.Targets, p))
	}
}

// figure formats m[key], or "-" when there is none.
func figure(m map[string]float64, key string) string {
	if v, ok := m[key]; ok {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return "-"
}
