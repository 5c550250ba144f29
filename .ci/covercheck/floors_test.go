package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Two runs of the same package (one with -race, one without) and a second
// package: blocks of 3 and 1 statements in a, 2 and 2 in b.
const (
	profileOne = `mode: atomic
example/a/x.go:1.1,2.2 3 1
example/a/x.go:3.1,4.2 1 0
example/b/y.go:1.1,2.2 2 0
`
	profileTwo = `mode: atomic
example/a/x.go:1.1,2.2 3 0
example/a/x.go:3.1,4.2 1 5
example/b/y.go:1.1,2.2 2 0
example/b/y.go:5.1,6.2 2 7
`
)

func TestCoverageMergesProfiles(t *testing.T) {
	tests := []struct {
		name     string
		profiles []string
		want     map[string]float64
	}{
		{"one profile counts its own hits", []string{profileOne},
			map[string]float64{"example/a": 75, "example/b": 0}},
		{"a block covered in either run counts once", []string{profileOne, profileTwo},
			map[string]float64{"example/a": 100, "example/b": 50}},
		{"a third is rounded to one decimal", []string{"mode: set\nm/p/f.go:1.1,2.2 1 1\nm/p/f.go:3.1,4.2 2 0\n"},
			map[string]float64{"m/p": 33.3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var readers []io.Reader
			for _, p := range tt.profiles {
				readers = append(readers, strings.NewReader(p))
			}
			got, err := Coverage(readers...)
			if err != nil {
				t.Fatal(err)
			}
			for pkg, want := range tt.want {
				if got[pkg] != want {
					t.Errorf("coverage of %s = %v, want %v", pkg, got[pkg], want)
				}
			}
			if len(got) != len(tt.want) {
				t.Errorf("packages = %v, want only %v", got, tt.want)
			}
		})
	}
}

func TestCoverageRefusesOtherText(t *testing.T) {
	if _, err := Coverage(strings.NewReader("mode: set\nok  \tcertplan/ui\t1.2s\n")); err == nil {
		t.Error("Coverage accepted go test's summary line as a profile")
	}
}

func TestRaiseOnlyLiftsFloorsAndAddsPackages(t *testing.T) {
	current := "# comment kept\nexample/a   90\nexample/b   10\nexample/gone 50\n"
	got := Raise([]byte(current), map[string]float64{"example/a": 80.9, "example/b": 42.7, "example/new": 12.5})
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	want := []string{"# comment kept", "example/a 90", "example/b 42", "example/new 12"}
	for i := range lines {
		lines[i] = strings.Join(strings.Fields(lines[i]), " ")
	}
	if i := slices.Index(lines, "# comment kept"); i != 0 {
		t.Errorf("comment line at %d, want first:\n%s", i, got)
	}
	if !slices.Equal(lines, want) {
		t.Errorf("raised floors = %q, want %q (a stays at 90, b rises to 42 rounded down, new added, gone dropped)", lines, want)
	}
}

func TestFailuresNamesEachBrokenRule(t *testing.T) {
	tests := []struct {
		name   string
		report Report
		want   string // a phrase of the one failure expected; "" for none
	}{
		{"at or above every floor", Report{Now: map[string]float64{"p": 80}, Floors: map[string]float64{"p": 80}}, ""},
		{"under its floor", Report{Now: map[string]float64{"p": 79.9}, Floors: map[string]float64{"p": 80}}, "p fell to 79.9 %"},
		{"a new package without a floor", Report{Now: map[string]float64{"p": 61.5}, Floors: map[string]float64{}}, "p has no coverage floor; run make cover-raise to add it at 61 %"},
		{"a floor for a package gone", Report{Now: map[string]float64{}, Floors: map[string]float64{"p": 10}}, "has a floor for p but"},
		{"a floor lowered by hand",
			Report{Now: map[string]float64{"p": 95}, Floors: map[string]float64{"p": 70}, Before: map[string]float64{"p": 90}},
			"lowers p's floor from 90 % to 70 %"},
		{"under the house target", Report{Now: map[string]float64{"p": 84}, Floors: map[string]float64{"p": 80}, Targets: map[string]float64{"p": 85}},
			"p is at 84.0 % coverage, under the house target of 85 %"},
		{"targets unchecked unless asked", Report{Now: map[string]float64{"p": 84}, Floors: map[string]float64{"p": 80}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.report.Failures()
			switch {
			case tt.want == "" && len(got) != 0:
				t.Errorf("failures = %q, want none", got)
			case tt.want != "" && len(got) != 1:
				t.Errorf("failures = %q, want exactly one containing %q", got, tt.want)
			case tt.want != "" && !strings.Contains(got[0], tt.want):
				t.Errorf("failure = %q, want it to contain %q", got[0], tt.want)
			}
		})
	}
}

func TestRunRaisesThenChecks(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.MkdirAll(filepath.Dir(floorsPath), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("cover.out", []byte(profileOne), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errs bytes.Buffer
	if code := run([]string{"cover.out"}, &out, &errs); code != 1 || !strings.Contains(errs.String(), "example/a has no coverage floor") {
		t.Fatalf("check with no floors file: status %d, stderr %q; want 1 and a missing floor", code, errs.String())
	}
	if code := run([]string{"--raise", "cover.out"}, &out, &errs); code != 0 {
		t.Fatalf("--raise: status %d, stderr %q", code, errs.String())
	}
	out.Reset()
	errs.Reset()
	if code := run([]string{"--report", "cover.out"}, &out, &errs); code != 0 {
		t.Fatalf("--report after --raise: status %d, stderr %q", code, errs.String())
	}
	if !strings.Contains(out.String(), "2 packages at or above their coverage floors") || !strings.Contains(out.String(), "example/a") {
		t.Errorf("--report output = %q, want the table and the closing line", out.String())
	}
	if code := run(nil, &out, &errs); code != 2 {
		t.Errorf("no profile: status %d, want 2 (usage)", code)
	}
}
