package uitest

import (
	"context"
	"testing"
	"time"

	"certplan/catalog/catalogtest"
	"certplan/planner"
)

func TestMustOpenDBOpensAndInvalidTellsARefusal(t *testing.T) {
	now := func() time.Time { return time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC) }
	db := MustOpenDB(t, t.TempDir(), catalogtest.Load(t), now)
	_, err := db.CreatePlan(context.Background(), "", planner.Input{Exam: "NOPE-C01"})
	if !Invalid(err) {
		t.Errorf("a plan for an unknown exam: %v, want storage's refusal of bad input", err)
	}
	if Invalid(nil) {
		t.Error("no error counts as a refusal")
	}
}
