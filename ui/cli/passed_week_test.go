package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"certplan/catalog"
)

// passedEarly saves a CLF-C02 plan for 20 December on the clock's today
// (Monday 23 November) and logs its exam as passed on Wednesday 25
// November; the commands after it run on Friday 27 November (afterPass).
func passedEarly(t *testing.T) string {
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "CLF-C02", "--exam", "2026-12-20", "--hours", "10")
	afterPass(t, dir, "exam", "add", "CLF-C02", "2026-11-25", "--status", "passed")
	return dir
}

// afterPass runs a command that must succeed on Friday 27 November, two
// days after passedEarly's pass, and returns its stdout.
func afterPass(t *testing.T, dir string, args ...string) string {
	t.Helper()
	r := cliRunAt(t, time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC), append([]string{"--data", dir}, args...)...)
	if r.status != exitOK {
		t.Fatalf("%v: status %d, stderr %q", args, r.status, r.stderr)
	}
	return r.stdout
}

// TestShowOffersNoStudyAfterThePass: show and show --json of a plan passed
// early list no session after the pass day, no "this week" and a standing
// that is passed, with no study time left.
func TestShowOffersNoStudyAfterThePass(t *testing.T) {
	dir := passedEarly(t)
	wantLines(t, "show", afterPass(t, dir, "show", "1"), []string{"Passed on 2026-11-25: this plan is done"}, []string{"This week"})
	var s shownPlan
	if err := json.Unmarshal([]byte(afterPass(t, dir, "show", "1", "--json")), &s); err != nil {
		t.Fatal(err)
	}
	pass := catalog.DateOf(2026, 11, 25)
	if s.Passed != pass || s.Progress.State != "passed" || s.Progress.TimeLeftHours != 0 || s.Progress.OnTrack {
		t.Errorf("show --json: passed %s, state %q, %v h left; want passed on %s with none left", s.Passed, s.Progress.State, s.Progress.TimeLeftHours, pass)
	}
	for _, w := range s.Weeks {
		for _, x := range w.Sessions {
			if x.Date.After(pass) {
				t.Errorf("show --json lists a session on %s, after the pass", x.Date)
			}
		}
	}
}

// TestTodaySaysAPassedPlanIsDone: today names no study of a passed plan
// and says it is passed, in full and in one line, beside a plan still
// preparing, which comes first.
func TestTodaySaysAPassedPlanIsDone(t *testing.T) {
	dir := passedEarly(t)
	wantLines(t, "today", afterPass(t, dir, "today"), []string{"Passed on 2026-11-25: this plan is done"}, []string{"Tick", "Next:"})
	wantLines(t, "today --line", afterPass(t, dir, "today", "--line"),
		[]string{"Nothing to do: CLF-C02 was passed on 2026-11-25, so plan 1 is done."}, nil)
	mustStore(t, dir, "new", "--cert", "SAA-C03", "--hours", "10")
	out := afterPass(t, dir, "today", "--line")
	if !strings.Contains(out, "CLF-C02: passed on 2026-11-25, done (plan 1).") || strings.Index(out, "SAA-C03") > strings.Index(out, "CLF-C02") {
		t.Errorf("today --line with a passed plan and one preparing = %q, want the preparing one first and CLF-C02 passed", out)
	}
}

// TestExportsOfAPassedPlanStopAtThePass: the .csv holds no session after
// the pass day, and the .ics sends the sessions planned after it as
// cancelled (a calendar exported before the pass holds them) and the exam
// on its pass day (the certification it earned still has its expiry).
func TestExportsOfAPassedPlanStopAtThePass(t *testing.T) {
	dir := passedEarly(t)
	csvPath, icsPath := filepath.Join(dir, "plan.csv"), filepath.Join(dir, "plan.ics")
	afterPass(t, dir, "export", "1", "--csv", csvPath, "--ics", icsPath)
	csv, _ := os.ReadFile(csvPath)
	rows := strings.Split(strings.TrimSpace(string(csv)), "\n")
	if len(rows) < 2 {
		t.Fatalf("the .csv holds no session before the pass:\n%s", csv)
	}
	for _, line := range rows[1:] {
		if d, _, ok := strings.Cut(line, ","); ok && d > "2026-11-25" {
			t.Errorf("the .csv has a session after the pass: %s", line)
		}
	}
	raw, _ := os.ReadFile(icsPath)
	ics := strings.ReplaceAll(string(raw), "\r\n ", "") // unfolded
	cancelled := 0
	for _, ev := range strings.Split(ics, "BEGIN:VEVENT")[1:] {
		line, _, _ := strings.Cut(ev[strings.Index(ev, "DTSTART"):], "\r\n")
		day := line[strings.LastIndex(line, ":")+1:][:8]
		switch {
		case strings.Contains(ev, "STATUS:CANCELLED"):
			cancelled++
			if !strings.Contains(ev, "Exam passed") {
				t.Errorf("a session cancelled after the pass does not say why:\n%s", ev)
			}
		case day > "20261125" && strings.Contains(ev, "CATEGORIES:Study"):
			t.Errorf("the .ics has a session on %s, after the pass:\n%s", day, ev)
		}
	}
	if cancelled == 0 || !strings.Contains(ics, "SUMMARY:Passed: CLF-C02") {
		t.Errorf("the .ics cancels %d sessions after the pass and says passed: %v; want some and yes", cancelled, strings.Contains(ics, "Passed: CLF-C02"))
	}
}
