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
