package storage

import (
	"strings"
	"testing"

	"certplan/planner"
)

// TestAResultAfterTheLastDayIsRefused: a pass or a fail on a day after the
// exam's last day is refused in one line, logged or added as held (QA: a
// DVA-C02 pass the day after its last day earned DVA); a result on the last
// day is kept, and an import still takes what older data holds.
func TestAResultAfterTheLastDayIsRefused(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	e, _ := testCat.Exam("CLF-C01")
	if e.LastDay.IsZero() || !e.LastDay.Before(testToday) {
		t.Fatalf("the test needs CLF-C01's last day before %s, the catalog says %s", testToday, e.LastDay)
	}
	after := planner.Attempt{Exam: e.Code, Date: e.LastDay.AddDays(1), Status: planner.Passed, Score: 800}
	_, err := db.AddAttempt(ctx, after)
	wantCode(t, err, CodeInvalid)
	if want := "could be taken only until " + e.LastDay.String(); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("a pass after the last day: %v, want a refusal saying %q", err, want)
	}
	_, err = db.AddCertification(ctx, e.Code, e.LastDay.AddDays(1), "")
	wantCode(t, err, CodeInvalid)
	if _, err := db.AddAttempt(ctx, planner.Attempt{Exam: e.Code, Date: e.LastDay, Status: planner.Passed, Score: 800}); err != nil {
		t.Errorf("a pass on the last day: %v", err)
	}
	if err := validateAttempt(testCat, &after, testToday); err != nil {
		t.Errorf("an imported pass after the last day is refused: %v", err)
	}
}

// TestNoRetakeDayAfterTheLastDay: a fail whose retake wait ends after the
// exam's last day has no retake day; one that ends before has one.
func TestNoRetakeDayAfterTheLastDay(t *testing.T) {
	e, _ := testCat.Exam("CLF-C01")
	wait := testCat.Rules().RetakeWaitDays
	late := planner.Attempt{Exam: e.Code, Date: e.LastDay.AddDays(-wait + 1), Status: planner.Failed}
	if got := retakeFrom(testCat, late); !got.IsZero() {
		t.Errorf("a fail %d days before the last day can be retaken on %s, after it", wait-1, got)
	}
	early := planner.Attempt{Exam: e.Code, Date: e.LastDay.AddDays(-wait), Status: planner.Failed}
	if got := retakeFrom(testCat, early); got != e.LastDay {
		t.Errorf("a fail %d days before the last day: retake on %s, want the last day %s", wait, got, e.LastDay)
	}
}
