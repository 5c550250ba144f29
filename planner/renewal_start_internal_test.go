package planner

import (
	"testing"

	"certplan/catalog"
	"certplan/catalog/catalogtest"
)

// TestRenewalSearchCountsThenConfirms: the start counted back from the
// deadline is confirmed with two builds, and a search from a wrong guess,
// too early or too late, still ends on the same start.
func TestRenewalSearchCountsThenConfirms(t *testing.T) {
	cat := catalogtest.Load(t)
	in := Input{Exam: "SAA-C03", ExamDate: catalog.DateOf(2029, 5, 16), Hours: Even(10), Experience: Some,
		Held: []HeldCert{{Code: "SAA-C03", Earned: catalog.DateOf(2026, 5, 16)}}}
	e, _ := cat.Exam(in.Exam)
	lo, hi := in.ExamDate.AddDays(-renewalSearchDays), in.ExamDate.AddDays(-1)
	search := func() *renewalSearch {
		return &renewalSearch{cat: cat, exam: e, in: in.defaulted().withHolidays(), held: in.Held}
	}
	s := search()
	want, ok := s.latest(s.estimate(lo, hi), lo, hi)
	if !ok || s.builds > 2 {
		t.Fatalf("start %s (ok %v) took %d builds, want 2", want, ok, s.builds)
	}
	for _, guess := range []catalog.Date{lo, lo.AddDays(400), want.AddDays(-1), want.AddDays(1), want.AddDays(20), hi} {
		s := search()
		if got, ok := s.latest(guess, lo, hi); !ok || got != want {
			t.Errorf("from the guess %s: start %s (ok %v), want %s", guess, got, ok, want)
		}
	}
}
