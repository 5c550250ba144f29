package storage

import (
	"testing"

	"certplan/planner"
)

// settingsInWeek are settings holding week, with experience "some".
func settingsInWeek(week planner.LearnerWeek) planner.Settings {
	return planner.Settings{Experience: planner.Some}.WithWeek(week)
}

// TestSavingSettingsWithOtherHoursRefitsThePlans: the settings hold the
// learner's week, so saving other hours there re-fits both active plans
// within them, each as a new version with its progress kept, and the two
// never hold more on a day than the new hours.
func TestSavingSettingsWithOtherHoursRefitsThePlans(t *testing.T) {
	db := MustOpenDB(t)
	saa, dva, topic := twoPlansOneTicked(t, db)
	week := planner.LearnerWeek{Hours: planner.Even(6), Country: "DE"}
	change, err := db.SaveSettingsInWeek(t.Context(), settingsInWeek(week), testToday)
	if err != nil {
		t.Fatal(err)
	}
	if change.Week != week || len(change.Refitted) != 2 {
		t.Fatalf("change = week %v, %d re-fitted, want %v and both plans re-fitted", change.Week, len(change.Refitted), week)
	}
	wantRefittedWithin(t, db, week, topic, saa, dva)
}

// TestSavingSettingsInTheSameWeekReplansNothing: settings saved with the
// week the plans already have (another study time) make no new version.
func TestSavingSettingsInTheSameWeekReplansNothing(t *testing.T) {
	db := MustOpenDB(t)
	ctx := t.Context()
	saa := MustCreatePlan(t, db, "SAA-C03")
	s := settingsInWeek(saa.Input.Week())
	s.StudyTime = planner.Evening
	change, err := db.SaveSettingsInWeek(ctx, s, testToday)
	if err != nil || len(change.Refitted) != 0 {
		t.Fatalf("settings in the plan's week re-fitted %d plans (%v), want none", len(change.Refitted), err)
	}
	if p := mustPlan(t, db, saa.ID); p.Version != 1 {
		t.Errorf("SAA-C03 is version %d, want 1: its week did not change", p.Version)
	}
	if got, _, _ := db.Settings(ctx); got != s {
		t.Errorf("settings = %+v, want %+v", got, s)
	}
}

// TestAFailedSettingsRefitLeavesEverything: when storing a plan's re-fit
// fails, the settings are not saved either: both plans and the settings
// stay as they were.
func TestAFailedSettingsRefitLeavesEverything(t *testing.T) {
	ctx := t.Context()
	db, saa, dva, before := twoPlansAndSettings(t)
	failRefitOf(t, db, dva.ID)
	s := settingsInWeek(planner.LearnerWeek{Hours: planner.Even(6)})
	s.StudyTime = planner.Morning
	if _, err := db.SaveSettingsInWeek(ctx, s, testToday); err == nil {
		t.Fatal("the settings were saved though a plan's re-fit failed")
	}
	wantPlansAsWere(t, db, saa, dva)
	if after, _, _ := db.Settings(ctx); after != before {
		t.Errorf("settings %+v, want %+v as before", after, before)
	}
}
