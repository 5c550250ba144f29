package planner

import "certplan/catalog"

// renewalSearchDays is how far before the deadline RenewalStudyStart looks
// for a start: five years.
const renewalSearchDays = 5 * 365

// RenewalStudyStart returns the latest day a learner can start studying for
// in.Exam and still fit all its work before the deadline in.ExamDate, at
// in.Hours and in.Experience, around in.Holidays and in.TimeOff, with
// credit for the certifications in in.Held earned by that start. A start
// is good when Build with that start is feasible (a later start never fits
// where an earlier one does not). The search first counts back from the
// deadline the days whose hours hold the exam's work, then confirms that
// start with Build and the day after it failing; only when the count is
// off does it widen the step and bisect, within the five years before the
// deadline. in.Start is ignored. ok is false when no start fits (no weekly
// hours, no deadline, or more work than five years hold).
func RenewalStudyStart(cat *catalog.Catalog, in Input) (start catalog.Date, ok bool) {
	e, known := cat.Exam(in.Exam)
	if in.Hours.Total() == 0 || in.ExamDate.IsZero() || !known {
		return 0, false
	}
	s := renewalSearch{cat: cat, exam: e, in: in.defaulted().withHolidays(), held: in.Held} // one calendar for every try
	lo, hi := in.ExamDate.AddDays(-renewalSearchDays), in.ExamDate.AddDays(-1)
	return s.latest(s.estimate(lo, hi), lo, hi)
}

// renewalSearch is one search for the latest start of a renewal's study.
type renewalSearch struct {
	cat  *catalog.Catalog
	exam *catalog.Exam
	in   Input      // the deadline, hours and calendar; Start and Held vary
	held []HeldCert // every held certification; a try keeps those earned by its start
	// builds counts the plans built, which cost most of a search.
	builds int
}

// at is the input for a start on day start.
func (s renewalSearch) at(start catalog.Date) Input {
	try := s.in
	try.Start, try.Held = start, nil
	for _, h := range s.held {
		if !h.Earned.After(start) {
			try.Held = append(try.Held, h)
		}
	}
	return try
}

// fits reports whether the plan from start fits before the deadline.
func (s *renewalSearch) fits(start catalog.Date) bool {
	s.builds++
	p, err := Build(s.cat, s.at(start))
	return err == nil && p.Feasible
}

// estimate counts back from the day before the deadline the study days
// whose hours hold the exam's work, with the credit the start found earns
// (counted twice, as the credit depends on the start). It returns lo when
// five years do not hold the work.
func (s renewalSearch) estimate(lo, hi catalog.Date) catalog.Date {
	start := hi
	for range 2 {
		work, _ := workOf(s.cat, s.exam, s.at(start))
		need, got := remainingMinutes(work), 0
		for start = hi; start > lo; start = start.AddDays(-1) {
			if got += dayOf(s.in, s.in.Hours, start).cap; got >= need {
				break
			}
		}
	}
	return start
}

// latest returns the latest start in lo..hi that fits, trying guess first:
// when guess fits and the day after it does not, two builds decide.
// Otherwise it steps away from guess in doubling strides until it brackets
// the answer, then bisects.
func (s *renewalSearch) latest(guess, lo, hi catalog.Date) (catalog.Date, bool) {
	if s.fits(guess) {
		lo = guess
		for step := catalog.Date(1); lo < hi; step *= 2 {
			next := min(lo+step, hi)
			if !s.fits(next) {
				hi = next - 1
				break
			}
			lo = next
		}
	} else {
		hi = guess - 1
		for step := catalog.Date(1); ; step *= 2 {
			next := guess - step
			if next <= lo {
				if !s.fits(lo) {
					return 0, false
				}
				break
			}
			if s.fits(next) {
				lo = next
				break
			}
			hi = next - 1
		}
	}
	for lo < hi { // invariant: lo fits, and no start after hi does
		mid := lo + (hi-lo+1)/2
		if s.fits(mid) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo, true
}

// WithStudyStart fills in c's StudyFrom and StudyHours for a learner with
// settings s, holding held (which earn credit): the latest day to start
// studying for c.RenewWith at s's hours and experience, around s's
// country's holidays, to be ready by c's expiry (RenewalStudyStart). Every
// command, screen and printout asks this, so each gives the same day for
// the same hours. c is unchanged when no exam renews it or an active plan
// does (Planned); StudyFrom stays zero when no start fits.
func (c HeldCertification) WithStudyStart(cat *catalog.Catalog, s Settings, held []HeldCert) HeldCertification {
	if c.RenewWith == "" || c.Planned() {
		return c
	}
	in := Input{Exam: catalog.NormalizeCode(c.RenewWith), ExamDate: c.Expiry, Hours: s.Hours, Experience: s.Experience,
		Country: s.Country, Held: held}
	c.StudyFrom, _ = RenewalStudyStart(cat, in)
	c.StudyHours = s.Hours
	return c
}
