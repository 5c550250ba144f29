package storage

import (
	"strings"
	"testing"

	"certplan/planner"
)

// TestAttemptsRespectTheRetakeWait: after a fail, no attempt of the exam
// (but a cancellation) is taken inside the retake wait, whichever is logged
// first; one on the first retake day is (QA: a pass two days after a fail
// was accepted, against the retake date the fail itself printed).
func TestAttemptsRespectTheRetakeWait(t *testing.T) {
	ctx := t.Context()
	db := MustOpenDB(t)
	wait := testCat.Rules().RetakeWaitDays
	fail := testToday.AddDays(-60)
	if _, err := db.AddAttempt(ctx, planner.Attempt{Exam: "SAA-C03", Date: fail, Status: planner.Failed, Score: 650}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		a      planner.Attempt
		refuse string
	}{
		{"a pass two days after the fail", planner.Attempt{Exam: "SAA-C03", Date: fail.AddDays(2), Status: planner.Passed, Score: 800}, "can be retaken from"},
		{"a fail the day before the wait ends", planner.Attempt{Exam: "SAA-C03", Date: fail.AddDays(wait - 1), Status: planner.Failed, Score: 600}, "can be retaken from"},
		{"a fail a day before the logged one", planner.Attempt{Exam: "SAA-C03", Date: fail.AddDays(-1), Status: planner.Failed, Score: 600}, "check the dates"},
		{"a cancellation inside the wait", planner.Attempt{Exam: "SAA-C03", Date: fail.AddDays(3), Status: planner.Cancelled}, ""},
		{"another exam inside the wait", planner.Attempt{Exam: "DVA-C02", Date: fail.AddDays(3), Status: planner.Failed, Score: 600}, ""},
		{"a pass on the first retake day", planner.Attempt{Exam: "SAA-C03", Date: fail.AddDays(wait), Status: planner.Passed, Score: 800}, ""},
	} {
		_, err := db.AddAttempt(ctx, tc.a)
		switch {
		case tc.refuse == "" && err != nil:
			t.Errorf("%s: refused: %v", tc.name, err)
		case tc.refuse != "" && (err == nil || !strings.Contains(err.Error(), tc.refuse)):
			t.Errorf("%s: %v, want a refusal saying %q", tc.name, err, tc.refuse)
		}
		if tc.refuse != "" {
			wantCode(t, err, CodeInvalid)
		}
	}
}
