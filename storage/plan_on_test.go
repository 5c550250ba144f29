package storage

import (
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// TestPlanOnCountsTheOtherPlansHours: a plan read on a day beside another
// active plan carries the hours that plan takes, so its standing's study
// time left is what the other leaves (as the desktop and `show` say it);
// archived, it is read alone.
func TestPlanOnCountsTheOtherPlansHours(t *testing.T) {
	db := MustOpenDB(t)
	ctx := t.Context()
	create := func(exam string) planner.StudyPlan {
		in := testInput(exam)
		in.ExamDate = catalog.DateOf(2026, 10, 1) // months more than the work needs: the two share days
		p, err := db.CreatePlan(ctx, "", in)
		if err != nil {
			t.Fatalf("create plan for %s: %v", exam, err)
		}
		return p
	}
	first, second := create("SAA-C03"), create("DVA-C03")
	p, err := db.PlanOn(ctx, first.ID, testToday)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Taken) == 0 {
		t.Fatalf("plan %d read beside plan %d carries no hours taken", first.ID, second.ID)
	}
	alone := planner.StudyTimeLeft(p.Schedule, testToday)
	if got := p.Standing(testToday).TimeLeftHours; got >= alone {
		t.Errorf("study time left beside the other plan %v h, want less than the %v h alone", got, alone)
	}
	// takenWhen reads the first plan once archived is set on each plan
	// given, and says how many days it carries as taken by others.
	takenWhen := func(archived map[int64]bool) int {
		for id, a := range archived {
			if _, err := db.SetArchived(ctx, id, a, testToday); err != nil {
				t.Fatal(err)
			}
		}
		p, err := db.PlanOn(ctx, first.ID, testToday)
		if err != nil {
			t.Fatal(err)
		}
		return len(p.Taken)
	}
	if n := takenWhen(map[int64]bool{second.ID: true}); n != 0 {
		t.Errorf("with the other plan archived, plan %d still carries %d days taken", first.ID, n)
	}
	if n := takenWhen(map[int64]bool{first.ID: true, second.ID: false}); n != 0 {
		t.Errorf("archived plan %d is read beside the others (%d days taken), want alone", first.ID, n)
	}
}
