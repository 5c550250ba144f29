package storage

import (
	"testing"

	"certplan/planner"
)

// TestAPassedPlanTakesNoMoreOfTheWeek: a plan whose exam the learner passed
// before its exam day is done (planner.PlanSummary.Preparing), so its
// sessions still to come take none of the week from the other plans, as an
// archived plan's do not, and its own week is no other week to re-fit into
// the learner's.
func TestAPassedPlanTakesNoMoreOfTheWeek(t *testing.T) {
	db := MustOpenDB(t)
	ctx := t.Context()
	first := MustCreatePlan(t, db, "SAA-C03")
	second := MustCreatePlan(t, db, "DVA-C03")
	first = storeInWeek(t, db, first, planner.LearnerWeek{Hours: planner.Weekdays{1, 1, 1, 1, 1, 5, 0}})
	if b, err := db.Budget(ctx, second.ID, testToday); err != nil || len(b.Shares) != 1 || b.Shares[0].PlanID != first.ID {
		t.Fatalf("before the pass, the budget besides plan %d = %+v (%v), want plan %d's share", second.ID, b.Shares, err, first.ID)
	}
	if _, outside, err := db.OutsideWeek(ctx, testToday); err != nil || len(outside) != 1 {
		t.Fatalf("before the pass, plans outside the learner's week = %d (%v), want plan %d", len(outside), err, first.ID)
	}
	mustAttempt(t, db, "SAA-C03", testToday, planner.Passed, 800)
	if _, outside, err := db.OutsideWeek(ctx, testToday); err != nil || len(outside) != 0 {
		t.Errorf("after the pass, %d plans (%v) are planned outside the learner's week, want none", len(outside), err)
	}
	b, err := db.Budget(ctx, second.ID, testToday)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Shares) != 0 || len(b.Taken) != 0 {
		t.Errorf("after SAA-C03 was passed, plan %d still takes %+v of the week (%d days)", first.ID, b.Shares, len(b.Taken))
	}
	if s, err := db.Plans(ctx); err != nil || len(s) != 2 {
		t.Fatalf("plans = %+v (%v), want both listed", s, err)
	}
}
