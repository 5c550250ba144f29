package cli

import (
	"strings"
	"testing"
	"time"
)

// TestArchiveTwiceSaysNothingChanged (QA #21): archiving an archived plan,
// or bringing back an active one, says that nothing changed and saves no
// version.
func TestArchiveTwiceSaysNothingChanged(t *testing.T) {
	dir := newSavedPlan(t)
	if out := mustStore(t, dir, "unarchive", "1"); out != "Nothing changed: plan 1 is already active.\n" {
		t.Errorf("unarchive of an active plan printed %q", out)
	}
	mustStore(t, dir, "archive", "1")
	if out := mustStore(t, dir, "archive", "1"); out != "Nothing changed: plan 1 is already archived.\n" {
		t.Errorf("a second archive printed %q", out)
	}
	wantIn(t, "plans --all", mustStore(t, dir, "plans", "--all"), "archived 1\n")
}

// TestArchivedPlanRecordsButDoesNotReplan (QA #21): an archived plan takes
// ticks and scores, which are records, without a word about sharing the
// week; edit and replan refuse it with one line saying to bring it back.
func TestArchivedPlanRecordsButDoesNotReplan(t *testing.T) {
	dir := newSavedPlan(t)
	mustStore(t, dir, "new", "--cert", "DVA-C03", "--hours", "10")
	mustStore(t, dir, "archive", "1")
	for _, args := range [][]string{{"tick", "1", "1.1"}, {"score", "1", "--overall", "60"}} {
		if out := mustStore(t, dir, args...); strings.Contains(out, "Sharing your week") {
			t.Errorf("%v on an archived plan printed %q", args, out)
		}
	}
	show := mustStore(t, dir, "show", "1")
	wantIn(t, "show", show, "[x] 1.1")
	// An archived plan says so, not how far ahead of a schedule it has left.
	wantIn(t, "show", show, "Archived: it takes no study hours")
	if strings.Contains(show, "Ahead of the plan") || strings.Contains(show, "Behind the plan") {
		t.Errorf("show of an archived plan gives a standing:\n%s", show)
	}
	for _, args := range [][]string{{"replan", "1"}, {"edit", "1", "--hours", "5"}} {
		wantBadInput(t, storeRun(t, dir, args...), "plan 1 is archived: certplan unarchive 1 first")
	}
	// Version 2 is plan 1 re-fitted within DVA-C03's 10 h, the learner's
	// week since; the refused replan and edit made none.
	wantIn(t, "plans --all", mustStore(t, dir, "plans", "--all"), "archived 2\n")
}

// TestUnarchiveAfterTheExamSaysNothingWasReplanned: a plan brought back
// after its exam day is not re-planned (no day is left), and says so
// instead of "re-planned from".
func TestUnarchiveAfterTheExamSaysNothingWasReplanned(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "SAA-C03", "--hours", "10", "--exam", "2027-01-15")
	mustStore(t, dir, "archive", "1")
	r := cliRunAt(t, time.Date(2027, time.February, 1, 9, 0, 0, 0, time.UTC), "--data", dir, "unarchive", "1")
	if r.status != exitOK || !strings.Contains(r.stdout, "its exam on 2027-01-15 has come, so nothing was re-planned") ||
		strings.Contains(r.stdout, "re-planned from") {
		t.Errorf("unarchive after the exam: status %d, stdout %q, stderr %q", r.status, r.stdout, r.stderr)
	}
}
