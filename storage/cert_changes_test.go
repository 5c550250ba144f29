package storage

import (
	"fmt"
	"testing"

	"certplan/planner"
)

// keysAndDates lists each certification as KEY earned..expiry.
func keysAndDates(certs []planner.HeldCertification) string {
	out := ""
	for _, c := range certs {
		out += fmt.Sprintf("%s %s..%s;", c.Key, c.Earned, c.Expiry)
	}
	return out
}

// TestChangingAnAttemptReportsOnlyWhatItChanged: a pass that becomes a
// fail or a cancellation is not reported as an earning of the pass the
// certification now dates from; it changes the certification, or, with no
// pass left, loses it.
func TestChangingAnAttemptReportsOnlyWhatItChanged(t *testing.T) {
	db := MustOpenDB(t)
	mustAttempt(t, db, "SAA-C02", day(2021, 1, 11), planner.Passed, 0)                 // lapsed 2024-01-11
	again := mustAttempt(t, db, "SAA-C03", day(2024, 6, 3), planner.Passed, 0).Attempt // earned again
	newest := mustAttempt(t, db, "SAA-C03", day(2026, 2, 2), planner.Passed, 0)
	if got := keysAndDates(newest.Renewed); got != "SAA 2024-06-03..2029-02-02;" || len(newest.Earned) != 0 {
		t.Fatalf("a renewal reported earned %q, renewed %q", keysAndDates(newest.Earned), got)
	}
	steps := []struct {
		name                  string
		a                     planner.Attempt
		status                planner.AttemptStatus
		earned, changed, lost string
	}{
		{"the pass that earned it again fails", again, planner.Failed, "", "SAA 2026-02-02..2029-02-02;", ""},
		{"the newest pass is cancelled", newest.Attempt, planner.Cancelled, "", "SAA 2021-01-11..2024-01-11;", ""},
		{"the newest pass is a pass again", newest.Attempt, planner.Passed, "SAA 2026-02-02..2029-02-02;", "", ""},
	}
	for _, s := range steps {
		a := s.a
		a.Status, a.Score = s.status, 0
		res, err := db.UpdateAttempt(t.Context(), a)
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		got := []string{keysAndDates(res.Earned), keysAndDates(res.Changed), keysAndDates(res.Lost)}
		if got[0] != s.earned || got[1] != s.changed || got[2] != s.lost || len(res.Renewed) != 0 {
			t.Errorf("%s: earned %q, changed %q, lost %q, renewed %q; want %q, %q, %q, none",
				s.name, got[0], got[1], got[2], keysAndDates(res.Renewed), s.earned, s.changed, s.lost)
		}
	}
}

// TestCancellingTheOnlyPassLosesTheCertification: with no pass left the
// certification is reported lost, not left unsaid.
func TestCancellingTheOnlyPassLosesTheCertification(t *testing.T) {
	db := MustOpenDB(t)
	a := mustAttempt(t, db, "CLF-C02", day(2025, 6, 2), planner.Passed, 0).Attempt
	a.Status = planner.Cancelled
	res, err := db.UpdateAttempt(t.Context(), a)
	if err != nil || len(res.Lost) != 1 || res.Lost[0].Key != "CLF" || res.Lost[0].Name == "" || len(res.Earned)+len(res.Changed) != 0 {
		t.Fatalf("cancelling the only pass: %+v, %v", res, err)
	}
}
