package storage

import (
	"testing"

	"certplan/planner"
)

// TestUnsavedSettingsHoldTheNewestPlansWeek: a data folder from before the
// learner's week was one has plans but no saved settings. Its week is the
// newest plan's, not the default 10 h: the plans are not "outside your
// week", and a new plan starts from it.
func TestUnsavedSettingsHoldTheNewestPlansWeek(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	p := MustCreatePlan(t, db, "SAA-C03")
	if _, err := db.rw.Exec("DELETE FROM settings"); err != nil {
		t.Fatal(err)
	}
	s, saved, err := db.Settings(ctx)
	if err != nil || saved {
		t.Fatalf("settings: saved %v (%v), want never saved", saved, err)
	}
	if s.Week() != p.Input.Week() {
		t.Errorf("unsaved settings' week = %v, want the newest plan's %v", s.Week(), p.Input.Week())
	}
	week, outside, err := db.OutsideWeek(ctx, testToday)
	if err != nil || week != p.Input.Week() || len(outside) != 0 {
		t.Errorf("outside the week %v: %d plans (%v), want none within %v", week, len(outside), err, p.Input.Week())
	}
	empty := MustOpenDB(t)
	if s, _, _ := empty.Settings(ctx); s.Week() != (planner.Settings{}).Week() {
		t.Errorf("with no plan the week = %v, want the default %v", s.Week(), planner.Settings{}.Week())
	}
}
