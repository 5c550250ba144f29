package planner

import (
	"fmt"

	"certplan/catalog"
)

// Exam days. A date the planner proposes or suggests for an exam (the
// earliest date that fits, a retiring exam's last day, the advisor's
// roadmap) is a day the learner can sit it: not before the plan's first
// day, and neither a public holiday of the learner's country nor in their
// time off. The rule lives here once; every layer shows the dates it
// gives. Whether the exam version can be booked that day is the catalog's
// (catalog.Exam.BookableOn), which the warnings and the command line's
// refusals already name.

// ExamDayWhy says in lower case why the learner cannot sit exam e on d
// with input in, or returns "" when they can.
func ExamDayWhy(_ *catalog.Exam, in Input, d catalog.Date) string {
	if first := in.firstDay(); d.Before(first) {
		return fmt.Sprintf("%s is before %s, the first day of the plan", d, first)
	}
	if why := dayOff(in, d); why == "time off" {
		return fmt.Sprintf("%s is in your time off", d)
	} else if why != "" {
		return fmt.Sprintf("%s is a public holiday (%s)", d, why)
	}
	return ""
}

// FirstExamDay is the first day from from to to (both included) on which
// the learner can sit exam e (ExamDayWhy), or zero when there is none.
func FirstExamDay(e *catalog.Exam, in Input, from, to catalog.Date) catalog.Date {
	for d := from; !d.After(to); d = d.AddDays(1) {
		if ExamDayWhy(e, in, d) == "" {
			return d
		}
	}
	return 0
}

// LastExamDay is the last day from from to to (both included) on which
// the learner can sit exam e (ExamDayWhy), or zero when there is none.
func LastExamDay(e *catalog.Exam, in Input, from, to catalog.Date) catalog.Date {
	for d := to; !d.Before(from); d = d.AddDays(-1) {
		if ExamDayWhy(e, in, d) == "" {
			return d
		}
	}
	return 0
}

// firstDay is the first day the plan may schedule on: Start, or Today
// when later.
func (in Input) firstDay() catalog.Date {
	if in.Today.After(in.Start) {
		return in.Today
	}
	return in.Start
}
