package storage

import (
	"testing"
	"time"

	"certplan/planner"
)

// TestPreviewRestoreCountsTheWorkSinceTheBackup: a backup holding as many
// plans as the data still loses what was ticked and scored after it was
// made, and the preview counts it (ticks and practice results before the
// backup are not counted).
func TestPreviewRestoreCountsTheWorkSinceTheBackup(t *testing.T) {
	ctx := t.Context()
	opts := testOptions()
	opts.Now = tickClock(testNow, time.Minute)
	db := mustOpenWith(t, t.TempDir(), opts)
	p := MustCreatePlan(t, db, "SAA-C03")
	tick := func(topic string) {
		t.Helper()
		if err := db.Tick(ctx, p.ID, topic, testToday, 1); err != nil {
			t.Fatal(err)
		}
	}
	score := func() {
		t.Helper()
		if _, err := db.AddScore(ctx, p.ID, planner.Score{Date: testToday, Overall: 60}); err != nil {
			t.Fatal(err)
		}
	}
	tick("SAA-C03:1.1")
	score()
	b := MustBackup(t, db)
	tick("SAA-C03:1.2")
	tick("SAA-C03:1.3")
	score()

	got, err := db.PreviewRestore(ctx, b.Path)
	if err != nil {
		t.Fatal(err)
	}
	if want := (planner.WorkSince{Ticks: 2, Scores: 1}); got.Since != want {
		t.Errorf("since the backup: %+v, want %+v", got.Since, want)
	}
	if got.Holds.Lacks(got.Replaces) {
		t.Errorf("the backup lacks plans or exams (%v, data %v): the case is the work alone", got.Holds, got.Replaces)
	}
	if s := got.Since.String(); s != "2 ticks and 1 practice result" {
		t.Errorf("said %q", s)
	}
}
