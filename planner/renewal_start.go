package planner

import "certplan/catalog"

// renewalSearchDays is how far before the deadline RenewalStudyStart looks
// for a start: five years.
const renewalSearchDays = 5 * 365

// RenewalStudyStart returns the latest day a learner can start studying for
// in.Exam and still fit all its work before the deadline in.ExamDate, at
// in.Hours and in.Experience, around in.Holidays and in.TimeOff, with
// credit for the certifications in in.Held earned by that start. A start
// is good when Build with that start is feasible; the latest good one is
// found by bisection over the five years before the deadline (a later
// start never fits where an earlier one does not). in.Start is ignored.
// ok is false when no start fits (no weekly hours, no deadline, or more
// work than five years hold).
func RenewalStudyStart(cat *catalog.Catalog, in Input) (start catalog.Date, ok bool) {
	if in.Hours.Total() == 0 || in.ExamDate.IsZero() {
		return 0, false
	}
	in, held := in.withHolidays(), in.Held // one calendar for every try
	fits := func(start catalog.Date) bool {
		try := in
		try.Start, try.Held = start, nil
		for _, h := range held {
			if !h.Earned.After(start) {
				try.Held = append(try.Held, h)
			}
		}
		p, err := Build(cat, try)
		return err == nil && p.Feasible
	}
	lo, hi := in.ExamDate.AddDays(-renewalSearchDays), in.ExamDate.AddDays(-1)
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
