package cli

import (
	"testing"
	"time"
)

// TestReplanRefusesADayAlreadyPlanned (QA #21): a --today before the plan
// starts, or before the day its version was planned from, is refused with
// one line naming the first day it takes, and no version is saved (replan
// --today 2026-10-01 said "re-planned from 2026-10-01" while the plan
// still started on its first day).
func TestReplanRefusesADayAlreadyPlanned(t *testing.T) {
	dir := newSavedPlan(t) // planned from today, 2026-11-23
	for _, args := range [][]string{{"replan", "1", "--today", "2026-10-01"}, {"edit", "1", "--hours", "5", "--today", "2026-11-22"}} {
		wantBadInput(t, storeRun(t, dir, args...), "before 2026-11-23, today: give that day or later")
	}
	mustStore(t, dir, "tick", "1", "1.1")
	wantIn(t, "replan", mustStore(t, dir, "replan", "1", "--today", "2026-12-20"), "version 2")
	later := time.Date(2027, time.January, 5, 9, 0, 0, 0, time.UTC)
	r := cliRunAt(t, later, "--data", dir, "replan", "1", "--today", "2026-12-10")
	wantBadInput(t, r, "--today 2026-12-10 is before 2026-12-20, the day plan 1 (version 2) was planned from")
	r = cliRunAt(t, later, "--data", dir, "replan", "1", "--today", "2026-12-21")
	if r.status != exitOK {
		t.Errorf("replan from after the version's day: status %d, stderr %q", r.status, r.stderr)
	}
}

// TestFutureStartPlanStillReplansToday: a plan that starts later than
// today is re-planned without --today as before; only a --today before
// its start is refused.
func TestFutureStartPlanStillReplansToday(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "SAA-C03", "--start", "2027-01-04", "--exam", "2027-05-03")
	mustStore(t, dir, "replan", "1")
	wantBadInput(t, storeRun(t, dir, "replan", "1", "--today", "2026-12-01"), "before 2027-01-04, the day plan 1 starts")
}

// TestRefitRefusesADayOutsideThePlan (QA #5's tail): unarchive and
// prioritize refuse a --today on or after the plan's exam, where no day is
// left to plan, and one before the plan starts.
func TestRefitRefusesADayOutsideThePlan(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "SAA-C03", "--hours", "10", "--exam", "2027-03-01")
	wantBadInput(t, storeRun(t, dir, "prioritize", "1", "--today", "2027-06-01"), "--today 2027-06-01 is not before plan 1's exam on 2027-03-01")
	mustStore(t, dir, "archive", "1")
	for _, day := range []string{"2027-03-01", "2099-01-01"} {
		wantBadInput(t, storeRun(t, dir, "unarchive", "1", "--today", day), "give a day before the exam")
	}
	wantBadInput(t, storeRun(t, dir, "unarchive", "1", "--today", "2026-10-01"), "before 2026-11-23, today")
	wantIn(t, "unarchive", mustStore(t, dir, "unarchive", "1", "--today", "2027-02-01"), "Plan 1 is active again")
}

// TestPrioritizeChecksTheDayForEveryPlanItReplans: prioritize re-plans
// every active plan from --today, so a day one of the others cannot be
// re-planned from (before the day its version was planned from), or one
// on or after its exam (it would be passed over), is refused naming that
// plan, and nothing is re-planned.
func TestPrioritizeChecksTheDayForEveryPlanItReplans(t *testing.T) {
	dir := t.TempDir()
	mustStore(t, dir, "new", "--cert", "SAA-C03", "--hours", "10", "--exam", "2027-06-01")
	mustStore(t, dir, "new", "--cert", "DVA-C03", "--hours", "10", "--exam", "2027-03-01")
	wantIn(t, "replan 2", mustStore(t, dir, "replan", "2", "--today", "2026-12-20"), "version 2")
	plans := mustStore(t, dir, "plans")
	later := time.Date(2027, time.January, 5, 9, 0, 0, 0, time.UTC)
	r := cliRunAt(t, later, "--data", dir, "prioritize", "1", "--today", "2026-12-10")
	wantBadInput(t, r, "--today 2026-12-10 is before 2026-12-20, the day plan 2 (version 2) was planned from, and plan 2 is re-planned around plan 1 too")
	r = cliRunAt(t, later, "--data", dir, "prioritize", "1", "--today", "2027-04-01")
	wantBadInput(t, r, "--today 2027-04-01 is not before plan 2's exam on 2027-03-01, so plan 2 could not be re-planned around plan 1")
	if after := mustStore(t, dir, "plans"); after != plans {
		t.Errorf("a refused prioritize re-planned:\n%s\nwas\n%s", after, plans)
	}
	if r := cliRunAt(t, later, "--data", dir, "prioritize", "1", "--today", "2026-12-21"); r.status != exitOK {
		t.Errorf("prioritize from a day every plan can take: status %d, stderr %q", r.status, r.stderr)
	}
}
