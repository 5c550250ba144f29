package storage

import (
	"testing"

	"certplan/planner"
)

// TestAZeroHourWeekIsRefused: a plan made or edited with no study hours
// at all is refused with the planner's one sentence.
func TestAZeroHourWeekIsRefused(t *testing.T) {
	db := MustOpenDB(t)
	ctx := t.Context()
	in := testInput("SAA-C03")
	in.Hours = planner.Weekdays{}
	_, err := db.CreatePlan(ctx, "", in)
	wantCode(t, err, CodeInvalid)
	p := MustCreatePlan(t, db, "SAA-C03")
	in = p.Input
	in.Hours, in.Today = planner.Weekdays{}, testToday
	_, err = db.EditPlan(ctx, p.ID, in)
	wantCode(t, err, CodeInvalid)
	if err == nil || err.Error() != "A week of 0 study hours plans nothing: give at least one day some hours." {
		t.Errorf("edit with no hours: %v", err)
	}
}
