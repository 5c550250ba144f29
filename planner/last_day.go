package planner

import (
	"fmt"

	"certplan/catalog"
)

// An exam with a last day (a retiring one) cannot be sat after it, so no
// date after it is a date the work fits: the planner never proposes one,
// nor offers to move the exam there. A plan whose work fits only later is
// planned to the last day and says how far it falls short.

// lastDayAhead reports whether exam e has a last day still to come on from.
func lastDayAhead(e *catalog.Exam, from catalog.Date) bool {
	return !e.LastDay.IsZero() && e.LastDay.After(from)
}

// withinLastDay is the earliest exam date that fits, or zero when it falls
// after the last day of e (still to come on from).
func withinLastDay(e *catalog.Exam, from, earliest catalog.Date) catalog.Date {
	if lastDayAhead(e, from) && earliest.After(e.LastDay) {
		return 0
	}
	return earliest
}

// afterLastDayWarning says that the work fits only after the exam's last
// day (first before earliest, or not within five years when it is zero).
func afterLastDayWarning(c *catalog.Catalog, e *catalog.Exam, earliest catalog.Date) string {
	when := "would first fit before an exam on " + earliest.String()
	if earliest.IsZero() {
		when = "does not fit within five years"
	}
	return fmt.Sprintf("%s can be taken only until %s, and at these hours the work %s: add hours a week to be ready by its last day.%s",
		e.Code, e.LastDay, when, successorText(c, e))
}

// NoDateFitsText says that no exam date fits the work at the plan's hours,
// as a sentence without its full stop: none up to the exam's last
// day, or none within five years.
func (p Plan) NoDateFitsText() string {
	if !p.LastDay.IsZero() {
		return fmt.Sprintf("No exam date up to %s's last day, %s, fits at these hours", p.Exam, p.LastDay)
	}
	return "No exam date within five years fits at these hours"
}

// ProposedText says how the planner chose the exam date the learner left
// open: the earliest that fits, or the exam's last day (the last day
// before it that the learner can sit the exam, when they cannot on it)
// when none fits.
func (p Plan) ProposedText() string {
	switch {
	case p.LastDay.IsZero() || !p.EarliestExam.IsZero():
		return "the earliest date that fits"
	case p.ExamDate == p.LastDay:
		return fmt.Sprintf("%s's last day; the work does not fit by then", p.Exam)
	}
	return fmt.Sprintf("the last day you can sit %s by its last day, %s; the work does not fit by then", p.Exam, p.LastDay)
}

// proposedOK reports whether the exam date is one the planner proposes
// when the learner gives none: the earliest that fits, else a day up to
// the last day of an exam that has one still to come (the last the
// learner can sit it: LastExamDay), so that the plan says what that day
// would take.
func (p Plan) proposedOK() bool {
	if p.EarliestExam.IsZero() && !p.LastDay.IsZero() {
		return !p.ExamDate.After(p.LastDay)
	}
	return p.ExamDate == p.EarliestExam
}
