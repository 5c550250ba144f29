package cli

import (
	"fmt"

	"certplan/catalog"
	"certplan/planner"
)

// checkActive refuses to re-plan or edit an archived plan: it takes no
// hours until it is brought back, and bringing it back re-plans it around
// the other plans. Ticks and scores on it stay allowed: they are records.
func checkActive(p planner.StudyPlan) error {
	if p.Archived {
		return badInput("plan %d is archived: certplan unarchive %d first", p.ID, p.ID)
	}
	return nil
}

// checkReplanDay refuses a --today before the first day plan p can be
// re-planned from (planner.EarliestReplanDay): the re-plan would start
// later than the day given while saying it started then. The clock's
// today is always accepted.
func checkReplanDay(e *env, c *command, p planner.StudyPlan, day catalog.Date) error {
	floor := planner.EarliestReplanDay(p.Schedule, e.today)
	if day == e.today || !day.Before(floor) {
		return nil
	}
	why := fmt.Sprintf("the day plan %d (version %d) was planned from", p.ID, p.Version)
	switch floor {
	case e.today:
		why = "today"
	case p.Schedule.Start:
		why = fmt.Sprintf("the day plan %d starts", p.ID)
	}
	return badInput("%s: --today %s is before %s, %s: give that day or later", c.name, day, floor, why)
}

// checkRefitDay is checkReplanDay for unarchive and prioritize, which
// re-plan around the other plans: it also refuses a --today on or after
// the plan's exam, when no day is left to plan (a typo would otherwise
// pass unnoticed, QA #5).
func checkRefitDay(e *env, c *command, p planner.StudyPlan, day catalog.Date) error {
	if day != e.today && planner.ExamPassed(p.Schedule, day) {
		return badInput("%s: --today %s is not before plan %d's exam on %s: give a day before the exam", c.name, day, p.ID, p.Schedule.ExamDate)
	}
	return checkReplanDay(e, c, p, day)
}
