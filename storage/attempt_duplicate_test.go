package storage

import (
	"testing"

	"certplan/catalog"
	"certplan/planner"
)

// TestSameExamCannotBeBookedTwiceADay refuses a second booking of one exam
// on one day, but allows it on another day, another exam on the day, a
// booking once the first is cancelled, and updating the booking itself.
func TestSameExamCannotBeBookedTwiceADay(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	day := catalog.DateOf(2026, 4, 20)
	first, err := db.AddAttempt(ctx, planner.Attempt{Exam: "SAA-C03", Date: day, Status: planner.Booked})
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.AddAttempt(ctx, planner.Attempt{Exam: "SAA-C03", Date: day, Status: planner.Booked})
	wantCode(t, err, CodeInvalid)
	for _, a := range []planner.Attempt{
		{Exam: "SAA-C03", Date: day.AddDays(1), Status: planner.Booked},
		{Exam: "CLF-C02", Date: day, Status: planner.Booked},
	} {
		if _, err := db.AddAttempt(ctx, a); err != nil {
			t.Errorf("add %s on %s: %v", a.Exam, a.Date, err)
		}
	}
	moved := first.Attempt
	moved.Notes = "room 2"
	if _, err := db.UpdateAttempt(ctx, moved); err != nil {
		t.Fatalf("updating the booking itself: %v", err)
	}
	moved.Status = planner.Cancelled
	if _, err := db.UpdateAttempt(ctx, moved); err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddAttempt(ctx, planner.Attempt{Exam: "SAA-C03", Date: day, Status: planner.Booked}); err != nil {
		t.Fatalf("booking again after cancelling: %v", err)
	}
}
