package planner

import (
	"fmt"

	"certplan/catalog"
)

// checkNotPassed refuses to re-plan on or after the exam day: no day is
// left to plan, and a plan made then would hold nothing.
func checkNotPassed(exam, today catalog.Date) error {
	if exam.IsZero() || today.Before(exam) {
		return nil
	}
	return fmt.Errorf("the exam on %s is not after %s, the day to plan from: give a day before the exam, or move the exam to a later day", exam, today)
}

// ExamPassed reports whether plan p's exam day has come by today, so that
// re-planning it has no day left to plan (Rebalance refuses it).
func ExamPassed(p Plan, today catalog.Date) bool { return checkNotPassed(p.ExamDate, today) != nil }

// planFrom is the day a re-plan on today starts from: today, or tomorrow
// when the learner has already done every session prev put on today (and
// tomorrow is before the exam). Those sessions then stay as they were, and
// the re-plan never puts a second day's work on a day that is done.
func planFrom(prev Plan, progress map[string]Progress, today, exam catalog.Date) catalog.Date {
	tomorrow := today.AddDays(1)
	if !exam.IsZero() && !tomorrow.Before(exam) {
		return today
	}
	n := 0
	for _, w := range prev.Weeks {
		for _, s := range w.Sessions {
			if s.Date != today {
				continue
			}
			if !s.DoneIn(progress) {
				return today
			}
			n++
		}
	}
	if n == 0 {
		return today
	}
	return tomorrow
}

// EarliestReplanDay is the first day plan p can be re-planned from on
// today: the day its current version was planned from, or today when that
// is earlier (a version planned from a later day can still be re-planned
// from today), but never before the plan starts. Before that day the plan
// is already planned, gone or not begun: a re-plan from there would keep
// those days as they were and start later than asked.
func EarliestReplanDay(p Plan, today catalog.Date) catalog.Date {
	from := p.Today
	if !today.IsZero() && today.Before(from) {
		from = today
	}
	if from.Before(p.Start) {
		return p.Start
	}
	return from
}
