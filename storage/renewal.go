package storage

import (
	"certplan/catalog"
	"certplan/planner"
)

// RenewalStudyStart returns the latest day a learner with settings s (and
// the held certifications, which earn credit) can start studying for exam
// and still fit all its work, at their weekly hours and around their
// country's holidays, before deadline. It asks the planner: a start is good
// when planner.Build with that start and the deadline as exam date is
// feasible, and the latest good start is found by bisection over the five
// years before the deadline. ok is false when no start fits (no weekly
// hours, or more work than five years hold).
func RenewalStudyStart(cat *catalog.Catalog, exam string, deadline catalog.Date, s planner.Settings, held []planner.HeldCert) (catalog.Date, bool) {
	if s.Hours.Total() == 0 || deadline.IsZero() {
		return 0, false
	}
	fits := func(start catalog.Date) bool {
		in := planner.Input{Exam: exam, Start: start, ExamDate: deadline, Hours: s.Hours, Experience: s.Experience,
			Country: s.Country}
		for _, h := range held {
			if !h.Earned.After(start) {
				in.Held = append(in.Held, h)
			}
		}
		pin, err := plannerInput(in, nil, 0)
		if err != nil {
			return false
		}
		p, err := planner.Build(cat, pin)
		return err == nil && p.Feasible
	}
	lo, hi := deadline.AddDays(-5*365), deadline.AddDays(-1)
	if !fits(lo) {
		return 0, false
	}
	for lo < hi { // invariant: lo fits
		mid := lo + (hi-lo+1)/2
		if fits(mid) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo, true
}

// heldCerts turns certifications into the planner's held list, dated by
// their latest pass so the planner's validity check matches the expiry.
func heldCerts(certs []Certification) []planner.HeldCert {
	var out []planner.HeldCert
	for _, c := range certs {
		earned := c.Earned
		if !c.RenewedOn.IsZero() {
			earned = c.RenewedOn
		}
		out = append(out, planner.HeldCert{Code: c.Exam, Earned: earned})
	}
	return out
}
