package storage

import (
	"testing"

	"certplan/planner"
)

// importMixedWeeks imports into a fresh database an export, as an older
// certplan could write it, whose SAA-C03 plan (ticked, 10 h with holidays
// of DE) and DVA-C03 plan (8 h, no holidays) were each planned within a
// week of its own, and whose settings hold a third: week.
func importMixedWeeks(t *testing.T, week planner.LearnerWeek) (db *DB, saa, dva planner.StudyPlan, topic string) {
	t.Helper()
	src := MustOpenDB(t)
	saa = MustCreatePlan(t, src, "SAA-C03")
	topic = saa.Schedule.Topics[0].ID
	if err := src.Tick(t.Context(), saa.ID, topic, testToday, 2); err != nil {
		t.Fatal(err)
	}
	other := MustOpenDB(t)
	in := testInput("DVA-C03")
	in.Hours = planner.Even(8)
	if _, err := other.CreatePlan(t.Context(), "", in); err != nil {
		t.Fatal(err)
	}
	x, y := mustExportFile(t, src), mustExportFile(t, other)
	y.Plans[0].ID = 2
	x.Plans = append(x.Plans, y.Plans[0])
	s := settingsInWeek(week)
	x.Settings = &s
	db = MustOpenDB(t)
	if _, err := db.Import(t.Context(), x); err != nil {
		t.Fatal(err)
	}
	return db, mustPlan(t, db, 1), mustPlan(t, db, 2), topic
}

// TestImportedPlansOutsideTheWeekAreNamedAndRefitted: after importing an
// export whose two plans have different weeks, neither the settings', both
// are named as outside the learner's week; RefitToWeek re-fits both within
// it as new versions with the tick kept, and then none is outside it.
func TestImportedPlansOutsideTheWeekAreNamedAndRefitted(t *testing.T) {
	week := planner.LearnerWeek{Hours: planner.Even(6), Country: "DE"}
	db, saa, dva, topic := importMixedWeeks(t, week)
	ctx := t.Context()
	if planner.SameWeek(saa.Input, dva.Input) {
		t.Fatalf("the imported plans share a week: %v", saa.Input.Week())
	}
	got, outside, err := db.OutsideWeek(ctx, testToday)
	if err != nil || got != week || len(outside) != 2 || outside[0].ID != saa.ID || outside[1].ID != dva.ID {
		t.Fatalf("OutsideWeek = %v, %d plans (%v), want %v and both plans", got, len(outside), err, week)
	}
	change, err := db.RefitToWeek(ctx, testToday)
	if err != nil {
		t.Fatal(err)
	}
	if change.Week != week || len(change.Refitted) != 2 {
		t.Fatalf("change = week %v, %d re-fitted, want %v and both plans", change.Week, len(change.Refitted), week)
	}
	wantRefittedWithin(t, db, week, topic, saa, dva)
	if _, outside, err = db.OutsideWeek(ctx, testToday); err != nil || len(outside) != 0 {
		t.Errorf("after the re-fit %d plans are outside the week (%v), want none", len(outside), err)
	}
}

// TestRefitToWeekWithinTheWeekChangesNothing: when every active plan is
// planned within the learner's week, RefitToWeek makes no version.
func TestRefitToWeekWithinTheWeekChangesNothing(t *testing.T) {
	db := MustOpenDB(t)
	saa, dva, _ := twoPlansOneTicked(t, db)
	change, err := db.RefitToWeek(t.Context(), testToday)
	if err != nil || len(change.Refitted) != 0 || change.Week != saa.Input.Week() {
		t.Fatalf("RefitToWeek within the week = %v, %d re-fitted (%v), want %v and none", change.Week, len(change.Refitted), err, saa.Input.Week())
	}
	wantPlansAsWere(t, db, saa, dva)
}

// TestAnEditNamingThePlansOwnWeekMakesItTheLearners: a plan planned
// within another week than the learner's, edited with its own hours given
// again (EditPlanWithWeek), makes its week the learner's and re-fits the
// other plan within it; EditPlanInWeek with its own week, as for an edit
// of the exam day alone, changes neither the settings nor the other plan.
func TestAnEditNamingThePlansOwnWeekMakesItTheLearners(t *testing.T) {
	ctx := t.Context()
	db, saa, dva, topic := importMixedWeeks(t, planner.LearnerWeek{Hours: planner.Even(6), Country: "DE"})
	in := dva.Input
	in.Progress, in.Today = dva.PlannerProgress(), testToday
	if _, change, err := db.EditPlanInWeek(ctx, dva.ID, in); err != nil || len(change.Refitted) != 0 {
		t.Fatalf("EditPlanInWeek within the plan's own week re-fitted %d plans (%v), want none", len(change.Refitted), err)
	}
	if s, _, _ := db.Settings(ctx); s.Week() == dva.Input.Week() {
		t.Fatalf("an edit that names no week made the plan's the learner's")
	}
	edited, change, err := db.EditPlanWithWeek(ctx, dva.ID, in)
	if err != nil {
		t.Fatal(err)
	}
	week := dva.Input.Week()
	if change.Week != week || len(change.Refitted) != 1 || change.Refitted[0].ID != saa.ID {
		t.Fatalf("change = week %v, %d re-fitted, want %v and SAA-C03", change.Week, len(change.Refitted), week)
	}
	if s, saved, err := db.Settings(ctx); err != nil || !saved || s.Week() != week {
		t.Errorf("settings week %v (saved %v, %v), want %v", s.Week(), saved, err, week)
	}
	if edited.Input.Week() != week || edited.Reason != planner.ReasonEdit {
		t.Errorf("the edited plan is within %v (%s), want %v as an edit", edited.Input.Week(), edited.Reason, week)
	}
	wantRefittedWithin(t, db, week, topic, saa)
	if _, outside, err := db.OutsideWeek(ctx, testToday); err != nil || len(outside) != 0 {
		t.Errorf("after the edit %d plans are outside the week (%v), want none", len(outside), err)
	}
}

// TestUnarchiveWithUnsavedSettingsTakesTheNewestPlansWeek: with settings
// never saved, the learner's week is the newest plan's (loadSettings); a
// plan brought back from the archive is re-fitted within it, not left in
// the week it was archived with, and so is not outside the week.
func TestUnarchiveWithUnsavedSettingsTakesTheNewestPlansWeek(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	old := MustCreatePlan(t, db, "SAA-C03")
	if _, err := db.SetArchived(ctx, old.ID, true, testToday); err != nil {
		t.Fatal(err)
	}
	in := testInput("DVA-C03")
	in.Hours = planner.Even(6)
	newest, err := db.CreatePlan(ctx, "", in)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.rw.Exec("DELETE FROM settings"); err != nil {
		t.Fatal(err)
	}
	week := newest.Input.Week()
	if old.Input.Week() == week {
		t.Fatalf("the test needs the archived plan in another week than %v", week)
	}
	back, err := db.SetArchived(ctx, old.ID, false, testToday)
	if err != nil {
		t.Fatal(err)
	}
	if back.Input.Week() != week || back.Version != old.Version+1 {
		t.Errorf("brought back within %v as version %d, want %v as version %d", back.Input.Week(), back.Version, week, old.Version+1)
	}
	if _, outside, err := db.OutsideWeek(ctx, testToday); err != nil || len(outside) != 0 {
		t.Errorf("after unarchive %d plans are outside the week (%v), want none", len(outside), err)
	}
}
