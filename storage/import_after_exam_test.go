package storage

import (
	"bytes"
	"testing"
	"time"

	"certplan/planner"
)

// TestAnExportMadeBeforeTheExamImportsAfterIt: an export made while the
// exam was booked, imported after the exam day, brings back everything:
// the plan, its tick and the booking as it was, for the learner to record
// the result. A booking still to come is checked as on the day of import.
func TestAnExportMadeBeforeTheExamImportsAfterIt(t *testing.T) {
	ctx := t.Context()
	src := MustOpenDB(t)
	in := testInput("CLF-C02")
	in.ExamDate = testToday.AddDays(40)
	p, err := src.CreatePlan(ctx, "", in)
	if err != nil {
		t.Fatal(err)
	}
	topic := p.Schedule.Topics[0].ID
	if err := src.Tick(ctx, p.ID, topic, testToday, 2); err != nil {
		t.Fatal(err)
	}
	booking := mustAttempt(t, src, "CLF-C02", in.ExamDate, planner.Booked, 0).Attempt
	var file bytes.Buffer
	if err := src.Export(ctx, &file); err != nil {
		t.Fatal(err)
	}

	after := in.ExamDate.AddDays(10)
	x, err := ParseExport(bytes.NewReader(file.Bytes()), testCat, after)
	if err != nil {
		t.Fatalf("the export made before the exam, read after it: %s", ErrorMessage(err))
	}
	opts := testOptions()
	opts.Now = func() time.Time { return testNow.AddDate(0, 0, testToday.DaysUntil(after)) }
	dst, err := Open(t.TempDir(), opts)
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	if _, err := dst.Import(ctx, x); err != nil {
		t.Fatalf("import after the exam: %s", ErrorMessage(err))
	}
	got := mustPlan(t, dst, p.ID)
	if got.Schedule.ExamDate != in.ExamDate || !got.Progress[topic].Done {
		t.Errorf("plan imported with exam %s and %s done %v, want %s and done", got.Schedule.ExamDate, topic, got.Progress[topic].Done, in.ExamDate)
	}
	attempts, err := dst.Attempts(ctx)
	if err != nil || len(attempts) != 1 || attempts[0].Status != planner.Booked || attempts[0].Date != booking.Date {
		t.Errorf("attempts imported = %+v (%v), want the booking on %s", attempts, err, booking.Date)
	}

	// A booking still to come is checked as now: one for a day the exam
	// cannot be taken is refused.
	x.Attempts[0].Exam, x.Attempts[0].Date = "DVA-C02", day(2026, 12, 1)
	if err := x.validate(testCat, after); err == nil {
		t.Errorf("a booking still to come for a day DVA-C02 cannot be taken was imported")
	}
}
