package storage

import (
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// createOn stores a plan for exam on examDate, made on day at hours.
func createOn(t *testing.T, db *DB, exam string, on, examDate catalog.Date, hours planner.Weekdays) planner.StudyPlan {
	t.Helper()
	in := planner.Input{Exam: exam, Start: on, Today: on, ExamDate: examDate, Hours: hours, Experience: planner.Some}
	p, err := db.CreatePlan(t.Context(), "", in)
	if err != nil {
		t.Fatalf("create plan for %s: %v", exam, err)
	}
	return p
}

// TestHoursThatFitFitOnceAppliedBesideAnotherPlan: a plan behind another
// that does not fit offers hours a week (FitNow) that, applied as the
// learner's week (EditPlanWithWeek, as `certplan edit --weekdays` and the
// desktop's "Use these hours" do), make it fit, although the plan ahead
// takes its share of the new hours first (QA: the hours offered ignored
// what the other plans take once re-planned).
func TestHoursThatFitFitOnceAppliedBesideAnotherPlan(t *testing.T) {
	db := MustOpenDB(t)
	ctx := t.Context()
	on := catalog.DateOf(2026, 12, 3)
	for _, hours := range []planner.Weekdays{planner.Even(5), {1, 1, 1, 1, 1, 3, 0}} {
		ahead := createOn(t, db, "DVA-C03", on, catalog.DateOf(2027, 1, 15), hours)
		behind := createOn(t, db, "SAA-C03", on, catalog.DateOf(2027, 2, 26), hours)
		if behind.Schedule.Feasible {
			t.Fatalf("%v: SAA-C03 fits beside DVA-C03: the fixture shows nothing", hours)
		}
		now, err := db.FitNow(ctx, behind.ID, on)
		if err != nil || now.FitWeekdays.Total() == 0 {
			t.Fatalf("%v: FitNow = %v hours that fit (%v)", hours, now.FitWeekdays, err)
		}
		in := behind.Input
		in.Hours, in.Today, in.Progress = now.FitWeekdays, on, behind.PlannerProgress()
		edited, _, err := db.EditPlanWithWeek(ctx, behind.ID, in)
		if err != nil {
			t.Fatal(err)
		}
		if !edited.Schedule.Feasible {
			t.Errorf("%v: applied, the hours that fit, %v, leave SAA-C03 %s h short", hours, now.FitWeekdays, planner.FormatHours(edited.Schedule.ShortfallHours))
		}
		for _, id := range []int64{ahead.ID, behind.ID} {
			if err := db.DeletePlan(ctx, id); err != nil {
				t.Fatal(err)
			}
		}
	}
}
