package storage

import (
	"testing"

	"certplan/planner"
)

// TestAPassedPlanLoadsCutAtItsPassDay: the day a plan's exam was passed
// comes with the plan's one load (StudyPlan.Passed), and its schedule then
// offers nothing after that day (planner.Plan.UpToPass); before the pass
// the same load has no pass day and every session.
func TestAPassedPlanLoadsCutAtItsPassDay(t *testing.T) {
	db := MustOpenDB(t)
	ctx := t.Context()
	p := MustCreatePlan(t, db, "SAA-C03")
	before, err := db.Plan(ctx, p.ID)
	if err != nil || !before.Passed.IsZero() || before.Schedule.Passed != 0 || len(before.Schedule.Weeks) < 2 {
		t.Fatalf("before the pass: passed %s, %d weeks (%v); want no pass and the whole schedule", before.Passed, len(before.Schedule.Weeks), err)
	}
	mustAttempt(t, db, "SAA-C03", testToday, planner.Passed, 800)
	after, err := db.Plan(ctx, p.ID)
	if err != nil || after.Passed != testToday || after.Schedule.Passed != testToday {
		t.Fatalf("after the pass: passed %s, schedule's %s (%v); want %s", after.Passed, after.Schedule.Passed, err, testToday)
	}
	if n := len(after.Schedule.Weeks); n != 1 || after.Schedule.Weeks[0].End != testToday {
		t.Errorf("after the pass on %s: %d weeks, want one ending on the pass day", testToday, n)
	}
	if len(after.Schedule.AfterPass) == 0 {
		t.Error("the sessions planned after the pass are not kept aside for calendars")
	}
	if st := after.Standing(testToday.AddDays(30)); st.State != planner.PassedState || st.TimeLeftHours != 0 {
		t.Errorf("standing a month after the pass = %+v, want passed with no time left", st)
	}
}

// TestAPassedPlanIsNotReplannedNorEdited: once its exam was passed, a plan
// is done: a re-plan or an edit of it is refused with one sentence that
// says so and what to do instead, and nothing is stored; archiving it
// stays allowed.
func TestAPassedPlanIsNotReplannedNorEdited(t *testing.T) {
	db := MustOpenDB(t)
	ctx := t.Context()
	p := MustCreatePlan(t, db, "SAA-C03")
	mustAttempt(t, db, "SAA-C03", testToday, planner.Passed, 800)
	in := p.Input
	in.Hours[0]++
	in.Today = testToday
	want := "Plan 1's exam was passed on 2026-03-02: it is done; start a new plan to study again."
	_, _, replanErr := db.Replan(ctx, p.ID, testToday)
	_, editErr := db.EditPlan(ctx, p.ID, in)
	for name, err := range map[string]error{"replan": replanErr, "edit": editErr} {
		if ErrorCode(err) != CodeInvalid || ErrorMessage(err) != want {
			t.Errorf("%s of a passed plan: %q (code %q), want %q", name, ErrorMessage(err), ErrorCode(err), want)
		}
	}
	if after, err := db.Plan(ctx, p.ID); err != nil || after.Version != p.Version {
		t.Errorf("after the refusals: version %d (%v), want %d", after.Version, err, p.Version)
	}
	if _, err := db.SetArchived(ctx, p.ID, true, testToday); err != nil {
		t.Errorf("archive a passed plan: %v", err)
	}
}
