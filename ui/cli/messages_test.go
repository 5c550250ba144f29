package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPlanNumbersSayWhatIsWrong: 0, negative and huge plan or attempt
// numbers are numbers that name nothing, not "not a number" or a flag.
func TestPlanNumbersSayWhatIsWrong(t *testing.T) {
	dir := newSavedPlan(t)
	huge := "12345678901234567890"
	cases := []badInputCase{
		{"show 0", []string{"show", "0"}, "there is no plan 0: plan numbers start at 1"},
		{"show -1", []string{"show", "-1"}, "there is no plan -1: plan numbers start at 1"},
		{"tick -1 after a flag", []string{"tick", "--hours", "2", "-1", "1.1"}, "there is no plan -1"},
		{"export -1", []string{"export", "-1", "--pdf", "x.pdf"}, "there is no plan -1"},
		{"replan 20 digits", []string{"replan", huge}, "there is no plan " + huge + ": certplan plans lists"},
		{"exam set 0", []string{"exam", "set", "0", "--status", "failed"}, "there is no attempt 0: attempt numbers start at 1"},
		{"tick hours -1 is still the flag's", []string{"tick", "1", "1.1", "--hours", "-1"}, "--hours -1 is not possible"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := storeRun(t, dir, c.args...)
			wantBadInput(t, r, c.names)
			if strings.Contains(r.stderr, "not a number") || strings.Contains(r.stderr, "unknown flag") {
				t.Errorf("stderr %q", r.stderr)
			}
		})
	}
}

// TestHoursMessageStatesTheRealLimit: --hours takes 0 to 80; 81 to 112
// fit only with --weekdays, and the message says so.
func TestHoursMessageStatesTheRealLimit(t *testing.T) {
	wantBadInput(t, cliRun(t, "plan", "--cert", "SAA-C03", "--hours", "113"), "--hours 113 is not possible: use 0 to 80 hours a week")
	wantBadInput(t, cliRun(t, "plan", "--cert", "SAA-C03", "--hours", "90"), "use --weekdays to study at weekends too")
	if r := cliRun(t, "plan", "--cert", "SAA-C03", "--hours", "80", "--json"); r.status != exitOK {
		t.Errorf("--hours 80: status %d, stderr %q", r.status, r.stderr)
	}
}

// TestGlobalFlagsGoAnywhere: --data and --verbose work before or after the
// command and its arguments, and an empty --data is refused.
func TestGlobalFlagsGoAnywhere(t *testing.T) {
	dir := newSavedPlan(t)
	for _, args := range [][]string{{"plans", "--data", dir}, {"plans", "--data=" + dir}, {"--verbose", "plans", "-data", dir},
		{"show", "1", "--data", dir, "--json"}, {"tick", "1", "--data", dir, "1.2", "--verbose"}} {
		if r := cliRun(t, args...); r.status != exitOK || (args[0] == "plans" && !strings.Contains(r.stdout, "Architect")) {
			t.Errorf("%v: status %d, stdout %q, stderr %q", args, r.status, r.stdout, r.stderr)
		}
	}
	for _, args := range [][]string{{"--data", "", "plans"}, {"--data=", "plans"}, {"plans", "--data", "  "}, {"plans", "--data"}} {
		wantBadInput(t, cliRun(t, args...), "--data needs a folder")
	}
	if _, desktop := DesktopDataDir([]string{"--data", ""}); desktop {
		t.Error("--data '' opens the desktop app")
	}
}

// TestVerbosePrintsTheCause: a storage failure is one line; with --verbose
// or CERTPLAN_VERBOSE=1 a second line gives the system's cause.
func TestVerbosePrintsTheCause(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(file, "data") // a folder cannot be made inside a file
	plain := cliRun(t, "--data", dir, "plans")
	if plain.status != exitError || strings.Count(plain.stderr, "\n") != 1 || strings.Contains(plain.stderr, "not a directory") {
		t.Fatalf("without --verbose: status %d, stderr %q", plain.status, plain.stderr)
	}
	verbose := cliRun(t, "plans", "--data", dir, "--verbose")
	t.Setenv("CERTPLAN_VERBOSE", "1")
	fromEnv := cliRun(t, "--data", dir, "plans")
	for _, r := range []cliResult{verbose, fromEnv} {
		lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
		if r.status != exitError {
			t.Errorf("verbose: status %d, want %d", r.status, exitError)
		}
		if len(lines) != 2 {
			t.Errorf("verbose: stderr %q, want two lines", r.stderr)
			continue
		}
		if lines[0]+"\n" != plain.stderr {
			t.Errorf("verbose: first line %q, want the plain message %q", lines[0], plain.stderr)
		}
		if !strings.HasPrefix(lines[1], "certplan: cause: ") || !strings.Contains(lines[1], "not a directory") {
			t.Errorf("verbose: second line %q, want \"certplan: cause: \" and the cause, not a directory", lines[1])
		}
	}
}

// TestTickSaysWhenNothingChanged: a second tick of a done topic and an
// undo of an open one exit 0 and say that nothing changed.
func TestTickSaysWhenNothingChanged(t *testing.T) {
	dir := newSavedPlan(t)
	if out := mustStore(t, dir, "tick", "1", "1.1"); !strings.HasPrefix(out, "Ticked 1.1 ") {
		t.Fatalf("first tick printed %q, want that it ticked 1.1", out)
	}
	if out := mustStore(t, dir, "tick", "1", "1.1"); out != "Nothing changed: SAA-C03:1.1 in plan 1 is already done, with the same hours.\n" {
		t.Errorf("second tick printed %q", out)
	}
	if out := mustStore(t, dir, "tick", "1", "1.1", "--hours", "3"); !strings.HasPrefix(out, "Changed the hours of 1.1 ") {
		t.Errorf("new hours on a done topic printed %q, want that they changed", out)
	}
	if out := mustStore(t, dir, "tick", "1", "1.2", "--undo"); out != "Nothing changed: SAA-C03:1.2 in plan 1 is not done.\n" {
		t.Errorf("undo of an open topic printed %q", out)
	}
}
