package storage

import (
	"testing"

	"certplan/planner"
)

// TestABookingIsForADayTheExamCanBeTaken: a booking after the exam's last
// day is refused in the sentence plan and new give, as a new attempt and as
// a change to one; a booking on the last day, and a result of the exam
// from while it could be sat, are kept.
func TestABookingIsForADayTheExamCanBeTaken(t *testing.T) {
	db := MustOpenDB(t)
	const want = "DVA-C02 cannot be taken after 2026-11-30; plan DVA-C03 instead."
	late := planner.Attempt{Exam: "DVA-C02", Date: day(2026, 12, 1), Status: planner.Booked}
	_, err := db.AddAttempt(t.Context(), late)
	wantCode(t, err, CodeInvalid)
	if got := ErrorMessage(err); got != want {
		t.Errorf("message %q, want %q", got, want)
	}
	last := mustAttempt(t, db, "DVA-C02", day(2026, 11, 30), planner.Booked, 0).Attempt
	mustAttempt(t, db, "DVA-C02", day(2025, 5, 5), planner.Passed, 0)
	last.Date = late.Date
	_, err = db.UpdateAttempt(t.Context(), last)
	wantCode(t, err, CodeInvalid)
	if got := ErrorMessage(err); got != want {
		t.Errorf("update: message %q, want %q", got, want)
	}
}
