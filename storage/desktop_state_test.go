package storage

import (
	"testing"

	"certplan/planner"
)

// TestDesktopStateIsPerFolder saves the desktop state in one data folder;
// it reads back there, and a second folder starts from zero.
func TestDesktopStateIsPerFolder(t *testing.T) {
	a, b := MustOpenDB(t), MustOpenDB(t)
	if got := a.DesktopState(); got != (planner.DesktopState{}) {
		t.Fatalf("fresh state = %+v, want zero", got)
	}
	want := planner.DesktopState{LastPlan: 3, LastScreen: "progress", ReminderAt: "19:30"}
	if err := a.SaveDesktopState(want); err != nil {
		t.Fatal(err)
	}
	if got := a.DesktopState(); got != want {
		t.Fatalf("state = %+v, want %+v", got, want)
	}
	if got := b.DesktopState(); got != (planner.DesktopState{}) {
		t.Fatalf("other folder's state = %+v, want zero", got)
	}
}
