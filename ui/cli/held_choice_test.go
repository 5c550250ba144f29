package cli

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"

	"certplan/planner"
)

// shownID is show --json of plan id in dir.
func shownID(t *testing.T, dir string, id int) shownPlan {
	t.Helper()
	var s shownPlan
	if err := json.Unmarshal([]byte(mustStore(t, dir, "show", strconv.Itoa(id), "--json")), &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestNewCountsOnlyTheHeldItIsGiven: new credits the certifications its
// --held names and none of those logged with exam add, and the plan keeps
// them: a pass logged later and a re-plan add none (README, "Saved plans
// on the command line").
func TestNewCountsOnlyTheHeldItIsGiven(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "exam", "add", "CLF-C02", "2025-03-01", "--status", "passed")
	wantIn(t, "certs", mustStore(t, dir, "certs"), "CLF-C02")
	mustStore(t, dir, "new", "--cert", "SAA-C03", "--hours", "10")
	mustStore(t, dir, "new", "--cert", "SAA-C03", "--hours", "10", "--held", "clf-c02@2025-03-01", "--name", "credited")
	plain, credited := shownID(t, dir, 1), shownID(t, dir, 2)
	if len(plain.Inputs.Held) != 0 {
		t.Errorf("a plan made without --held holds %v, want none: new does not read the logged certifications", plain.Inputs.Held)
	}
	want := []planner.HeldCert{{Code: "CLF-C02", Earned: mustDate(t, "2025-03-01")}}
	if !slices.Equal(credited.Inputs.Held, want) {
		t.Errorf("a plan made with --held clf-c02@2025-03-01 holds %v, want %v", credited.Inputs.Held, want)
	}
	if credited.TotalHours >= plain.TotalHours {
		t.Errorf("the credited plan has %v h, the other %v h: --held gave no credit", credited.TotalHours, plain.TotalHours)
	}
	mustStore(t, dir, "exam", "add", "AIF-C01", "2026-11-20", "--status", "passed")
	mustStore(t, dir, "replan", "1")
	if s := shownID(t, dir, 1); s.Version != 2 || len(s.Inputs.Held) != 0 {
		t.Errorf("plan 1 re-planned after a pass (version %d) holds %v, want none", s.Version, s.Inputs.Held)
	}
	report := mustStore(t, dir, "plan", "--cert", "SAA-C03", "--held", "CLF-C02@2025-03-01")
	wantIn(t, "plan --held", report, "Held:", "CLF-C02 (earned 2025-03-01)")
	if report := mustStore(t, dir, "plan", "--cert", "SAA-C03"); strings.Contains(report, "Held:") {
		t.Errorf("plan without --held, with CLF-C02 logged, says what it holds:\n%s", report)
	}
}

// TestHeldThatCannotBeRightIsOneLine: a --held value that cannot be right
// exits 2 with one line naming it, for plan and new alike, and new saves
// nothing.
func TestHeldThatCannotBeRightIsOneLine(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name  string
		held  []string
		names string
	}{
		{"empty", []string{"--held", ""}, `--held "" is not CODE[@YYYY-MM-DD]`},
		{"trailing comma", []string{"--held", "CLF-C02,"}, `--held "" is not CODE[@YYYY-MM-DD]`},
		{"no code", []string{"--held", "@2025-01-01"}, "is not CODE[@YYYY-MM-DD]"},
		{"unknown code", []string{"--held", "CLF-C2"}, `unknown exam code "CLF-C2": did you mean CLF-C02`},
		{"none is no exam", []string{"--held", "none"}, `unknown exam code "NONE"`},
		{"no such day", []string{"--held", "CLF-C02@2025-13-01"}, `"2025-13-01" is not a date`},
		{"no day after @", []string{"--held", "CLF-C02@"}, `"" is not a date`},
		{"after today", []string{"--held", "CLF-C02@2027-01-01"}, "after today"},
		{"before the exam existed", []string{"--held", "CLF-C02@2010-01-01"}, "could first be taken on 2023-09-19"},
		{"the same exam twice", []string{"--held", "CLF-C02,clf-c02@2025-01-01"}, "--held CLF-C02 is named twice"},
		{"the flag twice", []string{"--held", "CLF-C02", "--held", "SAA-C02"}, "--held is given twice"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, cmd := range []string{"plan", "new"} {
				r := storeRun(t, dir, append([]string{cmd, "--cert", "SAA-C03", "--hours", "10"}, tc.held...)...)
				wantBadInput(t, r, tc.names)
				if r.stdout != "" {
					t.Errorf("%s printed %q on stdout, want nothing", cmd, r.stdout)
				}
			}
		})
	}
	if out := mustStore(t, dir, "new", "--cert", "SAA-C03", "--hours", "10"); !strings.HasPrefix(out, "Saved plan 1 ") {
		t.Errorf("the first plan saved after the refusals printed %q, want plan 1", out)
	}
}
