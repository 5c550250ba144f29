package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestStoreEmptyLists(t *testing.T) {
	dir := t.TempDir()
	for args, want := range map[string]string{
		"plans": "No plans yet", "exams": "No exam attempts yet", "certs": "No certifications yet",
	} {
		if out := mustStore(t, dir, args); !strings.HasPrefix(out, want) {
			t.Errorf("%s on empty data printed %q", args, out)
		}
	}
}

func TestStoreCommandsHelpAndStrayInput(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"plans", "new", "show", "tick", "replan", "exam", "exams", "certs", "backup", "backups", "restore", "export-data", "import-data"} {
		t.Run(name, func(t *testing.T) {
			r := storeRun(t, dir, name, "--help")
			if r.status != exitOK || !strings.Contains(r.stdout, "usage: certplan "+name) {
				t.Fatalf("--help: status %d, stdout %q", r.status, r.stdout)
			}
			wantBadInput(t, storeRun(t, dir, name, "--no-such-flag"), "-no-such-flag")
		})
	}
	for _, args := range [][]string{{"plans", "x"}, {"exams", "x"}, {"certs", "x"}, {"backup", "x"}, {"backups", "x"}, {"restore"}, {"export-data"}} {
		wantBadInput(t, storeRun(t, dir, args...), args[0])
	}
}

func TestExamsTextAndSetNotes(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "exam", "add", "SAA-C03", "2026-12-01", "--status", "booked", "--notes", "test centre")
	out := mustStore(t, dir, "exam", "set", "1", "--status", "booked", "--notes", "online, at home")
	if !strings.Contains(out, "Attempt 1: SAA-C03 on 2026-12-01, booked.") {
		t.Fatalf("exam set printed %q", out)
	}
	text := mustStore(t, dir, "exams")
	if !strings.Contains(text, "online, at home") || !strings.Contains(text, "booked") {
		t.Fatalf("exams printed %q", text)
	}
	wantBadInput(t, storeRun(t, dir, "exam", "set", "x", "--status", "passed"), `"x"`)
	wantBadInput(t, storeRun(t, dir, "exam", "set", "1"), "--status")
}

func TestShowStandings(t *testing.T) {
	dir := newSavedPlan(t)
	if text := mustStore(t, dir, "show", "1"); !strings.Contains(text, "On track") || !strings.Contains(text, "This week") {
		t.Fatalf("show on day one:\n%s", text)
	}
	mustStore(t, dir, "tick", "1", "1.1")
	if text := mustStore(t, dir, "show", "1"); !strings.Contains(text, "Ahead of the plan") {
		t.Fatalf("show after a tick:\n%s", text)
	}
	mustStore(t, dir, "tick", "1", "1.1", "--undo")
	later := fixedToday.AddDate(0, 0, 21)
	// The plan is for the earliest day that fits: three weeks of nothing
	// done leave more work than time (QA: show said "Behind", re-plan).
	r := cliRunAt(t, later, "--data", dir, "show", "1")
	for _, want := range []string{"Does not fit any more", "h of work left need more than the", "certplan replan 1"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("show three weeks on lacks %q:\n%s", want, r.stdout)
		}
	}
	// With months to spare, three weeks of nothing done are only behind.
	spare := t.TempDir()
	mustStore(t, spare, "new", "--cert", "SAA-C03", "--hours", "8", "--exam", fixedToday.AddDate(0, 8, 0).Format("2006-01-02"))
	r = cliRunAt(t, later, "--data", spare, "show", "1")
	if !strings.Contains(r.stdout, "Behind the plan") || !strings.Contains(r.stdout, "certplan replan 1") {
		t.Errorf("show of a plan with time to spare three weeks on:\n%s", r.stdout)
	}
}

func TestReplanOnTrackAndTooLate(t *testing.T) {
	dir := newSavedPlan(t)
	if out := mustStore(t, dir, "replan", "1"); !strings.Contains(out, "no change") || !strings.Contains(out, "On track") {
		t.Fatalf("replan on day one printed %q", out)
	}
	dir = t.TempDir()
	mustStore(t, dir, "new", "--cert", "SAP-C03", "--hours", "5", "--exam", "2027-01-15") // SAP-C02 is retired now
	out := mustStore(t, dir, "replan", "1", "--today", "2026-12-20")
	if !strings.Contains(out, "do not fit before the exam") {
		t.Fatalf("replan of a plan that cannot fit printed %q", out)
	}
	// On or after the exam there is no day left to plan: one line, exit 2,
	// and no version saved (QA: --today 2099-01-01 saved an empty plan).
	for _, day := range []string{"2027-01-15", "2099-01-01"} {
		wantBadInput(t, storeRun(t, dir, "replan", "1", "--today", day), "give a day before the exam")
	}
	if out := mustStore(t, dir, "plans"); !strings.Contains(out, " 2\n") {
		t.Errorf("after refused re-plans the plan is not at version 2:\n%s", out)
	}
}

func TestExportToAMissingFolderFails(t *testing.T) {
	dir := newSavedPlan(t)
	r := storeRun(t, dir, "export-data", filepath.Join(t.TempDir(), "no", "such", "x.json"))
	if r.status != exitError || !strings.Contains(r.stderr, "does not exist: choose an existing folder") {
		t.Fatalf("status %d, stderr %q", r.status, r.stderr)
	}
}

func TestImportFromStdin(t *testing.T) {
	dir := newSavedPlan(t)
	export := mustStore(t, dir, "export-data", "-")
	file := filepath.Join(t.TempDir(), "in.json")
	os.WriteFile(file, []byte(export), 0o600)
	in, _ := os.Open(file)
	defer in.Close()
	saved := os.Stdin
	os.Stdin = in
	defer func() { os.Stdin = saved }()
	if out := mustStore(t, t.TempDir(), "import-data", "-"); !strings.Contains(out, "Imported 1 plans") {
		t.Fatalf("import from stdin printed %q", out)
	}
}

func TestDefaultDataFolderAndRecoveryNotice(t *testing.T) {
	home := t.TempDir()
	t.Setenv("XDG_DATA_HOME", home)
	if r := cliRun(t, "new", "--cert", "CLF-C02"); r.status != exitOK {
		t.Fatalf("new without --data: %d %q", r.status, r.stderr)
	}
	dir := filepath.Join(home, "certplan")
	os.WriteFile(filepath.Join(dir, "certplan.db"), []byte("not a database"), 0o600)
	// The day's backup was made when new opened the data, before the plan.
	r := cliRun(t, "plans")
	if r.status != exitOK || !strings.Contains(r.stderr, "was not a certplan database, so certplan restored the backup") || strings.Count(r.stderr, "\n") != 1 {
		t.Fatalf("after damage: status %d, stdout %q, stderr %q", r.status, r.stdout, r.stderr)
	}
}

func TestFailedBackupIsReportedOnStderr(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "backups"), []byte("a file where the folder goes"), 0o600)
	r := storeRun(t, dir, "plans")
	if r.status != exitOK || !strings.Contains(r.stderr, "The backup could not be made") {
		t.Fatalf("status %d, stderr %q", r.status, r.stderr)
	}
	r = storeRun(t, dir, "backup")
	if r.status != exitError || strings.Count(r.stderr, "\n") < 1 {
		t.Fatalf("backup: status %d, stderr %q", r.status, r.stderr)
	}
}

// cliRunAt runs the command line in-process on the day of at.
func cliRunAt(t testing.TB, at time.Time, args ...string) cliResult {
	t.Helper()
	var out, errb bytes.Buffer
	status := Main(args, &out, &errb, func() time.Time { return at })
	return cliResult{status: status, stdout: out.String(), stderr: errb.String()}
}

// TestANewPlanThatDoesNotFitNeverDidFit: a plan saved for a day its work
// does not fit before says so with its figures, but not "any more" and
// not that a re-plan would help: it never fitted.
func TestANewPlanThatDoesNotFitNeverDidFit(t *testing.T) {
	dir := t.TempDir()
	out := mustStore(t, dir, "new", "--cert", "SAA-C03", "--hours", "8", "--exam", fixedToday.AddDate(0, 1, 0).Format("2006-01-02"))
	if !strings.Contains(out, "Does not fit: the ") || !strings.Contains(out, "h of work left need more than the") {
		t.Errorf("new for a day that does not fit lacks the figures:\n%s", out)
	}
	if strings.Contains(out, "any more") || strings.Contains(out, "certplan replan 1 plans what fits") {
		t.Errorf("new for a day that does not fit says it fitted before:\n%s", out)
	}
}
